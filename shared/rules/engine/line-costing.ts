/**
 * engine.line-costing — a line the engine cannot cost as entered: no tariff for its provision and
 * delivery form in the municipality profile (and no agreed rate), a unit that does not convert to
 * the provision's unit, or a delivery form the provision does not allow. Blocking: the line costs
 * nothing until it is corrected. Not a legal rule; it names the municipality profile as its basis.
 *
 * This file also owns the costing itself (docs/architecture.md#time): the rate per month of every
 * line (tariffs looked up only where they can change: 1 January and the months where an entry starts
 * or ends), the days per month on which a line runs and no rule blocks it, and the cost per line and
 * month — exact, rounded half-up once per line per month.
 *
 * A line also cannot be costed for a person before they are born (a baby expected during the
 * horizon, or a birth-year typo): those days are blocked with a finding of this rule, so the engine
 * never pays care to someone who does not exist yet.
 */
import type { CentsInput, Payer } from '../../domain/types'
import { addMonthsToYearMonth, monthsBetween, yearMonthOf, type MonthInfo } from '../../domain/dates'
import { divideRoundHalfUp, roundHalfUp, roundNumber, splitEvenly } from '../../domain/money'
import { HOURS_PER_DAGDEEL } from '../../catalogue/provisions'
import { tariffEntriesFor, tariffFor } from '../../municipality/tariffs'
import { hasValueAt, moneyAt } from '../../parameters/series'
import { WML_PER_HOUR } from '../../parameters/wml'
import {
  addFinding,
  addTrace,
  blockLine,
  monthOfDay,
  recordAmountsUnavailable,
  type CostTables,
  type EngineContext,
  type LineCtx,
} from '../../context/engine-context'
import type { RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'engine.line-costing',
  law: 'none',
  severity: 'blocking',
  legalBasis: { law: 'Gemeentelijk tarievenbesluit (profiel)', article: '-', verified: true },
  messageKey: 'findings.engine.missing-tariff',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Missing tariff, unit mismatch, delivery form not allowed for the provision, or days before the person’s date of birth.',
}

const LINE_COSTING_KEYS = {
  missingTariff: 'findings.engine.missing-tariff',
  unitMismatch: 'findings.engine.unit-mismatch',
  formNotAllowed: 'findings.engine.delivery-form-not-allowed',
  beforeBirth: 'findings.engine.before-birth',
} as const

/** Trace id of the costing of each line. */
export const LINE_COST_TRACE_ID = 'engine.line-cost'

/** Conversion of the line's unit to the provision's: volume × num / den; null when not convertible. */
function unitConversion(lineUnit: string, provUnit: string): { num: number; den: number } | null {
  if (lineUnit === provUnit) return { num: 1, den: 1 }
  if (lineUnit === 'minute' && provUnit === 'hour') return { num: 1, den: 60 }
  if (lineUnit === 'hour' && provUnit === 'minute') return { num: 60, den: 1 }
  return null
}

/** Hours represented by one unit of an informal line. */
export function informalHoursPerUnit(unit: string): { num: number; den: number } | null {
  switch (unit) {
    case 'hour':
      return { num: 1, den: 1 }
    case 'minute':
      return { num: 1, den: 60 }
    case 'dagdeel':
      return { num: HOURS_PER_DAGDEEL, den: 1 }
    case 'etmaal':
      return { num: 24, den: 1 }
    default:
      return null
  }
}

type RatePlan = {
  /** Rate in cents per (converted) unit for each month, or null when the line cannot be costed. */
  rates: Int32Array | null
  num: number
  den: number
  source: string
  firstRate: number
  indexedYears: number
}

type ShadowPrices = {
  rates: Int32Array
  source: string
  indexedYears: number
  /** Leading months before the first WML entry: no shadow price (rate 0, reported as not computed). */
  missing: number
}

/**
 * The shadow price of an informal hour per month: the scenario's, or the WML per hour (dated). Months
 * before the series' first entry get no price: their informal hours are not valued (a finding per
 * informal line says so, see recordShadowPriceMissing), never an invented figure.
 */
