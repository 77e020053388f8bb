/**
 * Evaluating a portfolio: each household's chosen scenario (or, clearly marked, a fallback when none
 * was chosen) through the shared engine, once per household version. The cache is keyed by household
 * id and its `updatedAt`, so re-aggregating a large portfolio only evaluates what changed.
 */
import type {
  CaseFile,
  EvaluateInput,
  Household,
  MunicipalityConfig,
  Scenario,
  ScenarioResult,
} from '../domain/types'
import { seriesFromResult, type HouseholdSeries } from './series'
import { isSyntheticOrigin } from './generator'

export type EvaluateFn = (input: EvaluateInput) => ScenarioResult

/** What the portfolio needs of a stored case (a CaseAggregate fits). */
export type PortfolioCase = {
  household: Household
  scenarios: Scenario[]
  updatedAt: string
  example?: boolean
  origin?: CaseFile['origin'] | null
}

export type ScenarioChoice =
  | { kind: 'chosen'; scenario: Scenario }
  /** No scenario chosen yet: the first scenario stands in, and the UI says so. */
  | { kind: 'fallback'; scenario: Scenario }
  | { kind: 'none' }

/** The scenario that counts for the portfolio: the chosen one (latest choice wins), else the first. */
export function scenarioForPortfolio(scenarios: readonly Scenario[]): ScenarioChoice {
  let chosen: Scenario | null = null
  for (const s of scenarios) {
    if (s.chosen && (!chosen || (chosen.chosen && s.chosen.on > chosen.chosen.on))) chosen = s
  }
  if (chosen) return { kind: 'chosen', scenario: chosen }
  const first = scenarios[0]
  return first ? { kind: 'fallback', scenario: first } : { kind: 'none' }
}

export type HouseholdEvaluation = {
  householdId: string
  updatedAt: string
  choice: ScenarioChoice['kind']
  scenarioId: string | null
  scenarioName: string | null
  series: HouseholdSeries
  /** Carers the engine found intensive (more than 8 hours a week for more than 3 months). */
  intensiveCarerIds: string[]
  /** Number of lines in the scenario. */
  lineCount: number
  /** The provisions the scenario's lines use, sorted (what a tariff change can reach). */
  provisionIds: string[]
}

/** What the portfolio's tables show of a household besides its cost. */
type HouseholdMeta = {
  label: string
  pseudonymised: boolean
  synthetic: boolean
  imported: boolean
}

/** A household's evaluation with what the tables show of it: what the portfolio stores and opens from. */
export type PortfolioEntry = HouseholdEvaluation & { meta: HouseholdMeta }

function householdMetaOf(c: Pick<PortfolioCase, 'household' | 'origin'>): HouseholdMeta {
  return {
    label: c.household.label,
    pseudonymised: c.origin?.pseudonymised === true,
    synthetic: isSyntheticOrigin(c.origin),
    imported: c.origin != null,
  }
}

/** A case's portfolio entry (its evaluation and its table meta). */
export function evaluateEntry(
  c: PortfolioCase,
  municipality: MunicipalityConfig,
  evaluate: EvaluateFn,
): PortfolioEntry {
  return { ...evaluateHousehold(c, municipality, evaluate), meta: householdMetaOf(c) }
}

const EMPTY_SERIES: HouseholdSeries = { startMonth: 0, months: 0, values: new Float64Array(0) }

function evaluateHousehold(
  c: PortfolioCase,
  municipality: MunicipalityConfig,
  evaluate: EvaluateFn,
): HouseholdEvaluation {
  const choice = scenarioForPortfolio(c.scenarios)
  if (choice.kind === 'none') {
    return {
      householdId: c.household.id,
      updatedAt: c.updatedAt,
      choice: 'none',
      scenarioId: null,
      scenarioName: null,
      series: EMPTY_SERIES,
      intensiveCarerIds: [],
      lineCount: 0,
      provisionIds: [],
    }
  }
  const result = evaluate({ household: c.household, scenario: choice.scenario, municipality })
  return {
    householdId: c.household.id,
    updatedAt: c.updatedAt,
    choice: choice.kind,
    scenarioId: choice.scenario.id,
    scenarioName: choice.scenario.name,
    series: seriesFromResult(result),
    intensiveCarerIds: result.carers.filter((r) => r.intensive).map((r) => r.carerId),
    lineCount: choice.scenario.lines.length,
    provisionIds: [...new Set(choice.scenario.lines.map((l) => l.provisionId))].sort(),
  }
}

/**
 * Evaluates every case, reusing cached evaluations of unchanged households. The cache must be
 * cleared by the caller when the municipality profile changes.
 */
export function evaluatePortfolio(
  cases: readonly PortfolioCase[],
  municipality: MunicipalityConfig,
  evaluate: EvaluateFn,
  cache: Map<string, HouseholdEvaluation>,
  onProgress?: (done: number, total: number) => void,
): HouseholdEvaluation[] {
  const out: HouseholdEvaluation[] = []
  const live = new Set<string>()
  cases.forEach((c, i) => {
    live.add(c.household.id)
    const cached = cache.get(c.household.id)
    if (cached && cached.updatedAt === c.updatedAt) {
      out.push(cached)
    } else {
      const evaluation = evaluateHousehold(c, municipality, evaluate)
      cache.set(c.household.id, evaluation)
      out.push(evaluation)
    }
    if (onProgress && (i % 500 === 499 || i === cases.length - 1)) onProgress(i + 1, cases.length)
  })
  for (const id of [...cache.keys()]) if (!live.has(id)) cache.delete(id)
  return out
}
