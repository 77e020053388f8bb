/**
 * wmo.eigen-bijdrage — the abonnementstarief: at most one fixed amount per calendar month for the
 * ongehuwde cliënt, or for the gehuwde cliënt and partner together (Wmo 2015 art. 2.1.4a lid 4 for
 * maatwerkvoorzieningen and pgb's; art. 2.1.4 lid 3 for algemene voorzieningen with a duurzame
 * hulpverleningsrelatie; 2024 €20.60, 2025 €21.00, 2026 €21.80). The unit is the CAK's cliënt, not
 * the case: a client and partner (married, registered or cohabiting — the recorded relation, also
 * when the partner lives elsewhere, e.g. in a care home) are one unit; an adult child or other
 * housemate with Wmo support is a cliënt of their own and pays their own tarief ("ouders en
 * kinderen zijn nooit partners"). Minors pay only for home adaptations, charged to their parents; an
 * aid in eigendom of a minor is charged only in months after the 18th birthday while it is in use.
 *
 * Exemptions: €0 for a client and partner of whom at least one is below AOW age (only the couple,
 * never an adult child); €0 while the person or their partner pays a Wlz eigen bijdrage (CAK
 * "Wel of geen eigen bijdrage voor Wmo betalen": the exemption also covers the partner, except when
 * they receive AOW for ongehuwden or are separated — not recordable here, stated in the finding).
 * Beschermd wonen has its own income-dependent CAK contribution (Uitvoeringsbesluit Wmo 2015
 * art. 3.11–3.19; lage/hoge as in the Wlz, see rules/wlz/eigen-bijdrage.ts) which replaces the
 * abonnementstarief for other Wmo support too; over part of a month it is the monthly amount × 12 ×
 * the days ÷ 365 (art. 3.19 lid 2). A municipal minima policy may lower the amount. An income-dependent
 * part is never computed on an income known to be incomplete (bijstand or AIO owed but not computed,
 * before 2024) nor without its figures (the beschermd-wonen amounts and the social minimum start in
 * 2024): nothing is charged for it and one warning per unit names the months and, where the law bounds
 * the amount, the range (recordAmountsUnavailable) — as wlz.eigen-bijdrage does.
 * The tarief never exceeds that month's Wmo cost of the unit, except for hulpmiddelen and
 * woningaanpassingen in eigendom: the tarief is owed every month while they are in use until their
 * cost price is reached (Wmo 2015 art. 2.1.4a lid 6). The CAK deducts the tarief from the cost price
 * every month, also next to other Wmo support and whatever lower amount the unit pays, and does not
 * collect a month whose tarief exceeds the cost price left (Uitvoeringsbesluit Wmo 2015 art. 3.10b
 * lid 3 and 6, text of 2026). The cost itself stays in its start month; contributions in months
 * without municipal cost are booked against that start month so no month goes negative.
 * Left out: the CAK's start-month rule (the engine charges from the month support starts), the
 * announced income-dependent contribution of 2027, and the municipality's choice to exempt
 * collectief vervoer or wheelchairs (the catalogue flags which provisions carry the tarief).
 */
import type { CentsInput, IsoDateInput, TraceEntry } from '../../domain/types'
import { addYearsMonths, dateFromDayNumber, dayNumber, yearMonthOf, type MonthInfo } from '../../domain/dates'
import { firstCommonDate, hasValueAt, moneyAt, valueAt, type IndexedValue } from '../../parameters/series'
import { ABONNEMENTSTARIEF } from '../../parameters/wmo'
import { PARTICIPATIEWET_AGES } from '../../parameters/participatiewet'
import { BESCHERMD_WONEN_BIJDRAGE, BESCHERMD_WONEN_EXTRA_VRIJSTELLING } from '../../parameters/wlz'
import {
  bijtellingAt,
  extraVrijstellingCount,
  forDaysOwed,
  intramuralContribution,
  intramuralParamsAt,
  intramuralTraceParameters,
  lageMonthsForStayFrom,
  lageReason,
  partMonthParameters,
  supportsChildren,
  type Bijtelling,
  type IntramuralContribution,
  type IntramuralParamsValue,
} from '../wlz/eigen-bijdrage'
import type { CostTables, EngineContext, LineCtx, MonthState, PersonCtx } from '../../context/engine-context'
import {
  addFinding,
  addTrace,
  incomeWithBijstand,
  recordAmountsUnavailable,
  recordRuleNotInForce,
  type AmountRange,
} from '../../context/engine-context'
import { BIJSTAND_FIRST_DATE, bijstandNorm } from '../participatiewet/bijstand-norm'
import { WMO_URL, articleUrl, isRuleInForce, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015',
    article:
      '2.1.4a lid 4 (maatwerk, pgb); 2.1.4 lid 3 (algemene voorziening); Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3',
    url: articleUrl(WMO_URL, '2.1.4a'),
    // Checked against the texts valid from 2026-01-01 and 2026-07-01 (wetten.overheid.nl BWBR0035362
    // and BWBR0035733, read via MinBZK/regelrecht-corpus, 2026-12-02): Wmo 2015 art. 2.1.4a lid 4 (the
    // tarief "per maand" for "de ongehuwde cliënt of de gehuwde cliënt en diens echtgenoot tezamen";
    // € 19 in the law, indexed under art. 2.1.4b lid 4), art. 2.1.4 lid 3 (the same for an algemene
    // voorziening); Uitvoeringsbesluit art. 3.8 lid 3 sub a (no bijdrage while client or spouse owes a
    // Wlz or beschermd-wonen bijdrage) and sub f (none for the gehuwde cliënt(en) of whom at least one
    // has not reached the pensioengerechtigde leeftijd), art. 3.10a (part of a month: the full amount).
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Abonnementstarief per CAK unit (client, or client and partner) per month, capped by that unit’s Wmo cost; exemptions for couples below AOW age and for Wlz samenloop.',
}

