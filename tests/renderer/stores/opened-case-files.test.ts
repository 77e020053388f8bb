/**
 * Case files the OS handed to the desktop app go through the same validating import as the open
 * dialog; refusals by main and by the case-file schema are reported in the user's language and
 * change nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import { createFakeDesktop } from '../../../renderer/src/platform/fake-desktop'
import type { ImportOutcome } from '../../../renderer/src/stores/cases-store'
import type { Message } from '../../../renderer/src/stores/messages'
import { importOpenedCaseFiles } from '../../../renderer/src/stores/opened-case-files'
import { messageText } from '../../../renderer/src/views/common/message-text'

type Notice = { kind: 'info' | 'error'; message: string }

/** The store's notice as the view shows it (the store hands over keys; the view translates). */
function recordingUi(notices: Notice[]) {
  return {
    showMessage: (kind: 'info' | 'error', message: Message) =>
      notices.push({ kind, message: messageText(message, i18next.t) }),
  }
}

function setup(outcomes: Record<string, ImportOutcome>) {
  const desktop = createFakeDesktop()
  const notices: Notice[] = []
  const imported: string[] = []
  const cases = {
    async importText(text: string): Promise<ImportOutcome> {
      imported.push(text)
      return outcomes[text] ?? { ok: false, problems: [{ path: '', message: { text: 'onbekend' } }] }
    },
  }
  const ui = recordingUi(notices)
  return { desktop, notices, imported, run: () => importOpenedCaseFiles(desktop, cases, ui) }
}

beforeEach(() => {
  initI18n('nl')
})

describe('importing case files opened from the OS', () => {
  it('imports each file through the validating import and returns the last household to open', async () => {
    const s = setup({ a: { ok: true, householdId: 'h-a' }, b: { ok: true, householdId: 'h-b' } })
    s.desktop.openedCaseFiles.push(
      { name: 'a.maatwerk.json', ok: true, text: 'a' },
      { name: 'b.maatwerk.json', ok: true, text: 'b' },
    )
    expect(await s.run()).toBe('h-b')
    expect(s.imported).toEqual(['a', 'b'])
    expect(s.notices).toEqual([])
    expect(await s.run()).toBeNull() // taken once
  })

  it('reports a file main refused, in Dutch, without importing anything', async () => {
    const s = setup({})
    s.desktop.openedCaseFiles.push({
      name: 'groot.maatwerk.json',
      ok: false,
      error: { code: 'too-large', message: 'The file is larger than 5242880 bytes.' },
    })
    expect(await s.run()).toBeNull()
    expect(s.imported).toEqual([])
    expect(s.notices).toEqual([
      {
        kind: 'error',
        message:
          'Casusbestand “groot.maatwerk.json” is niet geopend: het bestand is groter dan 5 MB en is dus geen casusbestand.',
      },
    ])
  })

  it('reports the first schema problem and how many more, and goes on with the next file', async () => {
    const s = setup({
      bad: {
        ok: false,
        problems: [
          { path: 'household.label', message: { text: 'ontbreekt' } },
          { path: 'members[0]', message: { text: 'x' } },
          { path: 'members[1]', message: { text: 'y' } },
        ],
      },
      good: { ok: true, householdId: 'h-good' },
    })
    s.desktop.openedCaseFiles.push(
      { name: 'slecht.maatwerk.json', ok: true, text: 'bad' },
      { name: 'goed.maatwerk.json', ok: true, text: 'good' },
    )
    expect(await s.run()).toBe('h-good')
    expect(s.notices).toHaveLength(1)
    expect(s.notices[0]!.message).toBe(
      'Casusbestand “slecht.maatwerk.json” is geweigerd; er is niets opgeslagen. household.label: ontbreekt (en nog 2 andere problemen; open het bestand via “Casusbestand openen…” voor de hele lijst)',
    )
  })

  it('speaks English when the UI does, and maps unknown codes to a general reason', async () => {
    initI18n('en')
    const s = setup({})
    s.desktop.openedCaseFiles.push({
      name: 'x.maatwerk.json',
      ok: false,
      error: { code: 'internal', message: 'x' },
    })
    await s.run()
    expect(s.notices[0]!.message).toBe(
      'Case file “x.maatwerk.json” was not opened: the file could not be read.',
    )
  })

  it('does nothing when the bridge fails', async () => {
    const s = setup({})
    s.desktop.failEverythingWith = { code: 'internal', message: 'down' }
    expect(await s.run()).toBeNull()
    expect(s.notices).toEqual([])
  })
})

describe('the order of messages', () => {
  it('shows refusals after the imports, all in one notice, so an "imported" notice cannot hide them', async () => {
    const desktop = createFakeDesktop()
    const notices: Notice[] = []
    const ui = recordingUi(notices)
    const cases = {
      async importText(): Promise<ImportOutcome> {
        ui.showMessage('info', { text: 'geïmporteerd' })
        return { ok: true, householdId: 'h' }
      },
    }
    desktop.openedCaseFiles.push(
      { name: 'a.maatwerk.json', ok: false, error: { code: 'corrupt', message: 'x' } },
      { name: 'b.maatwerk.json', ok: true, text: 'b' },
      { name: 'c.maatwerk.json', ok: false, error: { code: 'not-found', message: 'x' } },
    )
    expect(await importOpenedCaseFiles(desktop, cases, ui)).toBe('h')
    expect(notices.map((notice) => notice.kind)).toEqual(['info', 'error'])
    expect(notices[1]!.message).toBe(
      'Casusbestand “a.maatwerk.json” is niet geopend: het bestand is geen UTF-8-tekst. Casusbestand “c.maatwerk.json” is niet geopend: het bestand bestaat niet (meer).',
    )
  })
})
