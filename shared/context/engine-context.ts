/**
 * The evaluation context: everything precomputed once per evaluation (day numbers of birthdays and
 * AOW dates, line intervals, provisions, each person's age and income per month) so the month walk
 * recomputes and allocates as little as possible. Rules read it and record findings, blocked periods
 * and trace entries through it. It sits below both the engine and the rules (docs/architecture.md#rules):
 * rules import it, never shared/engine/.
 */
import type {
  ArrangementLine,
  Carer,
  Finding,
  Household,
  Income,
  IncomeChange,
  MonthResult,
  MunicipalityConfig,
  Payer,
  Person,
  Scenario,
  TraceEntry,
} from '../domain/types'
import { dayNumber, yearMonthOf, type MonthInfo } from '../domain/dates'
import type { ProvisionDefinition } from '../catalogue/provisions'
import { isRuleInForce } from '../domain/rule-meta'
import type { RuleMeta } from '../domain/rule-meta'

export type PersonCtx = {
  person: Person
  id: string
  /** Position in `EngineContext.persons` (row of the per-month tables). */
  index: number
  livesIn: boolean
  birthDay: number
  day18: number
  day23: number
  /** Day the person reaches AOW age, and that date. */
  aowDay: number
  aowDate: string
  /** Day the Wlz indication starts (Infinity: none). */
  wlzFromDay: number
  /** Income changes for this person, in date order, with their start day. */
  incomeChanges: { day: number; change: IncomeChange }[]
}

/** A closed interval of day numbers during which a rule stops a line from being costed. */
type Block = { ruleId: string; fromDay: number; toDay: number }

export type LineCtx = {
  line: ArrangementLine
  index: number
  provision: ProvisionDefinition
  person: PersonCtx
  carer: Carer | null
  startDay: number
  /** Inclusive end day (Infinity: open-ended). */
  endDay: number
  informal: boolean
  blocks: Block[]
  /** True once a blocking finding hits this line (docs/architecture.md#engine-contract: eligible is false). */
  blocked: boolean
  /** Gebruikelijke hulp: weekly hours deducted in months with a healthy adult housemate. */
  gebruikelijkeHulpDeduction: number
  /** First day on which the deduction applies (Infinity: never). */
  gebruikelijkeHulpFromDay: number
  /**
   * The protocol's weekly hours in force in each month (the municipality's dated series, selected per
   * month: a change on 1 July applies from July); null when nothing is deducted.
   */
  gebruikelijkeHulpByMonth: Float64Array | null
  /**
   * Rate in cents per unit of the provision in each month of the horizon, set by line costing (empty
   * when the line cannot be costed): a line's cost over its rate is the units it costs that month.
   */
  rates: ArrayLike<number>
  /** Where the rate came from (for the trace and the tariff-cap rule). */
  rateSource: string
}

export type EngineContext = {
  household: Household
  scenario: Scenario
  municipality: MunicipalityConfig
  months: MonthInfo[]
  horizonStartDay: number
  horizonEndDay: number
  indexationPercentPerYear: number
  persons: PersonCtx[]
  personById: Map<string, PersonCtx>
  lines: LineCtx[]
  carers: Carer[]
  findings: Finding[]
  trace: TraceEntry[]
  monthly: MonthResult[]
  /** Deviations recorded by the consultant, keyed `ruleId|lineId` and `ruleId|personId`. */
  deviations: Map<string, string>
  /**
   * The finding "amounts not available" per parameter series (key: the series' message suffix), so a
   * series missing for many months gives one finding whose period grows (recordAmountsUnavailable).
   */
  amountsUnavailable: Map<string, Finding>
  /** Age on the first day of each month (a birthday on the 1st counts), person-major: [p.index * M + mi]. */
  /** Age of majority (Jeugdwet; jeugdwet.ages in force on the scenario's start). */
  majorityAge: number
  ages: Int32Array
  /** The income in force in each month (the last change starting on or before its last day), person-major. */
  incomes: Income[]
}

/** Age of `p` on the first day of month `mi`. */
export function ageAt(ctx: EngineContext, p: PersonCtx, mi: number): number {
  return ctx.ages[p.index * ctx.months.length + mi] ?? 0
}

