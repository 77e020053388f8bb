import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_KEEP_COUNT, DESKTOP_CHANNELS, type DesktopChannel } from '#shared/ipc/desktop-api'
import { dialog, ipcMain, shell } from './fake-electron'
import { startHarness, type MainHarness } from './main-harness'

let h: MainHarness

beforeEach(async () => {
  h = await startHarness()
})

afterEach(async () => {
  await h.cleanup()
})

const sentinel = {
  installId: 'install-1',
  createdAt: '2026-01-15T09:30:00.000Z',
  householdCount: 6,
  lastSeenAt: '2026-01-16T10:00:00.000Z',
}

/** One valid argument list per channel (what a correct renderer sends). */
const validArgs: Record<DesktopChannel, unknown[]> = {
  [DESKTOP_CHANNELS.getAppInfo]: [],
  [DESKTOP_CHANNELS.saveFile]: [{ suggestedName: 'plan.json', data: '{}' }],
  [DESKTOP_CHANNELS.openFile]: [{ maxBytes: 1024 }],
  [DESKTOP_CHANNELS.openExternal]: ['https://wetten.overheid.nl/BWBR0035362'],
  [DESKTOP_CHANNELS.setLanguage]: ['en'],
  [DESKTOP_CHANNELS.openedCaseFilesTake]: [],
  [DESKTOP_CHANNELS.deviceKey]: [],
  [DESKTOP_CHANNELS.osUserCheck]: ['verify'],
  [DESKTOP_CHANNELS.sentinelRead]: [],
  [DESKTOP_CHANNELS.sentinelWrite]: [sentinel],
  [DESKTOP_CHANNELS.backupsWrite]: [{ data: new Uint8Array([1, 2, 3]) }],
  [DESKTOP_CHANNELS.backupsList]: [],
  [DESKTOP_CHANNELS.backupsRead]: ['maatwerk-20260115T093000000Z.mwbackup'],
}

/** Argument lists each channel must refuse. */
const badArgs: Record<DesktopChannel, unknown[][]> = {
  [DESKTOP_CHANNELS.getAppInfo]: [['extra']],
  [DESKTOP_CHANNELS.deviceKey]: [['extra'], [{ key: 'attacker-chosen' }]],
  [DESKTOP_CHANNELS.osUserCheck]: [[], ['unlock-everything'], ['verify', 'extra'], [{ mode: 'verify' }]],
  [DESKTOP_CHANNELS.saveFile]: [
    [],
    [{ suggestedName: '../../.bashrc', data: 'x' }],
    [{ suggestedName: '/etc/passwd', data: 'x' }],
    [{ suggestedName: 'a.json', data: 42 }],
    [{ suggestedName: 'a.json', data: 'x', filters: [{ name: 'x', extensions: ['../sh'] }] }],
    [{ suggestedName: 'a.json', data: 'x', path: '/tmp/x' }],
    [{ suggestedName: 'a.json', data: 'x' }, 'extra'],
  ],
  [DESKTOP_CHANNELS.openFile]: [
    [],
    [{ maxBytes: -1 }],
    [{ maxBytes: 1e12 }],
    [{ maxBytes: 10, as: 'stream' }],
    [{ maxBytes: 10, path: '/etc/passwd' }],
  ],
  [DESKTOP_CHANNELS.openExternal]: [
    [],
    [42],
    [''],
    ['x'.repeat(5000)],
    ['https://wetten.overheid.nl/', 'extra'],
  ],
  [DESKTOP_CHANNELS.setLanguage]: [[], ['de'], [{ language: 'en' }]],
  [DESKTOP_CHANNELS.openedCaseFilesTake]: [['extra'], ['/etc/passwd']],
  [DESKTOP_CHANNELS.sentinelRead]: [['extra']],
  [DESKTOP_CHANNELS.sentinelWrite]: [
    [],
    [{ ...sentinel, householdCount: -1 }],
    [{ ...sentinel, createdAt: 'yesterday' }],
    [{ ...sentinel, extra: true }],
    ['{"installId":"x"}'],
  ],
  [DESKTOP_CHANNELS.backupsWrite]: [
    [],
    [{ data: 'not bytes' }],
    [{ data: [1, 2, 3] }],
    [{ data: new Uint8Array([1]), name: '../evil' }],
    [{ data: new Uint8Array([1]), name: 'a'.repeat(41) }],
  ],
  [DESKTOP_CHANNELS.backupsList]: [['extra']],
  [DESKTOP_CHANNELS.backupsRead]: [
    [],
    ['../window-state.json'],
    ['..%2fwindow-state.json'],
    ['/etc/passwd'],
    ['maatwerk-20260115T093000000Z.mwbackup/../../x'],
    ['data-sentinel.json'],
  ],
}

