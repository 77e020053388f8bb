/**
 * wlz.eigen-bijdrage — what a client with Wlz care pays the CAK (Wlz art. 3.2.5; Besluit
 * langdurige zorg art. 3.3.2.1 hoge and 3.3.2.2 lage eigen bijdrage). The same lage/hoge system
 * applies to Wmo beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19), so this file also
 * holds the shared calculation used by wmo.eigen-bijdrage for beschermd wonen.
 *
 * Which bijdrage (CAK, "Hoge en lage eigen bijdrage"): the lage bijdrage during the first months
 * of a stay (six in the 2015 text, four since 1 January 2019: parameters INTRAMURAL_LAGE_REGIME), when a partner lives outside the institution (unless the couple receives AOW for
 * ongehuwden), when the client supports children (Blz art. 3.3.2.2 lid 1 sub c: a child with
 * kinderbijslag — modelled as a child under 18 — or with studiefinanciering while under 27), and
 * for Wlz care at home (vpt, mpt, Wlz-pgb); otherwise the hoge bijdrage. A married couple who both
 * receive Wlz care owe one bijdrage together (see the month step). Only persons of 18 and over pay.
 *
 * Amounts: lage = 10% (12.5% before 2018) of the bijdrageplichtig inkomen, between a minimum and a
 * maximum per month (art. 3.3.2.2 lid 3); hoge = the income less the deductions (zak- en kleedgeld,
 * extra aftrek), at most the hoge maximum and with no minimum (art. 3.3.2.1 lid 2). Both add the
 * vermogensinkomensbijtelling (art. 3.3.2.3 lid 1 sub c, 3.3.2.4 lid 1; since 2019 art. 3.3.1.2a):
 * 8%, since 2019 4%, of the box-3 vermogen above a threshold of the peiljaar — the heffingvrij vermogen
 * up to the 2022 text, the aanslaggrens of Wet IB 2001 art. 9.4 lid 1 sub c from the 2024 text (two
 * years back; of a couple the two together), a twelfth per month. Without a recorded assets figure
 * the bijtelling is left out and the finding shows the result as the lower end of a range up to the
 * legal maximum, saying that the assets figure would complete it. An income at most the institution
 * norms of Participatiewet art. 23, raised by the minimal bijdrage, owes no lage bijdrage (art. 3.3.2.2
 * lid 9 since 2021, of the CAK's own motion; on request, without the raise, 2017–2020; lid 7 of the 2015
 * text: art. 23 lid 1 bijstand only — lowIncomeWaiver). With an mpt or a pgb in the unit the income of
 * the lage bijdrage is lower by a yearly amount (art. 3.3.2.4 lid 1) and the lage bijdrage by a monthly
 * one (lid 4, lid4ReductionApplies; a pgb only in the 2015 text), and an mpt of at most twenty hours of
 * care in natura a month owes the minimum less that reduction (lid 5 and 6, mptLowHoursOf). The forms
 * follow the rangorde of art. 3.3.2.2a (effectiveForms). The bijtelling skips the extra
 * vermogensvrijstelling of art. 3.3.1.2 lid 1 sub b up to 2025 (extraVrijstellingCount). A year whose
 * amounts could not be sourced (WLZ_EIGEN_BIJDRAGE: 2016) is not estimated: a warning says the figure is
 * not available and nothing is charged. Over part of a month (a stay that starts or ends within it) the
 * bijdrage is the monthly amount × 12 × the days owed ÷ 365 (art. 3.3.2.9 lid 2; forDaysOwed); the
 * lage/hoge choice stays the month's. The Blz texts of 2017 to 2026 were read (MinBZK/regelrecht-corpus,
 * a copy of wetten.overheid.nl): the mpt's own per-hour bijdrage of the 2015 text (art. 3.3.3.1) is not
 * in them; in 2015 an mpt is charged the lage bijdrage (docs/legal-reference.md, known gap 15).
 * Left out: art. 3.3.2.2 lid 1 sub d (expected return home), lid 7 sub b and c and lid 8 (a stay that
 * starts soon after an earlier one skips the lage months) and the compensatie vervallen ouderentoeslag
 * (art. 3.3.1.2a, 2019–2025). The hoge bijdrage deducts zak- en kleedgeld, the aftrekpost, the premium
 * (less the zorgtoeslag amount) and the extra vrijlating of the Regeling langdurige zorg (art. 4.3–4.6;
 * premiumDeductionYear, extraVrijlatingYear) where the year's figures were read. Deliberately an
 * estimate: the CAK uses the fiscal verzamelinkomen of year t-2 of client and partner plus a share of their vermogen; a household record holds net income now.
 * The finding therefore names the range the law allows and the inputs that would make it exact.
 */
import type { CentsInput, Dated, IsoDateInput, Series, TraceEntry } from '../../domain/types'
import { addYearsMonths, dateFromDayNumber, dayNumber, yearOf, type MonthInfo } from '../../domain/dates'
import { percentOfCents, divideRoundHalfUp, indexCents, roundHalfUp } from '../../domain/money'
import { entryAt, lastKnownYear, valueAt } from '../../parameters/series'
import {
  BOX3_AANSLAGGRENS,
  HEFFINGSVRIJ_VERMOGEN,
  INTRAMURAL_LAGE_REGIME,
  INTRAMURAL_PART_MONTH,
  VERMOGENSGRONDSLAG,
  VERMOGENSINKOMENSBIJTELLING,
  WLZ_EIGEN_BIJDRAGE,
  WLZ_SUPPORTED_CHILDREN,
  type ExtraVrijlatingParams,
  type IntramuralContributionParams,
  type PremiumDeductionParams,
  type WlzEigenBijdrageEntry,
  type WlzEigenBijdrageParams,
} from '../../parameters/wlz'
import {
  addFinding,
  addTrace,
  ageAt,
  isBornBy,
  incomeAt,
  incomeWithBijstand,
  recordAmountsUnavailable,
  type CostTables,
  type EngineContext,
  type LineCtx,
  type MonthState,
  type PersonCtx,
} from '../../context/engine-context'
import { BIJSTAND_FIRST_DATE, institutionNorm } from '../participatiewet/bijstand-norm'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.eigen-bijdrage',
  law: 'wlz',
  severity: 'info',
  legalBasis: {
    law: 'Wet langdurige zorg; Besluit langdurige zorg',
    article: '3.2.5 Wlz; 3.3.1.2, 3.3.2.1–3.3.2.4, 3.3.2.9 lid 2 Blz; 4.3–4.6 Regeling langdurige zorg',
    url: articleUrl(WLZ_URL, '3.2.5'),
    // Checked against the law texts: Wlz art. 3.2.5 (eigen bijdrage by AMvB, by income and assets);
    // Blz art. 3.3.2.1 (hoge), 3.3.2.2 (lage: percentage, months, minimum and maximum, lid 4 reduction,
    // lid 5–6 the mpt of twenty hours, lid 9 the low income), 3.3.2.2a (rangorde), 3.3.2.4 lid 1 (the
    // mpt/pgb income reduction), 3.3.1.2 lid 1 sub b (extra vermogensvrijstelling) and 3.3.2.9 lid 2 (a
    // part of a month: the monthly amount × 12 × the days ÷ 365), read in the texts valid from 1 January
    // 2017, 2018, 2019, 2021, 2022, 2024, 2025 and 2026 (MinBZK/regelrecht-corpus, 2026-12-02) and in the
    // 2015 text (statengeneraal/laws-markdown BWBR0035948).
    verified: true,
  },
  messageKey: 'findings.wlz.eigen-bijdrage-hoge',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'CAK lage/hoge eigen bijdrage for Wlz care (estimate on recorded net income, with the legal range).',
}