/**
 * Whether `p` is born by the end of month `mi`: a child born during the horizon belongs to the
 * household from the month of birth (the whole month), and not before it — before it `ageAt` is
 * negative, which every "younger than" test would otherwise read as a child in the household.
 */
export function isBornBy(ctx: EngineContext, p: PersonCtx, mi: number): boolean {
  const month = ctx.months[mi]
  return month !== undefined && p.birthDay <= month.lastDayNumber
}

/** The income of `p` in force in month `mi` (before bijstand). */
export function incomeAt(ctx: EngineContext, p: PersonCtx, mi: number): Income {
  return ctx.incomes[p.index * ctx.months.length + mi] ?? p.person.income
}

/**
 * The line costing's tables (docs/architecture.md#time), line-major: entry [li * M + mi] belongs to
 * line `li` (index in `EngineContext.lines`) and month `mi`.
 */
export type CostTables = {
  /** Days of the month on which the line runs at all. */
  active: Int32Array
  /** Days on which it runs and no rule blocks it (0 for a line that cannot be costed). */
  allowed: Int32Array
  /** Cost in cents, rounded half-up once per line and month. */
  cost: Float64Array
  /** Cost per line over the horizon. */
  lineTotals: number[]
}

/** What one month of the walk has computed so far, shared by the month rules in their order. */
export type MonthState = {
  mi: number
  month: MonthInfo
  /** Amounts per payer this month (line costs first; the month rules move and add amounts). */
  byPayer: Record<Payer, number>
  /** Bijstand or AIO paid to each person this month (index: PersonCtx.index), counted as income. */
  bijstandOf: Float64Array
  /** Persons who pay a Wlz eigen bijdrage this month (null: no Wlz care in the scenario). */
  wlzPayers: Set<string> | null
  /**
   * 1 for each person (index: PersonCtx.index) whose bijstand this month is the institution norm of
   * Participatiewet art. 23 lid 1 (Blz art. 3.3.2.2 lid 7: no lage bijdrage on request).
   */
  art23Lid1Of: Uint8Array
  /**
   * 1 for each person (index: PersonCtx.index) whose bijstand or AIO this month is owed but not
   * computed (a month before the first bijstand norms in Maatwerk): their income is missing, so an
   * income-dependent contribution on it is not computed either (recordAmountsUnavailable).
   */
  incomeMissingOf: Uint8Array
}

/** Net monthly income of `p` this month as the CAK and the Wlz estimate count it: income plus bijstand. */
export function incomeWithBijstand(ctx: EngineContext, state: MonthState, p: PersonCtx): number {
  const inc = incomeAt(ctx, p, state.mi)
  return (inc.kind === 'bijstand' ? 0 : inc.netMonthlyCents) + (state.bijstandOf[p.index] ?? 0)
}

/** The reason recorded for a deliberate deviation from `rule` for this line or person, if any. */
export function deviationFor(
  ctx: EngineContext,
  ruleId: string,
  lineId?: string,
  personId?: string,
): string | undefined {
  return (
    (lineId !== undefined ? ctx.deviations.get(`${ruleId}|${lineId}`) : undefined) ??
    (personId !== undefined ? ctx.deviations.get(`${ruleId}|${personId}`) : undefined) ??
    ctx.deviations.get(`${ruleId}|*`)
  )
}

type FindingTarget = { lineId?: string; personId?: string; carerId?: string; month?: string }

/** The first day (YYYY-MM-01) of a finding's month 'YYYY-MM'. */
function firstOfMonth(month: string): string {
  return `${month}-01`
}

/**
 * Records a finding of `rule` (its severity, law, legal basis and message key). A finding for a month
 * in which this version of the rule is not in force (before validFrom, after validTo) is not
 * recorded: that version does not apply there (docs/architecture.md#rules, versions by month).
 */
export function addFinding(
  ctx: EngineContext,
  rule: RuleMeta,
  target: FindingTarget,
  params: Record<string, string | number>,
  overrides: { messageKey?: string; severity?: Finding['severity'] } = {},
): Finding | null {
  if (target.month !== undefined && target.month !== '' && !isRuleInForce(rule, firstOfMonth(target.month)))
    return null
  const finding: Finding = {
    ruleId: rule.id,
    severity: overrides.severity ?? rule.severity,
    law: rule.law,
    legalBasis: rule.legalBasis,
    messageKey: overrides.messageKey ?? rule.messageKey,
    params,
  }
  if (target.lineId !== undefined) finding.lineId = target.lineId
  if (target.personId !== undefined) finding.personId = target.personId
  if (target.carerId !== undefined) finding.carerId = target.carerId
  if (target.month !== undefined) finding.month = target.month
  ctx.findings.push(finding)
  return finding
}

