/**
 * The browser fallback (`npm run web`, end-to-end tests): downloads instead of the save dialog,
 * `<input type=file>` instead of the open dialog, `window.open` with noopener for allowlisted links,
 * the sentinel in localStorage with a durable copy in IndexedDB. Automatic backups on disk do not exist
 * here.
 */
import { version } from '../../../package.json'
import type {
  DesktopResult,
  DesktopSentinel,
  FileFilter,
  OpenFileRequest,
  SaveFileRequest,
} from '#shared/ipc/desktop-api'
import { DEVICE_KEY_BYTES } from '#shared/ipc/desktop-api'
import { fail, ok, type Desktop } from './desktop'
import { isAllowedExternalUrl } from './external-links'
import { isDesktopSentinel } from './sentinel'

export const BROWSER_SENTINEL_KEY = 'maatwerk.sentinel'
/**
 * The device key in the browser build. The best place a web page has that is not IndexedDB: it
 * survives a database deleted by another tab or recreated empty by Chromium, and the audit chain
 * cannot be recomputed by editing the database alone. Its limit (electron/SECURITY.md): any script
 * running on the app's origin, or a person with DevTools, can read it, and "clear site data" removes
 * it together with the database. A non-extractable WebCrypto key would resist reading, but it can only
 * be used asynchronously, and the chain is hashed inside the IndexedDB transaction (see audit.ts).
 */
const BROWSER_DEVICE_KEY = 'maatwerk.deviceKey'

/**
 * A second, durable copy of the device key. Chromium writes localStorage to disk some seconds after a
 * change, so a browser killed soon after the first start lost the key while IndexedDB (strict
 * durability) had already committed BSNs sealed under it: the next start could not open them. The key
 * is therefore committed to its own small IndexedDB database (not the data's) before it is first used,
 * and either copy restores the other.
 */
type DurableKeyStore = { read(): Promise<string | null>; write(hex: string): Promise<void> }

/**
 * A durable copy of the sentinel, in the same small database as the device key (never in the data's
 * database: it is what checks that one). localStorage alone lost the sentinel in two ways: Chromium
 * writes it to disk seconds after a change, so a browser killed soon after a save (or a restore)
 * started again with an older sentinel whose audit anchor could be several saves behind — after a
 * restore that reads as a cut-back chain; and clearing localStorage alone (a privacy tool, "clear
 * cookies") removed the audit anchor and the memory that households existed. Each write goes to both
 * copies; a read takes the copy written last (`lastSeenAt`), so a lagging or missing copy never
 * speaks. Chromium recreating a damaged IndexedDB empties this database too: then the localStorage
 * copy still remembers, as before.
 */
type DurableTextStore = { read(): Promise<string | null>; write(text: string): Promise<void> }

const KEY_DATABASE = 'maatwerk-device-key'
const KEY_STORE = 'keys'
const DURABLE_SENTINEL_ENTRY = 'maatwerk.sentinel'

function openKeyDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(KEY_DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(KEY_STORE)
    request.onsuccess = () => {
      const db = request.result
      // Never stand in the way of a deletion or upgrade from elsewhere: the next call opens anew.
      db.onversionchange = () => db.close()
      resolve(db)
    }
    request.onerror = () => reject(request.error ?? new Error('key store'))
  })
}

/** One string entry of the key database, written with strict durability (on disk when it resolves). */
function indexedDbEntry(factory: IDBFactory, entry: string): DurableTextStore {
  return {
    async read() {
      const db = await openKeyDatabase(factory)
      try {
        return await new Promise<string | null>((resolve, reject) => {
          const request = db.transaction(KEY_STORE).objectStore(KEY_STORE).get(entry)
          request.onsuccess = () => resolve(typeof request.result === 'string' ? request.result : null)
          request.onerror = () => reject(request.error ?? new Error('key store'))
        })
      } finally {
        db.close()
      }
    },
    async write(text) {
      const db = await openKeyDatabase(factory)
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(KEY_STORE, 'readwrite', { durability: 'strict' })
          transaction.objectStore(KEY_STORE).put(text, entry)
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error ?? new Error('key store'))
          transaction.onabort = () => reject(transaction.error ?? new Error('key store'))
        })
      } finally {
        db.close()
      }
    },
  }
}

