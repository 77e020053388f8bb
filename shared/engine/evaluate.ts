/**
 * evaluateScenario — the month walk of docs/architecture.md#time, as an orchestration of the steps
 * the rules own (docs/architecture.md#rules). Order of work:
 *  1. validate the input (invariant errors, never partial results);
 *  2. build the context: persons (birthdays, AOW date, Wlz start, age and income per month) and
 *     lines (provision, interval, carer);
 *  3. line rules record findings and blocked periods; line costing plans each line's rates;
 *  4. days per line and month, then the carer load (needed by gebruikelijke hulp);
 *  5. cost every line per month (exact, rounded half-up once per line per month);
 *  6. per month: line costs to their payers, bijstand per benefit unit, the Wlz eigen bijdrage,
 *     then the Wmo eigen bijdrage per CAK unit;
 *  7. household rules, coverage, totals and the invariant checks.
 */
import type { Cents, EvaluateInput, LineResult, MonthResult, Payer, ScenarioResult } from '../domain/types'
import { PAYERS } from '../domain/types'
import { cents } from '../domain/money'
import { yearOf } from '../domain/dates'
import { buildContext } from '../context/build-context'
import type { CostTables, EngineContext, LineCtx, MonthState } from '../context/engine-context'
import { ENGINE_MESSAGES, fail } from './messages'
import { validate } from './validate'
import { addLineCosts, costLines, lineDays, linePayer, planLineRates } from '../rules/engine/line-costing'
import { applyClientAge } from '../rules/wmo/client-age'
import { applyWmoWlzVoorliggend } from '../rules/wmo/wlz-voorliggend'
import { applyZvwVoorliggend } from '../rules/wmo/zvw-voorliggend'
import { applyGebruikelijkeHulp, careRecipients } from '../rules/wmo/gebruikelijke-hulp'
import {
  opvangContributionMonth,
  prepareWmoEigenBijdrage,
  settleEigendom,
  wmoEigenBijdrageMonth,
} from '../rules/wmo/eigen-bijdrage'
import { checkPgbTariffCap } from '../rules/wmo/pgb-tariff-cap'
import { applyMantelzorgVoluntary } from '../rules/wmo/mantelzorg-voluntary'
import { applyAlgemeneVoorzieningFirst } from '../rules/wmo/algemene-voorziening-first'
import { applyProcedureDeadlines } from '../rules/wmo/procedure-deadlines'
import { applyJeugdwetAge } from '../rules/jeugdwet/age'
import { applyJeugdWlzVoorliggend } from '../rules/jeugdwet/wlz-voorliggend'
import { applyTurns18 } from '../rules/jeugdwet/turns-18-transition'
import { applyNoParentalContribution } from '../rules/jeugdwet/no-parental-contribution'
import { applyRespiteForParents } from '../rules/jeugdwet/respite-for-parents'
import { applyParticipatiewetAge } from '../rules/participatiewet/age'
import { applyAowTransitionLine } from '../rules/participatiewet/aow-transition'
import { bijstandMonth, prepareBijstand } from '../rules/participatiewet/bijstand-norm'
import { applyBijzondereBijstand } from '../rules/participatiewet/bijzondere-bijstand'
import { prepareWlz, wlzEigenBijdrageMonth } from '../rules/wlz/eigen-bijdrage'
import { applyWlzIndicationLikely } from '../rules/wlz/indication-likely'
import { applyWlzCareAtHome, applyWlzCostCeiling } from '../rules/wlz/care-at-home'
import { applyCarerLoad } from '../rules/mantelzorg/intensive'
import { applyCoverage } from '../rules/coverage/unmet-need'

/** A month's amounts while the walk adds them up (plain numbers; branded as Cents once checked). */
type MonthAmounts = { month: string; byPayer: Record<Payer, number> }

/** Zero for every payer: the accumulator of a month or a total (plain numbers until checked). */
export function emptyByPayer(): Record<Payer, number> {
  return {
    'gemeente-wmo': 0,
    'gemeente-jeugd': 0,
    'gemeente-participatie': 0,
    'gemeente-bijstand': 0,
    svb: 0,
    wlz: 0,
    zvw: 0,
    client: 0,
    informal: 0,
  }
}

/** The line rules, in the order they run for every line (each records findings and blocks). */
const LINE_RULES: readonly ((ctx: EngineContext, line: LineCtx) => void)[] = [
  applyMantelzorgVoluntary,
  applyClientAge,
  applyWmoWlzVoorliggend,
  applyZvwVoorliggend,
  checkPgbTariffCap,
  applyAlgemeneVoorzieningFirst,
  applyJeugdwetAge,
  applyJeugdWlzVoorliggend,
  applyTurns18,
  applyParticipatiewetAge,
  applyAowTransitionLine,
  applyBijzondereBijstand,
  applyWlzCareAtHome,
]

/** The household rules that run after the month walk. */
const HOUSEHOLD_RULES: readonly ((ctx: EngineContext) => void)[] = [
  (ctx) => applyProcedureDeadlines(ctx, ctx.scenario.startDate),
  applyNoParentalContribution,
  applyRespiteForParents,
  applyWlzIndicationLikely,
]