function shadowPrices(ctx: EngineContext): ShadowPrices {
  const months = ctx.months
  const rates = new Int32Array(months.length)
  const shadow = ctx.scenario.assumptions?.informalHourValueCents
  if (shadow !== undefined) {
    rates.fill(shadow)
    return { rates, source: 'scenario assumption informalHourValueCents', indexedYears: 0, missing: 0 }
  }
  let source = ''
  let indexedYears = 0
  let missing = 0
  for (let i = 0; i < months.length; i++) {
    const firstDay = (months[i] as MonthInfo).firstDay
    if (!hasValueAt(WML_PER_HOUR, firstDay)) {
      missing = i + 1
      continue
    }
    const v = moneyAt(WML_PER_HOUR, firstDay, ctx.indexationPercentPerYear)
    rates[i] = v.value
    source = v.entry.source
    indexedYears = Math.max(indexedYears, v.indexedYears)
  }
  return { rates, source, indexedYears, missing }
}

/** An informal line running in months without a WML figure: those months are not valued (a warning). */
function recordShadowPriceMissing(ctx: EngineContext, line: LineCtx, missing: number): void {
  const months = ctx.months
  let first = -1
  let last = -1
  for (let i = 0; i < missing; i++) {
    const m = months[i] as MonthInfo
    if (line.startDay > m.lastDayNumber || line.endDay < m.firstDayNumber) continue
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return
  const firstDate = WML_PER_HOUR[0]?.from ?? ''
  const target = { lineId: line.line.id, personId: line.person.id }
  recordAmountsUnavailable(ctx, rule, 'wml-per-hour', firstDate, months[first] as MonthInfo, target)
  recordAmountsUnavailable(ctx, rule, 'wml-per-hour', firstDate, months[last] as MonthInfo, target)
}

const NOT_COSTABLE = (source: string): RatePlan => ({
  rates: null,
  num: 1,
  den: 1,
  source,
  firstRate: 0,
  indexedYears: 0,
})

function planRates(
  ctx: EngineContext,
  line: LineCtx,
  shadow: ShadowPrices,
  tariffs: Map<string, TariffRates | null>,
): RatePlan {
  const { line: l, provision } = line
  const months = ctx.months
  if (line.informal) {
    const conv = informalHoursPerUnit(l.unit)
    if (!conv) return NOT_COSTABLE(LINE_COSTING_KEYS.unitMismatch)
    if (shadow.missing > 0) recordShadowPriceMissing(ctx, line, shadow.missing)
    const first = shadow.rates[0] ?? 0
    return {
      rates: shadow.rates,
      num: conv.num,
      den: conv.den,
      source: shadow.source,
      firstRate: first,
      indexedYears: shadow.indexedYears,
    }
  }
  if (!provision.deliveryForms.includes(l.deliveryForm)) {
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.formNotAllowed,
      firstRate: 0,
      indexedYears: 0,
    }
  }
  if (provision.euroAmount || l.unit === 'euro') {
    if (l.unit !== 'euro')
      return {
        rates: null,
        num: 1,
        den: 1,
        source: LINE_COSTING_KEYS.unitMismatch,
        firstRate: 0,
        indexedYears: 0,
      }
    const rates = new Int32Array(months.length).fill(100)
    return { rates, num: 1, den: 1, source: 'euro amount', firstRate: 100, indexedYears: 0 }
  }
  const conv = unitConversion(l.unit, provision.unit)
  if (!conv)
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.unitMismatch,
      firstRate: 0,
      indexedYears: 0,
    }
  if (l.rateCents != null) {
    const rates = new Int32Array(months.length).fill(l.rateCents)
    return {
      rates,
      num: conv.num,
      den: conv.den,
      source: 'agreed rate on the line',
      firstRate: l.rateCents,
      indexedYears: 0,
    }
  }
  const key = `${provision.id}|${l.deliveryForm}`
  let tariff = tariffs.get(key)
  if (tariff === undefined) {
    tariff = tariffRates(ctx, line)
    tariffs.set(key, tariff)
  }
  if (!tariff) {
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.missingTariff,
      firstRate: 0,
      indexedYears: 0,
    }
  }
  return {
    rates: tariff.rates,
    num: conv.num,
    den: conv.den,
    source: tariff.source,
    firstRate: tariff.rates[0] ?? 0,
    indexedYears: tariff.indexedYears,
  }
}

