import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES } from '#shared'
import { createMemorySentinel, openDataLayer, type DataLayer } from '../../../renderer/src/data'
import { decryptBackup } from '../../../renderer/src/backup/backup-file'
import {
  AUTOMATIC_KEY_STORAGE,
  parseStoredAutomaticKey,
  type KeyStorage,
} from '../../../renderer/src/backup/automatic-key'
import { createFakeDesktop, type FakeDesktop } from '../../../renderer/src/platform'
import { deriveKey } from '../../../renderer/src/platform/device-keys'
import { BackupStore } from '../../../renderer/src/stores/backup-store'

const PASSPHRASE = 'lange wachtzin voor de back-ups'
const DEVICE_KEY = new Uint8Array(32).fill(5)
const WRAPPING_KEY = deriveKey(DEVICE_KEY, 'automatic-backup')
const OTHER_DEVICE_WRAPPING_KEY = deriveKey(new Uint8Array(32).fill(6), 'automatic-backup')

let counter = 0
let data: DataLayer
let desktop: FakeDesktop
const stores: BackupStore[] = []

function memoryStorage(): KeyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

function session(storage: KeyStorage | null, wrappingKey: Uint8Array | null): BackupStore {
  const store = new BackupStore({
    data: () => data,
    desktop,
    keyStorage: storage,
    automaticWrappingKey: wrappingKey,
  })
  stores.push(store)
  return store
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

beforeEach(async () => {
  counter += 1
  data = await openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    name: `unattended-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
  })
  for (const file of EXAMPLE_CASES.slice(0, 2)) await data.cases.importCaseFile(file)
  desktop = createFakeDesktop()
})

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose()
  data.close()
})

describe('BackupStore unattended automatic backups (issue 12 item 8)', { timeout: 90_000 }, () => {
  it('resumes in the next session without the passphrase when the OS protects the device key', async () => {
    const storage = memoryStorage()
    const first = session(storage, WRAPPING_KEY)
    expect(first.supportsUnattended).toBe(true)
    expect(await first.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    expect(first.autoMode).toBe('unattended')
    first.dispose()

    // A new session: no passphrase anywhere, the stored key is opened with the device-derived key.
    await data.cases.createHousehold('Na de herstart')
    const second = session(storage, WRAPPING_KEY)
    expect(await second.resumeAutomatic()).toBe(true)
    expect(second.autoEnabled).toBe(true)
    expect(desktop.backupFiles.size).toBe(2)

    // The backup written unattended opens on any device with the passphrase alone.
    const newest = [...desktop.backupFiles.values()].at(-1)!.data
    const { dump } = await decryptBackup(newest, PASSPHRASE)
    expect(dump.tables['households']).toHaveLength(3)
  })

  it('keeps only salt, iterations and the sealed key: no passphrase, and no device key in the store or the backup', async () => {
    const storage = memoryStorage()
    const store = session(storage, WRAPPING_KEY)
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    const text = storage.items.get(AUTOMATIC_KEY_STORAGE)!
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual([
      'iterations',
      'salt',
      'sealed',
      'version',
    ])
    expect(parseStoredAutomaticKey(text)).not.toBeNull()
    expect(text).not.toContain(PASSPHRASE)
    const file = [...desktop.backupFiles.values()][0]!.data
    const encoder = new TextEncoder()
    for (const secret of [DEVICE_KEY, WRAPPING_KEY]) {
      expect(contains(file, secret)).toBe(false)
      expect(contains(file, encoder.encode(toHex(secret)))).toBe(false)
      expect(contains(file, encoder.encode(btoa(String.fromCharCode(...secret))))).toBe(false)
    }
    expect(contains(file, encoder.encode(JSON.parse(text).sealed as string))).toBe(false)
  })

  it('does not resume on another device (another device key) and asks for the passphrase again', async () => {
    const storage = memoryStorage()
    expect(await session(storage, WRAPPING_KEY).enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    const elsewhere = session(storage, OTHER_DEVICE_WRAPPING_KEY)
    expect(await elsewhere.resumeAutomatic()).toBe(false)
    expect(elsewhere.autoEnabled).toBe(false)
    expect(elsewhere.message?.key).toBe('reports.backup.autoKeyLost')
    expect(storage.items.has(AUTOMATIC_KEY_STORAGE)).toBe(false)
  })

  it('stores nothing and runs for this session only where the device key is not OS-protected', async () => {
    const storage = memoryStorage()
    const store = session(storage, null)
    expect(store.supportsUnattended).toBe(false)
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    expect(store.autoMode).toBe('session')
    expect(storage.items.size).toBe(0)
    expect(await session(storage, null).resumeAutomatic()).toBe(false)
  })

  it('forgets the stored key when automatic backups are switched off', async () => {
    const storage = memoryStorage()
    const store = session(storage, WRAPPING_KEY)
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    store.disableAutomatic()
    expect(storage.items.has(AUTOMATIC_KEY_STORAGE)).toBe(false)
    expect(await session(storage, WRAPPING_KEY).resumeAutomatic()).toBe(false)
  })

  it('is not offered in the browser build', async () => {
    desktop = createFakeDesktop({ supportsBackups: false })
    const store = session(memoryStorage(), WRAPPING_KEY)
    expect(store.supportsAutomatic).toBe(false)
    expect(store.supportsUnattended).toBe(false)
    expect(await store.resumeAutomatic()).toBe(false)
  })
})
