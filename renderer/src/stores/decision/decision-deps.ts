import type { IsoDateInput, MunicipalityConfig, Scenario, ScenarioResult } from '#shared/domain/types'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import type { Solve } from '#shared/decision/optimiser/optimise'
import type { CaseStore } from '../case-store'
import type { UiStore } from '../ui-store'
import type { WorkspaceEngine } from '../workspace-engine'
import { engineErrorMessage } from '../engine-error'
import type { Message } from '../messages'

/**
 * What every decision store is built from, passed as one object the same way to each: the open
 * household (reads and writes go through the case store and so the data layer), the engine, the UI
 * store for notices (catalogue keys, translated by the view), the calendar and, for the optimiser, the
 * LP solver. Tests pass a fixed `today`, a loaded solver and fixed ids.
 */
export type DecisionDeps = {
  openCase: CaseStore
  engine: WorkspaceEngine
  ui: Pick<UiStore, 'showNotice' | 'showError'>
  today: () => IsoDateInput
  solver: () => Promise<Solve>
  newId: () => string
}

export type EvaluatedScenario = {
  scenario: Scenario
  result: ScenarioResult | null
  /** The engine's refusal as a plain sentence; a thrown text only as its `technical` part. */
  error: Message | null
}

/** The active municipality profile, or the engine's default while none is loaded. */
export function municipalityOf(deps: Pick<DecisionDeps, 'openCase'>): MunicipalityConfig {
  return deps.openCase.municipality ?? DEFAULT_MUNICIPALITY
}

/**
 * One scenario of the open household through the engine. The engine's own message (an invariant it
 * refused) is kept for logs and tests; the screen says it in the user's language from its code.
 */
export function evaluateOpenScenario(
  deps: Pick<DecisionDeps, 'openCase' | 'engine'>,
  scenario: Scenario,
): EvaluatedScenario {
  const household = deps.openCase.household
  if (!household) return { scenario, result: null, error: null }
  try {
    return {
      scenario,
      result: deps.engine.evaluateScenario({ household, scenario, municipality: municipalityOf(deps) }),
      error: null,
    }
  } catch (error) {
    return {
      scenario,
      result: null,
      error: engineErrorMessage(error),
    }
  }
}