export const beschermdWonenRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Uitvoeringsbesluit Wmo 2015',
    article: '3.11–3.19 (§ 3 bijdragen voor beschermd wonen; 3.12 lid 3 minimum en maximum)',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0035733&artikel=3.12',
    // Read in the text of 1 January 2015 (BWBR0035733 — the Uitvoeringsbesluit; BWBR0036014, linked
    // before, is not it): hoofdstuk 3 § 3 "Bijdragen voor beschermd wonen" is art. 3.11 (hoge
    // bijdrage, maximum in lid 2) to 3.19, art. 3.12 the lage bijdrage with its minimum and maximum
    // in lid 3; art. 3.9–3.10 belong to § 2 (other support). The numbering holds later: Stb. 2017,
    // 460 amends "art. 3.12 lid 1 and 2" (checked 2026-12-01).
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-beschermd-wonen',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Beschermd wonen: income-dependent CAK contribution (lage/hoge, estimate), not the abonnementstarief.',
}

export const samenloopRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Uitvoeringsbesluit Wmo 2015',
    article: '3.8 lid 3 sub a (samenloop Wlz–Wmo)',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0035733&artikel=3.8',
    // Read in the text valid from 2026-01-01 (MinBZK/regelrecht-corpus, 2026-12-02): no bijdrage
    // "indien de cliënt of de echtgenoot van de cliënt een bijdrage als bedoeld in artikel 3.11 of 3.12
    // dan wel een bijdrage ingevolge de artikelen 3.3.2.1 of 3.3.2.2 van het Besluit langdurige zorg
    // verschuldigd is". The CAK's page (https://www.hetcak.nl/regelingen/zorg-vanuit-de-wlz/berekening-
    // van-de-eigen-bijdrage-wlz/wel-of-geen-eigen-bijdrage-voor-wmo-betalen) adds its practice for a
    // partner with AOW for ongehuwden or separated, which the finding mentions.
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-wlz-samenloop',
  validFrom: '2020-01-01',
  validTo: null,
  summary: 'No Wmo eigen bijdrage while the client or partner pays a Wlz eigen bijdrage.',
}

const eigendomRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015; CAK',
    article: '2.1.4a lid 6 Wmo 2015; 3.10b lid 3–6 Uitvoeringsbesluit Wmo 2015',
    url: articleUrl(WMO_URL, '2.1.4a'),
    // Checked against the texts valid from 2026-01-01 (wetten.overheid.nl BWBR0035362 and BWBR0035733,
    // read via MinBZK/regelrecht-corpus, 2026-12-02): art. 2.1.4a lid 6 (the bijdrage for a hulpmiddel
    // or woningaanpassing does not exceed its cost price); art. 3.10b lid 3 (the CAK deducts the tarief
    // from the cost price every month), lid 4 (one item named by the college), lid 6 (a month whose
    // tarief exceeds the cost price left is not collected).
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-eigendom',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Aids and adaptations: the tarief each month while in use, deducted from the cost price every month until what is left is less than a month’s tarief.',
}

type EigenBijdrageStatus =
  | 'charged'
  | 'exempt-couple-below-aow'
  /** Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3 sub b: client or spouse two or more nights in opvang. */
  | 'exempt-opvang'
  | 'minima-policy'
  | 'no-wmo-care'
  | 'beschermd-wonen'
  | 'wlz-samenloop'
  /** An income-dependent amount that cannot be computed this month (nothing charged; a warning). */
  | 'not-computed'

/** Why an income-dependent amount is not computed: the series of its warning (recordAmountsUnavailable). */
type NotComputedSeries =
  | 'beschermd-wonen-bijdrage'
  | 'beschermd-wonen-income-bijstand'
  | 'minima-income-bijstand'
  | 'minima-social-minimum'

type NotComputed = { series: NotComputedSeries; range: AmountRange | null }

/** The beschermd-wonen contribution of a unit this month, or why it is not computed. */
type BwOutcome = { kind: 'computed'; c: BwContribution } | ({ kind: 'not-computed' } & NotComputed)

/** The minima policy for a unit this month. */
type MinimaOutcome =
  | { kind: 'none' }
  /** The unit's income lies below the threshold: it pays at most `cents`. */
  | { kind: 'applies'; cents: CentsInput }
  /** Whether the unit's income lies below the threshold cannot be known this month (`series` says why). */
  | { kind: 'undecided'; cents: CentsInput; series: 'minima-income-bijstand' | 'minima-social-minimum' }

const NO_MINIMA: MinimaOutcome = { kind: 'none' }

/** The key of the CAK unit that a Wmo line of `role` belongs to (the main unit holds minors too). */
function cakUnitKey(personId: string, role: string, isAdult: boolean): string {
  return role === 'client' || role === 'partner' || !isAdult ? MAIN_UNIT : personId
}
const MAIN_UNIT = 'main'

