/**
 * The scenario comparison as tables (totals per scenario and payer, per year, per month), written as
 * XLSX or CSV. Pure: takes the engine's results as given.
 */
import { PAYERS, type CentsInput, type Payer, type ScenarioResult } from '#shared/domain/types'
import { cashTotalCents, grossCareCents, municipalNetCents } from '#shared/decision/money-figures'
import { buildWorkbook } from './xlsx'
import { encodeUtf8, tableToCsv } from './csv'
import { money, text, type Cell, type Column, type Table } from './table'
import type { Translate } from './translate'

export type ComparisonExportInput = {
  householdLabel: string
  scenarios: { id: string; name: string }[]
  /** One result per scenario, in the same order. */
  results: ScenarioResult[]
  t: Translate
  /** UTC ISO timestamp written into the workbook properties. */
  generatedAt: string
  /**
   * Present when the export is pseudonymised and so computed on birth years (1 July): every table
   * gets a column saying per scenario whether its figures depend on where in the year a birthday
   * falls (and so may differ from the case record), and the totals sheet a note saying which figures.
   */
  birthYearBasis?: { ageSensitive: ReadonlySet<string> }
}

/** What the municipality pays, net of the eigen bijdrage (the one definition in money-figures.ts). */
export function sumMunicipal(byPayer: Record<Payer, CentsInput>): CentsInput {
  return municipalNetCents(byPayer)
}

/** "Totaal in geld": every cash payer, never the valued informal hours (money-figures.ts). */
export function sumCash(byPayer: Record<Payer, CentsInput>): CentsInput {
  return cashTotalCents(byPayer)
}

function payerColumns(t: Translate): Column[] {
  return [
    ...PAYERS.map((p): Column => ({ header: t(`reports.payers.${p}`), kind: 'money' })),
    { header: t('reports.sheet.municipalTotal'), kind: 'money', width: 18 },
    { header: t('reports.sheet.grossCare'), kind: 'money', width: 18 },
    { header: t('reports.sheet.cashTotal'), kind: 'money', width: 18 },
  ]
}

function payerCells(byPayer: Record<Payer, CentsInput>) {
  return [
    ...PAYERS.map((p) => money(byPayer[p] ?? 0)),
    money(sumMunicipal(byPayer)),
    money(grossCareCents(byPayer)),
    money(sumCash(byPayer)),
  ]
}

/** The birth-year column (pseudonymised exports only): the same text on every row of a scenario. */
function basisColumns(input: ComparisonExportInput): { columns: Column[]; cells: (id: string) => Cell[] } {
  const basis = input.birthYearBasis
  if (!basis) return { columns: [], cells: () => [] }
  const { t } = input
  return {
    columns: [{ header: t('oneTruth.birthYear.file.column'), kind: 'text', width: 60 }],
    cells: (id) => [
      text(
        t(basis.ageSensitive.has(id) ? 'oneTruth.birthYear.file.mayDiffer' : 'oneTruth.birthYear.file.same'),
      ),
    ],
  }
}

export function buildComparisonTables(input: ComparisonExportInput): Table[] {
  const { t } = input
  if (input.results.length !== input.scenarios.length) {
    throw new Error('buildComparisonTables: one result per scenario expected')
  }
  const pairs = input.scenarios.map((scenario, i) => ({
    scenario,
    result: input.results[i] as ScenarioResult,
  }))
  const basis = basisColumns(input)
  const totals: Table = {
    name: t('reports.sheet.totals'),
    title: t('reports.sheet.comparisonTitle', { household: input.householdLabel }),
    ...(input.birthYearBasis ? { note: t('oneTruth.birthYear.file.note') } : {}),
    columns: [
      { header: t('reports.sheet.scenario'), kind: 'text', width: 30 },
      ...payerColumns(t),
      ...basis.columns,
    ],
    rows: pairs.map(({ scenario, result }) => [
      text(scenario.name),
      ...payerCells(result.totalByPayer),
      ...basis.cells(scenario.id),
    ]),
  }
  const perYear: Table = {
    name: t('reports.sheet.perYear'),
    columns: [
      { header: t('reports.sheet.scenario'), kind: 'text', width: 30 },
      { header: t('reports.sheet.year'), kind: 'text', width: 8 },
      ...payerColumns(t),
      ...basis.columns,
    ],
    rows: pairs.flatMap(({ scenario, result }) =>
      Object.keys(result.totalsByYear)
        .sort()
        .map((year) => [
          text(scenario.name),
          text(year),
          ...payerCells(result.totalsByYear[year] as Record<Payer, CentsInput>),
          ...basis.cells(scenario.id),
        ]),
    ),
  }
  const perMonth: Table = {
    name: t('reports.sheet.perMonth'),
    columns: [
      { header: t('reports.sheet.scenario'), kind: 'text', width: 30 },
      { header: t('reports.sheet.month'), kind: 'text', width: 10 },
      ...payerColumns(t),
      ...basis.columns,
    ],
    rows: pairs.flatMap(({ scenario, result }) =>
      result.monthly.map((m) => [
        text(scenario.name),
        text(m.month),
        ...payerCells(m.byPayer),
        ...basis.cells(scenario.id),
      ]),
    ),
  }
  return [totals, perYear, perMonth]
}

export function buildComparisonXlsx(input: ComparisonExportInput): Promise<Uint8Array> {
  return buildWorkbook(buildComparisonTables(input), {
    title: input.t('reports.sheet.comparisonTitle', { household: input.householdLabel }),
    creator: 'Maatwerk',
    created: new Date(input.generatedAt),
  })
}

/** CSV holds one table; the comparison's CSV is the per-month table (the most detailed one). */
export function buildComparisonCsv(input: ComparisonExportInput): Uint8Array {
  const perMonth = buildComparisonTables(input)[2]
  if (!perMonth) throw new Error('buildComparisonCsv: per-month table missing')
  return encodeUtf8(tableToCsv(perMonth))
}
