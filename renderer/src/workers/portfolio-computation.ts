/**
 * The portfolio computation behind the Web Worker: evaluates each household once (cached by its
 * `updatedAt`), builds the year matrices and aggregates them, applies the what-if levers and answers
 * drill-downs. It is plain code with the engine injected, so tests run it without a worker.
 */
import type { MunicipalityConfig, Provision } from '../../../shared/domain/types'
import {
  BUDGET_LINES,
  CELLS_PER_HOUSEHOLD,
  MONTHS_PER_YEAR,
  aggregateYear,
  costDistribution,
  createYearMatrix,
  driversOf,
  evaluatePortfolio,
  evaluateWhatIf,
  isNeutral,
  isSyntheticOrigin,
  monthsOfYear,
  summariseBudgetLines,
  writeSeries,
  type EvaluateFn,
  type HouseholdEvaluation,
  type HouseholdSeries,
  type PortfolioCase,
  type WhatIfLevers,
  type YearMatrix,
} from '../../../shared/portfolio'
import type {
  AffectedRow,
  DrillRequest,
  ExportRow,
  HouseholdRow,
  PortfolioReport,
} from './portfolio-protocol'

const TOP_LIMIT = 10
const AFFECTED_LIMIT = 15
const DISTRIBUTION_BUCKETS = 100

export class PortfolioComputation {
  private cases: PortfolioCase[] = []
  private municipality: MunicipalityConfig | null = null
  private baseline: HouseholdEvaluation[] = []
  private readonly cache = new Map<string, HouseholdEvaluation>()
  private readonly provisions: ReadonlyMap<string, Provision>
  private matrices = new Map<number, YearMatrix>()
  private whatIf: { year: number; key: string; matrix: YearMatrix; reevaluated: number } | null = null
  private whatIfSeries: { key: string; series: HouseholdSeries[]; reevaluated: number } | null = null

  constructor(
    private readonly evaluate: EvaluateFn,
    provisions: readonly Provision[],
  ) {
    this.provisions = new Map(provisions.map((p) => [p.id, p]))
  }

  /** Loads the portfolio; unchanged households keep their cached evaluation unless the profile changed. */
  load(
    cases: PortfolioCase[],
    municipality: MunicipalityConfig,
    onProgress?: (done: number, total: number) => void,
  ): { households: number; availableYears: number[] } {
    if (this.municipality && JSON.stringify(this.municipality) !== JSON.stringify(municipality))
      this.cache.clear()
    this.cases = cases
    this.municipality = municipality
    this.baseline = evaluatePortfolio(cases, municipality, this.evaluate, this.cache, onProgress)
    this.matrices.clear()
    this.whatIf = null
    this.whatIfSeries = null
    return { households: cases.length, availableYears: this.availableYears() }
  }

  availableYears(): number[] {
    const years = new Set<number>()
    for (const e of this.baseline) {
      if (e.series.months === 0) continue
      const first = Math.floor(e.series.startMonth / 12)
      const last = Math.floor((e.series.startMonth + e.series.months - 1) / 12)
      for (let y = first; y <= last; y++) years.add(y)
    }
    return [...years].sort((a, b) => a - b)
  }

  private baselineMatrix(year: number): YearMatrix {
    let matrix = this.matrices.get(year)
    if (!matrix) {
      matrix = this.buildMatrix(
        year,
        this.baseline.map((e) => e.series),
      )
      this.matrices.set(year, matrix)
    }
    return matrix
  }

  private buildMatrix(year: number, series: readonly HouseholdSeries[]): YearMatrix {
    const matrix = createYearMatrix(year, this.baseline.length)
    series.forEach((s, h) => writeSeries(matrix, h, s, this.baseline[h]?.choice === 'chosen'))
    return matrix
  }

  private whatIfMatrix(year: number, levers: WhatIfLevers): { matrix: YearMatrix; reevaluated: number } {
    const key = JSON.stringify(levers)
    if (this.whatIf && this.whatIf.year === year && this.whatIf.key === key) return this.whatIf
    if (!this.whatIfSeries || this.whatIfSeries.key !== key) {
      if (!this.municipality) throw new Error(PORTFOLIO_NOT_LOADED)
      let reevaluated = 0
      const counting: EvaluateFn = (input) => {
        reevaluated++
        return this.evaluate(input)
      }
      const series = evaluateWhatIf(
        this.cases,
        this.baseline,
        this.municipality,
        levers,
        this.provisions,
        counting,
      )
      this.whatIfSeries = { key, series, reevaluated }
    }
    const matrix = this.buildMatrix(year, this.whatIfSeries.series)
    this.whatIf = { year, key, matrix, reevaluated: this.whatIfSeries.reevaluated }
    return this.whatIf
  }