/**
 * One CAK unit's contribution for one month. `ebCost` is the unit's gross cost that month of the
 * Wmo lines subject to the abonnementstarief, `bwCost` that of beschermd-wonen lines; `bw` the
 * income-dependent beschermd-wonen contribution (required when `bwCost` > 0).
 */
function eigenBijdrageForMonth(input: {
  ebCost: CentsInput
  bwCost: CentsInput
  tariefCents: CentsInput
  bw: BwOutcome | null
  coupleWithPartnerBelowAow: boolean
  /** The client or partner of this unit pays a Wlz eigen bijdrage this month. */
  wlzSamenloop: boolean
  /** The client or spouse of this unit stays two or more nights in a row in opvang this month. */
  inOpvang: boolean
  minima: MinimaOutcome
}): { cents: CentsInput; status: EigenBijdrageStatus; notComputed?: NotComputed } {
  if (input.ebCost <= 0 && input.bwCost <= 0) return { cents: 0, status: 'no-wmo-care' }
  if (input.wlzSamenloop) return { cents: 0, status: 'wlz-samenloop' }
  if (input.bwCost > 0) {
    const bw = input.bw
    if (bw?.kind === 'not-computed') {
      // Never more than the month's beschermd-wonen cost, as a computed contribution.
      const range = bw.range && {
        minCents: Math.min(bw.range.minCents, input.bwCost),
        maxCents: Math.min(bw.range.maxCents, input.bwCost),
      }
      return { cents: 0, status: 'not-computed', notComputed: { series: bw.series, range } }
    }
    return { cents: Math.min(bw?.c.bw.cents ?? 0, input.bwCost), status: 'beschermd-wonen' }
  }
  if (input.coupleWithPartnerBelowAow) return { cents: 0, status: 'exempt-couple-below-aow' }
  if (input.inOpvang) return { cents: 0, status: 'exempt-opvang' }
  const full = Math.min(input.tariefCents, input.ebCost)
  const m = input.minima
  if (m.kind === 'applies') return { cents: Math.min(m.cents, full), status: 'minima-policy' }
  if (m.kind === 'undecided') {
    const reduced = Math.min(m.cents, full)
    // Both outcomes give the same amount (the policy amount is not lower): nothing to decide.
    if (reduced === full) return { cents: full, status: 'charged' }
    return {
      cents: 0,
      status: 'not-computed',
      notComputed: { series: m.series, range: { minCents: reduced, maxCents: full } },
    }
  }
  return { cents: full, status: 'charged' }
}

/** A client and partner (recorded relation) of whom at least one is below AOW age this month. */
function isCouplePartnerBelowAow(partnersAowDays: number[], monthLastDay: number): boolean {
  if (partnersAowDays.length < 2) return false
  // "Below AOW age" in a month: has not reached it by the month's last day, so the month in which
  // AOW age is reached is the first month the household pays (docs/example-cases.md#bakker): the
  // exemption is Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3 sub f, a part of a month owes the full
  // tarief (art. 3.10a), and a reached age counts from the date the CAK sets the bijdrage (art. 3.4
  // lid 1; at the yearly recalculation, an age reached by 31 January counts for the year). The engine
  // takes the earliest such date, the day the age is reached; where the CAK sets it later the
  // household pays later (docs/legal-reference.md, known gap 16).
  return partnersAowDays.some((aowDay) => aowDay > monthLastDay)
}

const opvangRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015; Uitvoeringsbesluit Wmo 2015',
    article:
      '2.1.4a lid 1 en 7, 2.1.4b lid 2 Wmo 2015; art. 3.1 lid 4 en 3.20 Uitvoeringsbesluit (bijdrage voor opvang)',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0035733&artikel=3.20',
    // Read in the texts valid from 2026-01-01 (MinBZK/regelrecht-corpus, 2026-12-02): Wmo 2015 art.
    // 2.1.4a lid 1 (a bijdrage only where the verordening sets one) and lid 7 (the AMvB sets the rules
    // for beschermd wonen and opvang), art. 2.1.4b lid 2 (for opvang the verordening names who sets and
    // collects it, not the CAK); Uitvoeringsbesluit art. 3.20 lid 1 (the client keeps, of his
    // bijdrageplichtig inkomen a month, the zak- en kleedgeld plus the standaardpremie corrected with the
    // zorgtoeslag) and lid 2 (none while client or spouse stays two or more nights in a row in beschermd
    // wonen). The standaardpremie and the zorgtoeslag are not in Maatwerk, so the amount is shown as a
    // range (docs/legal-reference.md, known gap 13).
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-opvang',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Maatschappelijke opvang: no abonnementstarief; a contribution only where the municipal verordening sets one, at most the income less what art. 3.20 leaves the client — shown as a range from €0, charged €0, unverified.',
}

/**
 * Maatschappelijke opvang carries no abonnementstarief. Whether the client contributes is set by the
 * municipal verordening (Wmo 2015 art. 2.1.4 lid 1 sub b and lid 7 in the text of 2015); how much
 * follows Uitvoeringsbesluit Wmo 2015 art. 3.20 (the client keeps zak- en kleedgeld plus the
 * standaardpremie less zorgtoeslag from his bijdrageplichtig inkomen — of art. 3.9 lid 1: the income of
 * the ongehuwde cliënt, or of the gehuwde cliënten together). Those amounts are not sourced (known gap
 * 13), so no figure is invented: the engine charges €0 and shows the range the law allows once per
 * opvang line, in the line's first month — from €0 (no bijdrage in the verordening) to below that
 * income (the article leaves him part of it). The income is the month walk's: the recorded income
 * plus the bijstand or AIO computed that month, of client and partner together for either of them.
 * When it is no amount (none recorded), or incomplete (bijstand or AIO owed but not computed, before
 * 2024), the upper end is not known and the finding says so instead of naming one that is too low.
 * Month step: runs after the bijstand walk, so that income is known.
 */