/**
 * Blocks `line` from `fromDay` to `toDay` (inclusive) for a blocking rule, unless the consultant
 * recorded a deviation for it (maatwerk): then the finding is kept with the reason and nothing is
 * blocked. Returns true when the block was applied.
 */
export function blockLine(
  ctx: EngineContext,
  rule: RuleMeta,
  line: LineCtx,
  fromDay: number,
  toDay: number,
  month: string,
  params: Record<string, string | number>,
  messageKey?: string,
): boolean {
  // A rule version blocks only the days on which it is in force.
  const validFromDay = dayNumber(rule.validFrom)
  const validToDay = rule.validTo === null ? Number.POSITIVE_INFINITY : dayNumber(rule.validTo)
  if (fromDay < validFromDay) {
    fromDay = validFromDay
    month = monthOfDay(ctx, fromDay)
  }
  toDay = Math.min(toDay, validToDay)
  if (toDay < fromDay) return false
  const deviation = deviationFor(ctx, rule.id, line.line.id, line.person.id)
  const allParams = deviation !== undefined ? { ...params, deviation } : params
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: line.person.id, month },
    allParams,
    messageKey !== undefined ? { messageKey } : {},
  )
  addTrace(ctx, rule, {
    inputs: { lineId: line.line.id, personId: line.person.id, provisionId: line.provision.id, ...params },
    parameters: [
      {
        key: 'legalBasis',
        value: `${rule.legalBasis.law} art. ${rule.legalBasis.article}`,
        source: rule.legalBasis.url ?? '',
      },
    ],
    outcome: deviation !== undefined ? `deviation recorded: ${deviation}` : `not costed from ${month}`,
  })
  if (deviation !== undefined) return false
  line.blocks.push({ ruleId: rule.id, fromDay, toDay })
  if (rule.severity === 'blocking') line.blocked = true
  return true
}

/**
 * Records a trace entry of `rule`: the explanation of a computed amount or decision, naming the rule,
 * the version of it that applied (validFrom/validTo) and the parameter values used with their sources.
 * `ruleId` defaults to the rule's id (the line costing traces under its own id).
 */
export function addTrace(
  ctx: EngineContext,
  rule: RuleMeta,
  entry: Omit<TraceEntry, 'ruleId' | 'ruleVersion'> & { ruleId?: string },
): void {
  ctx.trace.push({
    ruleId: entry.ruleId ?? rule.id,
    ruleVersion: { validFrom: rule.validFrom, validTo: rule.validTo },
    inputs: entry.inputs,
    parameters: entry.parameters,
    outcome: entry.outcome,
  })
}

/** The first month of the horizon containing `day` (or the first/last month when outside). */
export function monthOfDay(ctx: EngineContext, day: number): string {
  for (const m of ctx.months) if (day <= m.lastDayNumber) return m.month
  return ctx.months[ctx.months.length - 1]?.month ?? ''
}

/**
 * Says that no version of `rule` is in force in `month` (a month before its validFrom or after its
 * validTo): the engine did not apply it there. The finding is the engine's own (law 'none'), so it is
 * recorded whatever the rule's validity.
 */
export function recordRuleNotInForce(ctx: EngineContext, rule: RuleMeta, month: string): void {
  ctx.findings.push({
    ruleId: rule.id,
    severity: 'info',
    law: rule.law,
    legalBasis: rule.legalBasis,
    messageKey: 'findings.engine.rule-not-in-force',
    params: { ruleId: rule.id, validFrom: rule.validFrom, validTo: rule.validTo ?? '' },
    month,
  })
  addTrace(ctx, rule, {
    inputs: { month },
    parameters: [],
    outcome: `not applied in ${month}: this version holds ${rule.validFrom} – ${rule.validTo ?? 'open'}`,
  })
}

/**
 * The parameter series whose figures can be missing for early months (the series starts after the
 * month evaluated), each with its own message.
 */
