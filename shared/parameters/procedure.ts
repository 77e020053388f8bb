/**
 * Procedure terms that differ from the Wmo 2015 ones (those live in wmo.ts), and the default period
 * after which a chosen arrangement is evaluated when the consultant sets no date of their own.
 */
import type { Series } from '../domain/types'

/**
 * The Jeugdwet sets no term of its own for the onderzoek or the beschikking ("In de Jeugdwet zijn geen
 * nadere bepalingen gesteld over de aanvraag", bestuursopleidingen.nl); a decision on an aanvraag then
 * follows the Awb: within the statutory term, or else a reasonable term of at most 8 weeks (Awb art.
 * 4:13 lid 2). Onderzoek terms for jeugdhulp come from the local verordening only, so none is assumed.
 * Article text not opened from wetten.overheid.nl in this session: verified false.
 */
export const JEUGDWET_BESCHIKKING_DAYS: Series<number> = [
  {
    from: '2015-01-01',
    value: 56,
    source:
      'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13 (Awb art. 4:13 lid 2); https://bestuursopleidingen.nl/jeugdwet/jeugdwet-aanvraag-of-melding/',
    confidence: 'M',
    verified: false,
  },
]

/**
 * Months after the start of a chosen arrangement after which it is evaluated (herindicatie) when no
 * evaluation date is set and no line ends earlier. Neither the Wmo 2015 nor the Jeugdwet prescribes a
 * term; a yearly evaluation is common municipal practice (local verordening), so this is a default the
 * consultant overrides, not a legal figure.
 */
export const DEFAULT_EVALUATION_MONTHS: Series<number> = [
  {
    from: '2015-01-01',
    value: 12,
    source: 'municipal practice (no statutory term in Wmo 2015 or Jeugdwet); set per case',
    confidence: 'L',
    verified: false,
    note: 'practice default, not law',
  },
]