type TariffRates = { rates: Int32Array; source: string; indexedYears: number }

/**
 * The profile's rate per month for the line's provision and delivery form (null: no tariff in some
 * month). Rates change only on 1 January (indexation) or where an entry starts or ends: those months
 * are looked up and the rate carried over the others. Depends on provision and form only, so the
 * lines of one evaluation share it.
 */
function tariffRates(ctx: EngineContext, line: LineCtx): TariffRates | null {
  const { line: l, provision } = line
  const months = ctx.months
  const rates = new Int32Array(months.length)
  let source = ''
  let indexedYears = 0
  const boundaries = new Set<string>()
  const markBoundary = (date: string): void => {
    const month = yearMonthOf(date)
    boundaries.add(month)
    boundaries.add(addMonthsToYearMonth(month, 1))
  }
  for (const e of tariffEntriesFor(ctx.municipality, provision.id, l.deliveryForm)) {
    markBoundary(e.from)
    if (e.to) markBoundary(e.to)
  }
  if (l.deliveryForm === 'pgb-netwerk')
    for (const e of ctx.municipality.pgbNetworkHourRate) markBoundary(e.from)
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as MonthInfo
    if (i > 0 && m.monthNumber !== 1 && !boundaries.has(m.month)) {
      rates[i] = rates[i - 1] ?? 0
      continue
    }
    const t = tariffFor(
      ctx.municipality,
      provision.id,
      l.deliveryForm,
      m.firstDay,
      ctx.indexationPercentPerYear,
    )
    if (t) {
      rates[i] = t.rateCents
      if (i === 0 || source === '') source = t.entry.source
      indexedYears = Math.max(indexedYears, t.indexedYears)
      continue
    }
    // Without a municipal tariff nor a network rate for this month the line is not costable (missing tariff).
    if (
      l.deliveryForm === 'pgb-netwerk' &&
      provision.unit === 'hour' &&
      hasValueAt(ctx.municipality.pgbNetworkHourRate, m.firstDay)
    ) {
      const v = moneyAt(ctx.municipality.pgbNetworkHourRate, m.firstDay, ctx.indexationPercentPerYear)
      rates[i] = v.value
      if (source === '') source = v.entry.source
      indexedYears = Math.max(indexedYears, v.indexedYears)
      continue
    }
    return null
  }
  return { rates, source, indexedYears }
}

/**
 * Line step: the rate plan of every line. A line that cannot be costed is blocked with a finding of
 * this rule (its message names why).
 */
export function planLineRates(ctx: EngineContext): RatePlan[] {
  const shadow = shadowPrices(ctx)
  const tariffs = new Map<string, TariffRates | null>()
  return ctx.lines.map((line) => {
    blockBeforeBirth(ctx, line)
    const plan = planRates(ctx, line, shadow, tariffs)
    if (!plan.rates) {
      line.blocked = true
      addFinding(
        ctx,
        rule,
        { lineId: line.line.id, personId: line.person.id },
        {
          provisionId: line.provision.id,
          deliveryForm: line.line.deliveryForm,
          unit: line.line.unit,
        },
        { messageKey: plan.source },
      )
    }
    return plan
  })
}

/** Blocks the days of a line (inside the horizon) before its person's date of birth. */
function blockBeforeBirth(ctx: EngineContext, line: LineCtx): void {
  const fromDay = Math.max(line.startDay, ctx.horizonStartDay)
  const toDay = Math.min(line.endDay, ctx.horizonEndDay, line.person.birthDay - 1)
  if (toDay < fromDay) return
  blockLine(
    ctx,
    rule,
    line,
    fromDay,
    toDay,
    monthOfDay(ctx, fromDay),
    { birthDate: line.person.person.birthDate },
    LINE_COSTING_KEYS.beforeBirth,
  )
}