export function opvangContributionMonth(ctx: EngineContext, walk: WmoWalk, state: MonthState): void {
  for (const o of walk.opvangLines) {
    if (o.monthIndex !== state.mi) continue
    const line = o.line
    const p = line.person
    const role = p.person.role
    const persons =
      (role === 'client' || role === 'partner') && walk.client && walk.partner
        ? [walk.client, walk.partner]
        : [p]
    const incomplete = persons.some((x) => state.incomeMissingOf[x.index] === 1)
    let income = 0
    for (const x of persons) income += incomeWithBijstand(ctx, state, x)
    const target = { lineId: line.line.id, personId: p.id, month: state.month.month }
    if (incomplete)
      addFinding(
        ctx,
        opvangRule,
        target,
        { amountCents: 0, minCents: 0, firstMonth: yearMonthOf(BIJSTAND_FIRST_DATE) },
        { messageKey: 'findings.wmo.eigen-bijdrage-opvang-income-incomplete' },
      )
    else if (income > 0)
      addFinding(ctx, opvangRule, target, { amountCents: 0, minCents: 0, incomeCents: income })
    else
      addFinding(
        ctx,
        opvangRule,
        target,
        { amountCents: 0, minCents: 0 },
        { messageKey: 'findings.wmo.eigen-bijdrage-opvang-income-unknown' },
      )
  }
}

// ---------------------------------------------------------------------------------------------
// Minima policy

/** The first month with beschermd-wonen amounts in Maatwerk (before it: not computed, a warning). */
const BESCHERMD_WONEN_FIRST_DATE = firstCommonDate(BESCHERMD_WONEN_BIJDRAGE)

const minimaRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015; Uitvoeringsbesluit Wmo 2015',
    article:
      '2.1.4 lid 4 sub b en 2.1.4a lid 5 sub b Wmo 2015; 3.8 lid 2 Uitvoeringsbesluit (lager bedrag of nihil bij een laag inkomen)',
    url: articleUrl(WMO_URL, '2.1.4a'),
    // Checked against the texts valid from 2026-01-01 (read via MinBZK/regelrecht-corpus, 2026-12-02):
    // Wmo 2015 art. 2.1.4 lid 4 sub b (algemene voorziening) and 2.1.4a lid 5 sub b (maatwerk, pgb): the
    // verordening may lower the bijdrage, to nil, for categories of the AMvB whose income is at most an
    // amount it sets; Uitvoeringsbesluit art. 3.8 lid 2 names the categories.
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-minima',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Municipal minima policy: a lower abonnementstarief for units with an income below the threshold; not decided on an incomplete income or without the social minimum.',
}

/*
 * The municipal minima policy for the Wmo eigen bijdrage: a municipality may lower the
 * abonnementstarief for households with a low income (the verordening sets the bijdrage, at most
 * the abonnementstarief: Wmo 2015 art. 2.1.4 lid 4 for algemene voorzieningen, read in the text of
 * 2024 — "op een lager bedrag" or "tot nihil" for categories with a low income; the matching lid of
 * art. 2.1.4a for maatwerk was not read). The
 * profile's `minimaPolicy` holds the municipality's dated choice. A CAK unit
 * whose net income this month is below `incomeThresholdPercent` of the social minimum (the bijstand
 * norm for a single person, or for a couple when the unit is client and partner) pays at most
 * `eigenBijdrageCents`. Not a rule of its own: its outcome is a status of wmo.eigen-bijdrage.
 */

/**
 * The minima policy for a unit on `date`: none (no policy in the profile yet, a threshold of 0, or an
 * income at or above the threshold), the unit's maximum when its income lies below the threshold, or
 * undecided when that cannot be known this month — the social minimum is not in Maatwerk for the month
 * (before the first bijstand norms), or the unit's income is incomplete (`incomeMissing`: bijstand or
 * AIO owed but not computed). An incomplete income that already reaches the threshold decides it: the
 * missing part only adds. `unitIncome` is asked only when a policy applies.
 */
function minimaPolicyOutcome(
  ctx: EngineContext,
  date: IsoDateInput,
  couple: boolean,
  unitIncome: () => number,
  incomeMissing: boolean,
): MinimaOutcome {
  const minima = ctx.municipality.minimaPolicy
  if (!minima || minima.length === 0 || !minima[0] || minima[0].from > date) return NO_MINIMA
  const policy = valueAt(minima, date)
  if (policy.incomeThresholdPercent <= 0) return NO_MINIMA
  const cents = policy.eigenBijdrageCents
  if (date < BIJSTAND_FIRST_DATE)
    return {
      kind: 'undecided',
      cents,
      series: incomeMissing ? 'minima-income-bijstand' : 'minima-social-minimum',
    }
  // The social minimum: the art. 21 norm, for people past the jongerennorm ages.
  const adult = valueAt(PARTICIPATIEWET_AGES, date).regularNormAge
  const socialMin = bijstandNorm({
    date,
    ages: couple ? [adult, adult] : [adult],
    withChildren: false,
    institution: couple ? [false, false] : [false],
    housemates27plus: 0,
    indexationPercentPerYear: ctx.indexationPercentPerYear,
  }).cents
  if (unitIncome() * 100 >= socialMin * policy.incomeThresholdPercent) return NO_MINIMA
  return incomeMissing
    ? { kind: 'undecided', cents, series: 'minima-income-bijstand' }
    : { kind: 'applies', cents }
}

