/**
 * participatiewet.bijstand-norm — the monthly bijstand norm (net, including 5% vakantietoeslag) by
 * household type and age band: alleenstaande (ouder) and gehuwden 21+ (art. 21), 18–20 (art. 20),
 * institution (art. 23 lid 1 with the statutory increase of lid 2; one spouse inside: the sum of the
 * norms each would have as alleenstaande, lid 3), a spouse without a right to algemene bijstand
 * (art. 24: 50% of the gehuwdennorm; modelled for a partner whose income kind is 'student' and
 * under 27, art. 13 lid 2 sub c, and for a spouse under 18, art. 13 lid 1 sub f with art. 11 lid 4), the
 * AOW-age norm for a couple once one spouse has reached AOW age (art. 22 sub c; paid by the SVB as
 * AIO, art. 47a ff., to which lid 2 applies hoofdstuk 2 and 3 — so for the AIO too a younger spouse
 * of 18–20 keeps the couple at art. 20 lid 1/2 sub c (art. 22a lid 3 with housemates) until 21, and a
 * spouse under 18 or a student under 27 leaves the pensioner the art. 24 norm on art. 22 sub b, or
 * with housemates one share of art. 22a lid 1–2), and the kostendelersnorm (art. 22a): norm = ((40% + A × 30%) / A) × the
 * gehuwdennorm, A = the recipient (and spouse) plus housemates aged 27+ (since 2023; students and
 * commercial tenants excluded — the engine excludes members whose income kind is 'student').
 * With kostendelende medebewoners the couple's norm is the sum of the shares of the rechthebbende
 * spouses (lid 2: one share when the other spouse has no right — art. 24 then does not apply, its
 * sub a requires no medebewoners); a spouse of 18–20 with one of 21+ gets the fixed amount of lid 3
 * plus the older spouse's share; a spouse at home beside one in an inrichting gets the alleenstaande
 * kostendelersnorm (art. 23 lid 3 with 22a lid 1).
 * Ages are taken on the first day of the month: art. 20 and 21 give the norm "per kalendermaand"
 * by age, so someone turning 21 on the 15th keeps the jongerennorm for that whole month and gets the
 * norm of art. 21 from the next month (a modelling choice; whether a municipality splits the
 * birthday month per day was not verified — record a deviation where it does).
 * Left out: the temporary lifting of the kostendelersnorm for care-related cohabitation (PiB 2026)
 * — record a deviation; municipal toeslagen/verlagingen; the 18–20 parental-income test.
 *
 * This file also owns the bijstand month walk (below): bijstand is not a line but computed each
 * month per benefit unit (a single person, or the client and partner as a couple) for members whose
 * income kind is 'bijstand' (from the start or from an income change). Per month: the days on
 * bijstand (from 18 until AOW age; from the day a single person, or the first spouse of a couple,
 * reaches it the SVB pays AIO, art. 47a ff.; an alleenstaande not on bijstand whose recorded AOW stays
 * below the single AOW-age norm gets a unit for the AIO alone), this norm, earnings less participatiewet.inkomstenvrijlating (art. 31
 * lid 2 sub n and r) as countable income, and norm − income pro rata for the days.
 */
import type { CentsInput, IsoDateInput } from '../../domain/types'
import { divideRoundHalfUp, roundHalfUp } from '../../domain/money'
import {
  entryAt,
  firstCommonDate,
  lastKnownYear,
  moneyAt,
  valueAt,
  type IndexedValue,
} from '../../parameters/series'
import {
  BIJSTAND_NORMS,
  INKOMSTENVRIJLATING,
  INSTITUTION_NORM_INCREASE,
  KOSTENDELERSNORM,
  PARTICIPATIEWET_AGES,
  type BijstandNormKey,
  type InkomstenvrijlatingParams,
} from '../../parameters/participatiewet'
import { dateFromDayNumber, type MonthInfo } from '../../domain/dates'
import {
  addFinding,
  addTrace,
  ageAt,
  isBornBy,
  incomeAt,
  recordAmountsUnavailable,
  type CostTables,
  type EngineContext,
  type MonthState,
  type PersonCtx,
} from '../../context/engine-context'
import { rule as ageRule } from './age'
import { addAioSvb, addAowTransitionBijstand } from './aow-transition'
import { inkomstenvrijlating, recordVrijlatingStart } from './inkomstenvrijlating'
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

type NormInput = {
  date: IsoDateInput
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
  /**
   * Per person of `ages`: past AOW age this month. Only for the AIO (art. 47a lid 2 applies hoofdstuk 3,
   * art. 23 included, to the SVB): a spouse at home next to a spouse in an inrichting then has the
   * norm of an alleenstaande past AOW age (art. 22 sub a) in the sum of art. 23 lid 3.
   */
  pastAow?: boolean[]
}

type Norm = {
  cents: CentsInput
  key: BijstandNormKey
  /** A (number of kostendelers) when the kostendelersnorm applies, else 0. */
  kostendelers: number
  base: IndexedValue
  /** Which article shaped the norm beyond art. 20/21/22a (for the finding and the trace). */
  article: '20-22a' | '23-1' | '23-3' | '24'
}