type IntramuralRegime = 'lage' | 'hoge'

/** Why the lage bijdrage applies (the first that holds), or null for the hoge bijdrage. */
type LageReason = 'first-months' | 'partner-at-home' | 'children' | 'care-at-home'

export function lageReason(input: {
  /** The month lies within the first `lageMonths` months of the stay. */
  withinFirstMonths: boolean
  /** A partner (recorded relation) who does not stay in the institution. */
  partnerAtHome: boolean
  /** A child the client supports (kinderbijslag or studiefinanciering, see supportsChildren). */
  supportedChildren: boolean
  /** Wlz care at home (vpt, mpt, pgb) rather than a stay. */
  careAtHome: boolean
}): LageReason | null {
  if (input.careAtHome) return 'care-at-home'
  if (input.withinFirstMonths) return 'first-months'
  if (input.partnerAtHome) return 'partner-at-home'
  if (input.supportedChildren) return 'children'
  return null
}

/**
 * The household has a child the client must support (Blz art. 3.3.2.2 lid 1 sub c): a child under
 * the kinderbijslag age, or a child with studiefinanciering (recorded income kind 'student') under 27.
 */
export function supportsChildren(ctx: EngineContext, mi: number): boolean {
  const month = ctx.months[mi]
  if (!month) return false
  const ages = valueAt(WLZ_SUPPORTED_CHILDREN, month.firstDay)
  for (const x of ctx.persons) {
    if (x.person.role !== 'child' || !isBornBy(ctx, x, mi)) continue
    const age = ageAt(ctx, x, mi)
    if (age < ages.kinderbijslagBelowAge) return true
    if (age < ages.studiefinancieringBelowAge && incomeAt(ctx, x, mi).kind === 'student') return true
  }
  return false
}

export type IntramuralContribution = {
  regime: IntramuralRegime
  /** The estimate charged this month. */
  cents: CentsInput
  /** The range the law allows for this regime. */
  minCents: CentsInput
  maxCents: CentsInput
}

/**
 * The monthly contribution from `incomeMonthlyCents` (client and partner together for the lage
 * bijdrage; the client alone for the hoge bijdrage, which applies only without a partner at home).
 */
export function intramuralContribution(input: {
  regime: IntramuralRegime
  incomeMonthlyCents: CentsInput
  /** The vermogensinkomensbijtelling per month (a twelfth of the yearly one; 0 when none or unknown). */
  bijtellingMonthlyCents?: CentsInput
  /**
   * Taken off the income of the lage bijdrage only, per month: a twelfth of the mpt/pgb reduction of
   * Blz art. 3.3.2.4 lid 1 (0 when it does not apply).
   */
  lageIncomeReductionMonthlyCents?: CentsInput
  couple: boolean
  reachedAow: boolean
  /**
   * The persons whose income counts for the hoge bijdrage, each with his own income and AOW status —
   * for the premium deduction of Regeling langdurige zorg art. 4.4, which is per person. Absent: one
   * person with `incomeMonthlyCents` and `reachedAow`.
   */
  persons?: readonly { incomeMonthlyCents: number; reachedAow: boolean }[]
  params: IntramuralContributionParams
}): IntramuralContribution {
  const p = input.params
  const income = input.incomeMonthlyCents + (input.bijtellingMonthlyCents ?? 0)
  const lageIncome = Math.max(0, income - (input.lageIncomeReductionMonthlyCents ?? 0))
  const lage = Math.min(p.lageMaxCents, Math.max(p.lageMinCents, percentOfCents(lageIncome, p.lagePercent)))
  if (input.regime === 'lage')
    return { regime: 'lage', cents: lage, minCents: p.lageMinCents, maxCents: p.lageMaxCents }
  const persons = input.persons ?? [
    { incomeMonthlyCents: input.incomeMonthlyCents, reachedAow: input.reachedAow },
  ]
  const fixedYear =
    (input.couple ? p.zakEnKleedgeldCoupleYearCents : p.zakEnKleedgeldSingleYearCents) +
    (input.reachedAow ? p.extraDeductionAowYearCents : p.extraDeductionBelowAowYearCents)
  const incomeYear = input.incomeMonthlyCents * 12
  const premiumYear = premiumDeductionYear(p.premiumDeduction ?? null, persons, input.couple, incomeYear)
  const extraYear = extraVrijlatingYear(
    p.extraVrijlating ?? null,
    incomeYear - fixedYear - premiumYear,
    input.couple,
    persons.some((x) => x.reachedAow),
  )
  const hoge = income - divideRoundHalfUp(fixedYear + premiumYear + extraYear, 12)
  return {
    regime: 'hoge',
    // Blz art. 3.3.2.1 lid 2 (and Uitvoeringsbesluit Wmo 2015 art. 3.11 lid 2) sets only a maximum:
    // the hoge bijdrage is the income less the deductions, so it has no minimum and is nil when the
    // deductions (zak- en kleedgeld among them) take the whole income, e.g. art. 23 bijstand.
    cents: Math.min(p.hogeMaxCents, Math.max(0, hoge)),
    minCents: 0,
    maxCents: p.hogeMaxCents,
  }
}

/**
 * Regeling langdurige zorg art. 4.4, per year: lid 1 — for each person a fixed amount plus a percentage
 * of his income (the engine takes the recorded net income for the fiscal one), at least the minimum for
 * a person at AOW age (sub a unmarried, sub c and e 2° married) and at most the maximum; lid 2 — with a
 * right to zorgtoeslag on 1 January of the peiljaar, lowered by the zorgtoeslag amount, itself lowered
 * by a percentage of the (joint) income above a limit (the engine applies it whenever that leaves
 * something: the zorgtoeslag right itself is not recorded). 0 where the year's figures were not read.
 */
function premiumDeductionYear(
  p: PremiumDeductionParams | null,
  persons: readonly { incomeMonthlyCents: number; reachedAow: boolean }[],
  couple: boolean,
  jointIncomeYear: number,
): number {
  if (p === null) return 0
  let sum = 0
  for (const x of persons) {
    const own = p.baseYearCents + percentOfCents(Math.max(0, x.incomeMonthlyCents * 12), p.percentOfIncome)
    const min = x.reachedAow ? (couple ? p.minAowCoupleEachYearCents : p.minAowSingleYearCents) : 0
    sum += Math.min(p.maxYearCents, Math.max(min, own))
  }
  const zorgtoeslag = Math.max(
    0,
    (couple ? p.zorgtoeslagCoupleYearCents : p.zorgtoeslagSingleYearCents) -
      percentOfCents(Math.max(0, jointIncomeYear - p.zorgtoeslagIncomeCents), p.zorgtoeslagTaperPercent),
  )
  return Math.max(0, sum - zorgtoeslag)
}

/**
 * Regeling langdurige zorg art. 4.6, per year: a percentage of what the income after the deductions of
 * art. 4.3 to 4.5 (`afterDeductionsYear`) exceeds the threshold — sub a unmarried at AOW age, sub b
 * married of whom at least one at AOW age, sub c unmarried below it, sub d married both below it.
 */
