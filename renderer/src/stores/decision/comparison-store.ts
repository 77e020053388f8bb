import { makeAutoObservable, reaction } from 'mobx'
import type { Deviation, Finding, Scenario, ScenarioResult } from '#shared/domain/types'
import {
  MAX_COMPARED,
  buildComparisonTables,
  summariseScenarios,
  type ComparisonTable,
  type ScenarioSummary,
} from '#shared/decision/comparison'
import {
  shapeCarerLoad,
  shapeCumulativeCost,
  shapeStackedCostByYear,
  type CarerLoadRow,
  type CumulativeRow,
  type StackedCostRow,
} from '#shared/decision/chart-data'
import { chooseScenario, withDeviation, withoutDeviation } from '#shared/decision/deviations'
import { evaluateOpenScenario, type DecisionDeps, type EvaluatedScenario } from './decision-deps'
import { engineErrorMessage } from '../engine-error'
import type { Message } from '../messages'

type ComparisonView = {
  scenarios: Scenario[]
  results: ScenarioResult[]
  tables: ComparisonTable[]
  summaries: ScenarioSummary[]
  stacked: StackedCostRow[]
  cumulative: CumulativeRow[]
  carerLoads: { scenarioId: string; rows: CarerLoadRow[] }[]
  /** Scenarios the engine could not evaluate, with its message. */
  errors: { scenarioId: string; name: string; message: Message }[]
}

/**
 * Comparing 2–5 scenarios of the open household, and the consultant's decisions on them: the chosen
 * arrangement with its reasoning, and deviations from findings (maatwerk) with their reasons.
 */
export class ComparisonStore {
  /** The scenarios picked for comparison; null → the first MAX_COMPARED. */
  compareIds: string[] | null = null

  constructor(private readonly deps: DecisionDeps) {
    makeAutoObservable<ComparisonStore, 'deps'>(this, { deps: false })
    // The picks belong to the open household: start afresh when another one is opened.
    reaction(
      () => this.deps.openCase.householdId,
      () => this.resetForHousehold(),
    )
  }

  resetForHousehold(): void {
    this.compareIds = null
  }

  get scenarios(): Scenario[] {
    return this.deps.openCase.scenarios
  }

  evaluateScenario(scenario: Scenario): EvaluatedScenario {
    return evaluateOpenScenario(this.deps, scenario)
  }

  /** The compared scenarios in the household's order; the first is the baseline. */
  get comparedIds(): string[] {
    const all = this.scenarios.map((s) => s.id)
    const chosen = this.compareIds?.filter((id) => all.includes(id)) ?? all.slice(0, MAX_COMPARED)
    return all.filter((id) => chosen.includes(id))
  }

  toggleCompared(scenarioId: string): void {
    const current = this.comparedIds
    if (current.includes(scenarioId)) this.compareIds = current.filter((id) => id !== scenarioId)
    else if (current.length < MAX_COMPARED) this.compareIds = [...current, scenarioId]
  }

  private isRespiteProvision(provisionId: string): boolean {
    return Boolean(this.deps.engine.provisions.find((p) => p.id === provisionId)?.respite)
  }

  get comparison(): ComparisonView | null {
    const household = this.deps.openCase.household
    if (!household) return null
    const compared = this.comparedIds
    const evaluated = this.scenarios
      .filter((s) => compared.includes(s.id))
      .map((s) => this.evaluateScenario(s))
    const ok = evaluated.filter((e): e is EvaluatedScenario & { result: ScenarioResult } => e.result !== null)
    const scenarios = ok.map((e) => e.scenario)
    const results = ok.map((e) => e.result)
    return {
      scenarios,
      results,
      tables: buildComparisonTables(results),
      summaries: summariseScenarios(household, scenarios, results, (id) => this.isRespiteProvision(id)),
      stacked: shapeStackedCostByYear(scenarios, results),
      cumulative: shapeCumulativeCost(scenarios, results, 'municipal'),
      carerLoads: scenarios.map((s) => ({ scenarioId: s.id, rows: shapeCarerLoad(household, s) })),
      errors: evaluated
        .filter((e) => e.error !== null)
        .map((e) => ({
          scenarioId: e.scenario.id,
          name: e.scenario.name,
          message: e.error ?? engineErrorMessage(null),
        })),
    }
  }

  // --- decisions ----------------------------------------------------------------------------------

  /** Records the chosen arrangement (one per household) with today's date; refused without reasoning. */
  async choose(scenarioId: string, reasoning: string): Promise<boolean> {
    const text = reasoning.trim()
    if (!text) {
      this.deps.ui.showNotice('error', 'decision.choose.reasonRequired')
      return false
    }
    const changed = chooseScenario(this.scenarios, scenarioId, this.deps.today(), text)
    let ok = true
    for (const scenario of changed) ok = (await this.deps.openCase.saveScenario(scenario)) && ok
    return ok
  }

  async unchoose(scenarioId: string): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    if (!scenario?.chosen) return false
    return this.deps.openCase.saveScenario({ ...scenario, chosen: null })
  }

  async recordDeviation(scenarioId: string, finding: Finding, reason: string): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    const text = reason.trim()
    if (!scenario) return false
    if (!text) {
      this.deps.ui.showNotice('error', 'decision.deviation.reasonRequired')
      return false
    }
    const deviation: Deviation = {
      ruleId: finding.ruleId,
      lineId: finding.lineId ?? null,
      personId: finding.personId ?? null,
      reason: text,
      decidedOn: this.deps.today(),
    }
    return this.deps.openCase.saveScenario(withDeviation(scenario, deviation))
  }

  async removeDeviation(scenarioId: string, deviation: Deviation): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    if (!scenario) return false
    return this.deps.openCase.saveScenario(withoutDeviation(scenario, deviation))
  }
}