// ---------------------------------------------------------------------------------------------
// Month step

type EigendomItem = {
  lineIndex: number
  person: PersonCtx
  line: LineCtx
  /** The month the cost fell in, and the last month the item is in use. */
  startIndex: number
  endIndex: number
  costCents: number
  paid: number
  carry: number
}

/**
 * One CAK unit's Wmo cost this month; `bwDays` the days of the month with beschermd wonen (the most of
 * any of its beschermd-wonen lines), for a bijdrage over part of a month.
 */
type UnitMonth = { eb: number; bw: number; bwDays: number; head: PersonCtx; items: EigendomItem[] }

type WmoWalk = {
  client: PersonCtx | undefined
  partner: PersonCtx | undefined
  /** AOW days of client and partner (empty unless both are recorded). */
  partnersAow: number[]
  /** Per line: a Wmo line subject to the abonnementstarief. */
  ebLine: boolean[]
  eigendomItems: EigendomItem[]
  isEigendomLine: Uint8Array
  /** First day of beschermd wonen per unit key. */
  bwStartDay: Map<string, number>
  /** Per unit key: status and amount last recorded ('' after a month without Wmo care). */
  lastKey: Map<string, string>
  /** This month's units, in the order they first had cost (cleared each month). */
  units: Map<string, UnitMonth>
  /** The abonnementstarief per month (looked up once per month). */
  tarief: (IndexedValue | undefined)[]
  /** A month outside the rule's validity has been reported. */
  notInForceRecorded: boolean
  /** Opvang lines with the month index of their first month in the horizon (opvangContributionMonth). */
  opvangLines: { line: LineCtx; monthIndex: number }[]
}

/** Wmo aids and adaptations in eigendom (one-off, with eigen bijdrage) costed inside the horizon. */
function eigendomItems(ctx: EngineContext, tables: CostTables, ebLine: boolean[]): EigendomItem[] {
  const M = ctx.months.length
  const items: EigendomItem[] = []
  ctx.lines.forEach((l, li) => {
    if (!ebLine[li] || !l.provision.oneOff || l.informal) return
    let startIndex = -1
    for (let mi = 0; mi < M; mi++)
      if ((tables.cost[li * M + mi] ?? 0) > 0) {
        startIndex = mi
        break
      }
    if (startIndex < 0) return
    let endIndex = M - 1
    if (Number.isFinite(l.endDay))
      for (let mi = startIndex; mi < M; mi++)
        if ((ctx.months[mi] as MonthInfo).lastDayNumber >= l.endDay) {
          endIndex = mi
          break
        }
    items.push({
      lineIndex: li,
      person: l.person,
      line: l,
      startIndex,
      endIndex,
      costCents: tables.cost[li * M + startIndex] ?? 0,
      paid: 0,
      carry: 0,
    })
  })
  return items
}

export function prepareWmoEigenBijdrage(ctx: EngineContext, tables: CostTables): WmoWalk {
  const client = ctx.persons.find((p) => p.person.role === 'client')
  const partner = ctx.persons.find((p) => p.person.role === 'partner')
  const ebLine = ctx.lines.map(
    (l) =>
      !l.informal && !l.provision.general && l.provision.law === 'wmo' && l.provision.eigenBijdrage === true,
  )
  const items = eigendomItems(ctx, tables, ebLine)
  const isEigendomLine = new Uint8Array(ctx.lines.length)
  for (const it of items) isEigendomLine[it.lineIndex] = 1
  const bwStartDay = new Map<string, number>()
  for (const l of ctx.lines)
    if (l.provision.beschermdWonen && !l.informal) {
      const key =
        l.person.person.role === 'client' || l.person.person.role === 'partner' ? MAIN_UNIT : l.person.id
      bwStartDay.set(key, Math.min(bwStartDay.get(key) ?? Number.POSITIVE_INFINITY, l.startDay))
    }
  return {
    client,
    partner,
    partnersAow: client && partner ? [client.aowDay, partner.aowDay] : [],
    ebLine,
    eigendomItems: items,
    isEigendomLine,
    bwStartDay,
    lastKey: new Map(),
    units: new Map(),
    tarief: new Array<IndexedValue | undefined>(ctx.months.length),
    notInForceRecorded: false,
    opvangLines: ctx.lines
      .filter((l) => l.provision.id === 'wmo.opvang' && !l.informal)
      .map((l) => {
        const day = Math.max(l.startDay, ctx.horizonStartDay)
        return {
          line: l,
          monthIndex: Math.max(
            0,
            ctx.months.findIndex((m) => m.lastDayNumber >= day),
          ),
        }
      }),
  }
}

function unitEntry(walk: WmoWalk, key: string, person: PersonCtx): UnitMonth {
  let u = walk.units.get(key)
  if (!u) {
    u = { eb: 0, bw: 0, bwDays: 0, head: key === MAIN_UNIT ? (walk.client ?? person) : person, items: [] }
    walk.units.set(key, u)
  }
  return u
}

