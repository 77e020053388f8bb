/**
 * The portfolio computation behind the Web Worker: evaluates each household once (cached by its
 * `updatedAt`), builds the year matrices and aggregates them, applies the what-if levers and answers
 * drill-downs. It is plain code with the engine injected, so tests run it without a worker.
 */
import type { MunicipalityConfig, Provision } from '#shared/domain/types'
import {
  BUDGET_LINES,
  CELLS_PER_HOUSEHOLD,
  NO_LEVERS,
  MONTHS_PER_YEAR,
  aggregateYear,
  costDistribution,
  createYearMatrix,
  driversOf,
  BUDGET_LINE_COUNT,
  SERIES_STRIDE,
  evaluateEntry,
  evaluateWhatIf,
  evaluateWhatIfTasks,
  isNeutral,
  planWhatIf,
  monthsOfYear,
  summariseBudgetLines,
  writeSeries,
  createFingerprintContext,
  type EvaluateFn,
  type ResultVersions,
  type HouseholdSeries,
  type PortfolioEntry,
  type PortfolioCase,
  type WhatIfLevers,
  type WhatIfTask,
  type YearMatrix,
} from '#shared/portfolio'
import type { StoredResultsSnapshot } from '../data/stored-results-reader'
import type {
  AffectedRow,
  DrillRequest,
  ExportRow,
  ForecastImpact,
  HouseholdRow,
  OpenedStored,
  PortfolioReport,
} from './portfolio-protocol'

const TOP_LIMIT = 10
const AFFECTED_LIMIT = 15
const DISTRIBUTION_BUCKETS = 100

/** Names compared as the case list sorts them (Dutch collation). */
const NAME_ORDER = new Intl.Collator('nl')