function extraVrijlatingYear(
  p: ExtraVrijlatingParams | null,
  afterDeductionsYear: number,
  couple: boolean,
  anyReachedAow: boolean,
): number {
  if (p === null) return 0
  const threshold = couple
    ? anyReachedAow
      ? p.coupleAowYearCents
      : p.coupleBelowAowYearCents
    : anyReachedAow
      ? p.singleAowYearCents
      : p.singleBelowAowYearCents
  return percentOfCents(Math.max(0, afterDeductionsYear - threshold), p.percent)
}

/**
 * The contribution over the days of `m` on which it is owed (Blz art. 3.3.2.9 lid 2; Uitvoeringsbesluit
 * Wmo 2015 art. 3.19 lid 2 for beschermd wonen): over part of a month the monthly amount × 12 × those
 * days ÷ 365 (INTRAMURAL_PART_MONTH), rounded half-up once; a whole month is the monthly amount. The
 * legal range is scaled the same way, so it stays the range of this month's amount.
 */
export function forDaysOwed(
  c: IntramuralContribution,
  daysOwed: number,
  m: MonthInfo,
): IntramuralContribution {
  // No days counted (a line costed without a day count) is read as the whole month.
  if (daysOwed <= 0 || daysOwed >= m.days) return c
  const { daysPerYear } = valueAt(INTRAMURAL_PART_MONTH, m.firstDay)
  const part = (cents: number): number => divideRoundHalfUp(cents * 12 * daysOwed, daysPerYear)
  return { ...c, cents: part(c.cents), minCents: part(c.minCents), maxCents: part(c.maxCents) }
}

/** The trace parameter of a part-month bijdrage (none for a whole month). */
export function partMonthParameters(daysOwed: number, m: MonthInfo): TraceEntry['parameters'] {
  if (daysOwed <= 0 || daysOwed >= m.days) return []
  const entry = entryAt(INTRAMURAL_PART_MONTH, m.firstDay)
  return [
    {
      key: 'partMonth',
      value: `monthly × 12 × ${daysOwed} / ${entry.value.daysPerYear}`,
      source: `${entry.source} (confidence ${entry.confidence})`,
    },
  ]
}

// ---------------------------------------------------------------------------------------------
// Vermogensinkomensbijtelling (shared with the beschermd-wonen contribution of wmo.eigen-bijdrage)

/**
 * The vermogensinkomensbijtelling per month: `percent`% of the vermogen — the persons' box-3 assets
 * together less the heffingsvrij vermogen of each (fiscal partners share theirs: Wet IB 2001 art.
 * 5.2 and 5.5; Blz art. 3.3.1.2 lid 2), at least nil — divided by twelve, rounded half-up once.
 */
function bijtellingMonthlyCents(input: {
  assetsCents: readonly CentsInput[]
  heffingsvrijPerPersonCents: CentsInput
  /** Blz art. 3.3.1.2 lid 1 sub b, already summed over the persons it applies to (0: none). */
  extraVrijstellingCents: number
  percent: number
}): number {
  let total = 0
  for (const a of input.assetsCents) total += a
  const vermogen = Math.max(
    0,
    total - input.heffingsvrijPerPersonCents * input.assetsCents.length - input.extraVrijstellingCents,
  )
  // Thousandths of a percent keep a rate like 4 or 8 exact; one rounding for the month.
  return divideRoundHalfUp(vermogen * roundHalfUp(input.percent * 1000), 100_000 * 12)
}

export type Bijtelling = {
  /** Per month, from the recorded assets (unknown assets count as nil). */
  monthlyCents: number
  /** Every counted person has a recorded assets figure. */
  assetsKnown: boolean
  /** The recorded assets of the counted persons together. */
  assetsCents: number
  /** The peiljaar whose threshold applies (two years before the month). */
  peiljaar: number
  heffingsvrijPerPersonCents: number
  /** The extra vermogensvrijstelling deducted (Blz art. 3.3.1.2 lid 1 sub b; 0 when none applies). */
  extraVrijstellingCents: number
  percent: number
  parameters: TraceEntry['parameters']
}

/**
 * The bijtelling of persons with `recorded` assets (one person, or a couple together; null or
 * undefined: not recorded) in the month starting `firstDay`: the percentage in force that month, the
 * threshold of the peiljaar (Blz art. 1.1.1: the second year before; VERMOGENSGRONDSLAG). The recorded
 * assets are read as the figure of that peiljaar.
 */
export function bijtellingAt(
  recorded: readonly (CentsInput | null | undefined)[],
  firstDay: IsoDateInput,
  /**
   * The Wlz extra vermogensvrijstelling (Blz art. 3.3.1.2 lid 1 sub b): the amount per person and the
   * number of counted persons it applies to (see extraVrijstellingCount). Beschermd wonen passes none.
   */
  extraVrijstelling: { perPersonCents: CentsInput; persons: number } = { perPersonCents: 0, persons: 0 },
): Bijtelling {
  const peiljaar = yearOf(firstDay) - 2
  const pctEntry = entryAt(VERMOGENSINKOMENSBIJTELLING, firstDay)
  // The threshold the vermogen is counted above (Blz art. 3.3.1.2 lid 2): the heffingvrij vermogen of
  // the peiljaar up to the 2022 text, the aanslaggrens of Wet IB 2001 art. 9.4 lid 1 sub c of the
  // peiljaar from the 2024 text. A peiljaar before a series' first amount takes that amount.
  const first = VERMOGENSGRONDSLAG[0]
  const grondslag = valueAt(VERMOGENSGRONDSLAG, first && firstDay < first.from ? first.from : firstDay)
  const thresholds = grondslag.threshold === 'aanslaggrens' ? BOX3_AANSLAGGRENS : HEFFINGSVRIJ_VERMOGEN
  const firstHvv = thresholds[0]
  const peildatum = `${String(peiljaar)}-01-01`
  const hvvEntry = entryAt(thresholds, firstHvv && peildatum < firstHvv.from ? firstHvv.from : peildatum)
  const assets = recorded.map((a) => a ?? 0)
  const extraVrijstellingCents = extraVrijstelling.perPersonCents * extraVrijstelling.persons
  const conf = (e: Dated<unknown>): string =>
    `confidence ${e.confidence}${e.verified === false ? ', unverified' : ''}`
  return {
    monthlyCents: bijtellingMonthlyCents({
      assetsCents: assets,
      heffingsvrijPerPersonCents: hvvEntry.value.perPersonCents,
      extraVrijstellingCents,
      percent: pctEntry.value.percent,
    }),
    assetsKnown: recorded.every((a) => a != null),
    assetsCents: assets.reduce((a, b) => a + b, 0),
    peiljaar,
    heffingsvrijPerPersonCents: hvvEntry.value.perPersonCents,
    extraVrijstellingCents,
    percent: pctEntry.value.percent,
    parameters: [
      {
        key: 'vermogensinkomensbijtelling.percent',
        value: pctEntry.value.percent,
        source: `${pctEntry.source} (${conf(pctEntry)})`,
      },
      {
        key: `${grondslag.threshold === 'aanslaggrens' ? 'aanslaggrens' : 'heffingvrijVermogen'}.${String(peiljaar)}`,
        value: hvvEntry.value.perPersonCents,
        source: `${hvvEntry.source} (${conf(hvvEntry)})`,
      },
    ],
  }
}

