// Issue 12 at the store level: conflicts between windows, the lost-database gate, translated
// data-layer messages, and size checks before a file is read.
import { afterEach, describe, expect, it } from 'vitest'
import { openDataLayer, createMemorySentinel, type DataLayer } from '../../../renderer/src/data'
import { DATA_ERROR_MESSAGES, toDataError } from '../../../renderer/src/data/errors'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { CasesStore } from '../../../renderer/src/stores/cases-store'
import { StartupStore } from '../../../renderer/src/stores/startup-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import { noticeText } from '../../../renderer/src/views/shell/notice-text'
import { errorMessage, problemOf } from '../../../renderer/src/stores/messages'
import { messageText, technicalDetail } from '../../../renderer/src/views/common/message-text'
import { MAX_CASE_FILE_BYTES } from '../../../renderer/src/stores/import-limits'
import { createWorkspaceEngine } from '../../../renderer/src/stores/workspace-engine'
import { DataError } from '../../../renderer/src/data/api'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import { messages } from '../../../renderer/src/i18n/messages'
import { migrateCaseFile } from '../../../shared/case-file/migrate'
import { openTestWorkspace, until } from './workspace-fixtures'

const opened: DataLayer[] = []
afterEach(() => {
  for (const layer of opened.splice(0)) layer.close()
})

let counter = 0
async function twoWindows() {
  initI18n('nl')
  counter += 1
  const name = `two-windows-${counter}-${Date.now()}`
  const sentinel = createMemorySentinel()
  const a = await openDataLayer({ name, sentinel, auditKey: new Uint8Array(32).fill(7) })
  const b = await openDataLayer({ name, sentinel, auditKey: new Uint8Array(32).fill(7) })
  opened.push(a, b)
  return { name, a, b }
}

describe('two windows on one household', () => {
  it('shows "gewijzigd in een ander venster" and the other window’s data instead of overwriting it', async () => {
    const { a, b } = await twoWindows()
    const engine = createWorkspaceEngine()
    const id = await a.cases.createHousehold('Familie Jansen')
    const uiA = new UiStore()
    const storeA = new CaseStore(a, uiA, engine)
    storeA.open(id)
    await until(() => storeA.status === 'ready')

    await b.cases.updateHousehold({ id, label: 'Gewijzigd in venster B' })
    // Window A still shows the old label and edits it before its live query has caught up.
    expect(await storeA.updateHousehold({ label: 'Gewijzigd in venster A' })).toBe(false)
    expect(storeA.conflict).toBe(true)
    expect(uiA.notice && noticeText(uiA.notice, i18next.t)).toContain('gewijzigd in een ander venster')
    expect((await a.cases.loadCase(id))?.household.label).toBe('Gewijzigd in venster B')
    await until(() => storeA.household?.label === 'Gewijzigd in venster B')
    await storeA.reload()
    expect(storeA.conflict).toBe(false)
    // Based on the version it now shows, the next edit goes through.
    expect(await storeA.updateHousehold({ label: 'Daarna in A' })).toBe(true)
    storeA.close()
  })

  it('follows a change made in another window while the case is open', async () => {
    const { a, b } = await twoWindows()
    const id = await a.cases.createHousehold('Familie Jansen')
    const storeA = new CaseStore(a, new UiStore(), createWorkspaceEngine())
    storeA.open(id)
    await until(() => storeA.status === 'ready')
    await b.cases.updateHousehold({ id, label: 'Elders gewijzigd' })
    await until(() => storeA.household?.label === 'Elders gewijzigd')
    storeA.close()
  })

  it('several quick edits in one window are not mistaken for a conflict', async () => {
    const { a } = await twoWindows()
    const id = await a.cases.createHousehold('Familie Jansen')
    const store = new CaseStore(a, new UiStore(), createWorkspaceEngine())
    store.open(id)
    await until(() => store.status === 'ready')
    const results = await Promise.all([
      store.updateHousehold({ label: 'Een' }),
      store.updateHousehold({ label: 'Twee' }),
      store.updateHousehold({ label: 'Drie' }),
    ])
    expect(results).toEqual([true, true, true])
    expect(store.conflict).toBe(false)
    expect((await a.cases.loadCase(id))?.household.label).toBe('Drie')
    store.close()
  })

  it('refuses a save from an edit form whose draft predates another window’s change (no silent overwrite)', async () => {
    const { a, b } = await twoWindows()
    const id = await a.cases.createHousehold('Familie Jansen')
    const store = new CaseStore(a, new UiStore(), createWorkspaceEngine())
    store.open(id)
    await until(() => store.status === 'ready')
    const basedOn = store.editBase()
    await b.cases.updateHousehold({ id, label: 'Elders gewijzigd' })
    // The store follows the other window, so its own version is current again…
    await until(() => store.household?.label === 'Elders gewijzigd')
    // …but the form's draft is older: saving it would write its stale label over the change.
    expect(await store.updateHousehold({ label: 'Oude draft' }, basedOn)).toBe(false)
    expect(store.conflict).toBe(true)
    expect((await a.cases.loadCase(id))?.household.label).toBe('Elders gewijzigd')
    store.close()
  })

  it('does not count this window’s own saves since the form opened as a conflict', async () => {
    const { a } = await twoWindows()
    const id = await a.cases.createHousehold('Familie Jansen')
    const store = new CaseStore(a, new UiStore(), createWorkspaceEngine())
    store.open(id)
    await until(() => store.status === 'ready')
    const basedOn = store.editBase()
    expect(await store.updateHousehold({ dates: { melding: '2026-01-05' } })).toBe(true)
    expect(await store.updateHousehold({ label: 'Uit het formulier' }, basedOn)).toBe(true)
    expect(store.conflict).toBe(false)
    store.close()
  })
})