const AMOUNTS_UNAVAILABLE_KEYS = {
  'bijstand-norms': 'findings.engine.amounts-unavailable.bijstand-norms',
  'wml-per-hour': 'findings.engine.amounts-unavailable.wml-per-hour',
  'wlz-income-bijstand': 'findings.engine.amounts-unavailable.wlz-income-bijstand',
  'beschermd-wonen-bijdrage': 'findings.engine.amounts-unavailable.beschermd-wonen-bijdrage',
  'beschermd-wonen-income-bijstand': 'findings.engine.amounts-unavailable.beschermd-wonen-income-bijstand',
  'minima-income-bijstand': 'findings.engine.amounts-unavailable.minima-income-bijstand',
  'minima-social-minimum': 'findings.engine.amounts-unavailable.minima-social-minimum',
} as const

/**
 * The series whose finding is kept per person (a CAK unit's head): each unit owes its own Wmo
 * contribution, so two units without a figure get a finding each, each naming its own months.
 */
const PER_PERSON_SERIES: ReadonlySet<keyof typeof AMOUNTS_UNAVAILABLE_KEYS> = new Set([
  'beschermd-wonen-bijdrage',
  'beschermd-wonen-income-bijstand',
  'minima-income-bijstand',
  'minima-social-minimum',
])

/** The bounds the law sets on an amount that is not computed (each month's bounds widen the period's). */
export type AmountRange = { minCents: number; maxCents: number }

/**
 * Month `m` lies before the first entry of a parameter series the step needs: the amount is not
 * computed (nothing is charged or paid for it, never an invented figure) and a warning says so,
 * citing the rule whose figures are missing — the mechanism of the Wlz years without sourced amounts
 * (shared/rules/wlz/eigen-bijdrage.ts). One finding per series and scenario: its period runs from the
 * first month without figures (`fromMonth`) to the last (`untilMonth`); `firstMonth` is the month of
 * the series' first entry. The Wmo contribution series keep one finding per CAK unit (PER_PERSON_SERIES).
 * Where the law bounds the amount that is not computed, `range` names those bounds (minCents,
 * maxCents), widened over the period. Called at most once per series, unit and month
 * (docs/architecture.md#time).
 */
export function recordAmountsUnavailable(
  ctx: EngineContext,
  rule: RuleMeta,
  series: keyof typeof AMOUNTS_UNAVAILABLE_KEYS,
  firstDate: string,
  m: MonthInfo,
  target: { personId?: string; lineId?: string } = {},
  range?: AmountRange,
): void {
  const key =
    target.lineId !== undefined
      ? `${series}|${target.lineId}`
      : PER_PERSON_SERIES.has(series) && target.personId !== undefined
        ? `${series}|${target.personId}`
        : series
  const known = ctx.amountsUnavailable.get(key)
  if (known) {
    known.params.untilMonth = m.month
    if (range) {
      // The period's range holds for each of its months: the lowest lower and the highest upper bound.
      known.params.minCents = Math.min(Number(known.params.minCents ?? range.minCents), range.minCents)
      known.params.maxCents = Math.max(Number(known.params.maxCents ?? range.maxCents), range.maxCents)
    }
    return
  }
  const finding: Finding = {
    ruleId: rule.id,
    severity: 'warning',
    law: rule.law,
    legalBasis: rule.legalBasis,
    messageKey: AMOUNTS_UNAVAILABLE_KEYS[series],
    params: {
      fromMonth: m.month,
      untilMonth: m.month,
      firstMonth: yearMonthOf(firstDate),
      ...(range ? { minCents: range.minCents, maxCents: range.maxCents } : {}),
    },
    month: m.month,
  }
  if (target.personId !== undefined) finding.personId = target.personId
  if (target.lineId !== undefined) finding.lineId = target.lineId
  ctx.amountsUnavailable.set(key, finding)
  ctx.findings.push(finding)
  addTrace(ctx, rule, {
    inputs: { month: m.month, series, ...target, ...(range ? { range } : {}) },
    parameters: [],
    outcome: `NOT COMPUTED from ${m.month}: the ${series} series starts ${firstDate}; nothing counted for these months${
      range ? ` (the law allows ${range.minCents}–${range.maxCents} cents a month)` : ''
    }`,
  })
}
