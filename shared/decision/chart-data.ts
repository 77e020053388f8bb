/**
 * Plain arrays for the comparison charts (Recharts receives these and nothing else). Amounts stay in
 * cents; the chart formats them. Informal value never enters a cash series.
 */
import type { CentsInput, Household, Payer, Scenario, ScenarioResult, YearMonth } from '../domain/types'
import { weeklyHours } from './comparison'
import { horizonMonthList, isActiveInMonth } from './months'
import { CASH_PAYERS, municipalCents, cashCents } from './payers'
import { roundToDecimals } from '../domain/money'

/** One bar per scenario and year, stacked by cash payer. */
export type StackedCostRow = { key: string; scenarioId: string; scenarioName: string; year: string } & Record<
  Payer,
  CentsInput
>

export function shapeStackedCostByYear(
  scenarios: readonly Pick<Scenario, 'id' | 'name'>[],
  results: readonly ScenarioResult[],
): StackedCostRow[] {
  const years = new Set<string>()
  for (const r of results) for (const y of Object.keys(r.totalsByYear)) years.add(y)
  const rows: StackedCostRow[] = []
  for (const year of [...years].sort()) {
    scenarios.forEach((s, i) => {
      const totals = results[i]?.totalsByYear[year]
      if (!totals) return
      const row = { key: `${s.id}:${year}`, scenarioId: s.id, scenarioName: s.name, year } as StackedCostRow
      for (const p of CASH_PAYERS) row[p] = totals[p] ?? 0
      row.informal = 0
      rows.push(row)
    })
  }
  return rows
}

/** One row per month; each scenario id holds its cumulative cost up to and including that month. */
export type CumulativeRow = { month: YearMonth } & Record<string, CentsInput | YearMonth>

export function shapeCumulativeCost(
  scenarios: readonly Pick<Scenario, 'id'>[],
  results: readonly ScenarioResult[],
  measure: 'municipal' | 'cash',
): CumulativeRow[] {
  const months = new Set<YearMonth>()
  for (const r of results) for (const m of r.monthly) months.add(m.month)
  const sorted = [...months].sort()
  const running = scenarios.map(() => 0)
  const perScenario = results.map((r) => new Map(r.monthly.map((m) => [m.month, m.byPayer])))
  return sorted.map((month) => {
    const row: CumulativeRow = { month }
    scenarios.forEach((s, i) => {
      const byPayer = perScenario[i]?.get(month)
      const add = byPayer ? (measure === 'municipal' ? municipalCents(byPayer) : cashCents(byPayer)) : 0
      running[i] = (running[i] ?? 0) + add
      row[s.id] = running[i] ?? 0
    })
    return row
  })
}

/**
 * Per month, each carer's planned hours a week in the scenario (`<carerId>`), capacity
 * (`<carerId>:capacity`) and, when recorded, the hours given today (`<carerId>:today`): the baseline
 * the scenario is read against.
 */
export type CarerLoadRow = { month: YearMonth } & Record<string, number | YearMonth>

export function shapeCarerLoad(household: Pick<Household, 'carers'>, scenario: Scenario): CarerLoadRow[] {
  return horizonMonthList(scenario.startDate, scenario.horizonMonths).map((month) => {
    const row: CarerLoadRow = { month }
    for (const carer of household.carers) {
      let hours = 0
      for (const line of scenario.lines) {
        if (line.carerId !== carer.id) continue
        if (!isActiveInMonth(month, line.startDate, line.endDate)) continue
        hours += weeklyHours(line.volume, line.unit, line.frequency)
      }
      row[carer.id] = roundToDecimals(hours, 2)
      row[`${carer.id}:capacity`] = carer.capacityHoursPerWeek
      if (carer.hoursGivenTodayPerWeek != null) row[`${carer.id}:today`] = carer.hoursGivenTodayPerWeek
    }
    return row
  })
}
