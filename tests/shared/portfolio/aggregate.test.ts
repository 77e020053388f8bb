import { describe, expect, it } from 'vitest'
import { centsRecord } from '#shared/domain/money'
import {
  aggregateYear,
  costDistribution,
  createYearMatrix,
  driversOf,
  summariseBudgetLines,
  writeSeries,
} from '#shared/portfolio/aggregate'
import { seriesFromMonthly } from '#shared/portfolio/series'
import type { MonthResult, Payer } from '#shared/domain/types'

const ZERO: Record<Payer, number> = {
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
const month = (m: string, byPayer: Partial<Record<Payer, number>>): MonthResult => ({
  month: m,
  byPayer: centsRecord({ ...ZERO, ...byPayer }),
})

describe('seriesFromMonthly', () => {
  it('maps the municipal payers onto the four budget lines and keeps Wlz, Zvw, the SVB and informal hours out', () => {
    const s = seriesFromMonthly([
      month('2026-01', {
        'gemeente-wmo': 100,
        'gemeente-jeugd': 200,
        'gemeente-participatie': 300,
        'gemeente-bijstand': 400,
        client: 21_80,
        svb: 555,
        wlz: 999,
        zvw: 888,
        informal: 777,
      }),
    ])
    expect(Array.from(s.values)).toEqual([100, 200, 300, 400, 21_80])
  })
})

describe('aggregateYear', () => {
  const a = seriesFromMonthly([
    month('2025-12', { 'gemeente-wmo': 5_000 }),
    month('2026-01', { 'gemeente-wmo': 10_000, client: 21_80 }),
    month('2026-02', { 'gemeente-wmo': 10_000, client: 21_80 }),
  ])
  const b = seriesFromMonthly([
    month('2026-02', { 'gemeente-jeugd': 40_000 }),
    month('2026-03', { 'gemeente-jeugd': 40_000 }),
  ])
  const matrix = createYearMatrix(2026, 2)
  writeSeries(matrix, 0, a, true)
  writeSeries(matrix, 1, b, false)
  const agg = aggregateYear(matrix)

  it('sums each budget line per month of the year only (months outside the year are left out)', () => {
    expect(Array.from(agg.forecast.subarray(0, 3))).toEqual([10_000, 10_000, 0])
    expect(Array.from(agg.forecast.subarray(12, 15))).toEqual([0, 40_000, 40_000])
  })

  it('counts only chosen scenarios as committed; the fallback household is in the forecast only', () => {
    const lines = summariseBudgetLines(agg, [
      { year: 2026, line: 'jeugd', cents: 50_000 },
      { year: 2025, line: 'jeugd', cents: 9_999_999 },
    ])
    const jeugd = lines.find((l) => l.line === 'jeugd')
    expect(jeugd).toMatchObject({
      budgetCents: 50_000,
      committedCents: 0,
      forecastCents: 80_000,
      varianceCents: 50_000 - 80_000,
    })
    expect(lines.find((l) => l.line === 'wmo')).toMatchObject({
      committedCents: 20_000,
      forecastCents: 20_000,
      budgetCents: null,
      varianceCents: null,
    })
  })

  it('reports a year without a budget as no budget set, not as an overrun of the whole forecast', () => {
    const lines = summariseBudgetLines(agg, [{ year: 2027, line: 'jeugd', cents: 50_000 }])
    expect(lines.find((l) => l.line === 'jeugd')).toMatchObject({ budgetCents: null, varianceCents: null })
    const zero = summariseBudgetLines(agg, [{ year: 2026, line: 'jeugd', cents: 0 }])
    expect(zero.find((l) => l.line === 'jeugd')).toMatchObject({ budgetCents: 0, varianceCents: -80_000 })
  })

  it('keeps the eigen bijdrage apart and totals per household', () => {
    expect(agg.eigenBijdrage[0]).toBe(21_80)
    expect(Array.from(agg.householdTotals)).toEqual([20_000, 80_000])
  })

  it('names the households that drive a line or a month, largest first', () => {
    expect(driversOf(matrix, null, null, 10)).toEqual([
      { index: 1, cents: 80_000 },
      { index: 0, cents: 20_000 },
    ])
    expect(driversOf(matrix, 'wmo', 2, 10)).toEqual([])
    expect(driversOf(matrix, 'jeugd', 2, 10)).toEqual([{ index: 1, cents: 40_000 }])
  })

  it('orders households with equal amounts by the tie-break given, else by their place', () => {
    const equal = createYearMatrix(2026, 3)
    for (const h of [0, 1, 2]) writeSeries(equal, h, b, false)
    writeSeries(equal, 1, a, true) // the middle one costs less
    expect(driversOf(equal, null, null, 10).map((d) => d.index)).toEqual([0, 2, 1])
    const names = ['Zwart', 'Midden', 'Adam']
    const byName = (x: number, y: number) => (names[x] as string).localeCompare(names[y] as string, 'nl')
    expect(driversOf(equal, null, null, 10, byName).map((d) => d.index)).toEqual([2, 0, 1])
  })

  it('is exact for sums that Float32 or Int32 could not hold', () => {
    const big = createYearMatrix(2026, 30_000)
    const s = seriesFromMonthly([month('2026-01', { 'gemeente-wmo': 1_234_567 })])
    for (let h = 0; h < 30_000; h++) writeSeries(big, h, s, true)
    expect(aggregateYear(big).forecast[0]).toBe(1_234_567 * 30_000)
  })
})

describe('costDistribution', () => {
  it('marks the most expensive 5% of households with a cost (rounded up, at least one)', () => {
    const totals = new Float64Array(Array.from({ length: 40 }, (_, i) => (i + 1) * 100).concat([0, 0]))
    const d = costDistribution(totals, 100)
    expect(d.top5Count).toBe(2) // ceil(40 × 5%)
    expect(d.buckets.filter((b) => b.top5).map((b) => b.maxCents)).toEqual([4_000, 3_900])
    expect(d.buckets).toHaveLength(40)
    expect(d.top5ShareOfTotal).toBeCloseTo((4_000 + 3_900) / ((40 * 41) / 2) / 100, 10)
  })

  it('groups many households into at most the requested number of buckets, top 5% on its own edge', () => {
    const totals = new Float64Array(Array.from({ length: 30_000 }, (_, i) => i + 1))
    const d = costDistribution(totals, 100)
    expect(d.buckets.length).toBeLessThanOrEqual(101)
    const top = d.buckets.filter((b) => b.top5)
    expect(top[top.length - 1]?.toRank).toBe(1_499)
    expect(d.buckets.every((b) => b.fromRank <= b.toRank)).toBe(true)
  })
})
