/**
 * Wmo 2015 parameters: the abonnementstarief (eigen bijdrage per household per month, CAK) and the
 * beschermd-wonen contribution bounds (Uitvoeringsbesluit Wmo 2015), plus the procedure terms.
 * Figures: docs/legal-reference.md#wmo-2015.
 */
import type { CentsInput, Series } from '../domain/types'
import { SRC } from './sources'

/** Maximum eigen bijdrage (abonnementstarief) per household per calendar month. */
export const ABONNEMENTSTARIEF: Series<CentsInput> = [
  { from: '2020-01-01', value: 1900, source: `${SRC.cakWmo} ; ${SRC.drimmelen}`, confidence: 'H' },
  { from: '2024-01-01', value: 2060, source: `${SRC.drimmelen} ; ${SRC.rijksoverheidEb}`, confidence: 'H' },
  { from: '2025-01-01', value: 2100, source: `${SRC.woerden} ; ${SRC.stcrt2025_35082}`, confidence: 'H' },
  {
    from: '2026-01-01',
    value: 2180,
    source: `${SRC.cak2026} ; ${SRC.stcrt2025_35082} (art. 2.1.4 lid 3 Wmo 2015)`,
    confidence: 'H',
    note: 'An income-dependent contribution is announced for 2027 (Kamerstuk 36 713) but not adopted; beyond 2026 the engine indexes this amount.',
  },
]

// The beschermd-wonen contribution (income-dependent, lage/hoge) lives in ./wlz.ts with the Wlz one.

/** Onderzoek within 6 weeks of the melding (art. 2.3.2 lid 1 Wmo 2015). */
export const WMO_ONDERZOEK_DAYS: Series<number> = [
  {
    from: '2015-01-01',
    value: 42,
    source:
      'https://www.schulinck.nl/opinie/opinie-wmo-scheiding-van-melding-en-aanvraag-middel-om/ (art. 2.3.2 Wmo 2015)',
    confidence: 'H',
  },
]

/**
 * Beschikking within 2 weeks of the aanvraag (art. 2.3.5 lid 2 Wmo 2015: "Het college geeft de
 * beschikking binnen twee weken na ontvangst van de aanvraag", read in the text of 1 January 2015).
 */
export const WMO_BESCHIKKING_DAYS: Series<number> = [
  {
    from: '2015-01-01',
    value: 14,
    source:
      'Wmo 2015 art. 2.3.5 lid 2 (text of 2015-01-01, https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.3.5&z=2015-01-01&g=2015-01-01) ; https://www.advokatenkollektief.com/2015/06/',
    confidence: 'H',
    verified: true,
  },
]
