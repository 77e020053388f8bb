/**
 * Case files handed over by the operating system (file association, command line, macOS open-file):
 * which arguments count, the bounded queue, what main refuses before the page sees anything, and the
 * wiring through second-instance / open-file to the validated bridge channel.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CASE_FILE_MAX_BYTES } from '#shared/case-file/parse'
import { DESKTOP_CHANNELS } from '#shared/ipc/desktop-api'
import { pinUserDataFolder, USER_DATA_FOLDER } from '../../electron/main/app-identity'
import {
  MAX_OPENED_CASE_FILE_BYTES,
  MAX_PENDING_CASE_FILES,
  OpenedCaseFileQueue,
  caseFilePathsFromArgv,
  readOpenedCaseFile,
} from '../../electron/main/opened-files'
import { app, createFakeEvent } from './fake-electron'
import { startHarness, type MainHarness } from './main-harness'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maatwerk-opened-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('case files among the arguments', () => {
  const cwd = join(tmpdir(), 'cwd')
  it.each([
    [['/app/Maatwerk', '/home/a/casus-jansen.maatwerk.json'], ['/home/a/casus-jansen.maatwerk.json']],
    [['/app/Maatwerk', 'casus.maatwerk.json'], [join(cwd, 'casus.maatwerk.json')]],
    [['/app/Maatwerk', '/home/a/CASUS.MAATWERK.JSON'], ['/home/a/CASUS.MAATWERK.JSON']],
    [['/app/Maatwerk', '--inspect=9229', '--foo=x.maatwerk.json', '-x.maatwerk.json'], []],
    [['/app/Maatwerk', '/home/a/plan.json', '/home/a/notes.txt', '/home/a/.maatwerk.json'], []],
    [
      ['/usr/bin/electron', '/project', '/home/a/x.maatwerk.json', '/home/a/x.maatwerk.json'],
      ['/home/a/x.maatwerk.json'],
    ],
    [['/app/Maatwerk', 'https://evil.example/x.maatwerk.json', 'smb://server/share/x.maatwerk.json'], []],
    [['/app/Maatwerk', 'file://server/share/x.maatwerk.json'], []],
    [['/app/x.maatwerk.json'], []], // argv[0] is the executable, never a document
  ])('%j → %j', (argv, expected) => {
    expect(caseFilePathsFromArgv(argv, cwd)).toEqual(expected)
  })

  it('accepts local file: URLs (Linux desktop entries pass %U)', () => {
    const path = join(dir, 'uit de verkenner.maatwerk.json')
    expect(caseFilePathsFromArgv(['/app/maatwerk', pathToFileURL(path).href], '/')).toEqual([path])
  })
})

describe('the queue', () => {
  it('hands each path out once, oldest first, without duplicates', () => {
    const queue = new OpenedCaseFileQueue()
    expect(queue.add(['/a.maatwerk.json', '/b.maatwerk.json', '/a.maatwerk.json'])).toBe(2)
    expect(queue.takeAll()).toEqual(['/a.maatwerk.json', '/b.maatwerk.json'])
    expect(queue.takeAll()).toEqual([])
  })

  it(`holds at most ${MAX_PENDING_CASE_FILES} waiting files`, () => {
    const queue = new OpenedCaseFileQueue()
    queue.add(Array.from({ length: 50 }, (_, i) => `/f${i}.maatwerk.json`))
    expect(queue.size).toBe(MAX_PENDING_CASE_FILES)
  })
})

describe('reading a handed-over file', () => {
  it('returns the name and the text, never the path', async () => {
    const path = join(dir, 'casus-één.maatwerk.json')
    await writeFile(path, '{"formatVersion":1,"naam":"Jansen–de Vries"}')
    expect(await readOpenedCaseFile(path)).toEqual({
      name: 'casus-één.maatwerk.json',
      ok: true,
      text: '{"formatVersion":1,"naam":"Jansen–de Vries"}',
    })
  })

  it('uses the case-file parser’s size limit', () => {
    expect(MAX_OPENED_CASE_FILE_BYTES).toBe(CASE_FILE_MAX_BYTES)
  })

  it('refuses a file above the limit before reading it', async () => {
    const path = join(dir, 'huge.maatwerk.json')
    await writeFile(path, Buffer.alloc(MAX_OPENED_CASE_FILE_BYTES + 1, 0x20))
    expect(await readOpenedCaseFile(path)).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'exact.maatwerk.json')
    await writeFile(path, Buffer.alloc(MAX_OPENED_CASE_FILE_BYTES, 0x20))
    expect(await readOpenedCaseFile(path)).toMatchObject({ ok: true })
  })

  it('refuses bytes that are not UTF-8', async () => {
    const path = join(dir, 'latin1.maatwerk.json')
    await writeFile(path, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
    expect(await readOpenedCaseFile(path)).toMatchObject({ ok: false, error: { code: 'corrupt' } })
  })

  it('refuses other file types, folders and missing files', async () => {
    await writeFile(join(dir, 'plan.json'), '{}')
    await mkdir(join(dir, 'map.maatwerk.json'))
    expect(await readOpenedCaseFile(join(dir, 'plan.json'))).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    })
    expect(await readOpenedCaseFile(join(dir, 'map.maatwerk.json'))).toMatchObject({
      ok: false,
      error: { code: 'io' },
    })
    expect(await readOpenedCaseFile(join(dir, 'weg.maatwerk.json'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('refuses a symlink to something that is not a regular case file’s content (a folder)', async () => {
    await mkdir(join(dir, 'target-folder'))
    await symlink(join(dir, 'target-folder'), join(dir, 'link.maatwerk.json'))
    expect(await readOpenedCaseFile(join(dir, 'link.maatwerk.json'))).toMatchObject({ ok: false })
  })
})

describe('the user-data folder', () => {
  it('is <appData>/Maatwerk, and the app is named Maatwerk, whatever package.json says', () => {
    const calls: string[] = []
    const fake = {
      getPath: () => '/home/a/.config',
      setPath: (name: string, path: string) => calls.push(`${name}=${path}`),
      setName: (name: string) => calls.push(`name=${name}`),
    }
    expect(pinUserDataFolder(fake)).toBe(join('/home/a/.config', USER_DATA_FOLDER))
    expect(calls).toEqual(['name=Maatwerk', `userData=${join('/home/a/.config', 'Maatwerk')}`])
  })

  it('takes an override only when it is an absolute folder', () => {
    const fake = { getPath: () => '/c', setPath: () => undefined, setName: () => undefined }
    expect(pinUserDataFolder(fake, '/tmp/release-check')).toBe('/tmp/release-check')
    expect(pinUserDataFolder(fake, 'relative')).toBe(join('/c', 'Maatwerk'))
    expect(pinUserDataFolder(fake, '')).toBe(join('/c', 'Maatwerk'))
  })
})

describe('wiring in the main process', () => {
  let harness: MainHarness | null = null
  afterEach(async () => {
    await harness?.cleanup()
    harness = null
  })

  it('a second launch with a case file focuses the window and queues the file for the page', async () => {
    harness = await startHarness()
    const path = join(harness.userData, '..', 'casus.maatwerk.json')
    await writeFile(path, '{"a":1}')
    const focusesBefore = harness.window.focusCount
    app.emit('second-instance', createFakeEvent(), ['/app/Maatwerk', '--flag', path], '/')
    expect(harness.window.focusCount).toBe(focusesBefore + 1)
    expect(await harness.invoke(DESKTOP_CHANNELS.openedCaseFilesTake, [])).toEqual({
      ok: true,
      value: [{ name: 'casus.maatwerk.json', ok: true, text: '{"a":1}' }],
    })
    expect(await harness.invoke(DESKTOP_CHANNELS.openedCaseFilesTake, [])).toEqual({ ok: true, value: [] })
  })

  it('macOS open-file is taken over (default prevented) and queued; other files are ignored', async () => {
    harness = await startHarness()
    const path = join(harness.userData, '..', 'mac.maatwerk.json')
    await writeFile(path, '{}')
    const event = createFakeEvent()
    app.emit('open-file', event, path)
    app.emit('open-file', createFakeEvent(), join(harness.userData, '..', 'other.pdf'))
    expect(event.defaultPrevented).toBe(true)
    const taken = (await harness.invoke(DESKTOP_CHANNELS.openedCaseFilesTake, [])) as {
      value: { name: string }[]
    }
    expect(taken.value.map((file) => file.name)).toEqual(['mac.maatwerk.json'])
  })

  it('a foreign frame cannot take the queued files', async () => {
    harness = await startHarness()
    const path = join(harness.userData, '..', 'geheim.maatwerk.json')
    await writeFile(path, '{}')
    app.emit('second-instance', createFakeEvent(), ['/app/Maatwerk', path], '/')
    expect(
      await harness.invoke(DESKTOP_CHANNELS.openedCaseFilesTake, [], 'https://evil.example/'),
    ).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    const taken = (await harness.invoke(DESKTOP_CHANNELS.openedCaseFilesTake, [])) as { value: unknown[] }
    expect(taken.value).toHaveLength(1)
  })
})
