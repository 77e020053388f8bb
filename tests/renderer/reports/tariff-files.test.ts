import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { PROVISIONS } from '#shared/catalogue'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import { validateTariffTable } from '#shared/portfolio'
import type { TariffEntry } from '#shared/domain/types'
import {
  readCsvTable,
  readTariffTable,
  readXlsxTable,
  tariffsToCsv,
} from '../../../renderer/src/reports/tariff-files'

function bytesOf(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

describe('readCsvTable', () => {
  it('reads semicolon and comma separated CSV', () => {
    expect(readCsvTable('a;b\n1;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(readCsvTable('\uFEFFa,b\n"1,5",2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ])
  })
})

describe('readXlsxTable', () => {
  it('reads the first sheet as text cells, dates as YYYY-MM-DD and numbers with a decimal point', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Tarieven')
    sheet.addRow(['provisionId', 'rate', 'from'])
    sheet.addRow(['wmo.dagbesteding', 46.15, new Date(Date.UTC(2026, 0, 1))])
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer
    expect(await readXlsxTable(buffer)).toEqual([
      ['provisionId', 'rate', 'from'],
      ['wmo.dagbesteding', '46.15', '2026-01-01'],
    ])
    expect(await readTariffTable('tarieven.XLSX', buffer)).toEqual(await readXlsxTable(buffer))
  })
})

describe('tariffsToCsv', () => {
  it('writes the profile tariffs so that they read back as the same valid tariff table', async () => {
    const tariffs = DEFAULT_MUNICIPALITY.tariffs
    const csv = tariffsToCsv(tariffs)
    expect(csv.startsWith('\uFEFFprovisionId;deliveryForm;rate;from;to;source;example\r\n')).toBe(true)
    const table = await readTariffTable('tarieven.csv', bytesOf(csv))
    const result = validateTariffTable(table, PROVISIONS)
    expect(result.ok).toBe(true)
    expect(
      result.rows.map((r) => [r.entry.provisionId, r.entry.deliveryForm, r.entry.rateCents, r.entry.from]),
    ).toEqual(tariffs.map((t) => [t.provisionId, t.deliveryForm, t.rateCents, t.from]))
  })

  it('defuses a source text that a spreadsheet would run as a formula', () => {
    const tariff: TariffEntry = {
      provisionId: 'wmo.dagbesteding',
      deliveryForm: 'zin',
      rateCents: 4615,
      from: '2026-01-01',
      to: null,
      source: '=HYPERLINK("http://evil.example","klik")',
      example: false,
    }
    const line = tariffsToCsv([tariff]).split('\r\n')[1]
    expect(line).toBe(
      `wmo.dagbesteding;zin;46,15;2026-01-01;;"'=HYPERLINK(""http://evil.example"",""klik"")";nee`,
    )
  })
})
