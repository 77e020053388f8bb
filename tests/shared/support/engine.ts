/** Helpers to run the engine in tests and read its results. */
import {
  DEFAULT_MUNICIPALITY,
  evaluateScenario,
  tariffFor,
  type DeliveryForm,
  type Finding,
  type Household,
  type MunicipalityConfig,
  type Payer,
  type Scenario,
  type ScenarioResult,
} from '#shared'

export function run(
  household: Household,
  scenario: Scenario,
  municipality?: MunicipalityConfig,
): ScenarioResult {
  return evaluateScenario(municipality ? { household, scenario, municipality } : { household, scenario })
}

export function month(result: ScenarioResult, ym: string): Record<Payer, number> {
  const row = result.monthly.find((m) => m.month === ym)
  if (!row) throw new Error(`no month ${ym}`)
  return row.byPayer
}

export function findingsOf(result: ScenarioResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId)
}

export function lineTotal(result: ScenarioResult, lineId: string): number {
  return result.lines.find((l) => l.lineId === lineId)?.totalCents ?? Number.NaN
}

/** The example profile's rate for a provision and form on a date (fails loudly when missing). */
export function rate(provisionId: string, form: DeliveryForm, date: string): number {
  const t = tariffFor(DEFAULT_MUNICIPALITY, provisionId, form, date)
  if (!t) throw new Error(`no tariff ${provisionId}/${form}/${date}`)
  return t.rateCents
}

/** Half-up rounding of a non-negative rational, as the engine does per line per month. */
export function cents(num: number, den = 1): number {
  return Math.floor((2 * num + den) / (2 * den))
}