  private row(h: number, cents: number): HouseholdRow {
    const c = this.cases[h] as PortfolioCase
    const e = this.baseline[h] as HouseholdEvaluation
    return {
      id: c.household.id,
      label: c.household.label,
      choice: e.choice,
      scenarioName: e.scenarioName,
      cents,
      pseudonymised: c.origin?.pseudonymised === true,
      synthetic: isSyntheticOrigin(c.origin),
      imported: c.origin != null,
    }
  }

  report(year: number, levers: WhatIfLevers): PortfolioReport {
    if (!this.municipality) throw new Error(PORTFOLIO_NOT_LOADED)
    const matrix = this.baselineMatrix(year)
    const aggregate = aggregateYear(matrix)
    const lines = summariseBudgetLines(aggregate, this.municipality.budgets)
    const counts = {
      households: this.cases.length,
      chosen: 0,
      fallback: 0,
      none: 0,
      synthetic: 0,
      pseudonymised: 0,
      imported: 0,
    }
    this.baseline.forEach((e, h) => {
      counts[e.choice]++
      const origin = this.cases[h]?.origin
      if (isSyntheticOrigin(origin)) counts.synthetic++
      if (origin?.pseudonymised) counts.pseudonymised++
      if (origin != null) counts.imported++
    })
    let whatIf: PortfolioReport['whatIf'] = null
    if (!isNeutral(levers)) {
      const { matrix: wm, reevaluated } = this.whatIfMatrix(year, levers)
      const wAggregate = aggregateYear(wm)
      const affected: AffectedRow[] = []
      for (let h = 0; h < matrix.householdCount; h++) {
        const base = aggregate.householdTotals[h] as number
        const next = wAggregate.householdTotals[h] as number
        if (base !== next)
          affected.push({ ...this.row(h, next), baseCents: base, whatIfCents: next, deltaCents: next - base })
      }
      affected.sort(
        (a, b) => Math.abs(b.deltaCents) - Math.abs(a.deltaCents) || a.label.localeCompare(b.label),
      )
      whatIf = {
        lines: summariseBudgetLines(wAggregate, this.municipality.budgets),
        mostAffected: affected.slice(0, AFFECTED_LIMIT),
        reevaluated,
      }
    }
    return {
      year,
      months: monthsOfYear(year),
      availableYears: this.availableYears(),
      lines,
      eigenBijdrageByMonth: Array.from(aggregate.eigenBijdrage),
      counts,
      distribution: costDistribution(aggregate.householdTotals, DISTRIBUTION_BUCKETS),
      topHouseholds: driversOf(matrix, null, null, TOP_LIMIT).map((d) => this.row(d.index, d.cents)),
      whatIf,
    }
  }

  drill(request: DrillRequest): HouseholdRow[] {
    const matrix =
      request.levers && !isNeutral(request.levers)
        ? this.whatIfMatrix(request.year, request.levers).matrix
        : this.baselineMatrix(request.year)
    return driversOf(matrix, request.line, request.month, request.limit).map((d) =>
      this.row(d.index, d.cents),
    )
  }

  /**
   * The baseline of one year as export rows (budget line × month × household), leaving out empty
   * cells: what the budget holder takes into a spreadsheet.
   */
  exportRows(year: number): ExportRow[] {
    const matrix = this.baselineMatrix(year)
    const months = monthsOfYear(year)
    const rows: ExportRow[] = []
    for (let h = 0; h < matrix.householdCount; h++) {
      const c = this.cases[h]
      if (!c) continue
      const base = h * CELLS_PER_HOUSEHOLD
      BUDGET_LINES.forEach((budgetLine, line) => {
        for (let m = 0; m < MONTHS_PER_YEAR; m++) {
          const cents = matrix.cells[base + line * MONTHS_PER_YEAR + m] ?? 0
          if (cents !== 0)
            rows.push({
              budgetLine,
              month: months[m] as string,
              householdId: c.household.id,
              householdLabel: c.household.label,
              cents,
            })
        }
      })
    }
    return rows
  }
}

export const PORTFOLIO_NOT_LOADED = 'PortfolioComputation: load() the portfolio first'
