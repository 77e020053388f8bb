/**
 * Pure shaping of a ScenarioResult for the live panel: cash payers kept apart from valued informal
 * hours, the eigen bijdrage per year, transitions over time. Tested on its own.
 */
import type { CentsInput, Payer, ScenarioResult, YearMonth } from '#shared/domain/types'
import { PAYERS } from '#shared/domain/types'
import { unmetNeeds } from '#shared/decision/comparison'
import {
  cashTotalCents,
  grossCareCents,
  isCashPayer,
  isMunicipalBudgetLine,
  municipalNetCents,
  municipalNetPerMonthCents,
} from '#shared/decision/money-figures'

export type PayerRow = {
  payer: Payer
  firstMonthCents: CentsInput
  byYear: Record<string, CentsInput>
  totalCents: CentsInput
}
type FigureRow = Omit<PayerRow, 'payer'>
export type CostTable = {
  firstMonth: YearMonth | null
  years: string[]
  /** Municipal budget lines with any cost (Wmo net of the eigen bijdrage). */
  municipal: PayerRow[]
  /** "Gemeente totaal (netto)". */
  municipalTotal: FigureRow | null
  /** Other cash payers with any cost: the client's eigen bijdrage, Wlz, Zvw, … */
  others: PayerRow[]
  /** All cash rows in order (municipal first). */
  cash: PayerRow[]
  /** Brutokosten zorg: every cash payer without bijstand. */
  grossCare: FigureRow | null
  /** Totaal in geld: every cash payer. */
  cashTotal: FigureRow | null
  informal: PayerRow | null
  /** Gemeente netto, gemiddeld per maand over the horizon (the figure every screen shows). */
  municipalPerMonthCents: CentsInput
}

function rowFor(result: ScenarioResult, payer: Payer, years: string[]): PayerRow {
  const byYear: Record<string, CentsInput> = {}
  for (const year of years) byYear[year] = result.totalsByYear[year]?.[payer] ?? 0
  return {
    payer,
    firstMonthCents: result.monthly[0]?.byPayer[payer] ?? 0,
    byYear,
    totalCents: result.totalByPayer[payer] ?? 0,
  }
}

function figureRow(
  result: ScenarioResult,
  years: string[],
  figure: (byPayer: Partial<Record<Payer, CentsInput>>) => CentsInput,
): FigureRow {
  return {
    firstMonthCents: result.monthly[0] ? figure(result.monthly[0].byPayer) : 0,
    byYear: Object.fromEntries(years.map((y) => [y, figure(result.totalsByYear[y] ?? {})])),
    totalCents: figure(result.totalByPayer),
  }
}

/**
 * Rows per paying party with any cost in the horizon: the municipal budget lines and their net total,
 * then the other cash payers, the gross care cost and "totaal in geld"; informal hours on their own
 * row. Every figure comes from shared/decision/money-figures.ts.
 */
export function shapeCostTable(result: ScenarioResult): CostTable {
  const years = Object.keys(result.totalsByYear).sort()
  const present = (PAYERS as readonly Payer[])
    .filter(isCashPayer)
    .map((p) => rowFor(result, p, years))
    .filter((row) => row.totalCents !== 0)
  const municipal = present.filter((r) => isMunicipalBudgetLine(r.payer))
  const others = present.filter((r) => !isMunicipalBudgetLine(r.payer))
  const informalRow = rowFor(result, 'informal', years)
  const any = present.length > 0
  return {
    firstMonth: result.monthly[0]?.month ?? null,
    years,
    municipal,
    municipalTotal: municipal.length > 0 ? figureRow(result, years, municipalNetCents) : null,
    others,
    cash: [...municipal, ...others],
    grossCare: any ? figureRow(result, years, grossCareCents) : null,
    cashTotal: any ? figureRow(result, years, cashTotalCents) : null,
    informal: informalRow.totalCents !== 0 ? informalRow : null,
    municipalPerMonthCents: municipalNetPerMonthCents(result),
  }
}

/**
 * The client's eigen bijdrage per calendar year: the highest monthly amount charged in that year
 * (the abonnementstarief is a fixed monthly amount; months without Wmo care are zero).
 */
export function eigenBijdrageByYear(result: ScenarioResult): { year: string; monthlyCents: CentsInput }[] {
  const byYear = new Map<string, CentsInput>()
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
 * Needs the arrangement leaves open: the same list as the engine's coverage.unmet-need warning and the
 * comparison (a score that counts as a need under NEED_ASSESSMENT, not addressed in every month).
 */
export function uncoveredNeeds(result: ScenarioResult): ScenarioResult['coverage'] {
  return unmetNeeds(result)
}
