import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  BROWSER_SENTINEL_KEY,
  acceptAttributeFor,
  createBrowserDesktop,
  createElectronDesktop,
  createFakeDesktop,
  createSentinelStore,
  detectDesktop,
  isAllowedExternalUrl,
  mimeTypeFor,
  type BrowserEnvironment,
  type DesktopApi,
} from '../../../renderer/src/platform'
import { BACKUP_KEEP_COUNT } from '#shared/ipc/desktop-api'

const sentinel = {
  installId: 'install-1',
  createdAt: '2026-01-15T09:30:00.000Z',
  householdCount: 6,
  lastSeenAt: '2026-01-16T10:00:00.000Z',
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) }
}

function browserEnvironment(overrides: Partial<BrowserEnvironment> = {}) {
  const opened: unknown[][] = []
  const blobs: Blob[] = []
  const storage = memoryStorage()
  const environment: BrowserEnvironment = {
    document,
    window: { open: (...args: unknown[]) => (opened.push(args), null) } as Pick<Window, 'open'>,
    storage,
    createObjectURL: (blob) => (blobs.push(blob), `blob:test/${blobs.length}`),
    revokeObjectURL: () => undefined,
    ...overrides,
  }
  return { environment, opened, blobs, storage }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('detectDesktop', () => {
  it('uses the Electron bridge when the preload exposed window.desktop, else the browser fallback', () => {
    const bridge = createFakeDesktop() as DesktopApi
    expect(detectDesktop({ desktop: bridge }).kind).toBe('electron')
    expect(detectDesktop({}).kind).toBe('browser')
    expect(detectDesktop(undefined).kind).toBe('browser')
  })
})

describe('the Electron bridge wrapper', () => {
  it('passes calls through and turns a rejected invoke into an internal error value', async () => {
    const bridge = createFakeDesktop() as DesktopApi
    const desktop = createElectronDesktop({
      ...bridge,
      getAppInfo: () => Promise.reject(new Error('No handler registered')),
    })
    expect(await desktop.getAppInfo()).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(await desktop.sentinel.write(sentinel)).toEqual({ ok: true, value: null })
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: sentinel })
    expect(desktop.supportsBackups).toBe(true)
  })
})

