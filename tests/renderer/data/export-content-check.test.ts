// Exports check the case content MAC (content-mac.ts) as opening a household does. A household
// changed outside Maatwerk is not passed on as if it were sound: the case file, the plan and the
// comparison are refused (with a message and an audit entry) until the consultant accepts the content
// after review; the resident's access export (GDPR art. 15) is never refused, and says so instead.
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { MaatwerkDb } from '../../../renderer/src/data/db'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { createFakeDesktop } from '../../../renderer/src/platform'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { ReportStore } from '../../../renderer/src/stores/report-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import { createWorkspaceEngine } from '../../../renderer/src/stores/workspace-engine'
import { initI18n } from '../../../renderer/src/i18n'
import { normaliseSpace, pdfToText } from '../reports/pdf-text'
import { appI18n, until } from '../stores/workspace-fixtures'
import { createHarness, type Harness } from './harness'
import { modifyContent } from './content-rows'

const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

async function withExample(): Promise<{ harness: Harness; data: DataLayer; id: string }> {
  const harness = createHarness()
  const data = await harness.open()
  closers.push(() => data.close())
  const id = await data.cases.importCaseFile(structuredClone(EXAMPLE_VAN_DEN_BERG))
  return { harness, data, id }
}

/** A member's name edited behind the app's back, with a second connection on the same database. */
async function tamper(harness: Harness, id: string): Promise<void> {
  const db = new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
  await db.open()
  await modifyContent(db, id, (content) =>
    content.members.forEach((row) => {
      if (row.value.name === 'Mevrouw Van den Berg') row.value.name = 'Mevrouw Van der Veen'
    }),
  )
  db.close()
}

async function auditOf(data: DataLayer, action: string) {
  return (await data.audit.list()).filter((entry) => entry.action === action)
}

describe('exportCaseFile checks the content MAC', () => {
  it('refuses a household changed outside Maatwerk, logs the refusal, and exports again once accepted', async () => {
    const { harness, data, id } = await withExample()
    await tamper(harness, id)

    const refused = await data.cases.exportCaseFile(id).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(DataError)
    expect((refused as DataError).message).toBe(DATA_ERROR_MESSAGES.exportChangedOutside)
    expect(await auditOf(data, 'case.export')).toEqual([
      expect.objectContaining({ householdId: id, result: 'refused' }),
    ])
    // The opening's check logged the change itself, as when the household is opened on screen.
    expect(await auditOf(data, 'household.content-changed')).toHaveLength(1)
    expect(await data.audit.verifyChain()).toMatchObject({ ok: true })

    await data.cases.acceptCaseContent(id)
    const file = await data.cases.exportCaseFile(id)
    expect(file.household.members[0]?.name).toBe('Mevrouw Van der Veen')
    // Newest first: the export after acceptance, then the refusal.
    expect((await auditOf(data, 'case.export')).map((entry) => entry.result)).toEqual(['ok', 'refused'])
  })

  it('exports an untouched household as before (no false refusal)', async () => {
    const { data, id } = await withExample()
    const file = await data.cases.exportCaseFile(id)
    expect(file.household.members[0]?.name).toBe('Mevrouw Van den Berg')
    expect(await auditOf(data, 'case.export')).toEqual([expect.objectContaining({ result: 'ok' })])
  })

  it('gives the resident access export the content as stored, marked as changed (never refused)', async () => {
    const { harness, data, id } = await withExample()
    expect((await data.cases.exportForAccess(id)).contentChanged).toBe(false)
    await tamper(harness, id)
    const access = await data.cases.exportForAccess(id)
    expect(access.contentChanged).toBe(true)
    expect(access.caseFile.household.members[0]?.name).toBe('Mevrouw Van der Veen')
  })
})

describe('ReportStore exports of a household changed outside Maatwerk', { timeout: 30_000 }, () => {
  async function openReports() {
    initI18n('nl')
    const { harness, data, id } = await withExample()
    const ui = new UiStore()
    const engine = createWorkspaceEngine()
    const desktop = createFakeDesktop()
    const openCase = new CaseStore(data, ui, engine)
    closers.unshift(() => openCase.close())
    const reports = new ReportStore({
      data,
      engine,
      openCase,
      ui,
      desktop,
      translate: appI18n.fixedTranslate,
      now: () => '2026-02-01T09:00:00.000Z',
    })
    return { harness, data, id, desktop, openCase, reports }
  }

  it('refuses the plan and the comparison with a message and an audit entry; nothing is saved', async () => {
    const { harness, data, id, desktop, openCase, reports } = await openReports()
    await tamper(harness, id)
    openCase.open(id)
    await until(() => openCase.status === 'ready' && openCase.contentChanged, 5000)

    await reports.exportPlan()
    expect(reports.status).toEqual({ kind: 'error', key: 'reports.ui.contentChanged' })
    await reports.exportComparison('xlsx')
    expect(reports.status).toEqual({ kind: 'error', key: 'reports.ui.contentChanged' })
    expect(desktop.savedFiles).toHaveLength(0)
    expect(await auditOf(data, 'report.plan-pdf')).toEqual([
      expect.objectContaining({ householdId: id, result: 'refused' }),
    ])
    expect(await auditOf(data, 'report.comparison-export')).toEqual([
      expect.objectContaining({ householdId: id, result: 'refused' }),
    ])

    // Accepted after review: the plan is made again.
    await openCase.acceptContent()
    await until(() => !openCase.contentChanged, 5000)
    await reports.exportPlan()
    expect(reports.status).toMatchObject({ kind: 'info', key: 'reports.ui.saved' })
    expect(desktop.savedFiles).toHaveLength(1)
  })

  it('makes the resident access PDF and JSON anyway, with the warning in the document', async () => {
    const { harness, id, desktop, reports } = await openReports()
    await reports.exportResidentAccess(id, 'pdf')
    const before = normaliseSpace(await pdfToText(desktop.savedFiles.at(-1)!.data as Uint8Array))
    expect(before).not.toContain('buiten Maatwerk gewijzigd')

    await tamper(harness, id)
    await reports.exportResidentAccess(id, 'pdf')
    const pdf = normaliseSpace(await pdfToText(desktop.savedFiles.at(-1)!.data as Uint8Array))
    expect(pdf).toContain('Let op: deze gegevens zijn buiten Maatwerk gewijzigd')
    expect(pdf).toContain('Mevrouw Van der Veen')
    await reports.exportResidentAccess(id, 'json')
    const json = JSON.parse(new TextDecoder().decode(desktop.savedFiles.at(-1)!.data as Uint8Array)) as {
      contentCheck?: { changedOutsideMaatwerk: boolean }
    }
    expect(json.contentCheck?.changedOutsideMaatwerk).toBe(true)
  })
})
