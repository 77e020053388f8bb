/**
 * Aggregation of a portfolio for one calendar year over flat typed arrays: a year matrix holds, per
 * household, twelve months for each of the four budget lines (cells[h * 48 + line * 12 + month]).
 * Sums are exact: cents are integers and Float64 holds integers exactly up to 2^53.
 */
import type { BudgetLine } from '../domain/types'
import { BUDGET_LINES, BUDGET_LINE_COUNT, budgetLineIndex } from './budget-lines'
import { CLIENT_SLOT, SERIES_STRIDE, type HouseholdSeries } from './series'
import { roundHalfUp } from '../domain/money'

export const MONTHS_PER_YEAR = 12
export const CELLS_PER_HOUSEHOLD = BUDGET_LINE_COUNT * MONTHS_PER_YEAR

export type YearMatrix = {
  year: number
  householdCount: number
  /** cells[h * 48 + line * 12 + month], cents charged to the budget line. */
  cells: Float64Array
  /** Eigen bijdrage per household and month (income of the Wmo line), eigenBijdrage[h * 12 + month]. */
  eigenBijdrage: Float64Array
  /** 1 when the household's scenario is its chosen one, 0 when it is the fallback (not yet chosen). */
  chosen: Uint8Array
}

export function createYearMatrix(year: number, householdCount: number): YearMatrix {
  return {
    year,
    householdCount,
    cells: new Float64Array(householdCount * CELLS_PER_HOUSEHOLD),
    eigenBijdrage: new Float64Array(householdCount * MONTHS_PER_YEAR),
    chosen: new Uint8Array(householdCount),
  }
}

/** Copies one household's series for the matrix year into row h (hot path: flat loops, no allocation). */
export function writeSeries(matrix: YearMatrix, h: number, series: HouseholdSeries, chosen: boolean): void {
  const cells = matrix.cells
  const eigenBijdrage = matrix.eigenBijdrage
  const values = series.values
  const base = h * CELLS_PER_HOUSEHOLD
  const january = matrix.year * 12 - series.startMonth
  matrix.chosen[h] = chosen ? 1 : 0
  for (let month = 0; month < MONTHS_PER_YEAR; month++) {
    const m = january + month
    if (m < 0 || m >= series.months) {
      cells[base + month] = 0
      cells[base + 12 + month] = 0
      cells[base + 24 + month] = 0
      cells[base + 36 + month] = 0
      eigenBijdrage[h * MONTHS_PER_YEAR + month] = 0
      continue
    }
    const src = m * SERIES_STRIDE
    cells[base + month] = values[src] as number
    cells[base + 12 + month] = values[src + 1] as number
    cells[base + 24 + month] = values[src + 2] as number
    cells[base + 36 + month] = values[src + 3] as number
    eigenBijdrage[h * MONTHS_PER_YEAR + month] = values[src + CLIENT_SLOT] as number
  }
}

type YearAggregate = {
  year: number
  /** Forecast: every household (chosen scenarios and fallbacks), [line * 12 + month]. */
  forecast: Float64Array
  /** Committed: only households with a chosen scenario, [line * 12 + month]. */
  committed: Float64Array
  /** Eigen bijdrage received per month. */
  eigenBijdrage: Float64Array
  /** Each household's year total over the four budget lines. */
  householdTotals: Float64Array
  /** Each household's year total per budget line, [h * 4 + line]. */
  householdLineTotals: Float64Array
}

/** One pass over the matrix: totals per budget line and month, per household, committed apart. */
export function aggregateYear(matrix: YearMatrix): YearAggregate {
  const { householdCount, cells, chosen } = matrix
  const forecast = new Float64Array(CELLS_PER_HOUSEHOLD)
  const committed = new Float64Array(CELLS_PER_HOUSEHOLD)
  const eigenBijdrage = new Float64Array(MONTHS_PER_YEAR)
  const householdTotals = new Float64Array(householdCount)
  const householdLineTotals = new Float64Array(householdCount * BUDGET_LINE_COUNT)
  for (let h = 0; h < householdCount; h++) {
    const base = h * CELLS_PER_HOUSEHOLD
    const isChosen = chosen[h] === 1
    let total = 0
    for (let line = 0; line < BUDGET_LINE_COUNT; line++) {
      let lineTotal = 0
      const lineBase = line * MONTHS_PER_YEAR
      for (let month = 0; month < MONTHS_PER_YEAR; month++) {
        const v = cells[base + lineBase + month] as number
        if (v === 0) continue
        forecast[lineBase + month] = (forecast[lineBase + month] as number) + v
        if (isChosen) committed[lineBase + month] = (committed[lineBase + month] as number) + v
        lineTotal += v
      }
      householdLineTotals[h * BUDGET_LINE_COUNT + line] = lineTotal
      total += lineTotal
    }
    householdTotals[h] = total
    for (let month = 0; month < MONTHS_PER_YEAR; month++) {
      eigenBijdrage[month] =
        (eigenBijdrage[month] as number) + (matrix.eigenBijdrage[h * MONTHS_PER_YEAR + month] as number)
    }
  }
  return { year: matrix.year, forecast, committed, eigenBijdrage, householdTotals, householdLineTotals }
}

