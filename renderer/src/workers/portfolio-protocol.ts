/**
 * Messages between the portfolio store and the portfolio Web Worker, and the report shapes the views
 * receive (plain arrays and numbers, so they cross `postMessage` and feed Recharts directly).
 */
import type { BudgetLine, MunicipalityConfig, YearMonth } from '#shared/domain/types'
import type { PortfolioCaseSource } from '../data/portfolio-case-source'
import type { StoredResultsSnapshot } from '../data/stored-results-reader'
import type {
  BudgetLineSummary,
  DistributionBucket,
  PortfolioCase,
  PortfolioEntry,
  HouseholdSeries,
  ResultVersions,
  ScenarioChoice,
  WhatIfLevers,
  WhatIfTask,
} from '#shared/portfolio'

export type HouseholdRow = {
  id: string
  label: string
  choice: ScenarioChoice['kind']
  scenarioName: string | null
  cents: number
  pseudonymised: boolean
  synthetic: boolean
  imported: boolean
}

export type AffectedRow = HouseholdRow & { baseCents: number; whatIfCents: number; deltaCents: number }

export type PortfolioReport = {
  year: number
  months: YearMonth[]
  availableYears: number[]
  lines: BudgetLineSummary[]
  eigenBijdrageByMonth: number[]
  counts: {
    households: number
    chosen: number
    fallback: number
    none: number
    synthetic: number
    pseudonymised: number
    imported: number
  }
  distribution: { buckets: DistributionBucket[]; top5Count: number; top5ShareOfTotal: number }
  topHouseholds: HouseholdRow[]
  whatIf: {
    lines: BudgetLineSummary[]
    mostAffected: AffectedRow[]
    reevaluated: number
  } | null
}

export type DrillRequest = {
  year: number
  line: BudgetLine | null
  /** Month of the year, 0–11; null for the whole year. */
  month: number | null
  /** The what-if levers to drill into; null for the baseline. */
  levers: WhatIfLevers | null
  limit: number
}

/** One cell of the portfolio export: a household's cost on a budget line in a month (baseline). */
export type ExportRow = {
  budgetLine: BudgetLine
  month: YearMonth
  householdId: string
  householdLabel: string
  cents: number
}

/** How a profile change (a tariff import) would change the forecast, per year and budget line. */
export type ForecastImpact = {
  /** Households evaluated against the changed profile (those using a changed provision). */
  considered: number
  /** Of those, the households whose cost changes. */
  households: number
  years: { year: number; lines: { line: BudgetLine; beforeCents: number; afterCents: number }[] }[]
  mostAffected: AffectedRow[]
}

/** The baseline report of every year, for the stored portfolio snapshot. */
export type SnapshotReports = { households: number; availableYears: number[]; reports: PortfolioReport[] }

export type Opened = { households: number; availableYears: number[] }

/** The portfolio opened on stored results: what is stale, what is orphaned, every household's version. */
export type OpenedStored = Opened & {
  /** Households whose stored result is missing or no longer matches (to recompute). */
  stale: string[]
  /** Stored results of households that no longer exist (to delete). */
  orphaned: string[]
  /** Every household's id and version, as read with the results. */
  ids: string[]
  versions: string[]
  /** The portfolio revision read with them (null: none yet, or read without it). */
  revision: string | null
  /** When each step of the open finished in the worker (epoch ms; for the benchmark's breakdown). */
  timings?: Record<string, number>
  /** Time the worker spent decoding the stored rows (ms; for the benchmark's breakdown). */
  decodeMs?: number
}

/**
 * Which cases the portfolio worker reads itself into its cache for what-ifs: a span in key order (up to
 * `limit` after `after`, from the first when null), or named households.
 */
export type CaseRead = { after: string | null; limit: number } | { ids: string[] }

/** What-if series evaluated by a worker from cases it read itself, with the case versions they are of. */
export type WhatIfSeriesRead = { ids: string[]; versions: string[]; series: HouseholdSeries[] }

