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
 * 8%, since 2019 4%, of the box-3 vermogen above the heffingsvrij vermogen of the peiljaar (two
 * years back; of a couple the two together), a twelfth per month. Without a recorded assets figure
 * the bijtelling is left out and the finding shows the result as the lower end of a range up to the
 * legal maximum, saying that the assets figure would complete it. Someone on art. 23
 * lid 1 Participatiewet bijstand owes no lage bijdrage on request (art. 3.3.2.2 lid 7; modelled as
 * requested, the finding says so). The lage bijdrage is reduced for a pgb (art. 3.3.2.2 lid 4,
 * pgbReductionApplies), and the bijtelling skips the extra vermogensvrijstelling of art. 3.3.1.2 lid 1
 * sub b (extraVrijstellingCount). A year whose amounts could not be sourced (WLZ_EIGEN_BIJDRAGE:
 * 2016–2019) is not estimated: a warning says the figure is not available and nothing is charged.
 * Over part of a month (a stay that starts or ends within it) the bijdrage is the monthly amount × 12 ×
 * the days owed ÷ 365 (art. 3.3.2.9 lid 2; forDaysOwed); the lage/hoge choice stays the month's.
 * Left out: the mpt's own per-hour bijdrage of art. 3.3.3.1 in the 2015 text (whether it still applies
 * was not found: docs/legal-reference.md, known gap 15 — an mpt is charged the lage bijdrage here),
 * art. 3.3.2.2 lid 1 sub d (expected return home), lid 5–6 (a stay that starts soon after
 * an earlier one skips the lage months), the compensatie vervallen ouderentoeslag (art. 3.3.1.2a) and
 * the premium and extra-vrijlating deductions of the Regeling langdurige zorg. Deliberately an
 * estimate: the CAK uses the fiscal verzamelinkomen of year t-2 of client and partner plus a share of their vermogen; a household record holds net income now.
 * The finding therefore names the range the law allows and the inputs that would make it exact.
 */
import type { CentsInput, Dated, IsoDateInput, Series, TraceEntry } from '../../domain/types'
import { addYearsMonths, dateFromDayNumber, dayNumber, yearOf, type MonthInfo } from '../../domain/dates'
import { percentOfCents, divideRoundHalfUp, indexCents, roundHalfUp } from '../../domain/money'
import { entryAt, lastKnownYear, valueAt } from '../../parameters/series'
import {
  HEFFINGSVRIJ_VERMOGEN,
  INTRAMURAL_LAGE_REGIME,
  INTRAMURAL_PART_MONTH,
  VERMOGENSINKOMENSBIJTELLING,
  WLZ_EIGEN_BIJDRAGE,
  WLZ_SUPPORTED_CHILDREN,
  type IntramuralContributionParams,
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
import { BIJSTAND_FIRST_DATE } from '../participatiewet/bijstand-norm'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.eigen-bijdrage',
  law: 'wlz',
  severity: 'info',
  legalBasis: {
    law: 'Wet langdurige zorg; Besluit langdurige zorg',
    article: '3.2.5 Wlz; 3.3.1.2, 3.3.2.1–3.3.2.2, 3.3.2.9 lid 2 Blz',
    url: articleUrl(WLZ_URL, '3.2.5'),
    // Checked against the law texts: Wlz art. 3.2.5 (eigen bijdrage by AMvB, by income and assets);
    // Blz art. 3.3.2.1 (hoge), 3.3.2.2 (lage, 12.5%, minimum and maximum, lid 4 pgb reduction) and
    // 3.3.1.2 lid 1 sub b (extra vermogensvrijstelling), read in the 2015 text; art. 3.3.2.9 lid 2 (a
    // part of a month: the monthly amount × 12 × the days ÷ 365) read in the text of about 2017
    // (statengeneraal/laws-markdown BWBR0035948, 2026-12-02).
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
  couple: boolean
  reachedAow: boolean
  params: IntramuralContributionParams
}): IntramuralContribution {
  const p = input.params
  const income = input.incomeMonthlyCents + (input.bijtellingMonthlyCents ?? 0)
  const lage = Math.min(p.lageMaxCents, Math.max(p.lageMinCents, percentOfCents(income, p.lagePercent)))
  if (input.regime === 'lage')
    return { regime: 'lage', cents: lage, minCents: p.lageMinCents, maxCents: p.lageMaxCents }
  const deductionsYear =
    (input.couple ? p.zakEnKleedgeldCoupleYearCents : p.zakEnKleedgeldSingleYearCents) +
    (input.reachedAow ? p.extraDeductionAowYearCents : p.extraDeductionBelowAowYearCents)
  const hoge = income - divideRoundHalfUp(deductionsYear, 12)
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
  /** The peiljaar whose heffingsvrij vermogen applies (two years before the month). */
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
 * heffingsvrij vermogen of the peiljaar (Blz art. 1.1.1: the second year before). The recorded
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
  // A peiljaar before the first dated amount (2015) takes that amount rather than failing.
  const firstHvv = HEFFINGSVRIJ_VERMOGEN[0]
  const peildatum = `${String(peiljaar)}-01-01`
  const hvvEntry = entryAt(
    HEFFINGSVRIJ_VERMOGEN,
    firstHvv && peildatum < firstHvv.from ? firstHvv.from : peildatum,
  )
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
        key: `heffingsvrijVermogen.${String(peiljaar)}`,
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
        // Blz art. 3.3.1.7 lid 1 indexes the lid-4 reduction with the other amounts.
        pgbReductionCents: indexCents(v.pgbReductionCents, indexationPercentPerYear, years),
      },
    },
  }
}

