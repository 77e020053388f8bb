/**
 * Deliberate deviations from a rule outcome (maatwerk): finding them for a finding, counting them
 * (also for exports), and their cost where the deviation concerns a line.
 */
import type { Deviation, Finding, Scenario, ScenarioResult } from '../domain/types'

/** Whether the deviation is about this finding: same rule and, when the deviation names them, same line/person. */
function isDeviationFor(
  deviation: Deviation,
  finding: Pick<Finding, 'ruleId' | 'lineId' | 'personId'>,
): boolean {
  if (deviation.ruleId !== finding.ruleId) return false
  if (deviation.lineId && deviation.lineId !== finding.lineId) return false
  if (deviation.personId && deviation.personId !== finding.personId) return false
  return true
}

export function findDeviation(
  scenario: Pick<Scenario, 'deviations'>,
  finding: Pick<Finding, 'ruleId' | 'lineId' | 'personId'>,
): Deviation | undefined {
  return (scenario.deviations ?? []).find((d) => isDeviationFor(d, finding))
}

export function countDeviations(scenario: Pick<Scenario, 'deviations'>): number {
  return scenario.deviations?.length ?? 0
}

/**
 * The price of a deviation: the gross cost over the horizon of the line it concerns (what the
 * municipality pays by keeping that line against the finding). Null when it concerns no line.
 */
export function deviationCostCents(deviation: Deviation, result: ScenarioResult): number | null {
  if (!deviation.lineId) return null
  const line = result.lines.find((l) => l.lineId === deviation.lineId)
  return line ? line.totalCents : null
}

/** Adds or replaces (same rule, line and person) a deviation; returns a new scenario. */
export function withDeviation(scenario: Scenario, deviation: Deviation): Scenario {
  const others = (scenario.deviations ?? []).filter(
    (d) =>
      !(
        d.ruleId === deviation.ruleId &&
        (d.lineId ?? null) === (deviation.lineId ?? null) &&
        (d.personId ?? null) === (deviation.personId ?? null)
      ),
  )
  return { ...scenario, deviations: [...others, deviation] }
}

export function withoutDeviation(scenario: Scenario, deviation: Deviation): Scenario {
  return { ...scenario, deviations: (scenario.deviations ?? []).filter((d) => d !== deviation) }
}

/**
 * Marks `chosenId` as the chosen arrangement with its date and reasoning; every other scenario loses
 * the mark (one chosen arrangement per household). Returns only the scenarios that changed.
 */
export function chooseScenario(
  scenarios: readonly Scenario[],
  chosenId: string,
  on: string,
  reasoning: string,
): Scenario[] {
  const changed: Scenario[] = []
  for (const s of scenarios) {
    if (s.id === chosenId) changed.push({ ...s, chosen: { on, reasoning } })
    else if (s.chosen) changed.push({ ...s, chosen: null })
  }
  return changed
}