/** Days of `m` on which the line runs and no rule blocks it. */
function allowedDaysIn(ctx: EngineContext, line: LineCtx, m: MonthInfo): number {
  const a = Math.max(line.startDay, m.firstDayNumber, ctx.horizonStartDay)
  const b = Math.min(line.endDay, m.lastDayNumber)
  if (b < a) return 0
  const blocks = line.blocks
  if (blocks.length === 0) return b - a + 1
  // Union of the blocked parts within [a, b] (blocks are few: sort a small copy).
  const parts: [number, number][] = []
  for (const blk of blocks) {
    const f = Math.max(a, blk.fromDay)
    const t = Math.min(b, blk.toDay)
    if (t >= f) parts.push([f, t])
  }
  if (parts.length === 0) return b - a + 1
  parts.sort((x, y) => x[0] - y[0])
  let blocked = 0
  let curF = parts[0]?.[0] ?? 0
  let curT = parts[0]?.[1] ?? -1
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as [number, number]
    if (p[0] <= curT + 1) curT = Math.max(curT, p[1])
    else {
      blocked += curT - curF + 1
      curF = p[0]
      curT = p[1]
    }
  }
  blocked += curT - curF + 1
  return b - a + 1 - blocked
}

/**
 * The days per line and month on which each line runs at all (`active`) and on which it runs and no
 * rule blocks it (`allowed`; 0 for a line that cannot be costed). Costs are filled by `costLines`.
 */
export function lineDays(ctx: EngineContext, plans: readonly RatePlan[]): CostTables {
  const { lines, months } = ctx
  const M = months.length
  const allowed = new Int32Array(lines.length * M)
  const active = new Int32Array(lines.length * M)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as LineCtx
    const costable = plans[li]?.rates != null
    const from = Math.max(line.startDay, ctx.horizonStartDay)
    for (let mi = 0; mi < M; mi++) {
      const m = months[mi] as MonthInfo
      if (m.lastDayNumber < from) continue
      if (m.firstDayNumber > line.endDay) break
      const a = Math.max(from, m.firstDayNumber)
      const b = Math.min(line.endDay, m.lastDayNumber)
      if (b < a) continue
      active[li * M + mi] = b - a + 1
      if (costable) allowed[li * M + mi] = allowedDaysIn(ctx, line, m)
    }
  }
  return {
    active,
    allowed,
    cost: new Float64Array(lines.length * M),
    lineTotals: new Array<number>(lines.length).fill(0),
  }
}

/** Exact num/den rounded half-up; falls back to float rounding beyond the safe-integer range. */
function roundRatio(num: number, den: number): number {
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return divideRoundHalfUp(num, den)
  return roundHalfUp(num / den)
}