/**
 * Blz art. 3.3.2.2 lid 4: the lage bijdrage is reduced for (a) an unmarried client with a pgb, (b)
 * spouses who both have a pgb or of whom one has a pgb and the other an mpt, (c) a client with a pgb
 * when he or his spouse receives a Wmo maatwerkvoorziening or Wmo-pgb other than beschermd wonen.
 * "Unmarried" is read as: no partner recorded.
 */
export function pgbReductionApplies(input: {
  ownPgb: boolean
  ownMpt: boolean
  hasPartner: boolean
  partnerPgb: boolean
  partnerMpt: boolean
  /** Client or partner receives Wmo maatwerk or a Wmo-pgb, not beschermd wonen, this month. */
  wmoMaatwerk: boolean
}): boolean {
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
}

/** A person's Wlz care this month: its cost, and which forms it takes. */
function wlzCareThisMonth(ctx: EngineContext, tables: CostTables, w: WlzPerson, mi: number): WlzCareMonth {
  const M = ctx.months.length
  const out: WlzCareMonth = { care: 0, days: 0, stay: false, pgb: false, mpt: false }
  for (const li of w.lineIndexes) {
    const c = tables.cost[li * M + mi] ?? 0
    if (c === 0) continue
    out.care += c
    out.days = Math.max(out.days, tables.allowed[li * M + mi] ?? 0)
    const l = ctx.lines[li] as LineCtx
    if (l.line.deliveryForm === 'pgb') out.pgb = true
    else if (l.provision.institutional) out.stay = true
    else if (l.provision.id === MPT_ID) out.mpt = true
  }
  return out
}

const MPT_ID = 'wlz.mpt'

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
    const computed = intramuralContribution({
      regime: reason === null ? 'hoge' : 'lage',
      incomeMonthlyCents: income,
      bijtellingMonthlyCents: bijtelling.monthlyCents,
      couple: prt !== null && partnerStays,
      reachedAow: m.lastDayNumber >= p.aowDay,
      params: params.value,
    })
    // Blz art. 3.3.2.2 lid 7: on request no lage bijdrage is owed by someone on art. 23 lid 1
    // bijstand (the institution norm). Modelled as requested — the finding says it must be asked for.
    const waived = computed.regime === 'lage' && state.art23Lid1Of[p.index] === 1
    // Blz art. 3.3.2.2 lid 4: the lage bijdrage (after its minimum and maximum) less the pgb reduction.
    const pgbReduction =
      computed.regime === 'lage' &&
      pgbReductionApplies({
        ownPgb: own.pgb,
        ownMpt: own.mpt,
        hasPartner: prt !== null,
        partnerPgb: jointUnit && partnerCare !== null && partnerCare.pgb,
        partnerMpt: jointUnit && partnerCare !== null && partnerCare.mpt,
        wmoMaatwerk:
          (own.pgb || (jointUnit && partnerCare !== null && partnerCare.pgb)) &&
          (hasWmoMaatwerk(ctx, tables, p, mi) || (prt !== null && hasWmoMaatwerk(ctx, tables, prt, mi))),
      })
        ? params.value.pgbReductionCents
        : 0
    const reduced: IntramuralContribution =
      pgbReduction > 0
        ? {
            ...computed,
            cents: Math.max(0, computed.cents - pgbReduction),
            minCents: Math.max(0, computed.minCents - pgbReduction),
            maxCents: Math.max(0, computed.maxCents - pgbReduction),
          }
        : computed
    const monthly: IntramuralContribution = waived
      ? { ...reduced, cents: 0 }
      : // Without the assets the estimate is the lower end: assets can only add to it.
        bijtelling.assetsKnown
        ? reduced
        : { ...reduced, minCents: reduced.cents }
    // A stay (or care at home) that starts or ends within the month owes the bijdrage for its days
    // only (Blz art. 3.3.2.9 lid 2): the lage/hoge choice above is the month's, the amount pro rata.
    const daysOwed = Math.max(own.days, jointUnit && partnerCare ? partnerCare.days : 0)
    const eb = forDaysOwed(monthly, daysOwed, m)
    const care = own.care + (jointUnit && partnerCare ? partnerCare.care : 0)
    if (incomeMissing) {
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
    const key = `${eb.regime}|${reason ?? ''}|${charged}|${jointUnit ? 'joint' : ''}|${waived ? 'art23' : ''}|${eb.minCents}|${pgbReduction}`
    if (key !== w.lastKey) {
      recordWlzEigenBijdrage(
        ctx,
        m,
        daysOwed,
        p,
        eb,
        charged,
        reason,
        income,
        params,
        jointUnit && prt ? prt.id : null,
        waived,
        bijtelling,
        pgbReduction,
      )
      w.lastKey = key
    }
  })
}

