/**
 * A plain table model shared by the XLSX and CSV writers, so both formats carry exactly the same
 * numbers. Money cells stay integer cents here; each writer decides how to present them (a number
 * with a euro format in XLSX, a decimal-comma number in CSV) — never as pre-formatted text.
 */
import type { CentsInput } from '#shared/domain/types'

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'money'; cents: CentsInput }
  | { kind: 'number'; value: number }
  | { kind: 'empty' }

export type Column = { header: string; width?: number; kind: Cell['kind'] }

export type Table = {
  /** Sheet name (XLSX) or file-name suffix (CSV); at most 31 characters, no []:*?/\ . */
  name: string
  title?: string
  /** A line of explanation under the data (XLSX only; CSV carries what matters in its columns). */
  note?: string
  columns: Column[]
  rows: Cell[][]
  /** A totals row appended under the data (money/number columns summed). */
  totalsLabel?: string
}

export const text = (value: string): Cell => ({ kind: 'text', value })
export const money = (cents: CentsInput): Cell => ({ kind: 'money', cents })
const num = (value: number): Cell => ({ kind: 'number', value })
const empty: Cell = { kind: 'empty' }

/** Sums the money/number columns of a table (text columns stay empty, the first gets the label). */
export function computeTotalsRow(table: Table): Cell[] {
  return table.columns.map((column, index) => {
    if (column.kind === 'money') {
      let sum = 0
      for (const row of table.rows) {
        const cell = row[index]
        if (cell?.kind === 'money') sum += cell.cents
      }
      return money(sum)
    }
    if (column.kind === 'number') {
      let sum = 0
      for (const row of table.rows) {
        const cell = row[index]
        if (cell?.kind === 'number') sum += cell.value
      }
      return num(sum)
    }
    return index === 0 ? text(table.totalsLabel ?? '') : empty
  })
}
