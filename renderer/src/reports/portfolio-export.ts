/**
 * The portfolio (commitments per budget line, month and household) as XLSX and CSV. Pure: takes the
 * plain rows the portfolio page already has.
 */
import type { BudgetLine, CentsInput, YearMonth } from '#shared/domain/types'
import { buildWorkbook } from './xlsx'
import { encodeUtf8, tableToCsv } from './csv'
import { money, text, type Table } from './table'
import type { Translate } from './translate'

export type PortfolioRow = {
  budgetLine: BudgetLine
  month: YearMonth
  householdId: string
  householdLabel: string
  cents: CentsInput
}

export type PortfolioExportInput = {
  rows: PortfolioRow[]
  t: Translate
  generatedAt: string
  /** Optional title line, e.g. the municipality and the year. */
  title?: string
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Sums cents per key, keeping the first-seen order of keys irrelevant: results are sorted. */
function sumBy<K extends string>(rows: PortfolioRow[], key: (r: PortfolioRow) => K): Map<K, CentsInput> {
  const sums = new Map<K, CentsInput>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.cents)
  return sums
}

/**
 * The rows with every household label and id replaced by a number ("Huishouden 1", id "H001"),
 * numbered in id order: a portfolio spreadsheet travels (mail, shared drives), and labels are names
 * ("Gezin Yilmaz") and some ids are too (the examples'). Amounts stay exact.
 */
export function pseudonymisePortfolioRows(
  rows: readonly PortfolioRow[],
  labelFor: (n: number) => string,
): PortfolioRow[] {
  const ids = [...new Set(rows.map((r) => r.householdId))].sort(compare)
  const width = Math.max(3, String(ids.length).length)
  const numbers = new Map(ids.map((id, i) => [id, i + 1]))
  return rows.map((r) => {
    const n = numbers.get(r.householdId) ?? 0
    return { ...r, householdId: `H${String(n).padStart(width, '0')}`, householdLabel: labelFor(n) }
  })
}

export function buildPortfolioTables(input: PortfolioExportInput): Table[] {
  const { t, rows } = input
  const lineLabel = (line: BudgetLine) => t(`reports.budgetLines.${line}`)
  const byLineMonth = sumBy(rows, (r) => `${r.budgetLine}|${r.month}`)
  const perLineMonth: Table = {
    name: t('reports.sheet.perBudgetLineMonth'),
    ...(input.title ? { title: input.title } : {}),
    columns: [
      { header: t('reports.sheet.budgetLine'), kind: 'text', width: 22 },
      { header: t('reports.sheet.month'), kind: 'text', width: 10 },
      { header: t('reports.sheet.amount'), kind: 'money', width: 16 },
    ],
    rows: [...byLineMonth.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([key, cents]) => {
        const [line, month] = key.split('|') as [BudgetLine, string]
        return [text(lineLabel(line)), text(month), money(cents)]
      }),
    totalsLabel: t('reports.sheet.total'),
  }
  const byLineHousehold = sumBy(rows, (r) => `${r.budgetLine}|${r.householdId}`)
  const labels = new Map(rows.map((r) => [r.householdId, r.householdLabel]))
  const perHousehold: Table = {
    name: t('reports.sheet.perHousehold'),
    columns: [
      { header: t('reports.sheet.budgetLine'), kind: 'text', width: 22 },
      { header: t('reports.sheet.household'), kind: 'text', width: 30 },
      { header: t('reports.sheet.amount'), kind: 'money', width: 16 },
    ],
    rows: [...byLineHousehold.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([key, cents]) => {
        const [line, householdId] = key.split('|') as [BudgetLine, string]
        return [text(lineLabel(line)), text(labels.get(householdId) ?? householdId), money(cents)]
      }),
    totalsLabel: t('reports.sheet.total'),
  }
  const detail: Table = {
    name: t('reports.sheet.detail'),
    columns: [
      { header: t('reports.sheet.budgetLine'), kind: 'text', width: 22 },
      { header: t('reports.sheet.month'), kind: 'text', width: 10 },
      { header: t('reports.sheet.householdId'), kind: 'text', width: 20 },
      { header: t('reports.sheet.household'), kind: 'text', width: 30 },
      { header: t('reports.sheet.amount'), kind: 'money', width: 16 },
    ],
    rows: [...rows]
      .sort(
        (a, b) =>
          compare(a.budgetLine, b.budgetLine) ||
          compare(a.month, b.month) ||
          compare(a.householdId, b.householdId),
      )
      .map((r) => [
        text(lineLabel(r.budgetLine)),
        text(r.month),
        text(r.householdId),
        text(r.householdLabel),
        money(r.cents),
      ]),
    totalsLabel: t('reports.sheet.total'),
  }
  return [perLineMonth, perHousehold, detail]
}

export function buildPortfolioXlsx(input: PortfolioExportInput): Promise<Uint8Array> {
  return buildWorkbook(buildPortfolioTables(input), {
    title: input.title ?? input.t('reports.sheet.portfolioTitle'),
    creator: 'Maatwerk',
    created: new Date(input.generatedAt),
  })
}

/** CSV: the detail table (one line per budget line, month and household). */
export function buildPortfolioCsv(input: PortfolioExportInput): Uint8Array {
  const detail = buildPortfolioTables(input)[2]
  if (!detail) throw new Error('buildPortfolioCsv: detail table missing')
  return encodeUtf8(tableToCsv(detail))
}
