/**
 * A household's monthly cost per budget line, compacted from the engine's ScenarioResult so that
 * 30,000 households fit in flat typed arrays (evaluate once per household, aggregate many times).
 */
import type { MonthResult, ScenarioResult } from '../domain/types'
import { BUDGET_LINE_COUNT, budgetLineForPayer, budgetLineIndex } from './budget-lines'
import { monthIndexOf } from '../domain/dates'

/** Slots per month: the four budget lines, then the client's eigen bijdrage. */
export const SERIES_STRIDE = 5
export const CLIENT_SLOT = 4

export type HouseholdSeries = {
  /** Absolute month index (year * 12 + month - 1) of the first month. */
  startMonth: number
  months: number
  /**
   * values[m * SERIES_STRIDE + slot], cents. Computed as 64-bit floats; a stored result read back
   * keeps the 32-bit integers it was stored as (whole cents), so 30,000 series are not copied at open.
   */
  values: Float64Array | Int32Array
}

/** Compacts the engine's monthly results (payers → budget lines; eigen bijdrage apart). */
export function seriesFromResult(result: Pick<ScenarioResult, 'monthly'>): HouseholdSeries {
  return seriesFromMonthly(result.monthly)
}

export function seriesFromMonthly(monthly: readonly MonthResult[]): HouseholdSeries {
  const first = monthly[0]
  if (!first) return { startMonth: 0, months: 0, values: new Float64Array(0) }
  const startMonth = monthIndexOf(first.month)
  const last = monthly[monthly.length - 1] as MonthResult
  const months = monthIndexOf(last.month) - startMonth + 1
  const values = new Float64Array(months * SERIES_STRIDE)
  for (const entry of monthly) {
    const m = monthIndexOf(entry.month) - startMonth
    for (const [payer, cents] of Object.entries(entry.byPayer) as [keyof typeof entry.byPayer, number][]) {
      if (payer === 'client') {
        values[m * SERIES_STRIDE + CLIENT_SLOT] = (values[m * SERIES_STRIDE + CLIENT_SLOT] ?? 0) + cents
        continue
      }
      const line = budgetLineForPayer(payer)
      if (line === null) continue
      const slot = m * SERIES_STRIDE + budgetLineIndex(line)
      values[slot] = (values[slot] ?? 0) + cents
    }
  }
  return { startMonth, months, values }
}

export { BUDGET_LINE_COUNT }
