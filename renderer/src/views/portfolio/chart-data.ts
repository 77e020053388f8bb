/** Shapes the portfolio report into plain rows for the Recharts charts (pure; tested on its own). */
import type { BudgetLine } from '#shared/domain/types'
import type { BudgetLineSummary, DistributionBucket } from '#shared/portfolio'

type MonthlyChartRow = {
  month: number
  forecast: number
  committed: number
  /** A twelfth of the year budget; null when no budget line in view has a budget set. */
  budget: number | null
  whatIf: number | null
}

/**
 * Forecast, committed and the monthly budget (a twelfth of the year budget) per month, for one budget
 * line or all together; euros (not cents) so the axis reads naturally.
 */
export function monthlyChartRows(
  lines: readonly BudgetLineSummary[],
  whatIfLines: readonly BudgetLineSummary[] | null,
  filter: BudgetLine | 'all',
): MonthlyChartRow[] {
  const pick = (ls: readonly BudgetLineSummary[]) => ls.filter((l) => filter === 'all' || l.line === filter)
  const base = pick(lines)
  const whatIf = whatIfLines ? pick(whatIfLines) : null
  const withBudget = base.filter((l) => l.budgetCents !== null)
  const budget =
    withBudget.length === 0 ? null : withBudget.reduce((sum, l) => sum + (l.budgetCents ?? 0), 0) / 12
  return Array.from({ length: 12 }, (_, month) => ({
    month,
    forecast: base.reduce((sum, l) => sum + (l.forecastByMonth[month] ?? 0), 0) / 100,
    committed: base.reduce((sum, l) => sum + (l.committedByMonth[month] ?? 0), 0) / 100,
    budget: budget === null ? null : Math.round(budget) / 100,
    whatIf: whatIf ? whatIf.reduce((sum, l) => sum + (l.forecastByMonth[month] ?? 0), 0) / 100 : null,
  }))
}

type DistributionChartRow = {
  rank: string
  fromRank: number
  toRank: number
  mean: number
  top5: boolean
}

export function distributionChartRows(buckets: readonly DistributionBucket[]): DistributionChartRow[] {
  return buckets.map((b) => ({
    rank: b.fromRank === b.toRank ? `${b.fromRank + 1}` : `${b.fromRank + 1}–${b.toRank + 1}`,
    fromRank: b.fromRank + 1,
    toRank: b.toRank + 1,
    mean: b.meanCents / 100,
    top5: b.top5,
  }))
}