/** Rows of equal amounts by name, then id (never by the order they were evaluated in). */
function byNameThenId(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return NAME_ORDER.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The planned households' series under the levers (stateless: what a worker of the pool does). */
export function evaluateWhatIfEntries(
  cases: readonly PortfolioCase[],
  tasks: readonly WhatIfTask[],
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: readonly Provision[],
  evaluate: EvaluateFn,
): HouseholdSeries[] {
  return evaluateWhatIfTasks(
    cases,
    tasks,
    municipality,
    levers,
    new Map(provisions.map((p) => [p.id, p])),
    evaluate,
  )
}

/** Evaluates cases into portfolio entries (stateless: what every worker of the pool does). */
export function evaluateEntries(
  cases: readonly PortfolioCase[],
  municipality: MunicipalityConfig,
  evaluate: EvaluateFn,
): PortfolioEntry[] {
  return cases.map((c) => evaluateEntry(c, municipality, evaluate))
}

export class PortfolioComputation {
  private entries: PortfolioEntry[] = []
  private readonly indexById = new Map<string, number>()
  /** The fingerprint each household's entry was computed under (stored results only). */
  private readonly fingerprintById = new Map<string, string>()
  /** Cases, loaded only when a what-if needs them (the portfolio itself opens from stored entries). */
  private readonly cases = new Map<string, PortfolioCase>()
  private municipality: MunicipalityConfig | null = null
  private readonly provisions: ReadonlyMap<string, Provision>
  private matrices = new Map<number, YearMatrix>()
  private whatIf: { year: number; key: string; matrix: YearMatrix; reevaluated: number } | null = null
  private whatIfSeries: { key: string; series: HouseholdSeries[]; reevaluated: number } | null = null
  /** Series of planned households evaluated under these levers in the pool (filled in rounds). */
  private whatIfEvaluated: { key: string; series: Map<string, HouseholdSeries> } | null = null

  constructor(
    private readonly evaluate: EvaluateFn,
    provisions: readonly Provision[],
  ) {
    this.provisions = new Map(provisions.map((p) => [p.id, p]))
  }

  /** Evaluates every case and opens the portfolio on the result (tests; small portfolios). */
  load(
    cases: PortfolioCase[],
    municipality: MunicipalityConfig,
    onProgress?: (done: number, total: number) => void,
  ): { households: number; availableYears: number[] } {
    const entries: PortfolioEntry[] = []
    cases.forEach((c, i) => {
      entries.push(evaluateEntry(c, municipality, this.evaluate))
      if (onProgress && (i % 500 === 499 || i === cases.length - 1)) onProgress(i + 1, cases.length)
    })
    const opened = this.open(entries, municipality)
    this.setCases(cases)
    return opened
  }

  /** Opens the portfolio on entries already evaluated (stored results). */
  open(
    entries: PortfolioEntry[],
    municipality: MunicipalityConfig,
  ): { households: number; availableYears: number[] } {
    this.entries = entries
    this.indexById.clear()
    this.fingerprintById.clear()
    entries.forEach((e, i) => this.indexById.set(e.householdId, i))
    this.cases.clear()
    this.municipality = municipality
    this.invalidate()
    return { households: entries.length, availableYears: this.availableYears() }
  }

  /**
   * Opens the portfolio on the stored results: every household with a stored row shows it; a
   * household whose row is missing, unreadable, or keyed by another case version or fingerprint is
   * returned as stale (its stored figures, when there are any, are shown until it is recomputed).
   * Rows of households that no longer exist are returned as orphaned.
   */
  openStored(
    snapshot: StoredResultsSnapshot,
    municipality: MunicipalityConfig,
    versions: ResultVersions,
  ): OpenedStored {
    const fingerprints = createFingerprintContext(municipality, versions)
    const byId = new Map<string, { caseVersion: string; fingerprint: string; entry: PortfolioEntry }>()
    for (const result of snapshot.results) byId.set(result.householdId, result)
    const entries: PortfolioEntry[] = []
    const stale: string[] = []
    const keyed: [string, string][] = []
    snapshot.ids.forEach((id, i) => {
      const row = byId.get(id)
      if (row) {
        byId.delete(id)
        entries.push(row.entry)
        keyed.push([id, row.fingerprint])
        if (
          row.caseVersion === snapshot.versions[i] &&
          row.fingerprint === fingerprints.fingerprintOf(row.entry.provisionIds)
        )
          return
      }
      stale.push(id)
    })
    const opened = this.open(entries, municipality)
    for (const [id, fingerprint] of keyed) this.fingerprintById.set(id, fingerprint)
    return {
      ...opened,
      stale,
      orphaned: [...byId.keys()],
      ids: snapshot.ids,
      versions: snapshot.versions,
      revision: snapshot.revision ?? null,
      timings: {
        ...snapshot.timings,
        checked: globalThis.performance.timeOrigin + globalThis.performance.now(),
      },
      ...(snapshot.decodeMs !== undefined ? { decodeMs: snapshot.decodeMs } : {}),
    }
  }

  /**
   * The households whose stored fingerprint differs under this profile and these versions (a tariff
   * change reaches only the households using the changed provisions).
   */
  staleUnder(municipality: MunicipalityConfig, versions: ResultVersions): string[] {
    const fingerprints = createFingerprintContext(municipality, versions)
    const stale: string[] = []
    for (const e of this.entries) {
      const stored = this.fingerprintById.get(e.householdId)
      if (stored !== undefined && stored !== fingerprints.fingerprintOf(e.provisionIds))
        stale.push(e.householdId)
    }
    return stale
  }

  /** A changed profile: the report uses its budgets; what-ifs are recomputed against it. */
  setMunicipality(municipality: MunicipalityConfig): void {
    this.municipality = municipality
    this.whatIf = null
    this.whatIfSeries = null
    this.whatIfEvaluated = null
  }

  /**
   * Replaces (or adds) the given households' entries and drops the removed ones; `fingerprints` are
   * the fingerprints the entries were computed under (stored results), in the same order, and
   * `caseVersions` the case versions they were computed from: a cached case of another version is
   * dropped (the next what-if reads it again instead of using the old case).
   */
  upsert(
    entries: readonly PortfolioEntry[],
    removedIds: readonly string[],
    cases: readonly PortfolioCase[] = [],
    fingerprints: readonly string[] = [],
    caseVersions: readonly string[] = [],
  ): { households: number; availableYears: number[] } {
    entries.forEach((e, i) => {
      const fingerprint = fingerprints[i]
      if (fingerprint !== undefined) this.fingerprintById.set(e.householdId, fingerprint)
      const version = caseVersions[i]
      const cached = this.cases.get(e.householdId)
      if (version !== undefined && cached !== undefined && cached.updatedAt !== version)
        this.cases.delete(e.householdId)
    })
    for (const e of entries) {
      const i = this.indexById.get(e.householdId)
      if (i === undefined) {
        this.indexById.set(e.householdId, this.entries.length)
        this.entries.push(e)
      } else {
        this.entries[i] = e
      }
    }
    if (removedIds.length > 0) {
      const removed = new Set(removedIds)
      this.entries = this.entries.filter((e) => !removed.has(e.householdId))
      this.indexById.clear()
      this.entries.forEach((e, i) => this.indexById.set(e.householdId, i))
      for (const id of removedIds) {
        this.cases.delete(id)
        this.fingerprintById.delete(id)
      }
    }
    this.setCases(cases)
    // A what-if series of a household whose entry changed was computed from its old case.
    for (const e of entries) this.whatIfEvaluated?.series.delete(e.householdId)
    this.invalidate()
    return { households: this.entries.length, availableYears: this.availableYears() }
  }

  setCases(cases: readonly PortfolioCase[]): void {
    for (const c of cases) this.cases.set(c.household.id, c)
  }

  /** Households whose cases a what-if still needs (not yet loaded). */
  missingCaseIds(): string[] {
    return this.entries.filter((e) => !this.cases.has(e.householdId)).map((e) => e.householdId)
  }

  /** The households whose scenario uses one of these provisions (a tariff change can reach them). */
  householdsUsing(provisionIds: readonly string[]): string[] {
    const wanted = new Set(provisionIds)
    return this.entries.filter((e) => e.provisionIds.some((id) => wanted.has(id))).map((e) => e.householdId)
  }

  /**
   * The households the levers make the engine evaluate again (every other keeps its stored series);
   * starts collecting their series under these levers (`addWhatIfSeries`).
   */
  planWhatIf(levers: WhatIfLevers): WhatIfTask[] {
    if (!this.municipality) throw new Error(PORTFOLIO_NOT_LOADED)
    const cases = this.entries.map((e) => this.cases.get(e.householdId))
    if (cases.some((c) => c === undefined)) throw new Error(WHAT_IF_NEEDS_CASES)
    const key = JSON.stringify(levers)
    const tasks = planWhatIf(
      cases as PortfolioCase[],
      this.entries,
      this.municipality,
      levers,
      this.provisions,
    )
    const done =
      this.whatIfEvaluated?.key === key ? this.whatIfEvaluated.series : new Map<string, HouseholdSeries>()
    this.whatIfEvaluated = { key, series: done }
    return tasks.filter((t) => !done.has(t.householdId))
  }

  /**
   * Series evaluated in the pool under `levers` from the case versions `versions` (ignored when other
   * levers were planned since; a series of a case that changed since is dropped and evaluated here).
   */
  addWhatIfSeries(
    levers: WhatIfLevers,
    ids: readonly string[],
    series: readonly HouseholdSeries[],
    versions: readonly string[],
  ): void {
    const evaluated = this.whatIfEvaluated
    if (!evaluated || evaluated.key !== JSON.stringify(levers)) return
    ids.forEach((id, i) => {
      const s = series[i]
      if (s && this.cases.get(id)?.updatedAt === versions[i]) evaluated.series.set(id, s)
    })
    this.whatIf = null
    this.whatIfSeries = null
  }

  private invalidate(): void {
    this.matrices.clear()
    this.whatIf = null
    this.whatIfSeries = null
  }

  availableYears(): number[] {
    const years = new Set<number>()
    for (const e of this.entries) {
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
        this.entries.map((e) => e.series),
      )
      this.matrices.set(year, matrix)
    }
    return matrix
  }

  private buildMatrix(year: number, series: readonly HouseholdSeries[]): YearMatrix {
    const matrix = createYearMatrix(year, this.entries.length)
    series.forEach((s, h) => writeSeries(matrix, h, s, this.entries[h]?.choice === 'chosen'))
    return matrix
  }

  private whatIfMatrix(year: number, levers: WhatIfLevers): { matrix: YearMatrix; reevaluated: number } {
    const key = JSON.stringify(levers)
    if (this.whatIf && this.whatIf.year === year && this.whatIf.key === key) return this.whatIf
    if (!this.whatIfSeries || this.whatIfSeries.key !== key) {
      if (!this.municipality) throw new Error(PORTFOLIO_NOT_LOADED)
      const cases = this.entries.map((e) => this.cases.get(e.householdId))
      if (cases.some((c) => c === undefined)) throw new Error(WHAT_IF_NEEDS_CASES)
      const evaluated = this.whatIfEvaluated?.key === key ? this.whatIfEvaluated.series : new Map()
      let reevaluated = 0
      const counting: EvaluateFn = (input) => {
        reevaluated++
        return this.evaluate(input)
      }
      const series = evaluateWhatIf(
        cases as PortfolioCase[],
        this.entries,
        this.municipality,
        levers,
        this.provisions,
        counting,
        evaluated,
      )
      reevaluated += evaluated.size
      this.whatIfSeries = { key, series, reevaluated }
    }
    const matrix = this.buildMatrix(year, this.whatIfSeries.series)
    this.whatIf = { year, key, matrix, reevaluated: this.whatIfSeries.reevaluated }
    return this.whatIf
  }

  private rowOf(e: PortfolioEntry, cents: number): HouseholdRow {
    return {
      id: e.householdId,
      label: e.meta.label,
      choice: e.choice,
      scenarioName: e.scenarioName,
      cents,
      pseudonymised: e.meta.pseudonymised,
      synthetic: e.meta.synthetic,
      imported: e.meta.imported,
    }
  }

  private row(h: number, cents: number): HouseholdRow {
    return this.rowOf(this.entries[h] as PortfolioEntry, cents)
  }

  /**
   * Households with equal amounts by name, then id: the lists (top households, drill-down) then do
   * not depend on the order the households were evaluated or read in.
   */
  private readonly byName = (a: number, b: number): number => {
    const x = this.entries[a] as PortfolioEntry
    const y = this.entries[b] as PortfolioEntry
    return byNameThenId(
      { label: x.meta.label, id: x.householdId },
      { label: y.meta.label, id: y.householdId },
    )
  }

  /**
   * How a change of the profile would change the forecast: `after` holds the affected households
   * evaluated against the changed profile; each is compared with its current entry, per year and
   * budget line.
   */
  impact(after: readonly PortfolioEntry[]): ForecastImpact {
    const years = new Map<number, { before: Float64Array; after: Float64Array }>()
    const add = (series: HouseholdSeries, side: 'before' | 'after'): void => {
      for (let m = 0; m < series.months; m++) {
        const year = Math.floor((series.startMonth + m) / 12)
        let sums = years.get(year)
        if (!sums) {
          sums = { before: new Float64Array(BUDGET_LINE_COUNT), after: new Float64Array(BUDGET_LINE_COUNT) }
          years.set(year, sums)
        }
        const target = sums[side]
        for (let line = 0; line < BUDGET_LINE_COUNT; line++)
          target[line] = (target[line] as number) + (series.values[m * SERIES_STRIDE + line] as number)
      }
    }
    const affected: AffectedRow[] = []
    for (const next of after) {
      const i = this.indexById.get(next.householdId)
      const current = i === undefined ? undefined : this.entries[i]
      if (current) add(current.series, 'before')
      add(next.series, 'after')
      const base = current ? totalOf(current.series) : 0
      const changed = totalOf(next.series)
      if (!current || !sameSeries(current.series, next.series))
        affected.push({
          ...this.rowOf(next, changed),
          baseCents: base,
          whatIfCents: changed,
          deltaCents: changed - base,
        })
    }
    affected.sort((a, b) => Math.abs(b.deltaCents) - Math.abs(a.deltaCents) || byNameThenId(a, b))
    return {
      considered: after.length,
      households: affected.length,
      years: [...years.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, sums]) => ({
          year,
          lines: BUDGET_LINES.map((line, l) => ({
            line,
            beforeCents: sums.before[l] as number,
            afterCents: sums.after[l] as number,
          })),
        }))
        .filter((y) => y.lines.some((l) => l.beforeCents !== l.afterCents)),
      mostAffected: affected.slice(0, AFFECTED_LIMIT),
    }
  }

  report(year: number, levers: WhatIfLevers): PortfolioReport {
    return this.reportOf(this.baselineMatrix(year), year, levers)
  }

  /**
   * The baseline report of every year of the portfolio (the stored snapshot's payload). A year whose
   * matrix is not cached is built, reported and let go: a 30,000-household matrix per year is large.
   */
  snapshotReports(): { households: number; availableYears: number[]; reports: PortfolioReport[] } {
    const availableYears = this.availableYears()
    const reports = availableYears.map((year) =>
      this.reportOf(
        this.matrices.get(year) ??
          this.buildMatrix(
            year,
            this.entries.map((e) => e.series),
          ),
        year,
        NO_LEVERS,
      ),
    )
    return { households: this.entries.length, availableYears, reports }
  }

  private reportOf(matrix: YearMatrix, year: number, levers: WhatIfLevers): PortfolioReport {
    if (!this.municipality) throw new Error(PORTFOLIO_NOT_LOADED)
    const aggregate = aggregateYear(matrix)
    const lines = summariseBudgetLines(aggregate, this.municipality.budgets)
    const counts = {
      households: this.entries.length,
      chosen: 0,
      fallback: 0,
      none: 0,
      synthetic: 0,
      pseudonymised: 0,
      imported: 0,
    }
    for (const e of this.entries) {
      counts[e.choice]++
      if (e.meta.synthetic) counts.synthetic++
      if (e.meta.pseudonymised) counts.pseudonymised++
      if (e.meta.imported) counts.imported++
    }
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
      affected.sort((a, b) => Math.abs(b.deltaCents) - Math.abs(a.deltaCents) || byNameThenId(a, b))
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
      topHouseholds: driversOf(matrix, null, null, TOP_LIMIT, this.byName).map((d) =>
        this.row(d.index, d.cents),
      ),
      whatIf,
    }
  }

  drill(request: DrillRequest): HouseholdRow[] {
    const matrix =
      request.levers && !isNeutral(request.levers)
        ? this.whatIfMatrix(request.year, request.levers).matrix
        : this.baselineMatrix(request.year)
    return driversOf(matrix, request.line, request.month, request.limit, this.byName).map((d) =>
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
    // Households by name, then id: the same file whatever order they were evaluated or read in.
    const order: number[] = []
    for (let h = 0; h < matrix.householdCount; h++) if (this.entries[h]) order.push(h)
    order.sort(this.byName)
    for (const h of order) {
      const e = this.entries[h] as PortfolioEntry
      const base = h * CELLS_PER_HOUSEHOLD
      BUDGET_LINES.forEach((budgetLine, line) => {
        for (let m = 0; m < MONTHS_PER_YEAR; m++) {
          const cents = matrix.cells[base + line * MONTHS_PER_YEAR + m] ?? 0
          if (cents !== 0)
            rows.push({
              budgetLine,
              month: months[m] as string,
              householdId: e.householdId,
              householdLabel: e.meta.label,
              cents,
            })
        }
      })
    }
    return rows
  }
}

function totalOf(series: HouseholdSeries): number {
  let total = 0
  for (let m = 0; m < series.months; m++)
    for (let line = 0; line < BUDGET_LINE_COUNT; line++)
      total += series.values[m * SERIES_STRIDE + line] as number
  return total
}

function sameSeries(a: HouseholdSeries, b: HouseholdSeries): boolean {
  if (a.startMonth !== b.startMonth || a.months !== b.months || a.values.length !== b.values.length)
    return false
  for (let i = 0; i < a.values.length; i++) if (a.values[i] !== b.values[i]) return false
  return true
}

const PORTFOLIO_NOT_LOADED = 'PortfolioComputation: load() the portfolio first'
const WHAT_IF_NEEDS_CASES = 'PortfolioComputation: a what-if needs every case loaded first'
