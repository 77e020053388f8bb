/**
 * The case list's analysis of one household (stage, deadlines, flags, monthly cost): its chosen (else
 * first) scenario evaluated once. Shared by the analysis worker (caseload.worker.ts) and by the case
 * list itself where no worker can reach the database (tests on a fake IndexedDB).
 *
 * In a worker (issue 13): after bulk work the list analyses tens of thousands of households; read,
 * decoded and evaluated on the UI thread that was tens of seconds of slices competing with every
 * click. The worker reads the named households from the database itself (its own connection, this
 * session's at-rest key) and returns only their facts.
 */
import { caseloadFactsOf, caseloadScenarioOf, type CaseloadFacts } from '#shared/case-flow/caseload'
import type { EvaluateInput, IsoDateInput, MunicipalityConfig, ScenarioResult } from '#shared/domain/types'
import type { CaseAggregate } from './api'

/** One household's facts and the case version they were computed from. */
export type AnalysedCase = { id: string; updatedAt: string; facts: CaseloadFacts }

/** The analysis off the UI thread: the facts of the named households that still exist. */
export type CaseloadAnalysis = {
  analyse(
    ids: readonly string[],
    municipality: MunicipalityConfig | null,
    asOf: IsoDateInput,
  ): Promise<AnalysedCase[]>
  close(): void
}

export function analyseCase(
  aggregate: CaseAggregate,
  evaluate: (input: EvaluateInput) => ScenarioResult,
  municipality: MunicipalityConfig | null,
  asOf: IsoDateInput,
): AnalysedCase {
  const scenario = caseloadScenarioOf(aggregate.scenarios)
  let result: ScenarioResult | null = null
  if (scenario) {
    try {
      result = evaluate({
        household: aggregate.household,
        scenario,
        ...(municipality ? { municipality } : {}),
      })
    } catch {
      result = null // the case panel shows the engine's problem; the list just shows no amount
    }
  }
  return {
    id: aggregate.household.id,
    updatedAt: aggregate.updatedAt,
    facts: caseloadFactsOf({
      household: aggregate.household,
      scenarios: aggregate.scenarios,
      asOf,
      result,
      contentChanged: aggregate.contentChanged === true,
    }),
  }
}