// ---------------------------------------------------------------------------------------------
// Parameters (shared with the beschermd-wonen contribution of wmo.eigen-bijdrage)

export type IntramuralParamsValue<P extends IntramuralContributionParams = IntramuralContributionParams> = {
  value: P
  entry: Dated<unknown>
  indexedYears: number
}

/** The lage/hoge parameters on `date`, money amounts indexed beyond the last known year. */
export function intramuralParamsAt(
  series: Series<IntramuralContributionParams>,
  date: IsoDateInput,
  indexationPercentPerYear: number,
): IntramuralParamsValue {
  const entry = entryAt(series, date)
  return indexedIntramural(
    entry,
    entry.value,
    Math.max(0, yearOf(date) - lastKnownYear(series)),
    indexationPercentPerYear,
  )
}

/** `v` with its money amounts indexed by `years` whole years (none: `v` itself). */
function indexedIntramural<P extends IntramuralContributionParams>(
  entry: Dated<unknown>,
  v: P,
  years: number,
  indexationPercentPerYear: number,
): IntramuralParamsValue<P> {
  if (years === 0) return { value: v, entry, indexedYears: 0 }
  const ix = (c: number): number => indexCents(c, indexationPercentPerYear, years)
  return {
    value: {
      ...v,
      lageMinCents: ix(v.lageMinCents),
      lageMaxCents: ix(v.lageMaxCents),
      hogeMaxCents: ix(v.hogeMaxCents),
      zakEnKleedgeldSingleYearCents: ix(v.zakEnKleedgeldSingleYearCents),
      zakEnKleedgeldCoupleYearCents: ix(v.zakEnKleedgeldCoupleYearCents),
      extraDeductionBelowAowYearCents: ix(v.extraDeductionBelowAowYearCents),
      extraDeductionAowYearCents: ix(v.extraDeductionAowYearCents),
    },
    entry,
    indexedYears: years,
  }
}

type WlzParamsLookup =
  | { available: true; params: IntramuralParamsValue<WlzEigenBijdrageParams> }
  /** No sourced Wlz amounts for this date (entry null: before the Wlz, 2015). */
  | { available: false; entry: Dated<WlzEigenBijdrageEntry> | null }

/**
 * The Wlz parameters on `date`: the year's amounts (indexed beyond the last known year), or
 * unavailable for a year whose amounts could not be sourced (WLZ_EIGEN_BIJDRAGE) and for dates before
 * the Wlz (1 January 2015) — the month step then refuses to estimate instead of failing.
 */
export function wlzParamsAt(date: IsoDateInput, indexationPercentPerYear: number): WlzParamsLookup {
  const first = WLZ_EIGEN_BIJDRAGE[0]
  if (!first || date < first.from) return { available: false, entry: null }
  const entry = entryAt(WLZ_EIGEN_BIJDRAGE, date)
  const v = entry.value
  // A year without sourced amounts (WlzAmountsUnavailable) carries `amountsAvailable: false`.
  if ('amountsAvailable' in v) return { available: v.amountsAvailable, entry }
  const years = Math.max(0, yearOf(date) - lastKnownYear(WLZ_EIGEN_BIJDRAGE))
  const indexed = indexedIntramural(entry, v, years, indexationPercentPerYear)
  if (years === 0) return { available: true, params: indexed }
  return {
    available: true,
    params: {
      ...indexed,
      value: {
        ...indexed.value,
        // Blz art. 3.3.1.7 lid 1 indexes the lid-4 reduction and the art. 3.3.2.4 lid 1 reduction with
        // the other amounts.
        pgbReductionCents: indexCents(v.pgbReductionCents, indexationPercentPerYear, years),
        mptPgbIncomeReductionYearCents: indexCents(
          v.mptPgbIncomeReductionYearCents,
          indexationPercentPerYear,
          years,
        ),
      },
    },
  }
}

/**
 * Blz art. 3.3.2.2 lid 4: the lage bijdrage is reduced by a fixed amount per month.
 *
 * - The 2015 text: for (a) an unmarried client with a pgb, (b) spouses who both have a pgb, or one a pgb
 *   and the other an mpt, (c) a client with a pgb when he or his spouse receives a Wmo maatwerkvoorziening
 *   or Wmo-pgb other than beschermd wonen. "Unmarried" is read as: no partner recorded.
 * - Since the text of 2017 (read in the texts of 2017 to 2026): for (a) the unmarried client with a pgb
 *   or an mpt, (b) the spouses together of whom both or one receive an mpt or a pgb, (c) the client with
 *   an mpt or a pgb when he or his spouse receives Wmo maatwerk — so whenever the unit (the client, and
 *   the spouse who owes the bijdrage together with him) receives an mpt or a pgb.
 *
 * The forms are those left after the rangorde of art. 3.3.2.2a (a stay, then a vpt, then a pgb, then an
 * mpt: only the highest form's bijdrage is owed): see effectiveForms.
 */
export function lid4ReductionApplies(input: {
  regime: WlzEigenBijdrageParams['mptRegime']
  ownPgb: boolean
  ownMpt: boolean
  hasPartner: boolean
  partnerPgb: boolean
  partnerMpt: boolean
  /** Client or partner receives Wmo maatwerk or a Wmo-pgb, not beschermd wonen, this month. */
  wmoMaatwerk: boolean
}): boolean {
  if (input.regime === '2017') return input.ownPgb || input.ownMpt || input.partnerPgb || input.partnerMpt
  const anyPgb = input.ownPgb || input.partnerPgb
  if (!anyPgb) return false
  if (!input.hasPartner) return input.ownPgb // sub a (sub c adds nothing for a single client)
  if (input.ownPgb && input.partnerPgb) return true // sub b, both a pgb
  if ((input.ownPgb && input.partnerMpt) || (input.partnerPgb && input.ownMpt)) return true // sub b
  return input.wmoMaatwerk // sub c
}

/**
 * How many of the counted persons get the extra vermogensvrijstelling (Blz art. 3.3.1.2 lid 1 sub b):
 * the client when below AOW age; the spouse when at AOW age, or below it and owing no Wlz or
 * beschermd-wonen bijdrage of his own (a spouse in the same Wlz unit owes it together with the client).
 */
export function extraVrijstellingCount(input: {
  clientBelowAow: boolean
  /** null: the spouse's vermogen is not counted (no partner, or the hoge bijdrage of one person). */
  spouse: { reachedAow: boolean; owesOwnBijdrage: boolean } | null
}): number {
  let n = input.clientBelowAow ? 1 : 0
  if (input.spouse && (input.spouse.reachedAow || !input.spouse.owesOwnBijdrage)) n += 1
  return n
}

/** The trace parameters of a lage/hoge calculation: the dated figures with source and confidence. */
export function intramuralTraceParameters(
  ctx: EngineContext,
  params: IntramuralParamsValue,
  prefix: string,
): TraceEntry['parameters'] {
  const confidence = `confidence ${params.entry.confidence}${params.entry.verified === false ? ', unverified' : ''}`
  return [
    { key: `${prefix}.params`, value: params.value, source: `${params.entry.source} (${confidence})` },
    ...(params.indexedYears > 0
      ? [
          {
            key: 'indexationPercentPerYear',
            value: ctx.indexationPercentPerYear,
            source: 'scenario assumption',
          },
        ]
      : []),
  ]
}

// ---------------------------------------------------------------------------------------------
// Month step

