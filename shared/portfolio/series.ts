/**
 * A household's monthly cost per budget line, compacted from the engine's ScenarioResult so that
 * 30,000 households fit in flat typed arrays (evaluate once per household, aggregate many times).
 */
import { PAYERS, type MonthResult, type Payer, type ScenarioResult } from '../domain/types'
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

/** Each payer's slot in a month of the series (-1: not a budget line and not the client). */
const SLOT_OF_PAYER: readonly (readonly [Payer, number])[] = PAYERS.map((payer) => {
  if (payer === 'client') return [payer, CLIENT_SLOT]
  const line = budgetLineForPayer(payer)
  return [payer, line === null ? -1 : budgetLineIndex(line)]
})

export function seriesFromMonthly(monthly: readonly MonthResult[]): HouseholdSeries {
  const first = monthly[0]
  if (!first) return { startMonth: 0, months: 0, values: new Float64Array(0) }
  const startMonth = monthIndexOf(first.month)
  const last = monthly[monthly.length - 1] as MonthResult
  const months = monthIndexOf(last.month) - startMonth + 1
  const values = new Float64Array(months * SERIES_STRIDE)
  // Per month and payer through a fixed table (no entries array per month: this runs for every
  // month of every household of a 30,000-household portfolio).
  for (const entry of monthly) {
    const base = (monthIndexOf(entry.month) - startMonth) * SERIES_STRIDE
    const byPayer = entry.byPayer as Partial<Record<Payer, number>>
    for (const [payer, slot] of SLOT_OF_PAYER) {
      const cents = byPayer[payer]
      if (slot < 0 || cents === undefined) continue
      values[base + slot] = (values[base + slot] as number) + cents
    }
  }
  return { startMonth, months, values }
}

export { BUDGET_LINE_COUNT }
