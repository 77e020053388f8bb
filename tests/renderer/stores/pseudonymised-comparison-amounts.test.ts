/**
 * The pseudonymised comparison export computes on birth years (1 July), like the plan, because exact
 * monthly figures would give away the month a child turns 18 and with it the birth date. A consultant
 * or budget holder must never meet two numbers for one thing without being told why: the Plan tab
 * names which figures differ from the screen, the file marks the scenarios whose figures depend on the
 * birthday and says which figures those are, and without pseudonymisation the file equals the screen.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { sumMunicipal } from '../../../renderer/src/reports/comparison-export'
import { youngCarerHelpAtHome } from '../../e2e/fixtures/young-carer'
import { openReportWorkspace, type ReportWorkspace } from './report-fixtures'

let ws: ReportWorkspace
beforeEach(async () => {
  ws = await openReportWorkspace()
})
afterEach(() => ws.close())

/** The screen's municipal total of the open case's selected scenario. */
function screenMunicipalTotal(): number {
  const result = ws.openCase.result
  if (!result) throw new Error('no result on screen')
  return sumMunicipal(result.totalByPayer)
}

async function exportedTotals(): Promise<{ municipal: number; basis: string | null; note: string }> {
  await ws.reports.exportComparison('xlsx')
  const bytes = ws.desktop.savedFiles.at(-1)!.data as Uint8Array
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const sheet = workbook.worksheets[0]!
  const header = (sheet.getRow(2).values as unknown[]).map(String)
  const row = sheet.getRow(3)
  const basisColumn = header.indexOf('Rekenbasis leeftijd')
  const notes: string[] = []
  sheet.eachRow((r) => {
    const first = r.getCell(1).value
    if (typeof first === 'string' && first.startsWith('Gepseudonimiseerd')) notes.push(first)
  })
  return {
    municipal: Math.round((row.getCell(header.indexOf('Totaal gemeente')).value as number) * 100),
    basis: basisColumn > 0 ? String(row.getCell(basisColumn).value) : null,
    note: notes.join('\n'),
  }
}

function csvText(): string {
  return new TextDecoder().decode(ws.desktop.savedFiles.at(-1)!.data as Uint8Array)
}

describe('the pseudonymised comparison export of a child turning 18 mid-year', { timeout: 60_000 }, () => {
  it('differs from the screen’s total, and the file marks the scenario and says which figures', async () => {
    await ws.openExample(youngCarerHelpAtHome())
    const exported = await exportedTotals()
    expect(exported.municipal).not.toBe(screenMunicipalTotal())
    expect(exported.basis).toContain('kunnen afwijken van het dossier')
    expect(exported.note).toContain('de maanden waarin iemand een leeftijdsgrens bereikt')
    expect(exported.note).toContain('de jaartotalen van die jaren en het totaal')
  })

  it('marks every row of the per-month CSV, never naming the months that moved', async () => {
    await ws.openExample(youngCarerHelpAtHome())
    await ws.reports.exportComparison('csv')
    const lines = csvText().trim().split(/\r?\n/)
    expect(lines[0]).toContain('Rekenbasis leeftijd')
    expect(lines.slice(1).every((line) => line.includes('kunnen afwijken van het dossier'))).toBe(true)
    expect(lines.slice(1)).toHaveLength(36)
  })

  it('names on the Plan tab exactly the months, the year and the total that differ', async () => {
    await ws.openExample(youngCarerHelpAtHome())
    const [difference, ...rest] = ws.reports.pseudonymisedDifferences
    expect(rest).toEqual([])
    expect(difference).toMatchObject({ scenarioId: 's-daan-helpt', years: ['2028'], total: true })
    expect(difference?.months[0]).toBe('2028-07')
  })

  it('equals the screen when pseudonymisation is off, with no birth-year column or note', async () => {
    await ws.openExample(youngCarerHelpAtHome())
    ws.reports.setPseudonymise(false)
    expect(ws.reports.pseudonymisedDifferences).toEqual([])
    const exported = await exportedTotals()
    expect(exported.municipal).toBe(screenMunicipalTotal())
    expect(exported.basis).toBeNull()
    expect(exported.note).toBe('')
  })
})

describe('the pseudonymised comparison export of a household without an age limit in its period', () => {
  it(
    'says its figures equal the case record and the Plan tab lists no differences',
    { timeout: 60_000 },
    async () => {
      await ws.openExample(EXAMPLE_VAN_DEN_BERG)
      expect(ws.reports.pseudonymisedDifferences).toEqual([])
      const exported = await exportedTotals()
      expect(exported.basis).toContain('gelijk aan het dossier')
    },
  )
})