/** A stored sentinel text: the sentinel, 'corrupt' (present but unreadable), or null (absent). */
function parseSentinelText(text: string | null): DesktopSentinel | 'corrupt' | null {
  if (text === null) return null
  try {
    const value: unknown = JSON.parse(text)
    if (isDesktopSentinel(value)) return value
  } catch {
    // fall through
  }
  return 'corrupt'
}

export type BrowserEnvironment = {
  document: Document
  window: Pick<Window, 'open'>
  storage: Pick<Storage, 'getItem' | 'setItem'> | null
  /** The durable copy of the device key (absent: localStorage only). */
  keyStore?: DurableKeyStore | null
  /** The durable copy of the sentinel (absent: localStorage only). */
  sentinelStore?: DurableTextStore | null
  createObjectURL: (blob: Blob) => string
  revokeObjectURL: (url: string) => void
}

function defaultEnvironment(): BrowserEnvironment {
  let storage: BrowserEnvironment['storage']
  try {
    storage = globalThis.localStorage ?? null
  } catch {
    storage = null // blocked storage (private mode settings)
  }
  return {
    document: globalThis.document,
    window: globalThis.window,
    storage,
    keyStore: globalThis.indexedDB ? indexedDbEntry(globalThis.indexedDB, BROWSER_DEVICE_KEY) : null,
    sentinelStore: globalThis.indexedDB ? indexedDbEntry(globalThis.indexedDB, DURABLE_SENTINEL_ENTRY) : null,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
  }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export function mimeTypeFor(name: string): string {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : ''
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

/** `accept` attribute for an <input type=file> from dialog filters ('*' means anything). */
export function acceptAttributeFor(filters: readonly FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',')
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

function baseName(name: string): string {
  return name.split(/[/\\]/).pop() || 'maatwerk'
}

export function createBrowserDesktop(environment: BrowserEnvironment = defaultEnvironment()): Desktop {
  const { document } = environment

  const saveFile = async (request: SaveFileRequest): Promise<DesktopResult<{ name: string }>> => {
    const name = baseName(request.suggestedName)
    const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data)
    const url = environment.createObjectURL(new Blob([part], { type: mimeTypeFor(name) }))
    const anchor = document.createElement('a')
    anchor.href = url
    anchor.download = name
    anchor.rel = 'noopener'
    anchor.style.display = 'none'
    document.body.append(anchor)
    anchor.click()
    anchor.remove()
    // Give the browser time to start the download before the blob goes away.
    setTimeout(() => environment.revokeObjectURL(url), 10_000)
    return ok({ name })
  }

  const openFile = (
    request: OpenFileRequest,
  ): Promise<DesktopResult<{ name: string; sizeBytes: number; data: string | Uint8Array }>> =>
    new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = acceptAttributeFor(request.filters)
      let settled = false
      const settle = (
        result: DesktopResult<{ name: string; sizeBytes: number; data: string | Uint8Array }>,
      ): void => {
        if (settled) return
        settled = true
        resolve(result)
      }
      input.addEventListener('cancel', () => settle(fail('cancelled', 'No file was chosen.')))
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        if (!file) {
          settle(fail('cancelled', 'No file was chosen.'))
          return
        }
        if (file.size > request.maxBytes) {
          settle(fail('too-large', `The file is larger than ${request.maxBytes} bytes.`))
          return
        }
        const read: Promise<string | Uint8Array> =
          request.as === 'bytes' ? file.arrayBuffer().then((buffer) => new Uint8Array(buffer)) : file.text()
        read.then(
          (data) => settle(ok({ name: file.name, sizeBytes: file.size, data })),
          () => settle(fail('io', 'The file could not be read.')),
        )
      })
      input.click()
    })

  return {
    kind: 'browser',
    supportsBackups: false,
    getAppInfo: async () =>
      ok({ name: 'Maatwerk', version, platform: 'web', userDataPathLabel: 'IndexedDB' }),
    saveFile,
    openFile,
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url))
        return fail('not-allowed', 'Only https links to known public sites can be opened.')
      environment.window.open(new URL(url).toString(), '_blank', 'noopener,noreferrer')
      return ok(null)
    },
    setLanguage: async () => ok(null),
    // A browser page is never handed files by the operating system.
    takeOpenedCaseFiles: async () => ok([]),
    deviceKey: async () => {
      const storage = environment.storage
      if (!storage) return fail('unsupported', 'Browser storage is not available.')
      const durable = environment.keyStore ?? null
      const durableCopy = durable ? await durable.read().catch(() => null) : null
      const stored = storage.getItem(BROWSER_DEVICE_KEY) ?? durableCopy
      if (stored !== null) {
        const key = /^[0-9a-f]{64}$/.test(stored) ? hexToBytes(stored) : null
        if (!key) return fail('corrupt', 'The stored device key is damaged.')
        try {
          // Each copy restores the other (a key from before the durable copy gets one now).
          if (durable && durableCopy !== stored) await durable.write(stored)
          if (storage.getItem(BROWSER_DEVICE_KEY) === null) storage.setItem(BROWSER_DEVICE_KEY, stored)
        } catch {
          // The key in hand still opens the data; the copies are completed at the next start.
        }
        return ok({ key, protection: 'browser-storage', created: false })
      }
      const key = crypto.getRandomValues(new Uint8Array(DEVICE_KEY_BYTES))
      try {
        // Committed to disk before any data is sealed or hashed with it.
        if (durable) await durable.write(bytesToHex(key))
        storage.setItem(BROWSER_DEVICE_KEY, bytesToHex(key))
      } catch {
        return fail('io', 'The device key could not be stored.')
      }
      return ok({ key, protection: 'browser-storage', created: true })
    },
    // A web page has no operating-system user check: the lock asks for the passphrase.
    osUserCheck: async (mode) =>
      mode === 'probe' ? ok(false) : fail('unsupported', 'No operating-system check in the browser.'),
    sentinel: {
      read: async () => {
        if (!environment.storage) return fail('unsupported', 'Browser storage is not available.')
        const local = parseSentinelText(environment.storage.getItem(BROWSER_SENTINEL_KEY))
        const durableStore = environment.sentinelStore ?? null
        // An unreadable durable copy counts as absent: localStorage then speaks alone, as before.
        const durable = durableStore ? parseSentinelText(await durableStore.read().catch(() => null)) : null
        const candidates = [local, durable].filter(
          (value): value is DesktopSentinel => value !== null && value !== 'corrupt',
        )
        if (candidates.length === 0) {
          return local === 'corrupt' || durable === 'corrupt'
            ? fail('corrupt', 'The stored data sentinel is damaged.')
            : ok(null)
        }
        // The copy written last; on a tie (both written by the same save) they are the same.
        const newest = candidates.reduce((a, b) => (b.lastSeenAt > a.lastSeenAt ? b : a))
        return ok(newest)
      },
      write: async (value) => {
        if (!environment.storage) return fail('unsupported', 'Browser storage is not available.')
        const text = JSON.stringify(value)
        let stored = false
        try {
          environment.storage.setItem(BROWSER_SENTINEL_KEY, text)
          stored = true
        } catch {
          // The durable copy may still take it.
        }
        const durableStore = environment.sentinelStore ?? null
        if (durableStore) {
          try {
            await durableStore.write(text)
            stored = true
          } catch {
            // localStorage holds it (or neither: reported below).
          }
        }
        return stored ? ok(null) : fail('io', 'The data sentinel could not be stored.')
      },
    },
    backups: {
      write: async () => fail('unsupported', 'Automatic backups are kept by the desktop app only.'),
      list: async () => fail('unsupported', 'Automatic backups are kept by the desktop app only.'),
      read: async () => fail('unsupported', 'Automatic backups are kept by the desktop app only.'),
    },
  }
}