type WlzPerson = {
  person: PersonCtx
  /** Wlz lines of the person (indexes). */
  lineIndexes: number[]
  /** First day of the stay (Infinity: Wlz care at home only). */
  stayStartDay: number
  /** Day the first `lageMonths` months of the stay end (cached for one value of lageMonths). */
  lageUntil: { months: number; day: number }
  lastKey: string
}

type WlzWalk = {
  persons: WlzPerson[]
  /** Per person (index): the Wlz stay lines (institutional, not pgb). */
  stayLines: number[][]
  client: PersonCtx | null
  partner: PersonCtx | null
  /** Parameters per month (looked up once per month). */
  params: (WlzParamsLookup | undefined)[]
}

/** Persons with Wlz lines, with the start of their stay (for the first months at the lage bijdrage). */
export function prepareWlz(ctx: EngineContext): WlzWalk {
  const stayLines: number[][] = ctx.persons.map(() => [])
  const persons: WlzPerson[] = []
  for (const p of ctx.persons) {
    const lineIndexes: number[] = []
    let stayStartDay = Number.POSITIVE_INFINITY
    ctx.lines.forEach((l, li) => {
      if (l.person !== p || l.informal || l.provision.law !== 'wlz') return
      lineIndexes.push(li)
      if (l.provision.institutional && l.line.deliveryForm !== 'pgb') {
        stayStartDay = Math.min(stayStartDay, l.startDay)
        stayLines[p.index]?.push(li)
      }
    })
    if (lineIndexes.length === 0) continue
    persons.push({ person: p, lineIndexes, stayStartDay, lageUntil: { months: -1, day: 0 }, lastKey: '' })
  }
  return {
    persons,
    stayLines,
    client: ctx.persons.find((p) => p.person.role === 'client') ?? null,
    partner: ctx.persons.find((p) => p.person.role === 'partner') ?? null,
    params: new Array<WlzParamsLookup | undefined>(ctx.months.length),
  }
}

/**
 * The number of lage months for a stay that started on `start`: the regime in force that day; a stay
 * that started before the first dated entry (2015, the Blz) takes that entry — its lage months lie
 * long before any scenario month anyway.
 */
export function lageMonthsForStayFrom(start: IsoDateInput): number {
  const first = INTRAMURAL_LAGE_REGIME[0]
  const date = first && start < first.from ? first.from : start
  return valueAt(INTRAMURAL_LAGE_REGIME, date).lageMonths
}

/**
 * The day the lage months of `w`'s stay end: the number of months in force on the stay's first day
 * (INTRAMURAL_LAGE_REGIME: six, four from 2019), counted from that day.
 */
function lageUntilDay(w: WlzPerson): number {
  if (!Number.isFinite(w.stayStartDay)) return Number.NEGATIVE_INFINITY
  if (w.lageUntil.months < 0) {
    const start = dateFromDayNumber(w.stayStartDay)
    const months = lageMonthsForStayFrom(start)
    w.lageUntil = { months, day: dayNumber(addYearsMonths(start, 0, months)) }
  }
  return w.lageUntil.day
}

/** Allowed days of the first Wlz stay line of `p` with cost this month (0: no stay). */
function stayDays(ctx: EngineContext, walk: WlzWalk, tables: CostTables, p: PersonCtx, mi: number): number {
  const M = ctx.months.length
  for (const li of walk.stayLines[p.index] ?? []) {
    if ((tables.cost[li * M + mi] ?? 0) > 0) return tables.allowed[li * M + mi] ?? 0
  }
  return 0
}

type WlzCareMonth = {
  care: number
  /**
   * Days of the month on which Wlz care runs (the most of any of the person's Wlz lines with cost: the
   * lines of one person rarely leave gaps between them within a month), for Blz art. 3.3.2.9 lid 2.
   */
  days: number
  /** Some of it is a stay in an instelling (not a pgb). */
  stay: boolean
  /** Some of it is paid as a Wlz-pgb. */
  pgb: boolean
  /** Some of it is a modulair pakket thuis in natura. */
  mpt: boolean
  /** Some of it is a volledig pakket thuis. */
  vpt: boolean
  /** Hours of mpt care in natura this month (Blz art. 3.3.2.2 lid 5: the twenty-hour limit). */
  mptHours: number
}

/** A person's Wlz care this month: its cost, and which forms it takes. */
function wlzCareThisMonth(ctx: EngineContext, tables: CostTables, w: WlzPerson, mi: number): WlzCareMonth {
  const M = ctx.months.length
  const out: WlzCareMonth = { care: 0, days: 0, stay: false, pgb: false, mpt: false, vpt: false, mptHours: 0 }
  for (const li of w.lineIndexes) {
    const c = tables.cost[li * M + mi] ?? 0
    if (c === 0) continue
    out.care += c
    out.days = Math.max(out.days, tables.allowed[li * M + mi] ?? 0)
    const l = ctx.lines[li] as LineCtx
    if (l.line.deliveryForm === 'pgb') out.pgb = true
    else if (l.provision.institutional) out.stay = true
    else if (l.provision.id === VPT_ID) out.vpt = true
    else if (l.provision.id === MPT_ID) {
      out.mpt = true
      // The mpt is costed by the hour: the month's cost over its hourly rate is its hours.
      const rate = l.rates[mi] ?? 0
      out.mptHours += rate > 0 ? c / rate : 0
    }
  }
  return out
}

const MPT_ID = 'wlz.mpt'
const VPT_ID = 'wlz.vpt'

/**
 * The forms whose bijdrage is owed after the rangorde of Blz art. 3.3.2.2a (in the texts since 2021; the
 * engine applies it throughout, as one bijdrage is computed per person anyway): a stay, then a vpt, then
 * a pgb, then an mpt — a lower form next to a higher one owes nothing of its own.
 */
function effectiveForms(c: WlzCareMonth): { pgb: boolean; mpt: boolean } {
  const higher = c.stay || c.vpt
  return { pgb: c.pgb && !higher, mpt: c.mpt && !higher && !c.pgb }
}

/** `p` receives Wmo maatwerk or a Wmo-pgb other than beschermd wonen (or a general provision) this month. */
function hasWmoMaatwerk(ctx: EngineContext, tables: CostTables, p: PersonCtx, mi: number): boolean {
  const M = ctx.months.length
  for (let li = 0; li < ctx.lines.length; li++) {
    const l = ctx.lines[li] as LineCtx
    if (l.person !== p || l.informal || l.provision.law !== 'wmo') continue
    if (l.provision.general || l.provision.beschermdWonen) continue
    if ((tables.cost[li * M + mi] ?? 0) > 0) return true
  }
  return false
}

/**
 * Month step: the Wlz eigen bijdrage of every person of 18+ with Wlz care this month, moved from
 * the Wlz to the client (never more than the month's Wlz care). Records who pays (the Wmo samenloop).
 *
 * A married couple (client and partner) who both receive Wlz care owe one bijdrage together, on
 * their joint income (Blz art. 3.3.2.1 lid 1 sub b; art. 3.3.2.2 lid 1 sub b and lid 2 sub b and d:
 * "de gehuwde verzekerden tezamen"): the lage bijdrage while either is within the first months of a
 * stay, or while one of them receives Wlz care at home; the hoge bijdrage of the two together once
 * both stay beyond those months.
 */