/**
 * This month's Wmo cost per CAK unit: regular lines, beschermd wonen, and items in eigendom whose
 * remaining cost price is at least this month's tarief (`tariefCents`).
 */
function collectUnits(
  ctx: EngineContext,
  walk: WmoWalk,
  tables: CostTables,
  mi: number,
  m: MonthInfo,
  tariefCents: number,
): void {
  const M = ctx.months.length
  walk.units.clear()
  for (let li = 0; li < ctx.lines.length; li++) {
    if (!walk.ebLine[li]) continue
    const c = tables.cost[li * M + mi] ?? 0
    if (c === 0) continue
    const line = ctx.lines[li] as LineCtx
    const adult = m.firstDayNumber >= line.person.day18
    if (!adult && !line.provision.eigenBijdrageForMinors) continue
    // Aids and adaptations in eigendom are charged through their remaining cost price below.
    if (walk.isEigendomLine[li]) continue
    const u = unitEntry(walk, cakUnitKey(line.person.id, line.person.person.role, adult), line.person)
    if (line.provision.beschermdWonen) {
      u.bw += c
      u.bwDays = Math.max(u.bwDays, tables.allowed[li * M + mi] ?? 0)
    } else u.eb += c
  }
  // Aids and adaptations in eigendom: the tarief is owed while they are in use until their cost price
  // is reached — the CAK deducts the tarief from the cost price every month, and a month whose tarief
  // is more than the cost price left is not collected (Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 3
  // and 6) — so their remaining cost price counts as this month's Wmo cost while it covers the tarief.
  for (const it of walk.eigendomItems) {
    if (mi < it.startIndex || mi > it.endIndex || it.costCents - it.paid < tariefCents) continue
    const adult = m.firstDayNumber >= it.person.day18
    // A minor pays only for a woningaanpassing: an aid in a month the user is a minor costs nothing.
    if (!adult && !it.line.provision.eigenBijdrageForMinors) continue
    unitEntry(walk, cakUnitKey(it.person.id, it.person.person.role, adult), it.person).items.push(it)
  }
}

/**
 * The income-dependent beschermd-wonen contribution of a unit this month (lage/hoge, estimate), over
 * the days of the month with beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.19 lid 2). Not
 * computed — nothing charged, a warning instead — in a month before the first amounts in Maatwerk, or
 * when the income of a person whose income counts is incomplete (bijstand or AIO owed but not
 * computed): then the range is the contribution on the recorded income (the missing income can only
 * raise it) up to the legal maximum of the regime.
 */
function beschermdWonenContribution(
  ctx: EngineContext,
  walk: WmoWalk,
  state: MonthState,
  key: string,
  u: UnitMonth,
  unitIncome: () => number,
  members: readonly PersonCtx[],
): BwOutcome {
  const m = state.month
  const main = key === MAIN_UNIT
  if (!hasValueAt(BESCHERMD_WONEN_BIJDRAGE, m.firstDay))
    return { kind: 'not-computed', series: 'beschermd-wonen-bijdrage', range: null }
  const params = intramuralParamsAt(BESCHERMD_WONEN_BIJDRAGE, m.firstDay, ctx.indexationPercentPerYear)
  const startDay = walk.bwStartDay.get(key) ?? Number.POSITIVE_INFINITY
  // The lage months in force on the first day of the stay (four since 2019, stb. 2018, 444).
  const start = dateFromDayNumber(startDay)
  const lageUntil = dayNumber(addYearsMonths(start, 0, lageMonthsForStayFrom(start)))
  const reason = lageReason({
    withinFirstMonths: m.firstDayNumber < lageUntil,
    partnerAtHome: main && walk.partner !== undefined && walk.client !== undefined,
    supportedChildren: main && supportsChildren(ctx, state.mi),
    careAtHome: false,
  })
  // The vermogensinkomensbijtelling of the same persons whose income counts (the Uitvoeringsbesluit
  // Wmo 2015 follows the Blz here, see wlz.eigen-bijdrage), less the extra vermogensvrijstelling of
  // art. 3.2 lid 1 sub b where it applies (up to 2025): the client below AOW age, and a spouse at AOW
  // age or owing no Wlz bijdrage of his own.
  const counted = reason === null ? [u.head] : members
  const spouse = counted.find((x) => x !== u.head)
  const bijtelling = bijtellingAt(
    counted.map((x) => x.person.assetsCents),
    m.firstDay,
    {
      perPersonCents: hasValueAt(BESCHERMD_WONEN_EXTRA_VRIJSTELLING, m.firstDay)
        ? valueAt(BESCHERMD_WONEN_EXTRA_VRIJSTELLING, m.firstDay).perPersonCents
        : 0,
      persons: extraVrijstellingCount({
        clientBelowAow: m.lastDayNumber < u.head.aowDay,
        spouse: spouse
          ? {
              reachedAow: m.lastDayNumber >= spouse.aowDay,
              owesOwnBijdrage: state.wlzPayers?.has(spouse.id) ?? false,
            }
          : null,
      }),
    },
  )
  const computed = intramuralContribution({
    regime: reason === null ? 'hoge' : 'lage',
    incomeMonthlyCents: reason === null ? incomeWithBijstand(ctx, state, u.head) : unitIncome(),
    bijtellingMonthlyCents: bijtelling.monthlyCents,
    couple: false,
    reachedAow: m.lastDayNumber >= u.head.aowDay,
    params: params.value,
  })
  // Without the assets the estimate is the lower end of the range: assets can only add to it.
  const monthly = bijtelling.assetsKnown ? computed : { ...computed, minCents: computed.cents }
  const bw = forDaysOwed(monthly, u.bwDays, m)
  const incomeFrom = reason === null ? [u.head] : members
  if (incomeFrom.some((x) => state.incomeMissingOf[x.index] === 1))
    return {
      kind: 'not-computed',
      series: 'beschermd-wonen-income-bijstand',
      range: { minCents: bw.cents, maxCents: bw.maxCents },
    }
  return { kind: 'computed', c: { bw, params, bijtelling, daysOwed: u.bwDays } }
}

