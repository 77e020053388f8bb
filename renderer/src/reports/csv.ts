/**
 * CSV for Excel-NL: semicolon-separated, decimal comma, UTF-8 with a byte-order mark (without the
 * BOM Excel reads UTF-8 as Windows-1252 and mangles ë and €), CRLF line ends (RFC 4180). Amounts are
 * plain numbers in euros ("1234,56"), without currency sign or thousands separator, so Excel and
 * other tools read them as numbers.
 */
import type { Cents } from '../../../shared/domain/types'
import { computeTotalsRow, type Cell, type Table } from './table'

export const CSV_SEPARATOR = ';'
export const UTF8_BOM = '\uFEFF'

/** 123456 → '1234,56'; -5 → '-0,05'. Exact: integer arithmetic on cents, no float formatting. */
export function formatCentsForCsv(cents: Cents): string {
  if (!Number.isInteger(cents)) throw new Error(`formatCentsForCsv: not integer cents: ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const euros = Math.floor(abs / 100)
  const rest = abs % 100
  return `${sign}${euros},${rest.toString().padStart(2, '0')}`
}

/** A number with a decimal comma and no thousands separator ('12,5'). */
export function formatNumberForCsv(value: number): string {
  if (!Number.isFinite(value)) return ''
  return String(value).replace('.', ',')
}

/** Quotes a field when it holds the separator, a quote or a line break; doubles inner quotes. */
export function quoteCsvField(value: string): string {
  // A leading =, +, - or @ would make a spreadsheet evaluate the text as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function cellToCsv(cell: Cell | undefined): string {
  if (!cell) return ''
  switch (cell.kind) {
    case 'text':
      return quoteCsvField(cell.value)
    case 'money':
      return formatCentsForCsv(cell.cents)
    case 'number':
      return formatNumberForCsv(cell.value)
    case 'empty':
      return ''
  }
}

/** One table as CSV text, BOM included. */
export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((c) => quoteCsvField(c.header)).join(CSV_SEPARATOR)]
  for (const row of table.rows) lines.push(table.columns.map((_, i) => cellToCsv(row[i])).join(CSV_SEPARATOR))
  if (table.totalsLabel !== undefined) {
    lines.push(computeTotalsRow(table).map(cellToCsv).join(CSV_SEPARATOR))
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n'
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