export function wlzEigenBijdrageMonth(
  ctx: EngineContext,
  walk: WlzWalk,
  tables: CostTables,
  state: MonthState,
): void {
  if (walk.persons.length === 0) return
  const { mi, month: m, byPayer } = state
  const wlzPayers = new Set<string>()
  state.wlzPayers = wlzPayers
  const months = walk.persons.map((w) => {
    const c = wlzCareThisMonth(ctx, tables, w, mi)
    // Only persons of 18 and over pay (Wlz art. 3.2.5).
    return m.firstDayNumber < w.person.day18 ? { ...c, care: 0 } : c
  })
  const handled = new Set<number>()
  walk.persons.forEach((w, wi) => {
    if (handled.has(wi)) return
    const p = w.person
    const own = months[wi] as WlzCareMonth
    if (own.care === 0) {
      if (w.lastKey !== '') w.lastKey = ''
      return
    }
    const prt = p === walk.client ? walk.partner : p === walk.partner ? walk.client : null
    // The partner's own Wlz care this month, when the partner is a Wlz client too (one unit).
    const pwi = prt === null ? -1 : walk.persons.findIndex((x) => x.person === prt)
    const partnerCare = pwi >= 0 ? (months[pwi] as WlzCareMonth) : null
    const jointUnit = partnerCare !== null && partnerCare.care > 0
    if (jointUnit) handled.add(pwi)
    const lookup = (walk.params[mi] ??= wlzParamsAt(m.firstDay, ctx.indexationPercentPerYear))
    if (!lookup.available) {
      // No sourced amounts for this year: nothing is estimated or charged, and the finding says so.
      // The person still owes a Wlz bijdrage in law, so the Wmo samenloop holds.
      wlzPayers.add(p.id)
      if (jointUnit && prt) wlzPayers.add(prt.id)
      const key = `unavailable|${yearOf(m.firstDay)}`
      if (key !== w.lastKey) {
        recordWlzYearUnavailable(ctx, m, p, lookup.entry, jointUnit && prt ? prt.id : null)
        w.lastKey = key
      }
      return
    }
    const params = lookup.params
    const partnerStays = prt !== null && stayDays(ctx, walk, tables, prt, mi) > 0
    const withinFirstMonths =
      (own.stay && m.firstDayNumber < lageUntilDay(w)) ||
      (jointUnit && partnerStays && m.firstDayNumber < lageUntilDay(walk.persons[pwi] as WlzPerson))
    const reason = lageReason({
      withinFirstMonths,
      // One spouse stays in an instelling, the other lives at home (with or without Wlz care there).
      partnerAtHome: prt !== null && own.stay !== partnerStays,
      supportedChildren: prt !== null || p === walk.client ? supportsChildren(ctx, mi) : false,
      // Nobody stays: Wlz care at home (vpt, mpt, pgb), alone or as a couple.
      careAtHome: !own.stay && !partnerStays,
    })
    const ownIncome = incomeWithBijstand(ctx, state, p)
    // The lage bijdrage is on the joint income of the spouses; the hoge too once both stay.
    const joint = prt !== null && (reason !== null || jointUnit)
    const income = joint && prt !== null ? ownIncome + incomeWithBijstand(ctx, state, prt) : ownIncome
    // Bijstand or AIO is owed this month but not computed (before the first bijstand norms in
    // Maatwerk): the income is missing, not low, so the bijdrage is not computed either (below).
    const incomeMissing =
      state.incomeMissingOf[p.index] === 1 ||
      (joint && prt !== null && state.incomeMissingOf[prt.index] === 1)
    // The vermogen of the same persons whose income counts (Blz art. 3.3.2.3 lid 1 sub c, 3.3.2.4 lid 1),
    // less the extra vermogensvrijstelling of art. 3.3.1.2 lid 1 sub b where it applies.
    const bijtelling = bijtellingAt(
      joint && prt !== null ? [p.person.assetsCents, prt.person.assetsCents] : [p.person.assetsCents],
      m.firstDay,
      {
        perPersonCents: params.value.extraVermogensvrijstellingCents,
        persons: extraVrijstellingCount({
          clientBelowAow: m.lastDayNumber < p.aowDay,
          spouse:
            joint && prt !== null
              ? { reachedAow: m.lastDayNumber >= prt.aowDay, owesOwnBijdrage: jointUnit }
              : null,
        }),
      },
    )
    // The forms whose bijdrage is owed (Blz art. 3.3.2.2a rangorde), of the person and of a spouse who
    // owes the bijdrage together with him.
    const forms = effectiveForms(own)
    const partnerForms = jointUnit && partnerCare !== null ? effectiveForms(partnerCare) : null
    const unitMptOrPgb =
      forms.pgb || forms.mpt || (partnerForms !== null && (partnerForms.pgb || partnerForms.mpt))
    const lage = reason !== null
    // Blz art. 3.3.2.4 lid 1 (since 2017): with an mpt or a pgb in the unit the bijdrageplichtig inkomen
    // of the lage bijdrage is lower by a yearly amount (a twelfth per month).
    const incomeReductionYear = lage && unitMptOrPgb ? params.value.mptPgbIncomeReductionYearCents : 0
    const computed = intramuralContribution({
      regime: lage ? 'lage' : 'hoge',
      incomeMonthlyCents: income,
      bijtellingMonthlyCents: bijtelling.monthlyCents,
      lageIncomeReductionMonthlyCents: divideRoundHalfUp(incomeReductionYear, 12),
      couple: prt !== null && partnerStays,
      reachedAow: m.lastDayNumber >= p.aowDay,
      persons:
        joint && prt !== null
          ? [
              { incomeMonthlyCents: ownIncome, reachedAow: m.lastDayNumber >= p.aowDay },
              {
                incomeMonthlyCents: incomeWithBijstand(ctx, state, prt),
                reachedAow: m.lastDayNumber >= prt.aowDay,
              },
            ]
          : [{ incomeMonthlyCents: ownIncome, reachedAow: m.lastDayNumber >= p.aowDay }],
      params: params.value,
    })
    // Blz art. 3.3.2.2 lid 4: the lage bijdrage (after its minimum and maximum) less a fixed reduction —
    // for a pgb (2015 text), for an mpt or a pgb in the unit (since 2017).
    const pgbReduction =
      computed.regime === 'lage' &&
      lid4ReductionApplies({
        regime: params.value.mptRegime,
        ownPgb: forms.pgb,
        ownMpt: forms.mpt,
        hasPartner: prt !== null,
        partnerPgb: partnerForms !== null && partnerForms.pgb,
        partnerMpt: partnerForms !== null && partnerForms.mpt,
        wmoMaatwerk:
          (forms.pgb || (partnerForms !== null && partnerForms.pgb)) &&
          (hasWmoMaatwerk(ctx, tables, p, mi) || (prt !== null && hasWmoMaatwerk(ctx, tables, prt, mi))),
      })
        ? params.value.pgbReductionCents
        : 0
    // Blz art. 3.3.2.2 lid 5 and 6 (since 2017): Wlz care at home that is only an mpt in natura, of at
    // most twenty hours this month, owes the minimum less the lid-4 reduction, whatever the income
    // (for spouses who both have an mpt: unless each received more than twenty hours, lid 6).
    const lowHoursMpt = mptLowHoursOf(params.value.mptLowHours, reason, own, jointUnit ? partnerCare : null)
    const base: IntramuralContribution =
      lowHoursMpt === null
        ? computed
        : {
            regime: 'lage',
            cents: params.value.lageMinCents,
            minCents: params.value.lageMinCents,
            maxCents: params.value.lageMinCents,
          }
    const reduced: IntramuralContribution =
      pgbReduction > 0
        ? {
            ...base,
            cents: Math.max(0, base.cents - pgbReduction),
            minCents: Math.max(0, base.minCents - pgbReduction),
            maxCents: Math.max(0, base.maxCents - pgbReduction),
          }
        : base
    // Blz art. 3.3.2.2 lid 7 (2015) / lid 9 (since 2017): no lage bijdrage for a low income.
    const waiver =
      computed.regime === 'lage'
        ? lowIncomeWaiver(ctx, state, p, {
            regime: params.value.lowIncomeWaiver,
            incomeCents: income,
            couple: joint && prt !== null,
            minimalCents: Math.max(0, params.value.lageMinCents - pgbReduction),
          })
        : null
    const monthly: IntramuralContribution =
      waiver !== null
        ? { ...reduced, cents: 0 }
        : // Without the assets the estimate is the lower end: assets can only add to it (not for the
          // low-hours mpt, whose amount does not depend on income or assets).
          bijtelling.assetsKnown || lowHoursMpt !== null
          ? reduced
          : { ...reduced, minCents: reduced.cents }
    // A stay (or care at home) that starts or ends within the month owes the bijdrage for its days
    // only (Blz art. 3.3.2.9 lid 2): the lage/hoge choice above is the month's, the amount pro rata.
    const daysOwed = Math.max(own.days, jointUnit && partnerCare ? partnerCare.days : 0)
    const eb = forDaysOwed(monthly, daysOwed, m)
    const care = own.care + (jointUnit && partnerCare ? partnerCare.care : 0)
    if (incomeMissing && lowHoursMpt === null) {
      // An estimate on the income without the bijstand or AIO would be silently too low: nothing is
      // charged and the warning gives the range — the bijdrage on the recorded income (the missing
      // income can only raise it: both regimes rise with income) up to the legal maximum. The person
      // still owes a Wlz bijdrage in law, so the Wmo samenloop holds.
      wlzPayers.add(p.id)
      if (jointUnit && prt) wlzPayers.add(prt.id)
      recordAmountsUnavailable(
        ctx,
        rule,
        'wlz-income-bijstand',
        BIJSTAND_FIRST_DATE,
        m,
        { personId: p.id },
        { minCents: Math.min(eb.cents, care), maxCents: Math.min(eb.maxCents, care) },
      )
      return
    }
    const charged = Math.min(eb.cents, care)
    byPayer.wlz -= charged
    byPayer.client += charged
    wlzPayers.add(p.id)
    if (jointUnit && prt) wlzPayers.add(prt.id)
    const key = `${eb.regime}|${reason ?? ''}|${charged}|${jointUnit ? 'joint' : ''}|${waiver?.kind ?? ''}|${eb.minCents}|${pgbReduction}|${lowHoursMpt === null ? '' : 'mpt'}`
    if (key !== w.lastKey) {
      recordWlzEigenBijdrage(ctx, m, p, {
        daysOwed,
        eb,
        charged,
        reason,
        incomeCents: income,
        params,
        jointWithId: jointUnit && prt ? prt.id : null,
        waiver,
        bijtelling,
        pgbReductionCents: pgbReduction,
        incomeReductionYearCents: incomeReductionYear,
        lowHoursMpt,
      })
      w.lastKey = key
    }
  })
}

