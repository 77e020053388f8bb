import { beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import Papa from 'papaparse'
import { PAYERS, type CentsInput, type Payer, type ScenarioResult } from '#shared/domain/types'
import { centsRecord } from '#shared/domain/money'
import { buildComparisonCsv, buildComparisonXlsx } from '../../../renderer/src/reports/comparison-export'
import {
  buildPortfolioCsv,
  buildPortfolioXlsx,
  type PortfolioRow,
} from '../../../renderer/src/reports/portfolio-export'
import { formatCentsForCsv, quoteCsvField, tableToCsv } from '../../../renderer/src/reports/csv'
import { money, text } from '../../../renderer/src/reports/table'
import type { Translate } from '../../../renderer/src/reports/translate'
import { makeTranslate } from './i18n-helper'

let t: Translate
beforeAll(async () => {
  t = await makeTranslate('nl')
})

const cents = fc.integer({ min: 0, max: 50_000_000 })
const byPayer = fc.record(
  Object.fromEntries(PAYERS.map((p) => [p, cents])) as Record<Payer, fc.Arbitrary<CentsInput>>,
)

/** A result with consistent monthly, yearly and total figures (sums of the months). */
const resultArb = fc.array(byPayer, { minLength: 1, maxLength: 18 }).map((months): ScenarioResult => {
  const monthly = months.map((m, i) => ({
    month: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    byPayer: m,
  }))
  const totalsByYear: Record<string, Record<Payer, CentsInput>> = {}
  const totalByPayer = Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, CentsInput>
  for (const { month, byPayer: m } of monthly) {
    const year = month.slice(0, 4)
    const y = (totalsByYear[year] ??= Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<
      Payer,
      CentsInput
    >)
    for (const p of PAYERS) {
      y[p] += m[p]
      totalByPayer[p] += m[p]
    }
  }
  return {
    findings: [],
    lines: [],
    monthly: monthly.map((m) => ({ month: m.month, byPayer: centsRecord(m.byPayer) })),
    totalsByYear: Object.fromEntries(Object.entries(totalsByYear).map(([y, v]) => [y, centsRecord(v)])),
    totalByPayer: centsRecord(totalByPayer),
    carers: [],
    coverage: [],
    trace: [],
  }
})

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

describe('CSV for Excel-NL', () => {
  it('writes cents as exact decimal-comma euros without thousands separators', () => {
    expect(formatCentsForCsv(123456)).toBe('1234,56')
    expect(formatCentsForCsv(5)).toBe('0,05')
    expect(formatCentsForCsv(-2180)).toBe('-21,80')
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        const back = Math.round(Number(formatCentsForCsv(c).replace(',', '.')) * 100)
        expect(back).toBe(c)
      }),
      { seed: 7 },
    )
  })

  it('starts with a UTF-8 BOM, separates with semicolons, quotes what needs quoting and defuses formulas', () => {
    const csv = tableToCsv({
      name: 'x',
      columns: [
        { header: 'Naam', kind: 'text' },
        { header: 'Bedrag', kind: 'money' },
      ],
      rows: [
        [text('Zorgcoöperatie; "De Linde"'), money(123456)],
        [text('=HYPERLINK("x")'), money(0)],
      ],
      totalsLabel: 'Totaal',
    })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('Naam;Bedrag')
    expect(lines[1]).toBe('"Zorgcoöperatie; ""De Linde""";1234,56')
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")";0,00`)
    expect(lines[3]).toBe('Totaal;1234,56')
    expect(quoteCsvField('-5')).toBe("'-5")
  })
})

describe('scenario comparison export', () => {
  it('puts the engine totals in the XLSX as numbers with a euro format, per scenario, year and month', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(resultArb, { minLength: 1, maxLength: 3 }), async (results) => {
        const scenarios = results.map((_, i) => ({ id: `s${i}`, name: `Scenario ${i + 1}` }))
        const bytes = await buildComparisonXlsx({
          householdLabel: 'Test',
          scenarios,
          results,
          t,
          generatedAt: '2026-03-05T10:00:00.000Z',
        })
        const workbook = await readWorkbook(bytes)
        const [totals, perYear, perMonth] = workbook.worksheets
        expect(workbook.worksheets.map((w) => w.name)).toEqual(['Totalen', 'Per jaar', 'Per maand'])
        // Totals: title row, header row, then one row per scenario; payer columns from column 2.
        const header = totals!.getRow(2).values as unknown[]
        results.forEach((result, i) => {
          const row = totals!.getRow(3 + i)
          expect(row.getCell(1).value).toBe(scenarios[i]!.name)
          PAYERS.forEach((payer, j) => {
            expect(header[2 + j]).toBe(t(`reports.payers.${payer}`))
            const cell = row.getCell(2 + j)
            expect(typeof cell.value).toBe('number')
            expect(Math.round((cell.value as number) * 100)).toBe(result.totalByPayer[payer])
            expect(cell.numFmt).toContain('€')
          })
        })
        const yearRows = results.reduce((n, r) => n + Object.keys(r.totalsByYear).length, 0)
        expect(perYear!.actualRowCount).toBe(1 + yearRows)
        const monthRows = results.reduce((n, r) => n + r.monthly.length, 0)
        expect(perMonth!.actualRowCount).toBe(1 + monthRows)
        const firstMonth = perMonth!.getRow(2)
        expect(firstMonth.getCell(2).value).toBe(results[0]!.monthly[0]!.month)
        expect(Math.round((firstMonth.getCell(3).value as number) * 100)).toBe(
          results[0]!.monthly[0]!.byPayer['gemeente-wmo'],
        )
      }),
      { seed: 42, numRuns: 8 },
    )
  })

  it('writes the same monthly figures as CSV that parse back to the exact cents', async () => {
    await fc.assert(
      fc.asyncProperty(resultArb, async (result) => {
        const bytes = buildComparisonCsv({
          householdLabel: 'Test',
          scenarios: [{ id: 's1', name: 'Zorgcoöperatie' }],
          results: [result],
          t,
          generatedAt: '2026-03-05T10:00:00.000Z',
        })
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const parsed = Papa.parse<string[]>(
          new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trim(),
          { delimiter: ';' },
        )
        const [header, ...rows] = parsed.data
        expect(header![0]).toBe('Scenario')
        expect(rows).toHaveLength(result.monthly.length)
        rows.forEach((row, i) => {
          expect(row[0]).toBe('Zorgcoöperatie')
          expect(row[1]).toBe(result.monthly[i]!.month)
          PAYERS.forEach((payer, j) => {
            expect(Math.round(Number(row[2 + j]!.replace(',', '.')) * 100)).toBe(
              result.monthly[i]!.byPayer[payer],
            )
          })
        })
      }),
      { seed: 3, numRuns: 10 },
    )
  })
})

describe('portfolio export', () => {
  const rows: PortfolioRow[] = [
    {
      budgetLine: 'wmo',
      month: '2026-01',
      householdId: 'h1',
      householdLabel: 'Huishouden A',
      cents: 120_050,
    },
    { budgetLine: 'wmo', month: '2026-01', householdId: 'h2', householdLabel: 'Huishouden B', cents: 30_000 },
    {
      budgetLine: 'wmo',
      month: '2026-02',
      householdId: 'h1',
      householdLabel: 'Huishouden A',
      cents: 120_050,
    },
    {
      budgetLine: 'jeugd',
      month: '2026-01',
      householdId: 'h2',
      householdLabel: 'Huishouden B',
      cents: 99_999,
    },
  ]

  it('sums per budget line and month, per household, and lists the detail, all as euro numbers', async () => {
    const workbook = await readWorkbook(
      await buildPortfolioXlsx({ rows, t, generatedAt: '2026-03-05T10:00:00.000Z' }),
    )
    const [perLineMonth, perHousehold, detail] = workbook.worksheets
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1))
    expect(values(perLineMonth!)).toEqual([
      ['Begrotingspost', 'Maand', 'Prognose'],
      ['Jeugd', '2026-01', 999.99],
      ['Wmo', '2026-01', 1500.5],
      ['Wmo', '2026-02', 1200.5],
      ['Totaal', undefined, 3700.99],
    ])
    expect(values(perHousehold!)).toContainEqual(['Wmo', 'Huishouden A', 2401])
    expect(detail!.actualRowCount).toBe(1 + rows.length + 1)
    expect(perLineMonth!.getCell('C2').numFmt).toContain('€')
  })

  it('writes the detail as CSV', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      buildPortfolioCsv({ rows, t, generatedAt: '2026-03-05T10:00:00.000Z' }),
    )
    const lines = text.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('Begrotingspost;Maand;Huishouden-id;Huishouden;Prognose')
    expect(lines).toContain('Wmo;2026-01;h1;Huishouden A;1200,50')
    expect(lines.at(-1)).toBe('Totaal;;;;3700,99')
  })
})
