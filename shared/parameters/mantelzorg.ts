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