/**
 * The hours of mpt care in natura that make Blz art. 3.3.2.2 lid 5 apply this month, or null when it
 * does not: the unit gets Wlz care at home that is only an mpt in natura (no stay, vpt or pgb, lid 5
 * sub a, b and d), and the hours are at most `limit` — for spouses who both have an mpt, lid 6 keeps
 * lid 5 unless each received more than `limit` hours. An etmaal logeeropvang or a dagdeel of a group
 * module would count as six hours or one hour (Regeling langdurige zorg art. 4.7): the engine counts the
 * hours the mpt line is costed by.
 */
function mptLowHoursOf(
  limit: number | null,
  reason: LageReason | null,
  own: WlzCareMonth,
  partner: WlzCareMonth | null,
): number | null {
  if (limit === null || reason !== 'care-at-home') return null
  const unit = partner !== null && partner.care > 0 ? [own, partner] : [own]
  if (unit.some((c) => c.stay || c.vpt || c.pgb)) return null
  const withMpt = unit.filter((c) => c.mpt)
  if (withMpt.length === 0) return null
  // A tolerance of a thousandth of an hour: the hours come from a cost in whole cents.
  const low = withMpt.filter((c) => c.mptHours <= limit + 0.001)
  if (low.length === 0) return null
  return Math.min(...low.map((c) => c.mptHours))
}

type Waiver = {
  kind: 'art23' | 'low-income'
  /** The income limit (art. 23 norms, raised by the minimal bijdrage since 2021); 0 for 'art23'. */
  thresholdCents: number
  /** Since 2021 the CAK applies it of its own motion; before, only on request. */
  ofOwnMotion: boolean
}

/**
 * Blz art. 3.3.2.2 lid 7 (2015 text): on request no lage bijdrage for someone on art. 23 lid 1
 * Participatiewet bijstand. Lid 9 since 2017: also when the income is at most the norms of art. 23 for
 * the client's civil status (2017–2020, on request); since 2021 of the CAK's own motion or on request, the
 * norms of art. 23 lid 1 and 2 raised by the minimal eigen bijdrage that applies (lid 3, less lid 4, or
 * lid 5). The income compared is the unit's monthly income as the engine counts it (recorded net income
 * plus computed bijstand or AIO, of the spouses together for a couple). The norms are in Maatwerk from
 * 2024 (BIJSTAND_FIRST_DATE): before that only art. 23 bijstand itself is recognised.
 */
function lowIncomeWaiver(
  ctx: EngineContext,
  state: MonthState,
  p: PersonCtx,
  input: {
    regime: WlzEigenBijdrageParams['lowIncomeWaiver']
    incomeCents: number
    couple: boolean
    minimalCents: number
  },
): Waiver | null {
  const onArt23 = state.art23Lid1Of[p.index] === 1
  if (input.regime === 'art23')
    return onArt23 ? { kind: 'art23', thresholdCents: 0, ofOwnMotion: false } : null
  const date = state.month.firstDay
  if (date < BIJSTAND_FIRST_DATE)
    return onArt23 ? { kind: 'art23', thresholdCents: 0, ofOwnMotion: false } : null
  const plusMinimum = input.regime === 'income-plus-minimum'
  const norm = institutionNorm(date, input.couple, ctx.indexationPercentPerYear).cents
  const thresholdCents = norm + (plusMinimum ? input.minimalCents : 0)
  if (!onArt23 && input.incomeCents > thresholdCents) return null
  return { kind: 'low-income', thresholdCents, ofOwnMotion: plusMinimum }
}