describe('the browser fallback', () => {
  it('saves a file as a download named after the suggestion (folders stripped)', async () => {
    const { environment, blobs } = browserEnvironment()
    const clicks: { download: string; href: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href })
    })
    const desktop = createBrowserDesktop(environment)
    expect(await desktop.saveFile({ suggestedName: '../plan.json', data: '{"a":1}' })).toEqual({
      ok: true,
      value: { name: 'plan.json' },
    })
    expect(clicks).toEqual([{ download: 'plan.json', href: 'blob:test/1' }])
    expect(await blobs[0]?.text()).toBe('{"a":1}')
    expect(blobs[0]?.type).toBe('application/json')
    expect(document.querySelectorAll('a')).toHaveLength(0)
  })

  it('opens a file through <input type=file> with the filters as accept, as text or bytes', async () => {
    const { environment } = browserEnvironment()
    const desktop = createBrowserDesktop(environment)
    const inputs: HTMLInputElement[] = []
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      inputs.push(this)
      const file = new File(['{"naam":"Jansen"}'], 'case.json', { type: 'application/json' })
      Object.defineProperty(this, 'files', { value: [file] })
      this.dispatchEvent(new Event('change'))
    })
    const text = await desktop.openFile({ maxBytes: 1000, filters: [{ name: 'JSON', extensions: ['json'] }] })
    expect(text).toEqual({ ok: true, value: { name: 'case.json', sizeBytes: 17, data: '{"naam":"Jansen"}' } })
    expect(inputs[0]?.type).toBe('file')
    expect(inputs[0]?.accept).toBe('.json')
    const bytes = await desktop.openFile({ maxBytes: 1000, as: 'bytes' })
    expect(bytes.ok && bytes.value.data instanceof Uint8Array).toBe(true)
    expect(await desktop.openFile({ maxBytes: 5 })).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })

  it('reports a closed file picker as cancelled', async () => {
    const { environment } = browserEnvironment()
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'))
    })
    expect(await createBrowserDesktop(environment).openFile({ maxBytes: 10 })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    })
  })

  it('opens only allowlisted https links, in a new tab without opener', async () => {
    const { environment, opened } = browserEnvironment()
    const desktop = createBrowserDesktop(environment)
    expect(await desktop.openExternal('https://wetten.overheid.nl/BWBR0035362')).toEqual({
      ok: true,
      value: null,
    })
    for (const url of [
      'javascript:alert(1)',
      'http://wetten.overheid.nl/',
      'https://evil.example/',
      'file:///x',
    ]) {
      expect(await desktop.openExternal(url)).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    }
    expect(opened).toEqual([['https://wetten.overheid.nl/BWBR0035362', '_blank', 'noopener,noreferrer']])
  })

  it('keeps the sentinel in localStorage and reports a damaged one', async () => {
    const { environment, storage } = browserEnvironment()
    const desktop = createBrowserDesktop(environment)
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: null })
    expect(await desktop.sentinel.write(sentinel)).toEqual({ ok: true, value: null })
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: sentinel })
    storage.data.set(BROWSER_SENTINEL_KEY, '{"installId":')
    expect(await desktop.sentinel.read()).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    storage.data.set(BROWSER_SENTINEL_KEY, JSON.stringify({ ...sentinel, householdCount: -1 }))
    expect(await desktop.sentinel.read()).toMatchObject({ ok: false, error: { code: 'corrupt' } })
  })

  // localStorage reaches the disk seconds after a change, and can be cleared on its own: the sentinel
  // (with the audit anchor) has a durable copy beside the device key, and the newest copy speaks.
  it('mirrors the sentinel into a durable copy and reads the copy written last', async () => {
    let durable: string | null = null
    let durableFails = false
    const sentinelStore = {
      read: async () => durable,
      write: async (text: string) => {
        if (durableFails) throw new Error('disk full')
        durable = text
      },
    }
    const { environment, storage } = browserEnvironment()
    const desktop = createBrowserDesktop({ ...environment, sentinelStore })
    const anchored = { ...sentinel, audit: { seq: 12, hash: 'a'.repeat(64) } }
    expect(await desktop.sentinel.write(anchored)).toEqual({ ok: true, value: null })
    expect(JSON.parse(durable!)).toEqual(anchored)
    expect(storage.data.get(BROWSER_SENTINEL_KEY)).toBe(durable)

    // localStorage cleared on its own: the durable copy keeps the anchor and the household count.
    storage.data.clear()
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: anchored })

    // localStorage lagging behind (a kill before Chromium wrote it): the newer durable copy speaks.
    const older = {
      ...sentinel,
      lastSeenAt: '2026-01-16T09:00:00.000Z',
      audit: { seq: 9, hash: 'b'.repeat(64) },
    }
    storage.data.set(BROWSER_SENTINEL_KEY, JSON.stringify(older))
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: anchored })

    // The durable copy could not be written: the newer localStorage copy speaks, and the write counts.
    durableFails = true
    const later = {
      ...anchored,
      lastSeenAt: '2026-01-17T08:00:00.000Z',
      audit: { seq: 13, hash: 'c'.repeat(64) },
    }
    expect(await desktop.sentinel.write(later)).toEqual({ ok: true, value: null })
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: later })

    // A damaged copy beside a sound one: the sound one speaks; damaged alone is reported.
    durable = '{"installId":'
    expect(await desktop.sentinel.read()).toEqual({ ok: true, value: later })
    storage.data.clear()
    expect(await desktop.sentinel.read()).toMatchObject({ ok: false, error: { code: 'corrupt' } })

    // Neither copy can be written: the write fails.
    const throwing = {
      ...storage,
      setItem: () => {
        throw new Error('quota')
      },
    }
    const broken = createBrowserDesktop({ ...environment, storage: throwing, sentinelStore })
    expect(await broken.sentinel.write(later)).toMatchObject({ ok: false, error: { code: 'io' } })
  })

  it('says backups are unsupported instead of pretending, and setLanguage is harmless', async () => {
    const desktop = createBrowserDesktop(browserEnvironment().environment)
    expect(desktop.supportsBackups).toBe(false)
    expect(await desktop.backups.list()).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(await desktop.backups.write({ data: new Uint8Array([1]) })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    })
    expect(await desktop.setLanguage('en')).toEqual({ ok: true, value: null })
    expect(await desktop.getAppInfo()).toMatchObject({
      ok: true,
      value: { name: 'Maatwerk', platform: 'web' },
    })
  })

  // Chromium writes localStorage to disk seconds after a change: a browser killed in that window lost
  // the device key while IndexedDB kept BSNs sealed under it (tests/e2e/browser-kill.spec.ts).
  it('commits a new device key to its durable copy first, and restores either copy from the other', async () => {
    const order: string[] = []
    let durable: string | null = null
    const keyStore = {
      read: async () => durable,
      write: async (hex: string) => {
        order.push('durable')
        durable = hex
      },
    }
    const { environment, storage } = browserEnvironment()
    const setItem = storage.setItem.bind(storage)
    storage.setItem = (key: string, value: string) => {
      order.push('localStorage')
      setItem(key, value)
    }
    const desktop = createBrowserDesktop({ ...environment, keyStore })
    const first = await desktop.deviceKey()
    expect(first).toMatchObject({ ok: true, value: { created: true } })
    expect(order).toEqual(['durable', 'localStorage'])
    const hex = durable
    // The localStorage copy lost (a kill before Chromium wrote it): the durable copy brings it back.
    storage.data.clear()
    const again = await desktop.deviceKey()
    expect(again).toMatchObject({ ok: true, value: { created: false } })
    expect(again.ok && first.ok && Array.from(again.value.key)).toEqual(
      first.ok && Array.from(first.value.key),
    )
    expect(storage.data.get('maatwerk.deviceKey')).toBe(hex)
    // A key from before the durable copy existed gets one.
    durable = null
    expect(await desktop.deviceKey()).toMatchObject({ ok: true, value: { created: false } })
    expect(durable).toBe(hex)
  })

  it('derives download types and accept lists', () => {
    expect(mimeTypeFor('plan.PDF')).toBe('application/pdf')
    expect(mimeTypeFor('noext')).toBe('application/octet-stream')
    expect(acceptAttributeFor([{ name: 'Data', extensions: ['json', 'CSV', 'json'] }])).toBe('.json,.csv')
    expect(acceptAttributeFor([{ name: 'All', extensions: ['*'] }])).toBe('')
    expect(acceptAttributeFor(undefined)).toBe('')
  })
})

