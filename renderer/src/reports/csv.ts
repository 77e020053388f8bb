/**
 * CSV for Excel-NL: semicolon-separated, decimal comma, UTF-8 with a byte-order mark (without the
 * BOM Excel reads UTF-8 as Windows-1252 and mangles ë and €), CRLF line ends (RFC 4180). Amounts are
 * plain numbers in euros ("1234,56"), without currency sign or thousands separator, so Excel and
 * other tools read them as numbers. `writeCsv` is the one CSV writer: every CSV export of the app
 * (comparison, portfolio, tariffs) goes through it and its formula guard.
 */
import type { CentsInput } from '#shared/domain/types'
import { computeTotalsRow, type Cell, type Table } from './table'

const CSV_SEPARATOR = ';'
const UTF8_BOM = '\uFEFF'

/** 123456 → '1234,56'; -5 → '-0,05'. Exact: integer arithmetic on cents, no float formatting. */
export function formatCentsForCsv(cents: CentsInput): string {
  if (!Number.isInteger(cents)) throw new Error(`formatCentsForCsv: not integer cents: ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const euros = Math.floor(abs / 100)
  const rest = abs % 100
  return `${sign}${euros},${rest.toString().padStart(2, '0')}`
}

/** A number with a decimal comma and no thousands separator ('12,5'). */
function formatNumberForCsv(value: number): string {
  if (!Number.isFinite(value)) return ''
  return String(value).replace('.', ',')
}

/** Characters that make a spreadsheet read a cell as a formula (or split it) when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Defuses CSV injection: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * evaluated by Excel or LibreOffice as a formula (OWASP "CSV Injection"), so it gets a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** A text field: defused, then quoted when it holds the separator, a quote or a line break. */
export function quoteCsvField(value: string): string {
  const safe = defuseFormula(value)
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A number already written for Excel-NL ('-1234,56', '12,5', '' for no value). */
type CsvNumber = { numeric: string }
/** A CSV cell: text (defused and quoted as needed) or a number, written as it is. */
type CsvCell = string | CsvNumber

const NUMERIC = /^(-?\d+(,\d+)?(e[+-]?\d+)?)?$/i

export const CSV_MESSAGES = {
  notNumeric: 'writeCsv: a numeric cell holds something other than a number',
} as const

function cellText(cell: CsvCell): string {
  if (typeof cell === 'string') return quoteCsvField(cell)
  // Only numbers bypass the formula guard, and only when they are nothing but a number.
  if (!NUMERIC.test(cell.numeric))
    throw new Error(`${CSV_MESSAGES.notNumeric}: ${JSON.stringify(cell.numeric)}`)
  return cell.numeric
}

/**
 * The one CSV writer of the app: rows of cells as Excel-NL CSV text (BOM, ';', CRLF after every
 * row). Every export goes through here, so every text cell passes the formula guard.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(cellText).join(CSV_SEPARATOR) + '\r\n').join('')
}

function cellToCsv(cell: Cell | undefined): CsvCell {
  if (!cell) return ''
  switch (cell.kind) {
    case 'text':
      return cell.value
    case 'money':
      return { numeric: formatCentsForCsv(cell.cents) }
    case 'number':
      return { numeric: formatNumberForCsv(cell.value) }
    case 'empty':
      return ''
  }
}

/** One table as CSV text, BOM included. */
export function tableToCsv(table: Table): string {
  const rows: CsvCell[][] = [table.columns.map((c) => c.header)]
  for (const row of table.rows) rows.push(table.columns.map((_, i) => cellToCsv(row[i])))
  if (table.totalsLabel !== undefined) rows.push(computeTotalsRow(table).map(cellToCsv))
  return writeCsv(rows)
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
