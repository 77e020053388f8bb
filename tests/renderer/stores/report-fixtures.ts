/**
 * A report workspace for the export tests: a fresh data layer with the real engine (see
 * workspace-fixtures), a fake desktop that keeps the saved files, the case store and the report store
 * at a fixed clock, so every export test starts the same way.
 */
import type { CaseFile } from '#shared/domain/types'
import type { DataLayer } from '../../../renderer/src/data'
import { createFakeDesktop, type FakeDesktop } from '../../../renderer/src/platform'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { ReportStore } from '../../../renderer/src/stores/report-store'
import { appI18n, openTestWorkspace, until } from './workspace-fixtures'

/** The report store's clock in these tests: the date on every export. */
export const REPORT_NOW = '2026-02-01T09:00:00.000Z'

export type ReportWorkspace = {
  data: DataLayer
  desktop: FakeDesktop
  openCase: CaseStore
  reports: ReportStore
  /** Imports a case file and opens it in the case store; resolves with its id once it is ready. */
  openExample(file: CaseFile): Promise<string>
  close(): void
}

export async function openReportWorkspace(): Promise<ReportWorkspace> {
  const { data, ui, engine } = await openTestWorkspace()
  const desktop = createFakeDesktop()
  const openCase = new CaseStore(data, ui, engine)
  const reports = new ReportStore({
    data,
    engine,
    openCase,
    ui,
    desktop,
    translate: appI18n.fixedTranslate,
    now: () => REPORT_NOW,
  })
  return {
    data,
    desktop,
    openCase,
    reports,
    async openExample(file) {
      const id = await data.cases.importCaseFile(file)
      openCase.open(id)
      await until(() => openCase.status === 'ready', 5000)
      return id
    },
    close() {
      openCase.close()
      data.close()
    },
  }
}