type BwContribution = {
  bw: IntramuralContribution
  params: IntramuralParamsValue
  bijtelling: Bijtelling
  /** Days of the month with beschermd wonen (less than the month: pro rata). */
  daysOwed: number
}

/**
 * Month step: the eigen bijdrage of every CAK unit with Wmo cost this month, deducted from the
 * municipality's Wmo cost and paid by the client; items in eigendom are paid off month by month.
 */
export function wmoEigenBijdrageMonth(
  ctx: EngineContext,
  walk: WmoWalk,
  tables: CostTables,
  state: MonthState,
): void {
  const { mi, month: m, byPayer, wlzPayers } = state
  // The abonnementstarief regime (this version of the rule) holds from 2020: in a month outside its
  // validity the engine charges nothing under it and says so once (the earlier regime is not modelled).
  if (!isRuleInForce(rule, m.firstDay)) {
    if (!walk.notInForceRecorded && ctx.lines.some((_, li) => walk.ebLine[li] === true)) {
      walk.notInForceRecorded = true
      recordRuleNotInForce(ctx, rule, m.month)
    }
    return
  }
  const tarief = (walk.tarief[mi] ??= moneyAt(ABONNEMENTSTARIEF, m.firstDay, ctx.indexationPercentPerYear))
  collectUnits(ctx, walk, tables, mi, m, tarief.value)
  for (const [key, prev] of walk.lastKey) {
    if (prev === '' || walk.units.has(key)) continue
    const head = key === MAIN_UNIT ? (walk.client ?? ctx.persons[0]) : ctx.personById.get(key)
    if (head) recordEigenBijdrage(ctx, m, head, 'no-wmo-care', 0, tarief, null)
    walk.lastKey.set(key, '')
  }
  for (const [key, u] of walk.units) {
    const main = key === MAIN_UNIT
    const members = main
      ? [walk.client, walk.partner].filter((x): x is PersonCtx => x !== undefined)
      : [u.head]
    const unitIncome = (): number => {
      let sum = 0
      for (const x of members) sum += incomeWithBijstand(ctx, state, x)
      return sum
    }
    const incomeMissing = members.some((x) => state.incomeMissingOf[x.index] === 1)
    const minima = minimaPolicyOutcome(
      ctx,
      m.firstDay,
      main && walk.partnersAow.length === 2,
      unitIncome,
      incomeMissing,
    )
    const bwOutcome =
      u.bw > 0 ? beschermdWonenContribution(ctx, walk, state, key, u, unitIncome, members) : null
    const bw = bwOutcome?.kind === 'computed' ? bwOutcome.c : null
    let itemsRemaining = 0
    for (const it of u.items) itemsRemaining += it.costCents - it.paid
    // Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 3 and 4: each month the CAK deducts the tarief from the
    // cost price of one item — whatever the unit pays that month (in deviation from art. 3.8 lid 2 and
    // 4, the minima and other lower amounts) and next to other Wmo support. With several items the
    // college names the one; the engine takes them one after the other, in the order they started.
    const credited = u.items[0]
    if (credited) {
      if (credited.paid === 0) recordEigendom(ctx, m, credited, tarief.value)
      credited.paid += tarief.value
    }
    const eb = eigenBijdrageForMonth({
      ebCost: u.eb + itemsRemaining,
      bwCost: u.bw,
      tariefCents: tarief.value,
      bw: bwOutcome,
      coupleWithPartnerBelowAow: main && isCouplePartnerBelowAow(walk.partnersAow, m.lastDayNumber),
      wlzSamenloop: wlzPayers !== null && members.some((x) => wlzPayers.has(x.id)),
      inOpvang: members.some((x) => opvangNights(ctx, walk, tables, x, mi) >= 2),
      minima,
    })
    if (eb.notComputed) {
      // An income-dependent amount the engine cannot compute this month: nothing is charged (never an
      // estimate on an income known to be incomplete), and one warning per unit names the months and,
      // where the law bounds it, the range (the Wlz rule does the same: wlz-income-bijstand).
      const { series, range } = eb.notComputed
      const meta = series.startsWith('beschermd-wonen') ? beschermdWonenRule : minimaRule
      recordAmountsUnavailable(
        ctx,
        meta,
        series,
        series === 'beschermd-wonen-bijdrage' ? BESCHERMD_WONEN_FIRST_DATE : BIJSTAND_FIRST_DATE,
        m,
        { personId: u.head.id },
        range ?? undefined,
      )
      walk.lastKey.set(key, `not-computed|${series}`)
      continue
    }
    if (eb.cents > 0) {
      const deducted = Math.min(eb.cents, byPayer['gemeente-wmo'])
      // A contribution in a month without enough municipal cost is income against the item's cost,
      // booked in its start month (where that cost fell) so no month goes negative.
      const shortfall = eb.cents - deducted
      if (credited && shortfall > 0) credited.carry += shortfall
      byPayer['gemeente-wmo'] -= deducted
      byPayer.client += eb.cents
    }
    const ebKey = `${eb.status}|${eb.cents}|${bw?.bw.minCents ?? ''}`
    if (ebKey !== (walk.lastKey.get(key) ?? ''))
      recordEigenBijdrage(ctx, m, u.head, eb.status, eb.cents, tarief, bw)
    walk.lastKey.set(key, ebKey)
  }
}

