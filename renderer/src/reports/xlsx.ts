/**
 * XLSX through exceljs: money cells are numbers in euros with the `€ #,##0.00` format, so sums and
 * pivots work in Excel; nothing is written as pre-formatted text.
 */
import ExcelJS from 'exceljs'
import { computeTotalsRow, type Cell, type Table } from './table'

const EURO_FORMAT = '"€" #,##0.00;[Red]-"€" #,##0.00'
const NUMBER_FORMAT = '#,##0.##'

function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad'
  let candidate = base
  for (let i = 2; used.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`
    base = base.slice(0, 31 - suffix.length)
    candidate = base + suffix
  }
  used.add(candidate.toLowerCase())
  return candidate
}

function writeCell(target: ExcelJS.Cell, cell: Cell | undefined): void {
  if (!cell) return
  switch (cell.kind) {
    case 'text':
      target.value = cell.value
      break
    case 'money':
      // Cents are integers; /100 gives the exact euro value to two decimals in binary floating point
      // as closely as Excel itself stores it.
      target.value = cell.cents / 100
      target.numFmt = EURO_FORMAT
      break
    case 'number':
      target.value = cell.value
      target.numFmt = NUMBER_FORMAT
      break
    case 'empty':
      break
  }
}

type WorkbookMeta = { title: string; creator: string; created: Date }

/** Builds a workbook with one sheet per table and returns the .xlsx bytes. */
export async function buildWorkbook(tables: Table[], meta: WorkbookMeta): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator
  workbook.title = meta.title
  workbook.created = meta.created
  workbook.modified = meta.created
  const used = new Set<string>()
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), {
      views: [{ state: 'frozen', ySplit: table.title ? 2 : 1 }],
    })
    let rowIndex = 1
    if (table.title) {
      const titleCell = sheet.getCell(1, 1)
      titleCell.value = table.title
      titleCell.font = { bold: true, size: 13 }
      rowIndex = 2
    }
    const headerRow = sheet.getRow(rowIndex)
    table.columns.forEach((column, i) => {
      const cell = headerRow.getCell(i + 1)
      cell.value = column.header
      cell.font = { bold: true }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
      sheet.getColumn(i + 1).width = column.width ?? (column.kind === 'text' ? 24 : 14)
    })
    for (const row of table.rows) {
      rowIndex += 1
      const target = sheet.getRow(rowIndex)
      table.columns.forEach((_, i) => writeCell(target.getCell(i + 1), row[i]))
    }
    if (table.totalsLabel !== undefined) {
      rowIndex += 1
      const target = sheet.getRow(rowIndex)
      computeTotalsRow(table).forEach((cell, i) => writeCell(target.getCell(i + 1), cell))
      target.font = { bold: true }
    }
    if (table.note) {
      // Under the data after one empty row, so the header stays on the row readers expect.
      const noteCell = sheet.getCell(rowIndex + 2, 1)
      noteCell.value = table.note
      noteCell.font = { italic: true }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
