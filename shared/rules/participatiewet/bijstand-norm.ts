/**
 * participatiewet.bijstand-norm — the monthly bijstand norm (net, including 5% vakantietoeslag) by
 * household type and age band: alleenstaande (ouder) and gehuwden 21+ (art. 21), 18–20 (art. 20),
 * institution (art. 23 lid 1 with the statutory increase of lid 2; one spouse inside: the sum of the
 * norms each would have as alleenstaande, lid 3), a spouse without a right to algemene bijstand
 * (art. 24: 50% of the gehuwdennorm; modelled for a partner whose income kind is 'student'), the
 * AOW-age norm for a couple once one spouse has reached AOW age (art. 22 sub c; paid by the SVB as
 * AIO, art. 47a ff.), and the kostendelersnorm (art. 22a): norm = ((40% + A × 30%) / A) × the
 * gehuwdennorm, A = the recipient (and spouse) plus housemates aged 27+ (since 2023; students and
 * commercial tenants excluded — the engine excludes members whose income kind is 'student').
 * Left out: the temporary lifting of the kostendelersnorm for care-related cohabitation (PiB 2026)
 * — record a deviation; municipal toeslagen/verlagingen; the 18–20 parental-income test.
 */
import type { Cents, IsoDate } from '../../domain/types'
import { divideRoundHalfUp } from '../../domain/money'
import { entryAt, moneyAt, valueAt, type IndexedValue } from '../../parameters/series'
import {
  BIJSTAND_NORMS,
  INSTITUTION_NORM_INCREASE,
  KOSTENDELERSNORM,
  PARTICIPATIEWET_AGES,
  type BijstandNormKey,
} from '../../parameters/participatiewet'
import { PW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.bijstand-norm',
  law: 'participatiewet',
  severity: 'info',
  legalBasis: {
    law: 'Participatiewet',
    article: '20, 21, 22, 22a, 23 en 24',
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
  /** Per person of `ages`: staying in an inrichting this month (art. 23). */
  institution: boolean[]
  /** Kostendelende medebewoners aged 27+ besides the recipient and spouse. */
  housemates27plus: number
  indexationPercentPerYear: number
  /** The spouse (second of `ages`) has no right to algemene bijstand (art. 24), e.g. a student. */
  partnerWithoutRight?: boolean
}

export type Norm = {
  cents: Cents
  key: BijstandNormKey
  /** A (number of kostendelers) when the kostendelersnorm applies, else 0. */
  kostendelers: number
  base: IndexedValue
  /** Which article shaped the norm beyond art. 20/21/22a (for the finding and the trace). */
  article: '20-22a' | '23-1' | '23-3' | '24'
}

function institutionIncrease(date: IsoDate, couple: boolean, idx: number): IndexedValue {
  const entry = entryAt(INSTITUTION_NORM_INCREASE, date)
  const cents = couple ? entry.value.coupleCents : entry.value.singleCents
  return moneyAt([{ ...entry, from: entry.from, value: cents }], date, idx)
}

export function bijstandNorm(input: NormInput): Norm {
  const couple = input.ages.length >= 2
  const idx = input.indexationPercentPerYear
  const inside = input.institution.filter(Boolean).length
  // Below this age the jongerennorm of art. 20 applies, from it the norm of art. 21.
  const regularAge = valueAt(PARTICIPATIEWET_AGES, input.date).regularNormAge
  if (inside > 0 && (!couple || inside === input.ages.length)) {
    // Art. 23 lid 1 and 2: the institution norm, increased by the statutory amount.
    const key: BijstandNormKey = couple ? 'institutionCouple' : 'institutionSingle'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    const increase = institutionIncrease(input.date, couple, idx)
    return { cents: base.value + increase.value, key, kostendelers: 0, base, article: '23-1' }
  }
  if (couple && inside > 0) {
    // Art. 23 lid 3: one spouse inside — the sum of the norms each would have as alleenstaande.
    let cents = 0
    let base: IndexedValue | null = null
    input.ages.forEach((age, i) => {
      if (input.institution[i]) {
        const b = moneyAt(BIJSTAND_NORMS.institutionSingle, input.date, idx)
        cents += b.value + institutionIncrease(input.date, false, idx).value
      } else {
        const b = moneyAt(BIJSTAND_NORMS[age < regularAge ? 'single18to20' : 'single'], input.date, idx)
        base ??= b
        cents += b.value
      }
    })
    return {
      cents,
      key: 'institutionSingle',
      kostendelers: 0,
      base: base ?? moneyAt(BIJSTAND_NORMS.single, input.date, idx),
      article: '23-3',
    }
  }
  if (couple && input.partnerWithoutRight) {
    // Art. 24: 50% of the norm for gehuwden of the rechthebbende's age (21+ without kostendelers, or < 21).
    const age = input.ages[0] ?? regularAge
    if (age < regularAge || input.housemates27plus === 0) {
      const key: BijstandNormKey =
        age < regularAge ? (input.withChildren ? 'couple18to20WithChildren' : 'couple18to20') : 'couple'
      const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
      return { cents: divideRoundHalfUp(base.value, 2), key, kostendelers: 0, base, article: '24' }
    }
  }
  const young = input.ages.filter((a) => a < regularAge).length
  if (!couple && young === 1) {
    const base = moneyAt(BIJSTAND_NORMS.single18to20, input.date, idx)
    return { cents: base.value, key: 'single18to20', kostendelers: 0, base, article: '20-22a' }
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
    return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
  }
  const persons = couple ? 2 : 1
  const a = persons + input.housemates27plus
  if (a === persons) {
    const key: BijstandNormKey = couple ? 'couple' : 'single'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
  }
  const kdn = valueAt(KOSTENDELERSNORM, input.date)
  const base = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
  // Exact: B × persons × (base% + A × perPerson%) / (100 × A), rounded half-up once.
  const cents = divideRoundHalfUp(
    base.value * persons * (kdn.basePercent + a * kdn.perPersonPercent),
    100 * a,
  )
  return { cents, key: couple ? 'couple' : 'single', kostendelers: a, base, article: '20-22a' }
}

/**
 * The AIO norm once a spouse has reached AOW age (art. 22 sub b and c): the norm for gehuwden of
 * whom at least one has reached the pensioengerechtigde leeftijd. The SVB pays it (art. 47a ff.).
 */
export function aioCoupleNorm(date: IsoDate, indexationPercentPerYear: number): Norm {
  return aioNorm(date, indexationPercentPerYear, true)
}

/**
 * The AIO norm (aanvullende inkomensvoorziening ouderen, art. 47a ff., paid by the SVB): for a
 * couple of whom one has reached AOW age (art. 22 sub b and c), or for an alleenstaande past AOW age
 * (art. 22 sub a) whose AOW and other income stay below it.
 */
export function aioNorm(date: IsoDate, indexationPercentPerYear: number, couple: boolean): Norm {
  const key: BijstandNormKey = couple ? 'aowCouple' : 'aowSingle'
  const base = moneyAt(BIJSTAND_NORMS[key], date, indexationPercentPerYear)
  return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
}
