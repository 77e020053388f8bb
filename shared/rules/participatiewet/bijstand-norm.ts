/**
 * participatiewet.bijstand-norm — the monthly bijstand norm (net, including 5% vakantietoeslag) by
 * household type and age band: alleenstaande (ouder) and gehuwden 21+ (art. 21), 18–20 (art. 20),
 * institution (art. 23), and the kostendelersnorm (art. 22a): norm = ((40% + A × 30%) / A) × the
 * gehuwdennorm, A = the recipient (and spouse) plus housemates aged 27+ (since 2023; students and
 * commercial tenants excluded — the engine excludes members whose income kind is 'student').
 * Left out: the temporary lifting of the kostendelersnorm for care-related cohabitation (PiB 2026)
 * — record a deviation; municipal toeslagen/verlagingen; the 18–20 parental-income test.
 */
import type { Cents, IsoDate } from '../../domain/types'
import { divideRoundHalfUp } from '../../domain/money'
import { moneyAt, valueAt, type IndexedValue } from '../../parameters/series'
import { BIJSTAND_NORMS, KOSTENDELERSNORM, type BijstandNormKey } from '../../parameters/participatiewet'
import { PW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.bijstand-norm',
  law: 'participatiewet',
  severity: 'info',
  legalBasis: {
    law: 'Participatiewet',
    article: '21 en 22a',
    url: articleUrl(PW_URL, '22a'),
    verified: true,
  },
  messageKey: 'findings.participatiewet.bijstand-norm',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Bijstand norm by household type, age band and kostendelersnorm.',
}

export type NormInput = {
  date: IsoDate
  /** Ages of the recipient and (for a couple) the spouse. */
  ages: number[]
  withChildren: boolean
  institution: boolean
  /** Kostendelende medebewoners aged 27+ besides the recipient and spouse. */
  housemates27plus: number
  indexationPercentPerYear: number
}

export type Norm = {
  cents: Cents
  key: BijstandNormKey
  /** A (number of kostendelers) when the kostendelersnorm applies, else 0. */
  kostendelers: number
  base: IndexedValue
}

export function bijstandNorm(input: NormInput): Norm {
  const couple = input.ages.length >= 2
  const idx = input.indexationPercentPerYear
  if (input.institution) {
    const key: BijstandNormKey = couple ? 'institutionCouple' : 'institutionSingle'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    return { cents: base.value, key, kostendelers: 0, base }
  }
  const young = input.ages.filter((a) => a < 21).length
  if (!couple && young === 1) {
    const base = moneyAt(BIJSTAND_NORMS.single18to20, input.date, idx)
    return { cents: base.value, key: 'single18to20', kostendelers: 0, base }
  }
  if (couple && young > 0) {
    const key: BijstandNormKey =
      young >= 2
        ? input.withChildren
          ? 'couple18to20WithChildren'
          : 'couple18to20'
        : input.withChildren
          ? 'coupleOne18to20WithChildren'
          : 'coupleOne18to20'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    return { cents: base.value, key, kostendelers: 0, base }
  }
  const persons = couple ? 2 : 1
  const a = persons + input.housemates27plus
  if (a === persons) {
    const key: BijstandNormKey = couple ? 'couple' : 'single'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    return { cents: base.value, key, kostendelers: 0, base }
  }
  const kdn = valueAt(KOSTENDELERSNORM, input.date)
  const base = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
  // Exact: B × persons × (base% + A × perPerson%) / (100 × A), rounded half-up once.
  const cents = divideRoundHalfUp(
    base.value * persons * (kdn.basePercent + a * kdn.perPersonPercent),
    100 * a,
  )
  return { cents, key: couple ? 'couple' : 'single', kostendelers: a, base }
}