describe('isAllowedExternalUrl (renderer copy)', () => {
  it.each([
    ['https://wetten.overheid.nl/x', true],
    ['https://www.ciz.nl/', true],
    ['https://wetten.overheid.nl:444/', false],
    ['https://a@wetten.overheid.nl/', false],
    ['http://wetten.overheid.nl/', false],
    ['https://wetten.overheid.nl.evil.example/', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected)
  })
})

describe('createSentinelStore', () => {
  it('reads and writes through the desktop, and rejects (never answers "none") when the desktop fails', async () => {
    const fake = createFakeDesktop()
    const store = createSentinelStore(fake)
    expect(await store.read()).toBeNull()
    await store.write(sentinel)
    expect(await store.read()).toEqual(sentinel)
    fake.failEverythingWith = { code: 'corrupt', message: 'damaged' }
    await expect(store.read()).rejects.toThrow('damaged')
    await expect(store.write(sentinel)).rejects.toThrow('damaged')
  })
})

describe('createFakeDesktop', () => {
  it('records saves and links, answers open requests from a queue, rotates backups', async () => {
    const fake = createFakeDesktop()
    await fake.saveFile({ suggestedName: 'a.csv', data: 'x' })
    expect(fake.savedFiles).toEqual([{ suggestedName: 'a.csv', data: 'x' }])
    expect(await fake.openFile({ maxBytes: 10 })).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    fake.openFileQueue.push({ name: 'b.json', sizeBytes: 2, data: '{}' })
    expect(await fake.openFile({ maxBytes: 10 })).toEqual({
      ok: true,
      value: { name: 'b.json', sizeBytes: 2, data: '{}' },
    })
    expect(await fake.openExternal('https://evil.example/')).toMatchObject({ ok: false })
    for (let index = 0; index < BACKUP_KEEP_COUNT + 3; index += 1) {
      await fake.backups.write({ data: new Uint8Array([index]) })
    }
    const list = await fake.backups.list()
    expect(list.ok && list.value).toHaveLength(BACKUP_KEEP_COUNT)
    const newest = list.ok ? list.value[0] : undefined
    expect(await fake.backups.read(newest?.name ?? '')).toEqual({
      ok: true,
      value: new Uint8Array([BACKUP_KEEP_COUNT + 2]),
    })
  })

  it('can stand for a browser without backups', async () => {
    const fake = createFakeDesktop({ supportsBackups: false })
    expect(await fake.backups.list()).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})
