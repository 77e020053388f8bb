/**
 * Case files for the acceptance tests, written as a consultant's export would be: plain JSON text in
 * the documented case-file format (docs/architecture.md#case-file), fed to the public engine contract
 * only (`parseCaseFile` + `evaluateScenario` from the package's public index). No engine helper is
 * used to build inputs or expectations.
 */
import { evaluateScenario, parseCaseFile, type Payer, type ScenarioResult } from '#shared'

export type MemberSpec = {
  id: string
  birthDate: string
  role: 'client' | 'partner' | 'child' | 'housemate'
  income?: { kind: string; netMonthlyCents: number }
  livesIn?: boolean
  wlzFrom?: string
  bsn?: string | null
}

export type LineSpec = {
  id: string
  provisionId: string
  personId: string
  volume: number
  unit: string
  frequency: 'week' | 'month' | 'total'
  startDate: string
  endDate?: string | null
  deliveryForm?: string
  rateCents?: number | null
  continuation?: boolean
}

export type IncomeChangeSpec = { personId: string; from: string; kind: string; netMonthlyCents: number }

export type CaseSpec = {
  members: MemberSpec[]
  lines: LineSpec[]
  startDate: string
  horizonMonths: number
  incomeChanges?: IncomeChangeSpec[]
}

/** The case-file object of `spec` (one household, one scenario), as JSON-ready data. */
export function caseFileObject(spec: CaseSpec): Record<string, unknown> {
  return {
    format: 'maatwerk.case',
    formatVersion: 1,
    household: {
      id: 'h-acceptance',
      label: 'Acceptance household',
      members: spec.members.map((m) => ({
        id: m.id,
        name: m.id,
        birthDate: m.birthDate,
        role: m.role,
        bsn: m.bsn ?? null,
        livesIn: m.livesIn ?? true,
        income: m.income ?? { kind: 'none', netMonthlyCents: 0 },
        wlzIndication: m.wlzFrom ? { from: m.wlzFrom } : null,
      })),
      carers: [],
    },
    scenarios: [
      {
        id: 's1',
        name: 'Scenario',
        startDate: spec.startDate,
        horizonMonths: spec.horizonMonths,
        lines: spec.lines.map((l) => ({
          id: l.id,
          provisionId: l.provisionId,
          personId: l.personId,
          deliveryForm: l.deliveryForm ?? 'zin',
          volume: l.volume,
          unit: l.unit,
          frequency: l.frequency,
          startDate: l.startDate,
          endDate: l.endDate ?? null,
          carerId: null,
          rateCents: l.rateCents ?? null,
          continuation: l.continuation ?? false,
        })),
        incomeChanges: spec.incomeChanges ?? [],
      },
    ],
  }
}

/** Parses the case-file text of `spec` and evaluates its scenario; a refused file fails the test. */
export function evaluateCase(spec: CaseSpec): ScenarioResult {
  const parsed = parseCaseFile(JSON.stringify(caseFileObject(spec)))
  if (!parsed.ok) throw new Error(`case file refused: ${JSON.stringify(parsed.errors)}`)
  const file = parsed.value
  const scenario = file.scenarios[0]
  if (!scenario) throw new Error('case file without a scenario')
  return evaluateScenario({ household: file.household, scenario })
}

/** One payer's amount per month of the horizon, in order. */
export function perMonth(result: ScenarioResult, payer: Payer): number[] {
  return result.monthly.map((m) => m.byPayer[payer])
}

/** One payer's amount in `month` ('YYYY-MM'). */
export function inMonth(result: ScenarioResult, month: string, payer: Payer): number {
  const row = result.monthly.find((m) => m.month === month)
  if (!row) throw new Error(`month ${month} not in the horizon`)
  return row.byPayer[payer]
}

/** `n` copies of `value` (a run of equal monthly amounts). */
export function times(n: number, value: number): number[] {
  return new Array<number>(n).fill(value)
}