/**
 * The nights `p` stays in opvang this month: the days of the month on which an opvang line of `p` runs
 * (the most of any of them; an etmaal counts as a night). Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3
 * sub b: no abonnementstarief for the client or spouse "gedurende twee of meer nachten aaneengesloten in
 * de maand in een instelling voor opvang" — a line's days in a month run on from one another.
 */
function opvangNights(
  ctx: EngineContext,
  walk: WmoWalk,
  tables: CostTables,
  p: PersonCtx,
  mi: number,
): number {
  let nights = 0
  const M = ctx.months.length
  for (const o of walk.opvangLines) {
    if (o.line.person !== p) continue
    nights = Math.max(nights, tables.allowed[o.line.index * M + mi] ?? 0)
  }
  return nights
}

/**
 * After the walk: contributions towards items in eigendom paid in months without municipal Wmo cost
 * are booked against the item's start month (where its cost fell).
 */
export function settleEigendom(walk: WmoWalk, monthly: readonly { byPayer: Record<string, number> }[]): void {
  for (const it of walk.eigendomItems) {
    const row = monthly[it.startIndex]
    if (row && it.carry > 0) row.byPayer['gemeente-wmo'] = (row.byPayer['gemeente-wmo'] ?? 0) - it.carry
  }
}

function recordEigendom(ctx: EngineContext, m: MonthInfo, it: EigendomItem, tariefCents: number): void {
  addFinding(
    ctx,
    eigendomRule,
    { lineId: it.line.line.id, personId: it.person.id, month: m.month },
    {
      costCents: it.costCents,
      tariefCents,
      // Full months of the tarief within the cost price: a month whose tarief exceeds what is left is
      // not collected (art. 3.10b lid 6).
      months: tariefCents > 0 ? Math.floor(it.costCents / tariefCents) : 0,
    },
  )
}

function recordEigenBijdrage(
  ctx: EngineContext,
  m: MonthInfo,
  head: PersonCtx,
  status: EigenBijdrageStatus,
  cents: number,
  tarief: IndexedValue,
  bw: BwContribution | null,
): void {
  const isBw = status === 'beschermd-wonen'
  const meta = isBw ? beschermdWonenRule : status === 'wlz-samenloop' ? samenloopRule : rule
  const messageKey = isBw
    ? `findings.wmo.eigen-bijdrage-beschermd-wonen${bw?.bijtelling.assetsKnown ? '-assets' : ''}`
    : status === 'exempt-couple-below-aow'
      ? 'findings.wmo.eigen-bijdrage-exempt'
      : status === 'exempt-opvang'
        ? 'findings.wmo.eigen-bijdrage-exempt-opvang'
        : status === 'no-wmo-care'
          ? 'findings.wmo.eigen-bijdrage-none'
          : status === 'minima-policy'
            ? 'findings.wmo.eigen-bijdrage-minima'
            : status === 'wlz-samenloop'
              ? 'findings.wmo.eigen-bijdrage-wlz-samenloop'
              : 'findings.wmo.eigen-bijdrage'
  addFinding(
    ctx,
    meta,
    { personId: head.id, month: m.month },
    {
      status,
      amountCents: cents,
      tariefCents: tarief.value,
      ...(isBw && bw
        ? {
            regime: bw.bw.regime,
            minCents: bw.bw.minCents,
            maxCents: bw.bw.maxCents,
            assetsKnown: bw.bijtelling.assetsKnown ? 1 : 0,
            bijtellingCents: bw.bijtelling.monthlyCents,
            peiljaar: bw.bijtelling.peiljaar,
          }
        : {}),
    },
    { messageKey },
  )
  const parameters: TraceEntry['parameters'] =
    isBw && bw
      ? [
          ...intramuralTraceParameters(ctx, bw.params, 'beschermdWonenBijdrage'),
          ...bw.bijtelling.parameters,
          ...partMonthParameters(bw.daysOwed, m),
        ]
      : [
          { key: 'abonnementstarief', value: tarief.value, source: tarief.entry.source },
          ...(tarief.indexedYears > 0
            ? [
                {
                  key: 'indexationPercentPerYear',
                  value: ctx.indexationPercentPerYear,
                  source: 'scenario assumption',
                },
              ]
            : []),
        ]
  addTrace(ctx, meta, {
    ruleId: rule.id,
    inputs: { month: m.month, status, unitHead: head.id },
    parameters,
    outcome: `${cents} cents per month from ${m.month}${
      isBw && bw
        ? bw.bijtelling.assetsKnown
          ? ` (ESTIMATE on recorded net income incl. bijtelling ${bw.bijtelling.monthlyCents}; exact with the verzamelinkomen (t-2))`
          : ' (ESTIMATE on recorded net income, assets unknown: no bijtelling; exact with the verzamelinkomen and box-3 assets (t-2))'
        : ''
    }`,
  })
}
