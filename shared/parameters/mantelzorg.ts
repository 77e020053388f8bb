/** Mantelzorg thresholds (docs/legal-reference.md#mantelzorg). */
import type { Series } from '../domain/types'
import { SRC } from './sources'

export type MantelzorgThresholds = {
  /** A carer giving at least this many hours a week … */
  intensiveHoursPerWeek: number
  /** … for at least this many months is an intensive (langdurig en intensief) mantelzorger. */
  intensiveMinMonths: number
  /** EDIZ-plus burden score (0–15) at or above which the carer is overloaded. */
  overloadBurdenScore: number
}

export const MANTELZORG_THRESHOLDS: Series<MantelzorgThresholds> = [
  {
    from: '2012-01-01',
    value: { intensiveHoursPerWeek: 8, intensiveMinMonths: 3, overloadBurdenScore: 9 },
    source: `${SRC.cbsMantelzorg} ; ${SRC.vzinfo} (≥ 8 h/week, ≥ 3 months) ; ${SRC.edizPlus} (EDIZ-plus ≥ 9 = overbelast)`,
    confidence: 'H',
    note: 'CBS counts "≥ 3 months and/or ≥ 8 h/week"; SCP uses "> 3 months and > 8 h/week". The engine takes both conditions, inclusive.',
  },
]

/** Jeugdwet age limits (art. 1.1 Jeugdwet). */
export const JEUGDWET_AGES: Series<{
  majority: number
  continuationMaxAge: number
  pleegzorgMaxAge: number
}> = [
  {
    from: '2015-01-01',
    value: { majority: 18, continuationMaxAge: 23, pleegzorgMaxAge: 18 },
    source:
      'Jeugdwet art. 1.1 (https://wetten.overheid.nl/BWBR0034925; text copy https://github.com/i-Sociaal-Lab/jaapjunior/blob/HEAD/packages/api/jw/bronnen/wetgeving/Jeugdwet.md)',
    confidence: 'H',
  },
  {
    from: '2022-09-01',
    value: { majority: 18, continuationMaxAge: 23, pleegzorgMaxAge: 21 },
    source:
      'https://www.nhnieuws.nl/nieuws/n103752/branche-wil-leeftijdsgrens-jeugdzorg-loslaten-kabinet-tegen ; Kamerstuk 35 833 (pleegzorg to 21)',
    confidence: 'M',
  },
]

/**
 * What the gebruikelijke-hulp protocols expect of a minor towards an adult in the household
 * (docs/legal-reference.md#young-carers). Gebruikelijke hulp is what may reasonably be expected of
 * "de echtgenoot, ouders, inwonende kinderen of andere huisgenoten" (Wmo 2015 art. 1.1.1); the CIZ
 * Protocol gebruikelijke zorg (13-11-2014) treats gebruikelijke zorg between adults only (partners,
 * parents and adult children living in), so personal care, nursing, begeleiding and supervision of
 * an adult are never expected of a minor. For household tasks the municipal protocols (the CIZ/MO-zaak
 * richtlijn HbH of 2011 that many adopted) name age bands: under 5 nothing, 5–12 incidental small
 * tasks, 13–17 light household tasks (no cooking, no sanitary cleaning), without an hour figure.
 */
export type YoungCarerProtocol = {
  /**
   * Household tasks a minor may be expected to take on for an adult, hours a week, per age band
   * (each band from its lowest age, in ascending order).
   */
  householdHoursPerWeekByAge: readonly { fromAge: number; hoursPerWeek: number }[]
  /** Any other care for an adult (personal care, nursing, begeleiding, supervision), hours a week. */
  otherCareHoursPerWeek: number
}

export const YOUNG_CARER_PROTOCOL: Series<YoungCarerProtocol> = [
  {
    from: '2015-01-01',
    value: {
      householdHoursPerWeekByAge: [
        { fromAge: 0, hoursPerWeek: 0 },
        { fromAge: 5, hoursPerWeek: 0 },
        { fromAge: 13, hoursPerWeek: 1 },
      ],
      otherCareHoursPerWeek: 0,
    },
    source: `${SRC.cizGebruikelijkeZorg} (gebruikelijke zorg between adults only) ; ${SRC.kamervraagGouda} and ${SRC.binnenlandsBestuurGouda} (age bands of the HbH protocol) ; 1 h/week for 13–17: Maatwerk modelling assumption`,
    confidence: 'L',
    verified: false,
    note: 'The protocols describe the tasks per age band but give no hours for minors; 1 h/week of light household tasks from 13 is an assumption to replace with the municipal protocol. 5–12: incidental small tasks, counted as nothing. Searched again 2026-12-01: the CIZ protocol (2014, §3) covers adults only; municipal frameworks built on chapter 5 of the MO-zaak richtlijn (2011), e.g. Schagen gmb-2021-110257 and Scherpenzeel gmb-2022-315463 (which also cites Arbeidstijdenwet art. 5:7 lid 2), could not be read beyond their opening, so no hour figure is sourced. The young-carer finding says so in its text; when a sourced figure replaces this entry, drop that sentence from the messages.',
  },
]