/**
 * Households evaluated by a worker from cases it read itself (a background refresh, a tariff-import
 * preview): their entries, the version of each case read, and the asked-for households no longer there.
 */
export type EntriesRead = { entries: PortfolioEntry[]; versions: string[]; gone: string[] }

/** Where stored results come from: read by the worker from the named database, or already read. */
export type StoredResultsSource = { databaseName: string } | StoredResultsSnapshot

export type WorkerRequest =
  /**
   * Start reading the stored results now (app start on the portfolio page), for the 'open-stored'
   * request that follows; answered by nothing but that request.
   */
  | { id: number; type: 'prefetch-stored'; databaseName: string }
  | { id: number; type: 'load'; cases: PortfolioCase[]; municipality: MunicipalityConfig }
  | { id: number; type: 'open'; entries: PortfolioEntry[]; municipality: MunicipalityConfig }
  | {
      id: number
      type: 'open-stored'
      source: StoredResultsSource
      municipality: MunicipalityConfig
      versions: ResultVersions
    }
  | { id: number; type: 'stale-under'; municipality: MunicipalityConfig; versions: ResultVersions }
  | { id: number; type: 'evaluate'; cases: PortfolioCase[]; municipality: MunicipalityConfig }
  | {
      id: number
      type: 'evaluate-stored'
      source: PortfolioCaseSource
      ids: string[]
      municipality: MunicipalityConfig
    }
  | {
      id: number
      type: 'upsert'
      entries: PortfolioEntry[]
      removedIds: string[]
      cases: PortfolioCase[]
      fingerprints: string[]
      caseVersions: string[]
    }
  | { id: number; type: 'set-municipality'; municipality: MunicipalityConfig }
  | { id: number; type: 'set-cases'; cases: PortfolioCase[] }
  | { id: number; type: 'missing-cases' }
  | { id: number; type: 'load-cases'; source: PortfolioCaseSource; read: CaseRead }
  | { id: number; type: 'households-using'; provisionIds: string[] }
  | { id: number; type: 'impact'; entries: PortfolioEntry[] }
  | { id: number; type: 'report'; year: number; levers: WhatIfLevers }
  | { id: number; type: 'snapshot-reports' }
  | ({ id: number; type: 'drill' } & DrillRequest)
  | { id: number; type: 'export-rows'; year: number }
  | { id: number; type: 'what-if-plan'; levers: WhatIfLevers }
  | {
      id: number
      type: 'what-if-evaluate'
      cases: PortfolioCase[]
      tasks: WhatIfTask[]
      municipality: MunicipalityConfig
      levers: WhatIfLevers
    }
  | {
      id: number
      type: 'what-if-evaluate-stored'
      source: PortfolioCaseSource
      tasks: WhatIfTask[]
      municipality: MunicipalityConfig
      levers: WhatIfLevers
    }
  | {
      id: number
      type: 'what-if-add'
      levers: WhatIfLevers
      ids: string[]
      series: HouseholdSeries[]
      versions: string[]
    }

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'loaded'; households: number; availableYears: number[] }
  | ({ id: number; type: 'opened-stored' } & OpenedStored)
  | { id: number; type: 'evaluated'; entries: PortfolioEntry[] }
  | ({ id: number; type: 'evaluated-read' } & EntriesRead)
  | { id: number; type: 'ids'; ids: string[] }
  | { id: number; type: 'done' }
  | { id: number; type: 'impact'; impact: ForecastImpact }
  | { id: number; type: 'report'; report: PortfolioReport }
  | ({ id: number; type: 'snapshot-reports' } & SnapshotReports)
  | { id: number; type: 'drill'; rows: HouseholdRow[] }
  | { id: number; type: 'export-rows'; rows: ExportRow[] }
  | { id: number; type: 'what-if-plan'; tasks: WhatIfTask[] }
  | { id: number; type: 'series'; series: HouseholdSeries[] }
  | ({ id: number; type: 'series-read' } & WhatIfSeriesRead)
  | { id: number; type: 'cases-loaded'; read: number; last: string | null }
  | { id: number; type: 'error'; message: string }