type WlzEigenBijdrageDetail = {
  /** Days of the month on which the bijdrage is owed (less than the month: pro rata). */
  daysOwed: number
  eb: IntramuralContribution
  charged: number
  reason: LageReason | null
  incomeCents: number
  params: IntramuralParamsValue<WlzEigenBijdrageParams>
  /** The partner who shares this bijdrage (a couple both with Wlz care), or null. */
  jointWithId: string | null
  /** The lage bijdrage is not owed (Blz art. 3.3.2.2 lid 7 / lid 9), or null. */
  waiver: Waiver | null
  bijtelling: Bijtelling
  /** The reduction taken off (Blz art. 3.3.2.2 lid 4; 0 when none applies). */
  pgbReductionCents: number
  /** The yearly income reduction for an mpt or pgb (Blz art. 3.3.2.4 lid 1; 0 when none applies). */
  incomeReductionYearCents: number
  /** The mpt hours when lid 5 applies (the minimum less the reduction), else null. */
  lowHoursMpt: number | null
}

function recordWlzEigenBijdrage(
  ctx: EngineContext,
  m: MonthInfo,
  p: PersonCtx,
  d: WlzEigenBijdrageDetail,
): void {
  const { eb, charged, reason, params, bijtelling, waiver, lowHoursMpt } = d
  const unverified = params.entry.verified === false ? 1 : 0
  const messageKey =
    waiver?.kind === 'art23'
      ? 'findings.wlz.eigen-bijdrage-lage-waived-art23'
      : waiver?.kind === 'low-income'
        ? `findings.wlz.eigen-bijdrage-lage-waived-low-income${waiver.ofOwnMotion ? '' : '-on-request'}`
        : lowHoursMpt !== null
          ? 'findings.wlz.eigen-bijdrage-mpt-low-hours'
          : `findings.wlz.eigen-bijdrage-${reason === null ? 'hoge' : `lage-${reason}`}${bijtelling.assetsKnown ? '-assets' : ''}`
  addFinding(
    ctx,
    rule,
    { personId: p.id, month: m.month },
    {
      regime: eb.regime,
      reason: reason ?? 'none',
      amountCents: charged,
      minCents: eb.minCents,
      maxCents: eb.maxCents,
      incomeCents: d.incomeCents,
      unverified,
      // 1 when the bijdrage covers client and partner together (the trace names the partner).
      joint: d.jointWithId ? 1 : 0,
      // 1 when every counted person's assets are recorded; 0: the amount leaves the bijtelling out.
      assetsKnown: bijtelling.assetsKnown ? 1 : 0,
      bijtellingCents: bijtelling.monthlyCents,
      bijtellingPercent: bijtelling.percent,
      heffingsvrijCents: bijtelling.heffingsvrijPerPersonCents,
      extraVrijstellingCents: bijtelling.extraVrijstellingCents,
      peiljaar: bijtelling.peiljaar,
      pgbReductionCents: d.pgbReductionCents,
      incomeReductionYearCents: d.incomeReductionYearCents,
      thresholdCents: waiver?.thresholdCents ?? 0,
      mptHours: lowHoursMpt ?? 0,
      mptLowHours: params.value.mptLowHours ?? 0,
    },
    { messageKey },
  )
  if (d.pgbReductionCents > 0 || d.incomeReductionYearCents > 0)
    addFinding(
      ctx,
      rule,
      { personId: p.id, month: m.month },
      {
        pgbReductionCents: d.pgbReductionCents,
        incomeReductionYearCents: d.incomeReductionYearCents,
        amountCents: charged,
        unverified,
      },
      {
        messageKey:
          params.value.mptRegime === '2015'
            ? 'findings.wlz.eigen-bijdrage-pgb-reduction'
            : 'findings.wlz.eigen-bijdrage-mpt-pgb-reduction',
      },
    )
  addTrace(ctx, rule, {
    inputs: {
      month: m.month,
      personId: p.id,
      regime: eb.regime,
      reason,
      incomeMonthlyCents: d.incomeCents,
      jointWith: d.jointWithId,
      waiver: waiver?.kind ?? null,
      waiverThresholdCents: waiver?.thresholdCents ?? null,
      assetsCents: bijtelling.assetsKnown ? bijtelling.assetsCents : null,
      bijtellingMonthlyCents: bijtelling.monthlyCents,
      extraVrijstellingCents: bijtelling.extraVrijstellingCents,
      pgbReductionCents: d.pgbReductionCents,
      incomeReductionYearCents: d.incomeReductionYearCents,
      mptHoursInNatura: lowHoursMpt,
      daysOwed: d.daysOwed,
    },
    parameters: [
      ...intramuralTraceParameters(ctx, params, 'wlzEigenBijdrage'),
      ...bijtelling.parameters,
      ...partMonthParameters(d.daysOwed, m),
    ],
    outcome:
      waiver?.kind === 'art23'
        ? `NIL from ${m.month}: art. 23 lid 1 Participatiewet bijstand, the lage bijdrage is not owed on request (Blz art. 3.3.2.2 lid 7, 2015 text); without the request ${eb.minCents}–${eb.maxCents}`
        : waiver?.kind === 'low-income'
          ? `NIL from ${m.month}: income ${d.incomeCents} at most ${waiver.thresholdCents} (Participatiewet art. 23 norms${waiver.ofOwnMotion ? ' plus the minimal eigen bijdrage' : ''}; Blz art. 3.3.2.2 lid 9${waiver.ofOwnMotion ? ', of the CAK’s own motion' : ', on request'}); otherwise ${eb.minCents}–${eb.maxCents}`
          : lowHoursMpt !== null
            ? `EXACT ${charged} cents per month from ${m.month}: mpt of ${lowHoursMpt} hours in natura (at most ${params.value.mptLowHours ?? 0}), the lage minimum less the reduction (Blz art. 3.3.2.2 lid 5 and 6)`
            : bijtelling.assetsKnown
              ? `ESTIMATE ${charged} cents per month from ${m.month} (${eb.regime}; incl. bijtelling ${bijtelling.monthlyCents}; legal range ${eb.minCents}–${eb.maxCents}); exact with the verzamelinkomen (t-2)`
              : `ESTIMATE ${charged} cents per month from ${m.month} (${eb.regime}; assets unknown, no bijtelling: range ${eb.minCents}–${eb.maxCents}); the box-3 assets of ${bijtelling.peiljaar} would complete it`,
  })
}

/**
 * The Wlz amounts of the month's year could not be sourced (WLZ_EIGEN_BIJDRAGE): a warning that the
 * bijdrage is not estimated, and nothing charged — never an error. Before 2015 (no Wlz) the rule is not
 * in force and the engine's rule-not-in-force finding speaks instead.
 */
function recordWlzYearUnavailable(
  ctx: EngineContext,
  m: MonthInfo,
  p: PersonCtx,
  entry: Dated<WlzEigenBijdrageEntry> | null,
  jointWithId: string | null,
): void {
  addFinding(
    ctx,
    rule,
    { personId: p.id, month: m.month },
    { year: yearOf(m.firstDay), joint: jointWithId ? 1 : 0 },
    { messageKey: 'findings.wlz.eigen-bijdrage-year-unavailable', severity: 'warning' },
  )
  addTrace(ctx, rule, {
    inputs: { month: m.month, personId: p.id, jointWith: jointWithId },
    parameters: entry
      ? [
          {
            key: 'wlzEigenBijdrage.params',
            value: entry.value,
            source: `${entry.source} (confidence ${entry.confidence}, unverified)`,
          },
        ]
      : [],
    outcome: `NOT ESTIMATED from ${m.month}: no sourced Wlz eigen bijdrage amounts for ${yearOf(m.firstDay)}; nothing charged`,
  })
}
