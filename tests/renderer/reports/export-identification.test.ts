/**
 * Issue 12, "file names and the portfolio spreadsheet carry household labels": every export's file
 * name is free of labels and names, and the portfolio spreadsheet numbers its households unless the
 * user explicitly opts in to their names (as the plan, the comparison and the case file already
 * pseudonymise by default).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { EXAMPLE_CASES } from '#shared'
import type { CaseFile } from '#shared/domain/types'
import type { DataLayer } from '../../../renderer/src/data'
import type { FakeDesktop } from '../../../renderer/src/platform'
import type { CaseStore } from '../../../renderer/src/stores/case-store'
import type { ReportStore } from '../../../renderer/src/stores/report-store'
import { pseudonymisePortfolioRows, type PortfolioRow } from '../../../renderer/src/reports/portfolio-export'
import { backupFileName } from '../../../renderer/src/backup/backup-file'
import { caseFileName } from '../../../renderer/src/stores/case-file-io'
import { openReportWorkspace, type ReportWorkspace } from '../stores/report-fixtures'

let workspace: ReportWorkspace
let data: DataLayer
let desktop: FakeDesktop
let openCase: CaseStore
let reports: ReportStore

/** Labels, names and their distinctive parts of every example (what no file name may carry). */
function nameParts(files: readonly CaseFile[]): string[] {
  const names = files.flatMap((f) => [
    f.household.label,
    f.household.id,
    ...f.household.members.map((m) => m.name),
    ...f.household.carers.map((c) => c.name),
  ])
  return [
    ...new Set(
      names
        .flatMap((n) => [n, ...n.split(/[\s-]+/)])
        .filter((p) => p.length >= 4 && !/^(mevrouw|meneer|gezin|buurman|buurvrouw)$/i.test(p)),
    ),
  ]
}

/** Portfolio rows as the portfolio page hands them over: the examples' own labels and ids. */
const rows: PortfolioRow[] = EXAMPLE_CASES.flatMap((file, i) => [
  {
    budgetLine: 'wmo',
    month: '2026-01',
    householdId: file.household.id,
    householdLabel: file.household.label,
    cents: 1000 + i,
  },
  {
    budgetLine: 'wmo',
    month: '2026-02',
    householdId: file.household.id,
    householdLabel: file.household.label,
    cents: 2000 + i,
  },
])

beforeEach(async () => {
  workspace = await openReportWorkspace()
  ;({ data, desktop, openCase, reports } = workspace)
})

afterEach(() => workspace.close())

function savedText(index = -1): string {
  return new TextDecoder().decode(desktop.savedFiles.at(index)!.data as Uint8Array)
}

describe('portfolio spreadsheet', { timeout: 30_000 }, () => {
  it('numbers the households by default: no label and no id of a household in the CSV', async () => {
    await reports.exportPortfolio(rows, 'csv')
    const text = savedText()
    for (const part of nameParts(EXAMPLE_CASES)) expect(text).not.toContain(part)
    expect(text).toContain('Huishouden 1')
    expect(text).toContain('H001')
    expect(text).toContain(`Huishouden ${EXAMPLE_CASES.length}`)
  })

  it('numbers the households in every sheet of the XLSX by default', async () => {
    await reports.exportPortfolio(rows, 'xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(desktop.savedFiles.at(-1)!.data as Uint8Array as unknown as ArrayBuffer)
    const cells: string[] = []
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))),
    )
    const all = cells.join('\n')
    for (const file of EXAMPLE_CASES) expect(all).not.toContain(file.household.label)
    expect(all).toContain('Huishouden 1')
  })

  it('names the households only on the explicit opt-in', async () => {
    reports.setPortfolioIncludeLabels(true)
    await reports.exportPortfolio(rows, 'csv')
    const text = savedText()
    for (const file of EXAMPLE_CASES) expect(text).toContain(file.household.label)
  })

  it('keeps every amount and gives one household one number', () => {
    const numbered = pseudonymisePortfolioRows(rows, (n) => `Huishouden ${n}`)
    expect(numbered.map((r) => r.cents)).toEqual(rows.map((r) => r.cents))
    const byId = new Map<string, string>()
    rows.forEach((r, i) => {
      const label = numbered[i]!.householdLabel
      expect(byId.get(r.householdId) ?? label).toBe(label)
      byId.set(r.householdId, label)
    })
    expect(new Set(byId.values()).size).toBe(EXAMPLE_CASES.length)
  })
})

describe('file names of every export', { timeout: 60_000 }, () => {
  it('carry only the kind of document and the date — never a label or a name', async () => {
    const file = EXAMPLE_CASES[0]!
    const id = await data.cases.importCaseFile(file)
    openCase.open(id)
    await new Promise<void>((resolve) => {
      const tick = () => (openCase.status === 'ready' ? resolve() : setTimeout(tick, 10))
      tick()
    })
    // Pseudonymisation off: the contents may name the household, the file name still does not.
    reports.setPseudonymise(false)
    await reports.exportPlan()
    await reports.exportComparison('csv')
    await reports.exportComparison('xlsx')
    await reports.exportPortfolio(rows, 'xlsx')
    await reports.exportResidentAccess(id, 'json')
    await reports.exportResidentAccess(id, 'pdf')
    const names = desktop.savedFiles.map((f) => f.suggestedName)
    expect(names).toEqual([
      'maatwerk-plan-2026-02-01.pdf',
      'maatwerk-vergelijking-2026-02-01.csv',
      'maatwerk-vergelijking-2026-02-01.xlsx',
      'maatwerk-portefeuille-2026-02-01.xlsx',
      'maatwerk-inzage-2026-02-01.json',
      'maatwerk-inzage-2026-02-01.pdf',
    ])
    expect(backupFileName('2026-02-01T09:00:00.000Z')).toBe('maatwerk-backup-2026-02-01T09-00-00Z.mwbackup')
    for (const name of [...names, backupFileName('2026-02-01T09:00:00.000Z')])
      for (const part of nameParts(EXAMPLE_CASES))
        expect(name.toLowerCase()).not.toContain(part.toLowerCase())
  })

  it('name a case file after its pseudonym unless identifying data was explicitly included', () => {
    // The case-file export passes the pseudonymised label ("Casus 4f2a") by default (cases-store.test.ts).
    expect(caseFileName('Casus 4f2a')).toBe('casus-casus-4f2a.maatwerk.json')
    expect(caseFileName('Gezin Yilmaz')).toBe('casus-gezin-yilmaz.maatwerk.json')
  })
})