const channels = Object.values(DESKTOP_CHANNELS)

describe('every IPC channel', () => {
  it('is registered through the wrapper, and nothing else is', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort())
    expect(ipcMain.listeners.size).toBe(0)
  })

  describe.each(channels)('%s', (channel) => {
    it.each([
      ['no sender frame', null],
      ['an https page', 'https://evil.example/'],
      ['a file page', 'file:///tmp/evil.html'],
      ['another app host', 'app://evil/index.html'],
      ['a look-alike host', 'app://bundle.evil/index.html'],
    ])('refuses a call from %s', async (_label, senderUrl) => {
      const result = await h.invoke(channel, validArgs[channel], senderUrl)
      expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    })

    it('refuses a call from a sub-frame of the app', async () => {
      const handler = ipcMain.handlers.get(channel)
      const result = await handler?.(
        { senderFrame: { url: 'app://bundle/index.html', parent: {} } },
        ...validArgs[channel],
      )
      expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    })

    it('refuses malformed arguments without doing anything', async () => {
      for (const args of badArgs[channel]) {
        const result = await h.invoke(channel, args)
        expect(result, JSON.stringify(args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      }
      expect(dialog.calls).toEqual([])
      expect(shell.openedExternal).toEqual([])
    })
  })
})

describe('the handlers behind the channels', () => {
  it('getAppInfo names the app without an absolute home path', async () => {
    const result = (await h.invoke(DESKTOP_CHANNELS.getAppInfo, [])) as {
      ok: true
      value: Record<string, string>
    }
    expect(result.ok).toBe(true)
    expect(result.value).toMatchObject({
      name: 'Maatwerk',
      version: '0.1.0-test',
      platform: process.platform,
    })
    expect(typeof result.value.userDataPathLabel).toBe('string')
  })

  it('saveFile asks where to save (suggesting a clean name) and writes the file atomically', async () => {
    await mkdir(h.documents, { recursive: true })
    const target = join(h.documents, 'plan.json')
    dialog.saveResults.push({ canceled: false, filePath: target })
    const result = await h.invoke(DESKTOP_CHANNELS.saveFile, [
      { suggestedName: 'plan:<1>.json', data: '{"a":1}', filters: [{ name: 'JSON', extensions: ['json'] }] },
    ])
    expect(result).toEqual({ ok: true, value: { name: 'plan.json' } })
    expect(await readFile(target, 'utf8')).toBe('{"a":1}')
    expect(dialog.calls[0]?.options.defaultPath).toBe(join(h.documents, 'plan__1_.json'))
    expect(await readdir(h.documents)).toEqual(['plan.json'])
  })

  it('saveFile writes bytes as they are', async () => {
    await mkdir(h.documents, { recursive: true })
    const target = join(h.documents, 'plan.pdf')
    dialog.saveResults.push({ canceled: false, filePath: target })
    await h.invoke(DESKTOP_CHANNELS.saveFile, [
      { suggestedName: 'plan.pdf', data: new Uint8Array([37, 80, 68, 70]) },
    ])
    expect([...(await readFile(target))]).toEqual([37, 80, 68, 70])
  })

  it('saveFile reports a closed dialog as cancelled', async () => {
    expect(await h.invoke(DESKTOP_CHANNELS.saveFile, [{ suggestedName: 'a.json', data: 'x' }])).toMatchObject(
      {
        ok: false,
        error: { code: 'cancelled' },
      },
    )
  })

  it('openFile returns the base name and text, and refuses files above maxBytes before reading', async () => {
    await mkdir(h.documents, { recursive: true })
    const path = join(h.documents, 'case.json')
    await writeFile(path, '{"naam":"Jansen"}')
    dialog.openResults.push({ canceled: false, filePaths: [path] })
    expect(await h.invoke(DESKTOP_CHANNELS.openFile, [{ maxBytes: 1000 }])).toEqual({
      ok: true,
      value: { name: 'case.json', sizeBytes: 17, data: '{"naam":"Jansen"}' },
    })
    dialog.openResults.push({ canceled: false, filePaths: [path] })
    expect(await h.invoke(DESKTOP_CHANNELS.openFile, [{ maxBytes: 10 }])).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    })
    dialog.openResults.push({ canceled: false, filePaths: [path] })
    const bytes = (await h.invoke(DESKTOP_CHANNELS.openFile, [{ maxBytes: 100, as: 'bytes' }])) as {
      value: { data: Uint8Array }
    }
    expect(bytes.value.data).toBeInstanceOf(Uint8Array)
  })

  it('openExternal opens allowlisted https links only', async () => {
    expect(await h.invoke(DESKTOP_CHANNELS.openExternal, ['https://wetten.overheid.nl/BWBR0035362'])).toEqual(
      {
        ok: true,
        value: null,
      },
    )
    for (const url of [
      'http://wetten.overheid.nl/',
      'file:///etc/passwd',
      'https://evil.example/',
      'smb://x/y',
    ]) {
      expect(await h.invoke(DESKTOP_CHANNELS.openExternal, [url])).toMatchObject({
        ok: false,
        error: { code: 'not-allowed' },
      })
    }
    expect(shell.openedExternal).toEqual(['https://wetten.overheid.nl/BWBR0035362'])
  })

  it('the sentinel round-trips through a file in userData and a damaged file is reported, not hidden', async () => {
    expect(await h.invoke(DESKTOP_CHANNELS.sentinelRead, [])).toEqual({ ok: true, value: null })
    expect(await h.invoke(DESKTOP_CHANNELS.sentinelWrite, [sentinel])).toEqual({ ok: true, value: null })
    expect(await h.invoke(DESKTOP_CHANNELS.sentinelRead, [])).toEqual({ ok: true, value: sentinel })
    await writeFile(join(h.userData, 'data-sentinel.json'), '{"installId": 1')
    expect(await h.invoke(DESKTOP_CHANNELS.sentinelRead, [])).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
  })

  it('backups are written, listed newest first, read back, and rotated to the newest ten', async () => {
    const written: string[] = []
    for (let index = 0; index < BACKUP_KEEP_COUNT + 2; index += 1) {
      const result = (await h.invoke(DESKTOP_CHANNELS.backupsWrite, [
        { data: new Uint8Array([index]), name: 'auto' },
      ])) as { ok: true; value: { name: string } }
      expect(result.ok).toBe(true)
      written.push(result.value.name)
    }
    const list = (await h.invoke(DESKTOP_CHANNELS.backupsList, [])) as { value: { name: string }[] }
    expect(list.value.map((entry) => entry.name)).toEqual(written.slice(2).reverse())
    const newest = written.at(-1) ?? ''
    expect(await h.invoke(DESKTOP_CHANNELS.backupsRead, [newest])).toEqual({
      ok: true,
      value: new Uint8Array([BACKUP_KEEP_COUNT + 1]),
    })
    expect(await h.invoke(DESKTOP_CHANNELS.backupsRead, [written[0]])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('an exception inside a handler comes back as an internal error without its message', async () => {
    // A sentinel path that is a folder makes the read fail with EISDIR.
    await mkdir(join(h.userData, 'data-sentinel.json'), { recursive: true })
    const result = (await h.invoke(DESKTOP_CHANNELS.sentinelRead, [])) as {
      ok: false
      error: { message: string }
    }
    expect(result.ok).toBe(false)
    expect(result.error.message).not.toContain(h.userData)
  })
})
