/** Which households a tariff touches: those with a line on that provision and delivery form. */
import type { DeliveryForm } from '../domain/types'
import type { PortfolioCase } from './evaluate-portfolio'
import { scenarioForPortfolio } from './evaluate-portfolio'

export type TariffUsage = {
  householdId: string
  label: string
  /** Lines on the provision and delivery form in the scenario that counts for the portfolio. */
  lineCount: number
  /** Whether that scenario is the chosen one (false: the first scenario stands in). */
  chosen: boolean
}

export function householdsUsingTariff(
  cases: readonly PortfolioCase[],
  provisionId: string,
  deliveryForm: DeliveryForm,
): TariffUsage[] {
  const out: TariffUsage[] = []
  for (const c of cases) {
    const choice = scenarioForPortfolio(c.scenarios)
    if (choice.kind === 'none') continue
    const lineCount = choice.scenario.lines.filter(
      (l) => l.provisionId === provisionId && l.deliveryForm === deliveryForm,
    ).length
    if (lineCount > 0)
      out.push({
        householdId: c.household.id,
        label: c.household.label,
        lineCount,
        chosen: choice.kind === 'chosen',
      })
  }
  return out
}