/** Costs one line in every month into `tables` (after the gebruikelijke-hulp deduction is known). */
function costLine(ctx: EngineContext, li: number, plan: RatePlan, tables: CostTables): void {
  const rates = plan.rates
  if (!rates) return
  const line = ctx.lines[li] as LineCtx
  line.rates = rates
  const { months } = ctx
  const M = months.length
  const { allowed, active, cost } = tables
  const l = line.line
  const volMilli = roundNumber(l.volume * 1000)
  const dedByMonth = line.gebruikelijkeHulpByMonth
  const dedFactor = 1000 * (l.unit === 'minute' ? 60 : 1)
  const base = li * M
  if (line.provision.oneOff && !line.informal) {
    // One-off items fall in their start month (when it is in the horizon and allowed).
    for (let mi = 0; mi < M; mi++) {
      const m = months[mi] as MonthInfo
      if (line.startDay < m.firstDayNumber || line.startDay > m.lastDayNumber) continue
      if ((allowed[base + mi] ?? 0) === 0) break
      const c = roundRatio(volMilli * plan.num * (rates[mi] ?? 0), 1000 * plan.den)
      cost[base + mi] = c
      tables.lineTotals[li] = c
      break
    }
    return
  }
  if (l.frequency === 'total') {
    // Spread the volume evenly over the line's calendar months — from its start month to its end
    // month (open-ended: to the end of the horizon) — and cost the months inside the horizon.
    const startYm = yearMonthOf(l.startDate)
    const lastYm = (months[M - 1] as MonthInfo).month
    const endYm = l.endDate != null ? yearMonthOf(l.endDate) : lastYm
    const n = monthsBetween(startYm, endYm) + 1
    if (n <= 0) return
    const shares = splitEvenly(volMilli, n)
    const offset = monthsBetween(startYm, (months[0] as MonthInfo).month)
    let total = 0
    for (let mi = 0; mi < M; mi++) {
      const k = offset + mi
      if (k < 0 || k >= n) continue
      const days = allowed[base + mi] ?? 0
      if (days === 0) continue
      const c = roundRatio(
        (shares[k] ?? 0) * plan.num * (rates[mi] ?? 0) * days,
        1000 * plan.den * (active[base + mi] ?? 1),
      )
      cost[base + mi] = c
      total += c
    }
    tables.lineTotals[li] = total
    return
  }
  const weekly = l.frequency === 'week'
  let total = 0
  for (let mi = 0; mi < M; mi++) {
    const days = allowed[base + mi] ?? 0
    if (days === 0) continue
    const m = months[mi] as MonthInfo
    let v = volMilli
    if (dedByMonth !== null && weekly && m.firstDayNumber >= line.gebruikelijkeHulpFromDay)
      v = Math.max(0, v - roundNumber((dedByMonth[mi] ?? 0) * dedFactor))
    const per = weekly ? 7 : m.days
    const c = roundRatio(v * plan.num * (rates[mi] ?? 0) * days, 1000 * plan.den * per)
    cost[base + mi] = c
    total += c
  }
  tables.lineTotals[li] = total
}

/**
 * Line step: the cost of every line per month and over the horizon (into `tables`), with a trace
 * entry per line naming its rate, where the rate came from and the indexation used.
 */
export function costLines(ctx: EngineContext, plans: readonly RatePlan[], tables: CostTables): void {
  const { lines } = ctx
  for (let li = 0; li < lines.length; li++) costLine(ctx, li, plans[li] as RatePlan, tables)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as LineCtx
    const plan = plans[li] as RatePlan
    addTrace(ctx, rule, {
      ruleId: LINE_COST_TRACE_ID,
      inputs: {
        lineId: line.line.id,
        provisionId: line.provision.id,
        deliveryForm: line.line.deliveryForm,
        volume: line.line.volume,
        unit: line.line.unit,
        frequency: line.line.frequency,
        blockedBy: [...new Set(line.blocks.map((b) => b.ruleId))],
        gebruikelijkeHulpDeductionHoursPerWeek: line.gebruikelijkeHulpDeduction,
      },
      parameters: [
        {
          key: line.informal ? 'informalHourValueCents' : 'rateCents',
          value: plan.firstRate,
          source: plan.source,
        },
        ...(plan.indexedYears > 0
          ? [
              {
                key: 'indexationPercentPerYear',
                value: ctx.indexationPercentPerYear,
                source: 'scenario assumption / municipality profile',
              },
            ]
          : []),
      ],
      outcome: `${tables.lineTotals[li] ?? 0} cents`,
    })
  }
}

/** The payer of each line's cost: 'informal' for informal help, else the provision's payer. */
export function linePayer(line: LineCtx): Payer {
  return line.informal ? 'informal' : line.provision.payer
}

/** Month step: adds this month's line costs to their payers. */
export function addLineCosts(
  ctx: EngineContext,
  tables: CostTables,
  payers: readonly Payer[],
  mi: number,
  byPayer: Record<Payer, CentsInput>,
): void {
  const M = ctx.months.length
  const cost = tables.cost
  for (let li = 0; li < payers.length; li++) {
    const c = cost[li * M + mi] ?? 0
    if (c !== 0) byPayer[payers[li] as Payer] += c
  }
}
