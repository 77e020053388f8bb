import { describe, expect, it } from 'vitest'
import { distributionChartRows, monthlyChartRows } from '../../../renderer/src/views/portfolio/chart-data'
import type { BudgetLineSummary } from '#shared/portfolio'

const summary = (
  line: BudgetLineSummary['line'],
  budgetCents: number,
  perMonth: number,
): BudgetLineSummary => ({
  line,
  budgetCents,
  committedCents: perMonth * 6,
  forecastCents: perMonth * 12,
  varianceCents: budgetCents - perMonth * 12,
  forecastByMonth: Array<number>(12).fill(perMonth),
  committedByMonth: Array<number>(12).fill(perMonth / 2),
})

describe('monthlyChartRows', () => {
  const lines = [summary('wmo', 1_200_00, 50_00), summary('jeugd', 2_400_00, 300_00)]

  it('gives euros per month for one budget line with a twelfth of its budget', () => {
    const rows = monthlyChartRows(lines, null, 'jeugd')
    expect(rows).toHaveLength(12)
    expect(rows[0]).toEqual({ month: 0, forecast: 300, committed: 150, budget: 200, whatIf: null })
  })

  it('draws no budget for a budget line without a budget set', () => {
    const rows = monthlyChartRows(
      [{ ...summary('wmo', 0, 50_00), budgetCents: null, varianceCents: null }],
      null,
      'wmo',
    )
    expect(rows[0]?.budget).toBeNull()
  })

  it('adds the budget lines together and shows the what-if forecast next to it', () => {
    const whatIf = [summary('wmo', 1_200_00, 60_00), summary('jeugd', 2_400_00, 300_00)]
    expect(monthlyChartRows(lines, whatIf, 'all')[5]).toEqual({
      month: 5,
      forecast: 350,
      committed: 175,
      budget: 300,
      whatIf: 360,
    })
  })
})

describe('distributionChartRows', () => {
  it('labels buckets by one-based rank and keeps the top-5% mark', () => {
    expect(
      distributionChartRows([
        { fromRank: 0, toRank: 0, meanCents: 10_000_00, maxCents: 10_000_00, top5: true },
        { fromRank: 1, toRank: 19, meanCents: 1_000_00, maxCents: 2_000_00, top5: false },
      ]),
    ).toEqual([
      { rank: '1', fromRank: 1, toRank: 1, mean: 10_000, top5: true },
      { rank: '2–20', fromRank: 2, toRank: 20, mean: 1_000, top5: false },
    ])
  })
})
