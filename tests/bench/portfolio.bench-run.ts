/**
 * portfolio.aggregate.30k: aggregating 30,000 households per budget line and month for one year, from
 * PRECOMPUTED per-household monthly results (the engine's output, compacted as the portfolio worker
 * caches it): building the year matrix, one pass per budget line and month (forecast, committed,
 * household totals) and the budget-line summary and cost distribution. docs/architecture.md#quality-bars target 300 ms.
 * portfolio.flatloop.30k: a minimal flat loop summing the same 30,000 × 48 numbers into 48 bins — the
 * practical limit; the ratio aggregate / flatloop is reported.
 *
 * The per-household results come from the engine over a seeded synthetic portfolio: 3,000 distinct
 * households are evaluated and tiled to 30,000 (evaluating all 30,000 takes minutes; the aggregation
 * cost does not depend on which household a series belongs to). Reported, not asserted.
 */
import { it } from 'vitest'
import { DEFAULT_MUNICIPALITY, PROVISIONS, evaluateScenario } from '#shared'
import {
  aggregateYear,
  costDistribution,
  createYearMatrix,
  evaluatePortfolio,
  generatePortfolio,
  summariseBudgetLines,
  writeSeries,
  type HouseholdEvaluation,
  type PortfolioCase,
} from '#shared/portfolio'
import { measureMedianMs, recordMetrics } from './record'

const HOUSEHOLDS = 30_000
const DISTINCT = 3_000
const YEAR = 2026

it('portfolio aggregation of 30,000 households', () => {
  let peakRss = process.memoryUsage().rss
  const files = generatePortfolio({ seed: 30_000, size: DISTINCT, startYear: YEAR, provisions: PROVISIONS })
  const cases: PortfolioCase[] = files.map((f) => ({
    household: f.household,
    scenarios: f.scenarios,
    updatedAt: 'bench',
  }))
  const distinct = evaluatePortfolio(cases, DEFAULT_MUNICIPALITY, evaluateScenario, new Map())
  const evaluations: HouseholdEvaluation[] = Array.from(
    { length: HOUSEHOLDS },
    (_, i) => distinct[i % DISTINCT]!,
  )
  const lineCount = Array.from({ length: HOUSEHOLDS }, (_, i) => distinct[i % DISTINCT]!.lineCount).reduce(
    (a, b) => a + b,
    0,
  )
  peakRss = Math.max(peakRss, process.memoryUsage().rss)

  let checksum = 0
  const aggregateMs = measureMedianMs(
    () => {
      const matrix = createYearMatrix(YEAR, HOUSEHOLDS)
      evaluations.forEach((e, h) => writeSeries(matrix, h, e.series, e.choice === 'chosen'))
      const aggregate = aggregateYear(matrix)
      const lines = summariseBudgetLines(aggregate, DEFAULT_MUNICIPALITY.budgets)
      const distribution = costDistribution(aggregate.householdTotals, 100)
      checksum = lines.reduce((a, l) => a + l.forecastCents, 0) + distribution.top5Count
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    },
    { warmup: 3, runs: 15 },
  )

  // The same numbers as one flat array, summed into 48 bins: the practical limit.
  const matrix = createYearMatrix(YEAR, HOUSEHOLDS)
  evaluations.forEach((e, h) => writeSeries(matrix, h, e.series, e.choice === 'chosen'))
  const cells = matrix.cells
  const bins = new Float64Array(48)
  const flatMs = measureMedianMs(
    () => {
      bins.fill(0)
      for (let i = 0; i < cells.length; i += 48) for (let k = 0; k < 48; k++) bins[k]! += cells[i + k]!
    },
    { warmup: 5, runs: 31 },
  )
  const flatSum = bins.reduce((a, b) => a + b, 0)
  const aggregateOnlyMs = measureMedianMs(() => void aggregateYear(matrix), { warmup: 3, runs: 15 })
  peakRss = Math.max(peakRss, process.memoryUsage().rss)

  recordMetrics('portfolio', {
    'portfolio.aggregate.30k': {
      median: aggregateMs,
      unit: 'ms',
      target: 300,
      households: HOUSEHOLDS,
      lines: lineCount,
      from: 'precomputed per-household monthly results (engine output), matrix build + aggregation + summary + distribution',
      aggregatePassOnlyMs: aggregateOnlyMs,
    },
    'portfolio.flatloop.30k': { median: flatMs, unit: 'ms', target: null, cells: cells.length },
    'portfolio.aggregate.ratio': { median: aggregateMs / flatMs, unit: 'ratio', target: null },
    'portfolio.memory.rss.30k': { median: peakRss / 1024 / 1024, unit: 'MB', target: null },
  })
  if (!(checksum > 0 && flatSum > 0)) throw new Error('portfolio bench: empty portfolio')
}, 600_000)