function institutionIncrease(date: IsoDateInput, couple: boolean, idx: number): IndexedValue {
  const entry = entryAt(INSTITUTION_NORM_INCREASE, date)
  const cents = couple ? entry.value.coupleCents : entry.value.singleCents
  return moneyAt([{ ...entry, from: entry.from, value: cents }], date, idx)
}

/**
 * Art. 23 lid 1 and 2: the institution norm of an alleenstaande (ouder) or of gehuwden, increased by the
 * statutory amount (also the measure of Blz art. 3.3.2.2 lid 9 for the Wlz eigen bijdrage).
 */
export function institutionNorm(
  date: IsoDateInput,
  couple: boolean,
  indexationPercentPerYear: number,
): { cents: number; key: BijstandNormKey; base: IndexedValue } {
  const key: BijstandNormKey = couple ? 'institutionCouple' : 'institutionSingle'
  const base = moneyAt(BIJSTAND_NORMS[key], date, indexationPercentPerYear)
  const increase = institutionIncrease(date, couple, indexationPercentPerYear)
  return { cents: base.value + increase.value, key, base }
}

/**
 * One kostendelers share (art. 22a lid 1): ((base% + A × perPerson%) / A) × B, exact and rounded
 * half-up once; `shares` such shares for the rechthebbende spouses together (lid 2).
 */
function kostendelersShares(b: number, a: number, shares: number, date: IsoDateInput): number {
  const kdn = valueAt(KOSTENDELERSNORM, date)
  return divideRoundHalfUp(b * shares * (kdn.basePercent + a * kdn.perPersonPercent), 100 * a)
}

