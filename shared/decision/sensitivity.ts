/**
 * Sensitivity: which assumptions move the cost most (tornado ranking), and where a threshold is
 * crossed (a carer becoming overloaded, a blocking finding appearing). Every evaluation runs on an
 * in-memory copy through the injected engine.
 */
import type { CentsInput, ScenarioResult } from '../domain/types'
import { cashCents, municipalCents } from './payers'
import type { Evaluate, Lever, WhatIfState } from './what-if'
import { applyLever, evaluateState, leverBaseValue, leverKey } from './what-if'
import { roundToDecimals } from '../domain/money'

export type CostMeasure = 'municipal' | 'societal'

/** Municipal cost, or societal cost (all cash plus valued informal hours), over the horizon. */
function measureCost(result: ScenarioResult, measure: CostMeasure): CentsInput {
  return measure === 'municipal'
    ? municipalCents(result.totalByPayer)
    : cashCents(result.totalByPayer) + (result.totalByPayer.informal ?? 0)
}

/** Months by which date levers (start of work) move in a sweep: they have no meaningful percentage. */
const DATE_LEVER_SWING_MONTHS = 3
/** Indexation is a percentage itself; a sweep moves it by this many points when its base is 0. */
const INDEXATION_MIN_SWING_POINTS = 1

/** The low and high value a sweep tries for a lever at ±`percent`. */
export function leverRange(lever: Lever, base: number, percent: number): { low: number; high: number } {
  if (lever.kind === 'work-start')
    return { low: base - DATE_LEVER_SWING_MONTHS, high: base + DATE_LEVER_SWING_MONTHS }
  if (lever.kind === 'tariff-percent') return { low: base - percent, high: base + percent }
  if (lever.kind === 'indexation') {
    const swing = Math.max(INDEXATION_MIN_SWING_POINTS, Math.abs(base) * (percent / 100))
    return { low: base - swing, high: base + swing }
  }
  const swing = Math.abs(base) * (percent / 100)
  return { low: Math.max(0, base - swing), high: base + swing }
}

type TornadoBar = {
  lever: Lever
  key: string
  baseValue: number
  lowValue: number
  highValue: number
  /** Cost change (vs the base) at the low and at the high value. */
  lowDeltaCents: CentsInput
  highDeltaCents: CentsInput
  /** |high − low| effect: the bar's length, the ranking key. */
  swingCents: CentsInput
}

export type SensitivityResult = { baseCents: CentsInput; bars: TornadoBar[]; evaluations: number }

/**
 * Evaluates each lever at ±`percent` around its current value and ranks them by the swing in cost
 * they cause (largest first; ties keep the lever order). 1 + 2 × levers evaluations.
 */
export function sensitivitySweep(args: {
  state: WhatIfState
  levers: readonly Lever[]
  evaluate: Evaluate
  percent: number
  measure: CostMeasure
  defaultInformalHourValueCents: number
}): SensitivityResult {
  const { state, levers, evaluate, percent, measure, defaultInformalHourValueCents } = args
  const baseCents = measureCost(evaluateState(evaluate, state), measure)
  let evaluations = 1
  const bars = levers.map((lever, order) => {
    const baseValue = leverBaseValue(state, lever, defaultInformalHourValueCents)
    const { low, high } = leverRange(lever, baseValue, percent)
    const lowCents = measureCost(evaluateState(evaluate, applyLever(state, lever, low)), measure)
    const highCents = measureCost(evaluateState(evaluate, applyLever(state, lever, high)), measure)
    evaluations += 2
    return {
      order,
      bar: {
        lever,
        key: leverKey(lever),
        baseValue,
        lowValue: low,
        highValue: high,
        lowDeltaCents: lowCents - baseCents,
        highDeltaCents: highCents - baseCents,
        swingCents: Math.abs(highCents - lowCents),
      },
    }
  })
  bars.sort((a, b) => b.bar.swingCents - a.bar.swingCents || a.order - b.order)
  return { baseCents, bars: bars.map((b) => b.bar), evaluations }
}

export type ThresholdCrossing =
  | { kind: 'carer-overloaded'; lever: Lever; value: number; carerId: string }
  | { kind: 'blocking-finding'; lever: Lever; value: number; ruleId: string; lineId?: string }

function overloadedCarers(result: ScenarioResult): Set<string> {
  return new Set(result.carers.filter((c) => c.overloaded).map((c) => c.carerId))
}
function blockingKeys(result: ScenarioResult): Map<string, { ruleId: string; lineId?: string }> {
  const out = new Map<string, { ruleId: string; lineId?: string }>()
  for (const f of result.findings) {
    if (f.severity !== 'blocking') continue
    out.set(`${f.ruleId}|${f.lineId ?? ''}`, { ruleId: f.ruleId, ...(f.lineId ? { lineId: f.lineId } : {}) })
  }
  return out
}

/** New crossings in `result` compared with the base (carers newly overloaded, new blocking findings). */
function crossingsAgainst(
  base: ScenarioResult,
  result: ScenarioResult,
  lever: Lever,
  value: number,
): ThresholdCrossing[] {
  const out: ThresholdCrossing[] = []
  const before = overloadedCarers(base)
  for (const id of overloadedCarers(result)) {
    if (!before.has(id)) out.push({ kind: 'carer-overloaded', lever, value, carerId: id })
  }
  const blockingBefore = blockingKeys(base)
  for (const [key, f] of blockingKeys(result)) {
    if (!blockingBefore.has(key)) out.push({ kind: 'blocking-finding', lever, value, ...f })
  }
  return out
}

function crossingKey(c: ThresholdCrossing): string {
  return c.kind === 'carer-overloaded' ? `carer:${c.carerId}` : `blocking:${c.ruleId}|${c.lineId ?? ''}`
}

/**
 * Walks a lever from its current value towards `to` in `steps` steps and reports, for each new
 * overload or blocking finding, the first value at which it appears (refined by bisection between the
 * last value without it and the first with it, to `precision`).
 */
export function findThresholds(args: {
  state: WhatIfState
  lever: Lever
  to: number
  evaluate: Evaluate
  steps?: number
  precision?: number
  defaultInformalHourValueCents: number
}): ThresholdCrossing[] {
  const { state, lever, to, evaluate, defaultInformalHourValueCents } = args
  const steps = args.steps ?? 12
  const precision = args.precision ?? 0.1
  const from = leverBaseValue(state, lever, defaultInformalHourValueCents)
  const base = evaluateState(evaluate, state)
  const found = new Map<string, ThresholdCrossing>()
  let previous = from
  for (let i = 1; i <= steps; i++) {
    const value = from + ((to - from) * i) / steps
    const result = evaluateState(evaluate, applyLever(state, lever, value))
    for (const crossing of crossingsAgainst(base, result, lever, value)) {
      const key = crossingKey(crossing)
      if (found.has(key)) continue
      // Bisection between `previous` (not crossed) and `value` (crossed).
      let lo = previous
      let hi = value
      while (Math.abs(hi - lo) > precision) {
        const mid = (lo + hi) / 2
        const r = evaluateState(evaluate, applyLever(state, lever, mid))
        if (crossingsAgainst(base, r, lever, mid).some((c) => crossingKey(c) === key)) hi = mid
        else lo = mid
      }
      found.set(key, { ...crossing, value: roundToDecimals(hi, 2) })
    }
    previous = value
  }
  return [...found.values()]
}