export type BudgetLineSummary = {
  line: BudgetLine
  /** The budget set for the line in the year; null when none was set ("geen budget vastgesteld"). */
  budgetCents: number | null
  committedCents: number
  forecastCents: number
  /** Budget minus forecast: negative is an overrun; null without a budget (nothing to overrun). */
  varianceCents: number | null
  forecastByMonth: number[]
  committedByMonth: number[]
}

/** Per budget line: budget, committed, forecast (per month and in total) and variance. */
export function summariseBudgetLines(
  aggregate: YearAggregate,
  budgets: readonly { year: number; line: BudgetLine; cents: number }[],
): BudgetLineSummary[] {
  return BUDGET_LINES.map((line) => {
    const i = budgetLineIndex(line)
    const forecastByMonth = Array.from(aggregate.forecast.subarray(i * 12, i * 12 + 12))
    const committedByMonth = Array.from(aggregate.committed.subarray(i * 12, i * 12 + 12))
    const forecastCents = forecastByMonth.reduce((a, b) => a + b, 0)
    const set = budgets.filter((b) => b.year === aggregate.year && b.line === line)
    const budgetCents = set.length === 0 ? null : set.reduce((sum, b) => sum + b.cents, 0)
    return {
      line,
      budgetCents,
      committedCents: committedByMonth.reduce((a, b) => a + b, 0),
      forecastCents,
      varianceCents: budgetCents === null ? null : budgetCents - forecastCents,
      forecastByMonth,
      committedByMonth,
    }
  })
}

type Driver = { index: number; cents: number }

/**
 * The households that drive a budget line (whole year, or one month when `month` is given), largest
 * first. `line` null means all four budget lines together.
 */
export function driversOf(
  matrix: YearMatrix,
  line: BudgetLine | null,
  month: number | null,
  limit: number,
  /**
   * Orders households with equal amounts (by their indexes), e.g. by name: without it they keep the
   * matrix's order, which depends on the order the households were evaluated in.
   */
  tieBreak?: (a: number, b: number) => number,
): Driver[] {
  const drivers: Driver[] = []
  const lines = line === null ? [0, 1, 2, 3] : [budgetLineIndex(line)]
  for (let h = 0; h < matrix.householdCount; h++) {
    const base = h * CELLS_PER_HOUSEHOLD
    let cents = 0
    for (const l of lines) {
      if (month === null) {
        for (let m = 0; m < MONTHS_PER_YEAR; m++) cents += matrix.cells[base + l * 12 + m] as number
      } else {
        cents += matrix.cells[base + l * 12 + month] as number
      }
    }
    if (cents !== 0) drivers.push({ index: h, cents })
  }
  drivers.sort((a, b) => b.cents - a.cents || (tieBreak?.(a.index, b.index) ?? 0) || a.index - b.index)
  return drivers.slice(0, limit)
}

export type DistributionBucket = {
  /** Rank range of the bucket (0 = most expensive household). */
  fromRank: number
  toRank: number
  /** Mean year total of the households in the bucket. */
  meanCents: number
  maxCents: number
  /** Part of the most expensive 5% of households with a cost. */
  top5: boolean
}

/**
 * The cost distribution across households, most expensive first, in at most `bucketCount` buckets
 * (so a chart of 30,000 households stays readable); households without cost are left out. The top
 * 5% (rounded up, at least one household) is marked.
 */
export function costDistribution(
  totals: Float64Array,
  bucketCount: number,
): {
  buckets: DistributionBucket[]
  top5Count: number
  top5ShareOfTotal: number
} {
  // Typed-array sort is numeric and fast; reversed for most expensive first.
  const sorted = totals
    .filter((v) => v > 0)
    .sort()
    .reverse()
  const n = sorted.length
  if (n === 0) return { buckets: [], top5Count: 0, top5ShareOfTotal: 0 }
  const top5Count = Math.max(1, Math.ceil(n * 0.05))
  let total = 0
  let top5Total = 0
  for (let i = 0; i < n; i++) {
    total += sorted[i] as number
    if (i < top5Count) top5Total += sorted[i] as number
  }
  const size = Math.max(1, Math.ceil(n / bucketCount))
  const buckets: DistributionBucket[] = []
  let from = 0
  while (from < n) {
    // Keep the top-5% boundary on a bucket edge so a bucket is either all top 5% or none.
    const to = from < top5Count ? Math.min(from + size, top5Count) : Math.min(from + size, n)
    let sum = 0
    for (let i = from; i < to; i++) sum += sorted[i] as number
    buckets.push({
      fromRank: from,
      toRank: to - 1,
      meanCents: roundHalfUp(sum / (to - from)),
      maxCents: sorted[from] as number,
      top5: from < top5Count,
    })
    from = to
  }
  return { buckets, top5Count, top5ShareOfTotal: total === 0 ? 0 : top5Total / total }
}