export function bijstandNorm(input: NormInput): Norm {
  const couple = input.ages.length >= 2
  const idx = input.indexationPercentPerYear
  const inside = input.institution.filter(Boolean).length
  // Below this age the jongerennorm of art. 20 applies, from it the norm of art. 21.
  const regularAge = valueAt(PARTICIPATIEWET_AGES, input.date).regularNormAge
  // Art. 22a lid 1 applies to a belanghebbende of 21 or over; A counts the spouse only from 21.
  const kdnMinAge = valueAt(KOSTENDELERSNORM, input.date).minRecipientAge
  const housemates = input.housemates27plus
  if (inside > 0 && (!couple || inside === input.ages.length)) {
    const { cents, key, base } = institutionNorm(input.date, couple, idx)
    return { cents, key, kostendelers: 0, base, article: '23-1' }
  }
  if (couple && inside > 0) {
    // Art. 23 lid 3: one spouse inside — the sum of the norms each would have as alleenstaande. The
    // spouse at home, as alleenstaande of 21+ with kostendelende medebewoners, has the
    // kostendelersnorm of art. 22a lid 1 (A = the housemates plus that spouse).
    let cents = 0
    let base: IndexedValue | null = null
    let kostendelers = 0
    input.ages.forEach((age, i) => {
      if (input.institution[i]) {
        const b = moneyAt(BIJSTAND_NORMS.institutionSingle, input.date, idx)
        cents += b.value + institutionIncrease(input.date, false, idx).value
      } else if (input.pastAow?.[i] === true) {
        // AIO: the spouse at home is an alleenstaande past AOW age (art. 22 sub a); with kostendelende
        // medebewoners one share of art. 22a lid 1 on the AOW-age couple norm (B = art. 22 sub b).
        const b = moneyAt(BIJSTAND_NORMS[housemates > 0 ? 'aowCouple' : 'aowSingle'], input.date, idx)
        base ??= b
        if (housemates > 0) {
          kostendelers = 1 + housemates
          cents += kostendelersShares(b.value, kostendelers, 1, input.date)
        } else cents += b.value
      } else if (age >= kdnMinAge && age >= regularAge && housemates > 0) {
        const b = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
        base ??= b
        kostendelers = 1 + housemates
        cents += kostendelersShares(b.value, kostendelers, 1, input.date)
      } else {
        const b = moneyAt(BIJSTAND_NORMS[age < regularAge ? 'single18to20' : 'single'], input.date, idx)
        base ??= b
        cents += b.value
      }
    })
    return {
      cents,
      key: 'institutionSingle',
      kostendelers,
      base: base ?? moneyAt(BIJSTAND_NORMS.single, input.date, idx),
      article: '23-3',
    }
  }
  if (couple && input.partnerWithoutRight) {
    // Art. 24: 50% of the norm for gehuwden of the rechthebbende's age, when the rechthebbende is
    // 21+ without kostendelende medebewoners (sub a) or younger than 21 (sub b).
    const age = input.ages[0] ?? regularAge
    if (age < regularAge || housemates === 0) {
      const key: BijstandNormKey =
        age < regularAge ? (input.withChildren ? 'couple18to20WithChildren' : 'couple18to20') : 'couple'
      const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
      return { cents: divideRoundHalfUp(base.value, 2), key, kostendelers: 0, base, article: '24' }
    }
    // A rechthebbende of 21+ with kostendelende medebewoners: art. 22a lid 1 and 2 — the share of
    // the one rechthebbende spouse, with A = housemates + belanghebbende + the spouse if 21+.
    const spouseAge = input.ages[1] ?? 0
    const a = 1 + (spouseAge >= kdnMinAge ? 1 : 0) + housemates
    const base = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
    return {
      cents: kostendelersShares(base.value, a, 1, input.date),
      key: 'couple',
      kostendelers: a,
      base,
      article: '20-22a',
    }
  }
  const young = input.ages.filter((a) => a < regularAge).length
  if (!couple && young === 1) {
    const base = moneyAt(BIJSTAND_NORMS.single18to20, input.date, idx)
    return { cents: base.value, key: 'single18to20', kostendelers: 0, base, article: '20-22a' }
  }
  if (couple && young === 1 && housemates > 0) {
    // Art. 22a lid 3: one spouse of 18–20 and one of 21+ with kostendelende medebewoners — a fixed
    // amount plus the kostendelersnorm of the spouse of 21+ (A = housemates + that spouse). The fixed
    // amount is the gehuwdennorm for two spouses under 21 less the alleenstaande jongerennorm (2021:
    // 532,58 − 266,29 = 266,29 and 840,78 − 266,29 = 574,49 with children; 2022 text: 269,51 / 581,43).
    const both = moneyAt(
      BIJSTAND_NORMS[input.withChildren ? 'couple18to20WithChildren' : 'couple18to20'],
      input.date,
      idx,
    )
    const single = moneyAt(BIJSTAND_NORMS.single18to20, input.date, idx)
    const base = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
    const a = 1 + housemates
    return {
      cents: both.value - single.value + kostendelersShares(base.value, a, 1, input.date),
      key: input.withChildren ? 'coupleOne18to20WithChildren' : 'coupleOne18to20',
      kostendelers: a,
      base,
      article: '20-22a',
    }
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
  const a = persons + housemates
  if (a === persons) {
    const key: BijstandNormKey = couple ? 'couple' : 'single'
    const base = moneyAt(BIJSTAND_NORMS[key], input.date, idx)
    return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
  }
  const base = moneyAt(BIJSTAND_NORMS.couple, input.date, idx)
  // Exact: B × persons × (base% + A × perPerson%) / (100 × A), rounded half-up once.
  const cents = kostendelersShares(base.value, a, persons, input.date)
  return { cents, key: couple ? 'couple' : 'single', kostendelers: a, base, article: '20-22a' }
}

/**
 * How the younger spouse of an AIO couple shapes the norm (art. 47a lid 2 makes hoofdstuk 2 and 3 —
 * art. 11, 13 and 19–24 — apply to the SVB's AIO):
 * - 'none': no couple, or a younger spouse of 21 or older with a right — art. 22 sub b/c;
 * - 'under21' / 'under21WithChildren': a spouse of 18, 19 or 20 — art. 22 has no sub for that couple,
 *   so the jongerennorm of art. 20 applies: "gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en
 *   de andere echtgenoot 21 jaar of ouder" (lid 1 sub c without, lid 2 sub c with ten laste komende
 *   kinderen); with kostendelende medebewoners art. 22a lid 3;
 * - 'withoutRight' / 'withoutRight21plus': a spouse with no right to (algemene) bijstand — under 18
 *   (art. 13 lid 1 sub f) or a student under 27 (art. 13 lid 2 sub c) — so the right goes to the
 *   pensioner alone (art. 11 lid 4) at the norm of art. 24, or with kostendelende medebewoners his one
 *   share of art. 22a lid 1–2; '21plus' when that spouse is 21 or older and so counts in A.
 */
type AioYoungerSpouse = 'none' | 'under21' | 'under21WithChildren' | 'withoutRight' | 'withoutRight21plus'

/**
 * The AIO norm (aanvullende inkomensvoorziening ouderen, art. 47a ff., paid by the SVB): for a
 * couple of whom one has reached AOW age (art. 22 sub b and c), or for an alleenstaande past AOW age
 * (art. 22 sub a) whose AOW and other income stay below it. With kostendelende medebewoners art. 22a:
 * B is the AOW-age couple norm (lid 1, B sub b and c: art. 22 sub c for the younger spouse, sub b for
 * the pensioner — the same amount), a couple gets the sum of the shares of its rechthebbende spouses
 * (lid 2), and a couple with a spouse of 18–20 the fixed amount of lid 3 plus the pensioner's share.
 * The younger spouse's bearing: see AioYoungerSpouse.
 */
function aioNorm(
  date: IsoDateInput,
  indexationPercentPerYear: number,
  couple: boolean,
  housemates27plus = 0,
  youngerSpouse: AioYoungerSpouse = 'none',
): Norm {
  const idx = indexationPercentPerYear
  if (couple && (youngerSpouse === 'withoutRight' || youngerSpouse === 'withoutRight21plus')) {
    // Art. 24: 50% of the norm the pensioner would have if married to a rechthebbende spouse of his
    // age — gehuwden both at AOW age, art. 22 sub b — when he has no kostendelende medebewoners (sub
    // a). With medebewoners art. 22a lid 1–2: his one share, A counting the spouse only from 21.
    const base = moneyAt(BIJSTAND_NORMS.aowCouple, date, idx)
    if (housemates27plus === 0)
      return {
        cents: divideRoundHalfUp(base.value, 2),
        key: 'aowCouple',
        kostendelers: 0,
        base,
        article: '24',
      }
    const a = 1 + housemates27plus + (youngerSpouse === 'withoutRight21plus' ? 1 : 0)
    return {
      cents: kostendelersShares(base.value, a, 1, date),
      key: 'aowCouple',
      kostendelers: a,
      base,
      article: '20-22a',
    }
  }
  if (couple && youngerSpouse !== 'none') {
    const withChildren = youngerSpouse === 'under21WithChildren'
    const key: BijstandNormKey = withChildren ? 'coupleOne18to20WithChildren' : 'coupleOne18to20'
    if (housemates27plus === 0) {
      const base = moneyAt(BIJSTAND_NORMS[key], date, idx)
      return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
    }
    // Art. 22a lid 3: the fixed amount (sub a with, sub b without ten laste komende kinderen: the
    // gehuwdennorm for two spouses of 18–20 less the alleenstaande jongerennorm, € 716,58 and € 332,17
    // in the text of 1 January 2025) plus the pensioner's share of lid 1 (B = art. 22 sub b, A = the
    // housemates and the pensioner; the spouse under 21 does not count).
    const both = moneyAt(
      BIJSTAND_NORMS[withChildren ? 'couple18to20WithChildren' : 'couple18to20'],
      date,
      idx,
    )
    const single = moneyAt(BIJSTAND_NORMS.single18to20, date, idx)
    const base = moneyAt(BIJSTAND_NORMS.aowCouple, date, idx)
    const a = 1 + housemates27plus
    return {
      cents: both.value - single.value + kostendelersShares(base.value, a, 1, date),
      key,
      kostendelers: a,
      base,
      article: '20-22a',
    }
  }
  const key: BijstandNormKey = couple ? 'aowCouple' : 'aowSingle'
  if (housemates27plus === 0) {
    const base = moneyAt(BIJSTAND_NORMS[key], date, idx)
    return { cents: base.value, key, kostendelers: 0, base, article: '20-22a' }
  }
  // Art. 22a lid 1: with kostendelende medebewoners the norm is ((40% + A × 30%) / A) × B, where B is
  // the AOW-age couple norm (art. 22 sub b, or sub c for a younger spouse: the same amount); lid 2: a
  // couple gets both shares.
  const base = moneyAt(BIJSTAND_NORMS.aowCouple, date, idx)
  const persons = couple ? 2 : 1
  const a = persons + housemates27plus
  return {
    cents: kostendelersShares(base.value, a, persons, date),
    key,
    kostendelers: a,
    base,
    article: '20-22a',
  }
}

/**
 * The younger spouse's bearing on a couple's AIO norm in month `mi` (see AioYoungerSpouse). Ages on
 * the first day of the month, as for bijstand: a spouse turning 18 (or 21, or 27 as a student) keeps
 * the earlier norm for the month of a birthday after the 1st.
 */
function aioYoungerSpouse(
  ctx: EngineContext,
  members: readonly PersonCtx[],
  mi: number,
  withChildren: boolean,
): AioYoungerSpouse {
  if (members.length < 2) return 'none'
  const date = (ctx.months[mi] as MonthInfo).firstDay
  const ages = valueAt(PARTICIPATIEWET_AGES, date)
  const kdnMinAge = valueAt(KOSTENDELERSNORM, date).minRecipientAge
  let result: AioYoungerSpouse = 'none'
  for (const p of members) {
    const age = ageAt(ctx, p, mi)
    const student = incomeAt(ctx, p, mi).kind === 'student' && age < ages.studentExclusionBelowAge
    if (age < ages.minAge || student) return age >= kdnMinAge ? 'withoutRight21plus' : 'withoutRight'
    if (age < ages.regularNormAge) result = withChildren ? 'under21WithChildren' : 'under21'
  }
  return result
}

/** Whether a member of the household other than `members` is a child under the age of majority in month `mi`. */
function hasChildrenBesides(ctx: EngineContext, members: readonly PersonCtx[], mi: number): boolean {
  return ctx.persons.some(
    (p) => p.livesIn && !members.includes(p) && isBornBy(ctx, p, mi) && ageAt(ctx, p, mi) < ctx.majorityAge,
  )
}

/**
 * Records a change of a unit's norm (from the first month, and whenever the norm changes): an info
 * finding, or a warning text when the figure is an unverified fallback, and a trace entry with the
 * inputs and the dated parameters used.
 */
function recordNormChange(
  ctx: EngineContext,
  input: {
    month: MonthInfo
    head: PersonCtx
    members: readonly PersonCtx[]
    norm: Norm
    ages: number[]
    housemates: number
    withChildren: boolean
    institution: boolean
    kostendelersnorm: unknown
  },
): void {
  const { month: m, norm } = input
  addFinding(
    ctx,
    rule,
    { personId: input.head.id, month: m.month },
    {
      normKey: norm.key,
      normCents: norm.cents,
      kostendelers: norm.kostendelers,
      persons: input.members.length,
      article: norm.article,
    },
    norm.base.entry.verified === false
      ? { messageKey: 'findings.participatiewet.bijstand-norm-unverified' }
      : {},
  )
  addTrace(ctx, rule, {
    inputs: {
      unit: input.members.map((p) => p.id),
      ages: input.ages,
      housemates27plus: input.housemates,
      withChildren: input.withChildren,
      institution: input.institution,
      month: m.month,
    },
    parameters: [
      {
        key: `bijstandNorm.${norm.key}`,
        value: norm.base.value,
        source: `${norm.base.entry.source}${norm.base.entry.verified === false ? ' (UNVERIFIED)' : ''}`,
      },
      ...(norm.kostendelers > 0
        ? [
            {
              key: 'kostendelersnorm',
              value: input.kostendelersnorm,
              source: entryAt(KOSTENDELERSNORM, m.firstDay).source,
            },
          ]
        : []),
      ...(norm.base.indexedYears > 0
        ? [
            {
              key: 'indexationPercentPerYear',
              value: ctx.indexationPercentPerYear,
              source: 'scenario assumption',
            },
          ]
        : []),
    ],
    outcome: `norm ${norm.cents} cents per month`,
  })
}

// ---------------------------------------------------------------------------------------------
// The bijstand month walk

const INF = Number.POSITIVE_INFINITY

type KostendelersnormParams = (typeof KOSTENDELERSNORM)[number]['value']

type BenefitUnit = {
  key: string
  members: PersonCtx[]
  candidates: PersonCtx[]
  /** A single pensioner whose recorded AOW stays below the AIO norm: only the SVB's AIO applies. */
  aioOnly: boolean
  /** First day on which a candidate is on bijstand (−Infinity: from the start). */
  fromDay: number
  /** The day the (first spouse of a couple) reaches AOW age: AIO from then on (art. 47a ff.). */
  aioFromDay: number
  /** Lines (indexes) of an inrichting for a member (art. 23). */
  institutionalLines: number[]
  /** Month index of the first month with earnings per person (sub n: six consecutive months). */
  firstEarnings: Map<string, number>
  /** Month index of the first month of the single-parent exemption (sub r: 30 consecutive months). */
  firstSingleParent: Map<string, number>
  lastNormKey: string
  lastVrijlating: string
  aioRecorded: boolean
}

/** Parameters of one month, looked up once per month whatever the number of units. */
type MonthParams = {
  kdn: KostendelersnormParams
  vr: InkomstenvrijlatingParams
  /** The vrijlating caps, indexed beyond the last known year. */
  cap: CentsInput
  singleParentCap: CentsInput
  /** Art. 13 lid 2 sub c: below this age a student has no right to algemene bijstand. */
  studentExclusionBelowAge: number
  /** Art. 13 lid 1 sub f: below this age no right to bijstand at all. */
  minAge: number
  aioCouple: Norm | null
  aioSingle: Norm | null
}

type BijstandWalk = {
  units: BenefitUnit[]
  params: (MonthParams | undefined)[]
  /** Bijstand and AIO paid over the horizon (for the engine's balance check). */
  total: number
}

/** First day on which `p` is on bijstand (−Infinity: from the start). */
function bijstandFromDay(p: PersonCtx): number {
  if (p.person.income.kind === 'bijstand') return Number.NEGATIVE_INFINITY
  for (const c of p.incomeChanges) if (c.change.kind === 'bijstand') return c.day
  return INF
}

function benefitUnits(ctx: EngineContext): BenefitUnit[] {
  const units = new Map<string, BenefitUnit>()
  // A spouse who lives in an inrichting stays a spouse for the norm (art. 23 lid 3 Pw).
  const inInstitution = (p: PersonCtx): boolean =>
    ctx.lines.some((l) => l.person === p && l.provision.institutional && !l.informal)
  const client = ctx.persons.find((p) => p.person.role === 'client' && (p.livesIn || inInstitution(p)))
  const partner = ctx.persons.find((p) => p.person.role === 'partner' && (p.livesIn || inInstitution(p)))
  const onBijstand = (p: PersonCtx): boolean =>
    p.person.income.kind === 'bijstand' || p.incomeChanges.some((c) => c.change.kind === 'bijstand')
  // AIO for a couple not on bijstand of whom one or both reach AOW age, with a recorded income below
  // the AOW-age couple norm (art. 47a lid 1 sub b, art. 22 sub b and c Pw).
  const coupleAioOnly =
    client !== undefined &&
    partner !== undefined &&
    !onBijstand(client) &&
    !onBijstand(partner) &&
    isCoupleAioCandidate(ctx, [client, partner])
  for (const p of ctx.persons) {
    const inCouple = client && partner && (p === client || p === partner)
    // AIO for an alleenstaande past AOW age whose AOW is below the AIO norm (art. 47a lid 1 sub a Pw).
    const aioOnly = inCouple ? coupleAioOnly : !onBijstand(p) && p.livesIn && isSingleAioCandidate(ctx, p)
    if (!onBijstand(p) && !aioOnly) continue
    const key = inCouple ? 'couple' : p.id
    let unit = units.get(key)
    if (!unit) {
      const members = inCouple ? [client, partner] : [p]
      unit = {
        key,
        members,
        candidates: [],
        aioOnly,
        fromDay: INF,
        aioFromDay: Math.min(...members.map((x) => x.aowDay)),
        institutionalLines: ctx.lines
          .map((l, li) => (l.provision.institutional && members.includes(l.person) ? li : -1))
          .filter((li) => li >= 0),
        firstEarnings: new Map(),
        firstSingleParent: new Map(),
        lastNormKey: '',
        lastVrijlating: '',
        aioRecorded: false,
      }
      units.set(key, unit)
    }
    unit.candidates.push(p)
  }
  const list = [...units.values()]
  for (const u of list) u.fromDay = u.aioOnly ? u.aioFromDay : Math.min(...u.candidates.map(bijstandFromDay))
  return list
}

/**
 * A couple not on bijstand is an AIO candidate when an AOW income is recorded for one of them and, in
 * some month of the horizon from the day the first spouse reaches AOW age, the income the couple has
 * (AOW, pension, work …, as recorded) stays below the AOW-age couple norm of that month.
 */
function isCoupleAioCandidate(ctx: EngineContext, members: readonly PersonCtx[]): boolean {
  const aioFromDay = Math.min(...members.map((x) => x.aowDay))
  if (aioFromDay > ctx.horizonEndDay) return false
  const hasAow = members.some(
    (p) => p.person.income.kind === 'aow' || p.incomeChanges.some((c) => c.change.kind === 'aow'),
  )
  if (!hasAow) return false
  for (let mi = 0; mi < ctx.months.length; mi++) {
    const m = ctx.months[mi] as MonthInfo
    if (m.lastDayNumber < aioFromDay) continue
    let income = 0
    for (const p of members) {
      const inc = incomeAt(ctx, p, mi)
      if (inc.kind !== 'bijstand') income += inc.netMonthlyCents
    }
    const younger = aioYoungerSpouse(ctx, members, mi, hasChildrenBesides(ctx, members, mi))
    if (income < aioNorm(candidacyDate(m.firstDay), ctx.indexationPercentPerYear, true, 0, younger).cents)
      return true
  }
  return false
}

/**
 * The date whose AIO norm decides whether a household may be due AIO at all: before the first norms in
 * Maatwerk (BIJSTAND_FIRST_DATE), the first norms. Only the candidacy: the months before are not
 * computed (bijstandMonth reports them), so no amount is derived from a later year.
 */
function candidacyDate(date: string): string {
  return date < BIJSTAND_FIRST_DATE ? BIJSTAND_FIRST_DATE : date
}

/** A single person with AOW income below the AIO norm for singles on their AOW date or the start. */
function isSingleAioCandidate(ctx: EngineContext, p: PersonCtx): boolean {
  if (p.person.role === 'child') return false
  const aow = [
    ...(p.person.income.kind === 'aow'
      ? [{ day: ctx.horizonStartDay, cents: p.person.income.netMonthlyCents }]
      : []),
    ...p.incomeChanges
      .filter((c) => c.change.kind === 'aow')
      .map((c) => ({ day: c.day, cents: c.change.netMonthlyCents })),
  ]
  return aow.some((a) => {
    const day = Math.max(a.day, p.aowDay, ctx.horizonStartDay)
    return (
      day <= ctx.horizonEndDay &&
      a.cents < aioNorm(candidacyDate(dateFromDayNumber(day)), ctx.indexationPercentPerYear, false).cents
    )
  })
}

/**
 * Prepares the walk: the benefit units, and the findings that hold for the whole horizon (a minor on
 * bijstand from the start, a single person reaching AOW age within the horizon).
 */
export function prepareBijstand(ctx: EngineContext): BijstandWalk {
  const units = benefitUnits(ctx)
  for (const u of units) {
    for (const c of u.candidates) {
      if (c.day18 > ctx.horizonStartDay && u.fromDay < c.day18) {
        addFinding(
          ctx,
          ageRule,
          { personId: c.id, month: ctx.months[0]?.month ?? '' },
          { birthDate: c.person.birthDate, from: c.person.birthDate },
          { messageKey: 'findings.participatiewet.age-minor' },
        )
      }
      if (
        u.members.length === 1 &&
        !u.aioOnly &&
        c.aowDay >= ctx.horizonStartDay &&
        c.aowDay <= ctx.horizonEndDay
      )
        addAowTransitionBijstand(ctx, c.id, c.aowDate, c.aowDay)
    }
  }
  return { units, params: new Array<MonthParams | undefined>(ctx.months.length), total: 0 }
}

/**
 * The first day with every figure the bijstand and AIO month needs (norms, vrijlating caps, the
 * institution increase): before it the amount is not computed and a warning says so, per month.
 */
export const BIJSTAND_FIRST_DATE = firstCommonDate(
  ...Object.values(BIJSTAND_NORMS),
  INKOMSTENVRIJLATING,
  INSTITUTION_NORM_INCREASE,
)

function monthParams(ctx: EngineContext, walk: BijstandWalk, mi: number, m: MonthInfo): MonthParams {
  const cached = walk.params[mi]
  if (cached) return cached
  const vr = valueAt(INKOMSTENVRIJLATING, m.firstDay)
  const idx = ctx.indexationPercentPerYear
  const capIdx = Math.max(0, m.year - lastKnownYear(INKOMSTENVRIJLATING))
  const params: MonthParams = {
    kdn: valueAt(KOSTENDELERSNORM, m.firstDay),
    vr,
    cap: roundHalfUp(vr.capCents * Math.pow(1 + idx / 100, capIdx)),
    singleParentCap: roundHalfUp(vr.singleParentCapCents * Math.pow(1 + idx / 100, capIdx)),
    studentExclusionBelowAge: valueAt(PARTICIPATIEWET_AGES, m.firstDay).studentExclusionBelowAge,
    minAge: valueAt(PARTICIPATIEWET_AGES, m.firstDay).minAge,
    aioCouple: null,
    aioSingle: null,
  }
  walk.params[mi] = params
  return params
}

function aioNormOf(
  params: MonthParams,
  date: IsoDateInput,
  idx: number,
  couple: boolean,
  housemates27plus: number,
  youngerSpouse: AioYoungerSpouse,
): Norm {
  if (couple && youngerSpouse !== 'none') return aioNorm(date, idx, true, housemates27plus, youngerSpouse)
  if (housemates27plus > 0) return aioNorm(date, idx, couple, housemates27plus)
  if (couple) return (params.aioCouple ??= aioNorm(date, idx, true))
  return (params.aioSingle ??= aioNorm(date, idx, false))
}

/** Month step: bijstand (municipality) and AIO (SVB) per unit, counted as the head's income. */
export function bijstandMonth(
  ctx: EngineContext,
  walk: BijstandWalk,
  tables: CostTables,
  state: MonthState,
): void {
  const { mi, month: m, byPayer, bijstandOf } = state
  const M = ctx.months.length
  for (const u of walk.units) {
    const head = u.candidates[0] as PersonCtx
    const a = Math.max(m.firstDayNumber, ctx.horizonStartDay, u.fromDay, head.day18)
    // A couple's bijstand moves to the SVB (AIO, art. 47a ff.) from the day the first spouse reaches
    // AOW age, at the AOW-age couple norm (art. 22 sub c); a single person's moves to the SVB as AIO
    // at the single AOW-age norm (art. 22 sub a).
    const couple = u.members.length === 2
    const aioFromDay = u.aioFromDay
    const munEnd = Math.min(m.lastDayNumber, aioFromDay - 1)
    const days = munEnd >= a ? munEnd - a + 1 : 0
    const svbStart = Math.max(a, aioFromDay)
    const svbDays = m.lastDayNumber >= svbStart ? m.lastDayNumber - svbStart + 1 : 0
    if (days === 0 && svbDays === 0) continue
    if (m.firstDay < BIJSTAND_FIRST_DATE) {
      // No norms in Maatwerk for this month: nothing is paid or counted as income, and the finding says so.
      recordAmountsUnavailable(ctx, rule, 'bijstand-norms', BIJSTAND_FIRST_DATE, m, { personId: head.id })
      // Their income this month is then missing, not low: a contribution on it is not computed either.
      for (const p of u.members) state.incomeMissingOf[p.index] = 1
      continue
    }
    const params = monthParams(ctx, walk, mi, m)
    const { kdn, vr: vrParams } = params
    const ages = u.members.map((p) => ageAt(ctx, p, mi))
    let housemates = 0
    let withChildren = false
    let youngChild = false
    for (const p of ctx.persons) {
      // A child born during the horizon counts from the month of birth (isBornBy).
      if (!p.livesIn || u.members.includes(p) || !isBornBy(ctx, p, mi)) continue
      const age = ageAt(ctx, p, mi)
      if (age < ctx.majorityAge) withChildren = true
      if (age < vrParams.singleParentChildMaxAge) youngChild = true
      if (age >= kdn.minHousemateAge && incomeAt(ctx, p, mi).kind !== 'student') housemates++
    }
    const instByMember = u.members.map((p) =>
      u.institutionalLines.some(
        (li) => ctx.lines[li]?.person === p && (tables.allowed[li * M + mi] ?? 0) > 0,
      ),
    )
    const institution = instByMember.some(Boolean)
    // Art. 24: a spouse without a right to (algemene) bijstand — a student under 27 (art. 13 lid 2 sub
    // c), or a spouse under 18 (art. 13 lid 1 sub f: "die jonger is dan 18 jaar"); the right then goes
    // to the other spouse alone (art. 11 lid 4), so a spouse under 18 is neither a jongere of art. 20
    // nor counted in A (art. 22a lid 1 counts a spouse only from 21). Ages on the first of the month.
    const noRight = u.members.map(
      (p, k) =>
        (ages[k] ?? 0) < params.minAge ||
        (incomeAt(ctx, p, mi).kind === 'student' && (ages[k] ?? 0) < params.studentExclusionBelowAge),
    )
    const oneWithoutRight = couple && noRight.filter(Boolean).length === 1
    const order = oneWithoutRight && noRight[0] ? [1, 0] : [0, 1].slice(0, u.members.length)
    const normInput: NormInput = {
      date: m.firstDay,
      ages: order.map((k) => ages[k] ?? 0),
      withChildren,
      institution: order.map((k) => instByMember[k] ?? false),
      // Who of the unit is old enough for art. 22a is decided in bijstandNorm (lid 1 and lid 3).
      housemates27plus: housemates,
      indexationPercentPerYear: ctx.indexationPercentPerYear,
      partnerWithoutRight: oneWithoutRight,
    }
    const munNorm = bijstandNorm(normInput)
    // The AIO norm (art. 47a lid 2: hoofdstuk 3 applies to the SVB too): art. 22, with art. 22a for
    // housemates aged 27+, art. 20 for a spouse of 18–20 and art. 24 for a spouse without a right.
    const younger: AioYoungerSpouse =
      svbDays > 0 ? aioYoungerSpouse(ctx, u.members, mi, withChildren) : 'none'
    // In an inrichting the SVB applies art. 23 too: art. 47a lid 2 makes hoofdstuk 3 apply to the AIO,
    // and neither art. 47b (which reads "het college" as the SVB in the articles it lists) nor art. 47c
    // (afstemming and maatregelen) nor 47d sets another norm (text of 1-1-2025 read).
    const aio =
      svbDays > 0
        ? institution
          ? bijstandNorm({
              ...normInput,
              pastAow: order.map((k) => m.firstDayNumber >= (u.members[k] as PersonCtx).aowDay),
            })
          : aioNormOf(params, m.firstDay, ctx.indexationPercentPerYear, couple, housemates, younger)
        : null
    const norm = aio && days === 0 ? aio : munNorm
    let countable = 0
    let vrijlatingNote = ''
    for (let k = 0; k < u.members.length; k++) {
      const p = u.members[k] as PersonCtx
      const inc = incomeAt(ctx, p, mi)
      if (inc.kind === 'bijstand' || inc.kind === 'none') continue
      let exempt = 0
      if (inc.kind === 'work') {
        if (inc.netMonthlyCents > 0 && !u.firstEarnings.has(p.id)) u.firstEarnings.set(p.id, mi)
        const vr = inkomstenvrijlating({
          earningsCents: inc.netMonthlyCents,
          age: ages[k] ?? 0,
          singleParentWithYoungChild: u.members.length === 1 && youngChild,
          regularMonthsUsed: mi - (u.firstEarnings.get(p.id) ?? mi),
          singleParentMonthsUsed: mi - (u.firstSingleParent.get(p.id) ?? mi),
          params: vrParams,
          capCents: params.cap,
          singleParentCapCents: params.singleParentCap,
        })
        exempt = vr.cents
        if (vr.kind === 'single-parent' && !u.firstSingleParent.has(p.id)) u.firstSingleParent.set(p.id, mi)
        if (vr.kind) vrijlatingNote = `${p.id}:${vr.kind}`
      }
      countable += Math.max(0, inc.netMonthlyCents - exempt)
    }
    const full = Math.max(0, munNorm.cents - countable)
    const amount = days === 0 ? 0 : days === m.days ? full : divideRoundHalfUp(full * days, m.days)
    byPayer['gemeente-bijstand'] += amount
    if (aio) {
      const aioFull = Math.max(0, aio.cents - countable)
      const aioAmount = svbDays === m.days ? aioFull : divideRoundHalfUp(aioFull * svbDays, m.days)
      byPayer.svb += aioAmount
      walk.total += aioAmount
      bijstandOf[head.index] = (bijstandOf[head.index] ?? 0) + aioAmount
      // AIO at the institution norm of art. 23 lid 1 is algemene bijstand too (Blz art. 3.3.2.2 lid 7).
      if (aioAmount > 0 && aio.article === '23-1') for (const p of u.members) state.art23Lid1Of[p.index] = 1
      if (!u.aioRecorded && (aioAmount > 0 || !u.aioOnly)) {
        u.aioRecorded = true
        const older = u.members.find((p) => p.aowDay === aioFromDay) ?? head
        addAioSvb(
          ctx,
          older,
          m.month,
          aio.cents,
          u.members.some((p) => incomeAt(ctx, p, mi).kind === 'aow'),
          couple ? (u.aioOnly ? 'couple-not-on-bijstand' : 'couple') : 'single',
          younger === 'withoutRight' || younger === 'withoutRight21plus',
        )
      }
    }
    bijstandOf[head.index] = (bijstandOf[head.index] ?? 0) + amount
    // Art. 23 lid 1 bijstand (everyone of the unit inside): the Wlz lage bijdrage may be waived.
    if (amount > 0 && munNorm.article === '23-1') for (const p of u.members) state.art23Lid1Of[p.index] = 1
    walk.total += amount
    // A new dated entry is a new figure even when its amount is the same (an entry that keeps the
    // previous amount is reported with its own source and confidence, never carried forward silently).
    const key = `${norm.key}|${norm.kostendelers}|${norm.cents}|${norm.base.entry.from}`
    if (key !== u.lastNormKey) {
      u.lastNormKey = key
      recordNormChange(ctx, {
        month: m,
        head,
        members: u.members,
        norm,
        ages,
        housemates,
        withChildren,
        institution,
        kostendelersnorm: kdn,
      })
    }
    if (vrijlatingNote !== u.lastVrijlating) {
      if (vrijlatingNote !== '') {
        const [pid, kind] = vrijlatingNote.split(':')
        recordVrijlatingStart(ctx, {
          month: m,
          personId: pid ?? head.id,
          tracePersonId: pid,
          kind: kind ?? '',
          params: vrParams,
          capCents: params.cap,
          singleParentCapCents: params.singleParentCap,
        })
      }
      u.lastVrijlating = vrijlatingNote
    }
  }
}