describe('a database lost while open', () => {
  it('switches the start-up gate to the lost-database screen', async () => {
    const { name, a } = await twoWindows()
    const startup = new StartupStore(a, new UiStore())
    await a.cases.createHousehold('Familie Jansen')
    expect(startup.gate).toBe('first-run')
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name)
      request.onsuccess = () => resolve()
      request.onblocked = () => undefined
    })
    await until(() => startup.gate === 'database-lost')
    expect(startup.blocksApp).toBe(true)
    expect(startup.lost).toBe('deleted')
  })
})

describe('data-layer messages in the user’s language', () => {
  it('has every data.errors key in both catalogues', () => {
    for (const key of Object.values(DATA_ERROR_MESSAGES)) {
      const name = key.replace('data.errors.', '')
      const nl = (messages.nl as { data: { errors: Record<string, string> } }).data.errors
      const en = (messages.en as { data: { errors: Record<string, string> } }).data.errors
      expect(nl[name], key).toBeTruthy()
      expect(en[name], key).toBeTruthy()
    }
  })

  it('never shows the raw quota key (bulk report, notices)', () => {
    initI18n('nl')
    const quota = problemOf({ path: '', message: DATA_ERROR_MESSAGES.quota, code: 'quota' })
    expect(messageText(quota, i18next.t)).not.toContain('data.errors')
    expect(messageText(quota, i18next.t)).toContain('vol')
    const noRoom = new DataError('quota', DATA_ERROR_MESSAGES.noRoom, [], { neededMb: 80, freeMb: 3 })
    expect(messageText(errorMessage(noRoom), i18next.t)).toContain('80 MB')
    void i18next.changeLanguage('en')
    expect(messageText(quota, i18next.t)).toContain('full')
    void i18next.changeLanguage('nl')
  })

  it('says an error it cannot classify in the user’s language, the browser’s text kept aside', () => {
    initI18n('nl')
    const abort = Object.assign(new Error('Transaction aborted by the browser'), { name: 'AbortError' })
    const fromDexie = toDataError(abort)
    const plain = new TypeError('Failed to fetch')
    const io = Object.assign(new Error('EIO: i/o error, write'), { name: 'CaseFileIoError' })
    for (const error of [fromDexie, plain, io, 'weird']) {
      const message = errorMessage(error)
      const nlText = messageText(message, i18next.t)
      expect(nlText).toMatch(/Er ging iets mis/)
      expect(nlText).not.toMatch(/AbortError|aborted|Failed to fetch|EIO|weird/)
      void i18next.changeLanguage('en')
      const enText = messageText(message, i18next.t)
      expect(enText).toMatch(/Something went wrong/)
      expect(enText).not.toMatch(/AbortError|aborted|Failed to fetch|EIO|weird/)
      void i18next.changeLanguage('nl')
    }
    expect(technicalDetail(errorMessage(fromDexie))).toContain('Transaction aborted by the browser')
    expect(technicalDetail(errorMessage(plain))).toBe('TypeError: Failed to fetch')
    expect(technicalDetail(errorMessage(io))).toContain('EIO')
    // A classified refusal keeps its coded problems in the sentence.
    const quota = errorMessage(toDataError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })))
    expect(messageText(quota, i18next.t)).toContain('vol')
    expect(technicalDetail(quota)).toBe('')
  })

  it('says a missing upgrade step in English without Dutch detail', () => {
    initI18n('en')
    const result = migrateCaseFile({ formatVersion: 1 }, [], 2)
    expect(result.ok).toBe(false)
    const problem = !result.ok ? problemOf(result.errors[0]!) : null
    const text = problem ? messageText(problem, i18next.t) : ''
    expect(text).toContain('Upgrading from version 1 to 2 failed')
    expect(text).toContain('Update Maatwerk')
    expect(text).not.toMatch(/upgrader|geen|versie/)
    void i18next.changeLanguage('nl')
    expect(problem ? messageText(problem, i18next.t) : '').toContain('Werk Maatwerk bij')
  })
})

describe('size checks before reading an import', () => {
  it('refuses a case file that is too large without reading it', async () => {
    const ws = await openTestWorkspace()
    opened.push(ws.data)
    const cases = new CasesStore(ws.data, ws.ui, ws.files, ws.engine)
    let read = false
    const outcome = await cases.importFile({
      name: 'enorm.json',
      size: MAX_CASE_FILE_BYTES + 1,
      read: async () => {
        read = true
        return '{}'
      },
    })
    expect(read).toBe(false)
    expect(outcome).toMatchObject({ ok: false })
    const problem = outcome.ok ? undefined : outcome.problems[0]
    expect(problem?.message).toMatchObject({ key: 'data.import.tooLarge', params: { name: 'enorm.json' } })
    expect(problem && messageText(problem.message, i18next.t)).toContain('te groot')
  })
})
