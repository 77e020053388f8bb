/**
 * Issue 15 (plain Dutch, no internals): a failure the app cannot classify reads as a plain sentence in
 * the user's language in every store that reports one — backups, exports, the arrangement's verdict,
 * the optimiser and the comparison. The thrown text (a browser's or library's English) never reaches
 * a message's parameters; it is kept aside as the technical part, for the fold-out.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG } from '#shared'
import { createFakeDesktop } from '../../../renderer/src/platform'
import { BackupStore } from '../../../renderer/src/stores/backup-store'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { ReportStore } from '../../../renderer/src/stores/report-store'
import { OptimiserStore } from '../../../renderer/src/stores/decision/optimiser-store'
import { ComparisonStore } from '../../../renderer/src/stores/decision/comparison-store'
import type { Message, MessageParams } from '../../../renderer/src/stores/messages'
import type { DataLayer } from '../../../renderer/src/data'
import { i18next } from '../../../renderer/src/i18n'
import { messageText, technicalDetail } from '../../../renderer/src/views/common/message-text'
import { appI18n, openTestWorkspace, until } from './workspace-fixtures'
import { openDecisionDeps, VDB } from './decision/decision-fixtures'

const RAW = 'TypeError: Cannot read properties of undefined (reading ‘lines’)'
const RAW_FRAGMENT = 'Cannot read properties'

function thrower(): never {
  throw new TypeError('Cannot read properties of undefined (reading ‘lines’)')
}

/** Every text inside a message's parameters (nested messages included), never its technical part. */
function paramTexts(params: MessageParams | undefined): string[] {
  return Object.values(params ?? {}).flatMap((value) =>
    typeof value === 'object' ? messageTexts(value) : [String(value)],
  )
}

function messageTexts(message: Message): string[] {
  if ('text' in message) return [message.text]
  if ('all' in message) return message.all.flatMap(messageTexts)
  if ('path' in message) return [message.path, ...messageTexts(message.message)]
  return [message.key, ...paramTexts(message.params)]
}

/** The message reads plainly in Dutch and English, without the thrown text; the fold-out has it. */
function expectPlain(message: Message): void {
  for (const text of messageTexts(message)) expect(text).not.toContain(RAW_FRAGMENT)
  for (const language of ['nl', 'en'] as const) {
    void i18next.changeLanguage(language)
    const sentence = messageText(message, i18next.t)
    expect(sentence).not.toContain(RAW_FRAGMENT)
    expect(sentence).not.toMatch(/TypeError|undefined/)
    expect(sentence).toMatch(language === 'nl' ? /Er ging iets mis|onverwacht/i : /went wrong|unexpected/i)
  }
  void i18next.changeLanguage('nl')
  expect(technicalDetail(message)).toContain(RAW)
}

let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

describe('plain error sentences in the stores', { timeout: 60_000 }, () => {
  it('BackupStore: a restore that fails unexpectedly says so plainly and changes nothing', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    for (const file of EXAMPLE_CASES.slice(0, 2)) await ws.data.cases.importCaseFile(file)
    const desktop = createFakeDesktop()
    // The data layer the store sees refuses the restore with an unclassified error.
    const failing: DataLayer = Object.create(ws.data, { restoreDatabase: { value: thrower } }) as DataLayer
    const store = new BackupStore({ data: () => failing, desktop, now: () => '2026-03-05T10:00:00.000Z' })
    const passphrase = 'lange wachtzin met ë en €'
    expect(await store.makeBackup(passphrase, passphrase)).toBe(true)
    const before = (await ws.data.dumpDatabase()).tables
    store.setFile('backup.mwbackup', desktop.savedFiles.at(-1)!.data as Uint8Array)
    expect(await store.inspect(passphrase)).toBe(true)
    expect(await store.confirmRestore()).toBe(false)
    const status = store.restoreMessage!
    expect(status.kind).toBe('error')
    expect(status.key).toBe('reports.backup.errors.restore-failed')
    expectPlain({ key: status.key, params: status.params ?? {} })
    expect((await ws.data.dumpDatabase()).tables).toEqual(before)
  })

  it('BackupStore: a safety backup that fails unexpectedly stops the restore with a plain sentence', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    await ws.data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const desktop = createFakeDesktop()
    const store = new BackupStore({ data: () => ws.data, desktop, now: () => '2026-03-05T10:00:00.000Z' })
    const passphrase = 'lange wachtzin met ë en €'
    expect(await store.makeBackup(passphrase, passphrase)).toBe(true)
    store.setFile('backup.mwbackup', desktop.savedFiles.at(-1)!.data as Uint8Array)
    expect(await store.inspect(passphrase)).toBe(true)
    // The fake desktop keeps backups (as the desktop app does): its backup folder fails unexpectedly.
    desktop.backups.write = thrower
    desktop.saveFile = thrower
    expect(await store.confirmRestore()).toBe(false)
    const status = store.restoreMessage!
    expect(status.key).toBe('data.restore.safetyFailed')
    expectPlain({ key: status.key, params: status.params ?? {} })
  })

  it('ReportStore: an export that fails unexpectedly says so plainly', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    const id = await ws.data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const openCase = new CaseStore(ws.data, ws.ui, ws.engine)
    openCase.open(id)
    await until(() => openCase.status === 'ready')
    const desktop = createFakeDesktop()
    desktop.saveFile = thrower
    const reports = new ReportStore({
      data: ws.data,
      engine: ws.engine,
      openCase,
      ui: ws.ui,
      desktop,
      translate: appI18n.fixedTranslate,
      now: () => '2026-02-01T09:00:00.000Z',
    })
    await reports.exportPlan()
    const status = reports.status!
    expect(status).toMatchObject({ kind: 'error', key: 'reports.ui.failed' })
    expectPlain({ key: status.key, params: status.params ?? {} })
    openCase.close()
  })

  it('CaseStore: an engine failure on the open scenario reads as a plain sentence', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    const id = await ws.data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const openCase = new CaseStore(ws.data, ws.ui, { ...ws.engine, evaluateScenario: thrower })
    openCase.open(id)
    await until(() => openCase.status === 'ready')
    const evaluation = openCase.evaluation
    expect(evaluation.ok).toBe(false)
    if (evaluation.ok !== false) return
    expect(evaluation.message).toMatchObject({ key: 'engine.messages.unexpected' })
    expectPlain(evaluation.message)
    openCase.close()
  })

  it('OptimiserStore and ComparisonStore: a solver or engine failure reads as a plain sentence', async () => {
    const ws = await openDecisionDeps()
    data = ws.data
    const optimiser = new OptimiserStore({
      ...ws.deps,
      solver: () => Promise.reject(new TypeError(RAW.slice(11))),
    })
    await optimiser.runOptimiser('Voorstel')
    const run = optimiser.run
    expect(run.status).toBe('failed')
    if (run.status === 'failed') expectPlain(run.message)

    const failingEngine = { ...ws.deps.engine, evaluateScenario: thrower }
    const comparison = new ComparisonStore({ ...ws.deps, engine: failingEngine })
    expect(ws.openCase.householdId).toBe(VDB)
    const errors = comparison.comparison?.errors ?? []
    expect(errors.length).toBeGreaterThan(0)
    for (const e of errors) expectPlain(e.message)
  })
})
