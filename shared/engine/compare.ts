/** compareScenarios — evaluates each scenario; deltas are relative to the first (the baseline). */
import type { Cents, CompareInput, Payer, ScenarioComparison } from '../domain/types'
import { cents } from '../domain/money'
import { PAYERS } from '../domain/types'
import { emptyByPayer, evaluateScenario } from './evaluate'

export function compareScenarios(input: CompareInput): ScenarioComparison {
  const results = input.scenarios.map((scenario) =>
    evaluateScenario(
      input.municipality
        ? { household: input.household, scenario, municipality: input.municipality }
        : { household: input.household, scenario },
    ),
  )
  const baseline = results[0]
  const deltas = input.scenarios.map((scenario, i) => {
    const totals: Record<Payer, number> = emptyByPayer()
    const r = results[i]
    if (r && baseline)
      for (const payer of PAYERS) totals[payer] = r.totalByPayer[payer] - baseline.totalByPayer[payer]
    const totalByPayer = {} as Record<Payer, Cents>
    for (const payer of PAYERS) totalByPayer[payer] = cents(totals[payer])
    return { scenarioId: scenario.id, totalByPayer }
  })
  return { results, deltas }
}