export function evaluateScenario(input: EvaluateInput): ScenarioResult {
  validate(input)
  const ctx = buildContext(input)

  for (const line of ctx.lines) for (const apply of LINE_RULES) apply(ctx, line)
  const plans = planLineRates(ctx)

  const tables = lineDays(ctx, plans)
  const { carers, overloadedPersonIds, minorCarerLimits } = applyCarerLoad(ctx, tables)
  const recipients = careRecipients(ctx)
  for (const line of ctx.lines) applyGebruikelijkeHulp(ctx, line, recipients, overloadedPersonIds)
  costLines(ctx, plans, tables)
  applyWlzCostCeiling(ctx, tables)

  const { monthly: amounts, bijstandTotal } = walkMonths(ctx, tables)

  for (const apply of HOUSEHOLD_RULES) apply(ctx)
  const coverage = applyCoverage(ctx, tables, minorCarerLimits)

  const lines: LineResult[] = ctx.lines.map((line, li) => ({
    lineId: line.line.id,
    eligible: !line.blocked,
    payer: linePayer(line),
    totalCents: cents(tables.lineTotals[li] ?? 0),
  }))
  const { monthly, totalsByYear, totalByPayer } = checkedTotals(amounts, lines, bijstandTotal)
  ctx.monthly = monthly
  return {
    findings: ctx.findings,
    lines,
    monthly,
    totalsByYear,
    totalByPayer,
    carers,
    coverage,
    trace: ctx.trace,
  }
}

/** Step 6: every month in order; each month rule adds to what the earlier ones computed. */
function walkMonths(
  ctx: EngineContext,
  tables: CostTables,
): { monthly: MonthAmounts[]; bijstandTotal: number } {
  const bijstand = prepareBijstand(ctx)
  const wlz = prepareWlz(ctx)
  const wmo = prepareWmoEigenBijdrage(ctx, tables)
  const payers = ctx.lines.map(linePayer)
  const M = ctx.months.length
  const monthly = new Array<MonthAmounts>(M)
  const state: MonthState = {
    mi: 0,
    month: ctx.months[0] as MonthState['month'],
    byPayer: emptyByPayer(),
    bijstandOf: new Float64Array(ctx.persons.length),
    wlzPayers: null,
    art23Lid1Of: new Uint8Array(ctx.persons.length),
    incomeMissingOf: new Uint8Array(ctx.persons.length),
  }
  for (let mi = 0; mi < M; mi++) {
    const byPayer = emptyByPayer()
    state.mi = mi
    state.month = ctx.months[mi] as MonthState['month']
    state.byPayer = byPayer
    state.bijstandOf.fill(0)
    state.art23Lid1Of.fill(0)
    state.incomeMissingOf.fill(0)
    state.wlzPayers = null
    addLineCosts(ctx, tables, payers, mi, byPayer)
    bijstandMonth(ctx, bijstand, tables, state)
    wlzEigenBijdrageMonth(ctx, wlz, tables, state)
    wmoEigenBijdrageMonth(ctx, wmo, tables, state)
    opvangContributionMonth(ctx, wmo, state)
    monthly[mi] = { month: state.month.month, byPayer }
  }
  settleEigendom(wmo, monthly)
  return { monthly, bijstandTotal: bijstand.total }
}

/**
 * Step 7: totals per year and over the horizon, with the invariants of
 * docs/architecture.md#engine-contract: integer, non-negative amounts, and the payers summing to the
 * line totals plus bijstand and AIO.
 */
function checkedTotals(
  amounts: readonly MonthAmounts[],
  lines: readonly LineResult[],
  bijstandTotal: number,
): Pick<ScenarioResult, 'monthly' | 'totalsByYear' | 'totalByPayer'> {
  const totalByPayer = emptyByPayer()
  const totalsByYear: Record<string, Record<Payer, number>> = {}
  const monthly: MonthResult[] = new Array<MonthResult>(amounts.length)
  for (let mi = 0; mi < amounts.length; mi++) {
    const row = amounts[mi] as MonthAmounts
    const year = String(yearOf(row.month))
    const y = (totalsByYear[year] ??= emptyByPayer())
    for (const payer of PAYERS) {
      const v = row.byPayer[payer]
      if (!Number.isSafeInteger(v)) fail(ENGINE_MESSAGES.notInteger, `${row.month} ${payer} ${String(v)}`)
      if (v < 0) fail(ENGINE_MESSAGES.negativeAmount, `${row.month} ${payer} ${v}`)
      y[payer] += v
      totalByPayer[payer] += v
    }
    // Checked just above: every amount is a non-negative safe integer, so the row is Cents.
    monthly[mi] = { month: row.month, byPayer: row.byPayer as Record<Payer, Cents> }
  }
  let payerSum = 0
  for (const payer of PAYERS) payerSum += totalByPayer[payer]
  let lineSum = 0
  for (const l of lines) {
    if (!Number.isSafeInteger(l.totalCents) || l.totalCents < 0)
      fail(ENGINE_MESSAGES.negativeAmount, `${l.lineId} ${l.totalCents}`)
    lineSum += l.totalCents
  }
  if (payerSum !== lineSum + bijstandTotal)
    fail(ENGINE_MESSAGES.unbalanced, `${payerSum} ≠ ${lineSum} + ${bijstandTotal}`)
  return {
    monthly,
    totalsByYear: Object.fromEntries(
      Object.entries(totalsByYear).map(([year, byPayer]) => [year, centsByPayer(byPayer)]),
    ),
    totalByPayer: centsByPayer(totalByPayer),
  }
}

/** A record of per-payer sums of checked month amounts, each re-checked as Cents (no cast). */
function centsByPayer(record: Record<Payer, number>): Record<Payer, Cents> {
  const out = {} as Record<Payer, Cents>
  for (const payer of PAYERS) out[payer] = cents(record[payer])
  return out
}
