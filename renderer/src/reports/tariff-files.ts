/**
 * Tariff tables as files, both ways: reading an imported CSV or XLSX into rows of text cells (which
 * shared/portfolio/tariff-import.ts validates) and writing the profile's tariffs as CSV through the
 * one CSV writer (same columns as the import, so an exported file can be edited and imported again).
 */
import Papa from 'papaparse'
import type { TariffEntry } from '#shared/domain/types'
import { tariffsToTable } from '#shared/portfolio'
import { writeCsv } from './csv'

/** Reads a CSV text (',' or ';' separated, detected) into rows of text cells. */
export function readCsvTable(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '')
  // The header decides the separator: Dutch spreadsheets write ';' (the decimal comma takes ',').
  const header = clean.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (header.match(/;/g) ?? []).length >= (header.match(/,/g) ?? []).length ? ';' : ','
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter })
  return parsed.data.filter((row, i, all) => !(i === all.length - 1 && row.length === 1 && row[0] === ''))
}

function isoOfUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Reads the first worksheet of an XLSX file into rows of text cells (dates as YYYY-MM-DD). */
export async function readXlsxTable(buffer: ArrayBuffer): Promise<string[][]> {
  const ExcelJS = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value
      // Excel stores dates as UTC midnight; numbers keep their '.' decimal point.
      cells[col - 1] =
        v instanceof Date ? isoOfUtcDate(v) : typeof v === 'number' ? String(v) : (cell.text ?? '')
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

/** Reads a tariff file by its name: `.xlsx` as a workbook, anything else as UTF-8 CSV. */
export async function readTariffTable(fileName: string, content: ArrayBuffer): Promise<string[][]> {
  return /\.xlsx$/i.test(fileName)
    ? await readXlsxTable(content)
    : readCsvTable(new TextDecoder('utf-8').decode(content))
}

/** The tariffs as CSV text for Excel-NL, formula guard included. */
export function tariffsToCsv(tariffs: readonly TariffEntry[]): string {
  return writeCsv(tariffsToTable(tariffs))
}