function recordWlzEigenBijdrage(
  ctx: EngineContext,
  m: MonthInfo,
  /** Days of the month on which the bijdrage is owed (less than the month: pro rata). */
  daysOwed: number,
  p: PersonCtx,
  eb: IntramuralContribution,
  charged: number,
  reason: LageReason | null,
  incomeCents: number,
  params: IntramuralParamsValue<WlzEigenBijdrageParams>,
  /** The partner who shares this bijdrage (a couple both with Wlz care), or null. */
  jointWithId: string | null,
  /** The lage bijdrage is not owed on request (Blz art. 3.3.2.2 lid 7: art. 23 lid 1 bijstand). */
  waivedArt23: boolean,
  bijtelling: Bijtelling,
  /** The pgb reduction taken off (Blz art. 3.3.2.2 lid 4; 0 when none applies). */
  pgbReductionCents: number,
): void {
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
      incomeCents,
      unverified: params.entry.verified === false ? 1 : 0,
      // 1 when the bijdrage covers client and partner together (the trace names the partner).
      joint: jointWithId ? 1 : 0,
      // 1 when every counted person's assets are recorded; 0: the amount leaves the bijtelling out.
      assetsKnown: bijtelling.assetsKnown ? 1 : 0,
      bijtellingCents: bijtelling.monthlyCents,
      bijtellingPercent: bijtelling.percent,
      heffingsvrijCents: bijtelling.heffingsvrijPerPersonCents,
      extraVrijstellingCents: bijtelling.extraVrijstellingCents,
      peiljaar: bijtelling.peiljaar,
      pgbReductionCents,
    },
    {
      messageKey: waivedArt23
        ? 'findings.wlz.eigen-bijdrage-lage-waived-art23'
        : `findings.wlz.eigen-bijdrage-${reason === null ? 'hoge' : `lage-${reason}`}${bijtelling.assetsKnown ? '-assets' : ''}`,
    },
  )
  if (pgbReductionCents > 0)
    addFinding(
      ctx,
      rule,
      { personId: p.id, month: m.month },
      { pgbReductionCents, amountCents: charged, unverified: params.entry.verified === false ? 1 : 0 },
      { messageKey: 'findings.wlz.eigen-bijdrage-pgb-reduction' },
    )
  addTrace(ctx, rule, {
    inputs: {
      month: m.month,
      personId: p.id,
      regime: eb.regime,
      reason,
      incomeMonthlyCents: incomeCents,
      jointWith: jointWithId,
      waivedArt23,
      assetsCents: bijtelling.assetsKnown ? bijtelling.assetsCents : null,
      bijtellingMonthlyCents: bijtelling.monthlyCents,
      extraVrijstellingCents: bijtelling.extraVrijstellingCents,
      pgbReductionCents,
      daysOwed,
    },
    parameters: [
      ...intramuralTraceParameters(ctx, params, 'wlzEigenBijdrage'),
      ...bijtelling.parameters,
      ...partMonthParameters(daysOwed, m),
    ],
    outcome: waivedArt23
      ? `NIL from ${m.month}: art. 23 lid 1 Participatiewet bijstand, the lage bijdrage is not owed on request (Blz art. 3.3.2.2 lid 7); without the request ${eb.minCents}–${eb.maxCents}`
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
