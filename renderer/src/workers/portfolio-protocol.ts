/**
 * Messages between the portfolio store and the portfolio Web Worker, and the report shapes the views
 * receive (plain arrays and numbers, so they cross `postMessage` and feed Recharts directly).
 */
import type { BudgetLine, MunicipalityConfig, YearMonth } from '../../../shared/domain/types'
import type {
  BudgetLineSummary,
  DistributionBucket,
  PortfolioCase,
  ScenarioChoice,
  WhatIfLevers,
} from '../../../shared/portfolio'

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

export type WorkerRequest =
  | { id: number; type: 'load'; cases: PortfolioCase[]; municipality: MunicipalityConfig }
  | { id: number; type: 'report'; year: number; levers: WhatIfLevers }
  | ({ id: number; type: 'drill' } & DrillRequest)
  | { id: number; type: 'export-rows'; year: number }

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'loaded'; households: number; availableYears: number[] }
  | { id: number; type: 'report'; report: PortfolioReport }
  | { id: number; type: 'drill'; rows: HouseholdRow[] }
  | { id: number; type: 'export-rows'; rows: ExportRow[] }
  | { id: number; type: 'error'; message: string }
