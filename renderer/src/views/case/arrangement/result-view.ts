/**
 * Pure shaping of a ScenarioResult for the live panel: cash payers kept apart from valued informal
 * hours, the eigen bijdrage per year, transitions over time. Tested on its own.
 */
import type { Cents, Finding, Payer, ScenarioResult, YearMonth } from '../../../../../shared/domain/types'
import { PAYERS } from '../../../../../shared/domain/types'

export type PayerRow = {
  payer: Payer
  firstMonthCents: Cents
  byYear: Record<string, Cents>
  totalCents: Cents
}
export type CostTable = {
  firstMonth: YearMonth | null
  years: string[]
  cash: PayerRow[]
  cashTotal: Omit<PayerRow, 'payer'> | null
  informal: PayerRow | null
}

function rowFor(result: ScenarioResult, payer: Payer, years: string[]): PayerRow {
  const byYear: Record<string, Cents> = {}
  for (const year of years) byYear[year] = result.totalsByYear[year]?.[payer] ?? 0
  return {
    payer,
    firstMonthCents: result.monthly[0]?.byPayer[payer] ?? 0,
    byYear,
    totalCents: result.totalByPayer[payer] ?? 0,
  }
}

/** Rows per paying party with any cost in the horizon, cash first; informal hours on their own row. */
export function shapeCostTable(result: ScenarioResult): CostTable {
  const years = Object.keys(result.totalsByYear).sort()
  const cash = PAYERS.filter((p) => p !== 'informal')
    .map((p) => rowFor(result, p, years))
    .filter((row) => row.totalCents !== 0)
  const informalRow = rowFor(result, 'informal', years)
  const cashTotal: Omit<PayerRow, 'payer'> | null =
    cash.length === 0
      ? null
      : {
          firstMonthCents: cash.reduce((sum, r) => sum + r.firstMonthCents, 0),
          byYear: Object.fromEntries(
            years.map((y) => [y, cash.reduce((sum, r) => sum + (r.byYear[y] ?? 0), 0)]),
          ),
          totalCents: cash.reduce((sum, r) => sum + r.totalCents, 0),
        }
  return {
    firstMonth: result.monthly[0]?.month ?? null,
    years,
    cash,
    cashTotal,
    informal: informalRow.totalCents !== 0 ? informalRow : null,
  }
}

/**
 * The client's eigen bijdrage per calendar year: the highest monthly amount charged in that year
 * (the abonnementstarief is a fixed monthly amount; months without Wmo care are zero).
 */
export function eigenBijdrageByYear(result: ScenarioResult): { year: string; monthlyCents: Cents }[] {
  const byYear = new Map<string, Cents>()
  for (const month of result.monthly) {
    const year = month.month.slice(0, 4)
    const amount = month.byPayer.client ?? 0
    byYear.set(year, Math.max(byYear.get(year) ?? 0, amount))
  }
  return [...byYear.entries()]
    .filter(([, cents]) => cents > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, monthlyCents]) => ({ year, monthlyCents }))
}

/**
 * Findings that happen later in the horizon (turning 18, reaching AOW age, Wlz from…), in time order;
 * findings dated in the first month describe the situation now and are listed as current findings.
 */
export function transitionsOverTime(
  findings: readonly Finding[],
  firstMonth: YearMonth | null,
): (Finding & { month: YearMonth })[] {
  return findings
    .filter(
      (f): f is Finding & { month: YearMonth } =>
        typeof f.month === 'string' && (!firstMonth || f.month > firstMonth),
    )
    .sort((a, b) => a.month.localeCompare(b.month) || a.ruleId.localeCompare(b.ruleId))
}

const SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 } as const

/** Findings that hold from the start (no month, or the first month), most severe first. */
export function currentFindings(findings: readonly Finding[], firstMonth: YearMonth | null): Finding[] {
  return findings
    .filter((f) => !f.month || (firstMonth !== null && f.month <= firstMonth))
    .sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
    )
}

/**
 * Finding params are raw engine values: amounts (params named `cents` or `…Cents`) become
 * '€ 1.234,56', ISO dates '5 maart 2026', months 'mrt 2026', before they go into a message.
 */
export function formatFindingParams(
  params: Record<string, string | number>,
  format: {
    cents: (cents: number) => string
    date: (date: string) => string
    month: (month: string) => string
  },
): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && /cents$/i.test(key)) out[key] = format.cents(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = format.date(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) out[key] = format.month(value)
    else out[key] = value
  }
  return out
}

/** Needs the arrangement leaves open: uncovered domains where the person is not (fully) self-reliant. */
export function uncoveredNeeds(result: ScenarioResult): ScenarioResult['coverage'] {
  return result.coverage.filter((c) => !c.covered && c.score <= 3)
}
