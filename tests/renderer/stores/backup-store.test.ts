import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES } from '#shared'
import {
  createMemorySentinel,
  openDataLayer,
  type DataLayer,
  type DatabaseDump,
} from '../../../renderer/src/data'
import {
  BACKUP_MAGIC,
  MIN_ITERATIONS,
  deriveBackupKey,
  readBackupHeader,
} from '../../../renderer/src/backup/backup-file'
import { createFakeDesktop, type FakeDesktop } from '../../../renderer/src/platform'
import { AUTO_BACKUP_CHANGES, BackupStore } from '../../../renderer/src/stores/backup-store'

const PASSPHRASE = 'lange wachtzin met ë en €'
let counter = 0
let clock = Date.parse('2026-03-05T10:00:00.000Z')
let data: DataLayer
let desktop: FakeDesktop
let store: BackupStore

async function freshDataLayer(): Promise<DataLayer> {
  counter += 1
  return openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    name: `backup-store-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
    now: () => new Date((clock += 1000)).toISOString(),
  })
}

function tablesOf(dump: DatabaseDump): Record<string, unknown[]> {
  return dump.tables
}

beforeEach(async () => {
  data = await freshDataLayer()
  for (const file of EXAMPLE_CASES) await data.cases.importCaseFile(file)
  desktop = createFakeDesktop()
  store = new BackupStore({ data: () => data, desktop, now: () => new Date(clock).toISOString() })
})

afterEach(() => {
  store.disableAutomatic()
  data.close()
})

/** Makes a manual backup through the store and returns the file the Desktop received. */
async function makeBackup(): Promise<Uint8Array> {
  expect(await store.makeBackup(PASSPHRASE, PASSPHRASE)).toBe(true)
  const saved = desktop.savedFiles.at(-1)!
  expect(saved.suggestedName).toMatch(/^maatwerk-backup-.*\.mwbackup$/)
  return saved.data as Uint8Array
}

describe('BackupStore manual backup and restore', { timeout: 60_000 }, () => {
  it('backup → wipe → restore gives back an identical database (every table)', async () => {
    const before = await data.dumpDatabase()
    const file = await makeBackup()
    expect(store.message?.params?.['households']).toBe(EXAMPLE_CASES.length)

    // Wipe: a brand-new, empty database stands in for a lost one.
    data.close()
    data = await freshDataLayer()
    expect((await data.dumpDatabase()).tables['households']).toHaveLength(0)

    store.setFile('backup.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    expect(store.preview?.households).toBe(EXAMPLE_CASES.length)
    expect(store.preview?.counts).toEqual(
      Object.fromEntries(Object.entries(tablesOf(before)).map(([name, rows]) => [name, rows.length])),
    )
    expect(await store.confirmRestore()).toBe(true)

    const after = await data.dumpDatabase()
    expect(Object.keys(tablesOf(after)).sort()).toEqual(Object.keys(tablesOf(before)).sort())
    for (const [name, rows] of Object.entries(tablesOf(before))) {
      if (name === 'audit' || name === 'meta') continue
      expect(tablesOf(after)[name], name).toEqual(rows)
    }
    // The audit chain comes back whole, with the restore itself appended as the newest entry; the
    // meta rows that differ are the chain's head, which now points at that entry, and the install id,
    // which stays this database's own (a backup does not change which install this is).
    const audit = tablesOf(after)['audit'] as { action: string; seq: number; hash: string }[]
    expect(audit.slice(0, -1)).toEqual(tablesOf(before)['audit'])
    expect(audit.at(-1)?.action).toBe('database.restore')
    const withoutHead = (rows: unknown[] | undefined) =>
      // The install id stays the restoring install's own (a backup never changes who we are).
      (rows as { key: string }[]).filter((r) => r.key !== 'auditHead' && r.key !== 'installId')
    expect(withoutHead(tablesOf(after)['meta'])).toEqual(withoutHead(tablesOf(before)['meta']))
    const head = (tablesOf(after)['meta'] as { key: string; value: unknown }[]).find(
      (r) => r.key === 'auditHead',
    )
    expect(head?.value).toEqual({ seq: audit.at(-1)?.seq, hash: audit.at(-1)?.hash })
    expect((await data.audit.verifyChain()).ok).toBe(true)
  })

  it('shows the contents but changes nothing until the restore is confirmed', async () => {
    const file = await makeBackup()
    const id = await data.cases.createHousehold('Nieuw na de back-up')
    store.setFile('backup.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    expect(await data.cases.loadCase(id)).not.toBeNull()
    store.cancelRestore()
    expect(await store.confirmRestore()).toBe(false)
    expect(await data.cases.loadCase(id)).not.toBeNull()
  })

  const badFiles: [string, (file: Uint8Array) => Uint8Array, string, string?][] = [
    ['a wrong passphrase', (f) => f, 'wrong-passphrase', 'een andere wachtzin van lengte'],
    ['a truncated file', (f) => f.subarray(0, f.length - 100), 'truncated'],
    [
      'a tampered file',
      (f) => {
        const copy = f.slice()
        copy[copy.length - 200] = (copy[copy.length - 200] ?? 0) ^ 0xff
        return copy
      },
      'wrong-passphrase',
    ],
    [
      'a file from a newer version',
      (f) => {
        const text = new TextDecoder('latin1').decode(f)
        const patched = text.replace('"fileVersion":1', '"fileVersion":9')
        return Uint8Array.from(patched, (ch) => ch.charCodeAt(0))
      },
      'newer-version',
    ],
    [
      'a file that is not a backup',
      () => new TextEncoder().encode('{"format":"maatwerk.case"}'),
      'not-a-backup',
    ],
    ['an empty file', () => new Uint8Array(0), 'not-a-backup'],
  ]

  for (const [what, damage, kind, passphrase] of badFiles) {
    it(`refuses ${what} with a clear message and leaves the data unchanged`, async () => {
      const file = await makeBackup()
      await data.cases.createHousehold('Wijziging na de back-up')
      const before = (await data.dumpDatabase()).tables
      store.setFile('backup.mwbackup', damage(file))
      expect(await store.inspect(passphrase ?? PASSPHRASE)).toBe(false)
      expect(store.restoreMessage).toEqual({ kind: 'error', key: `reports.backup.errors.${kind}` })
      expect(store.preview).toBeNull()
      expect(await store.confirmRestore()).toBe(false)
      expect((await data.dumpDatabase()).tables).toEqual(before)
    })
  }

  it('refuses a short or mistyped passphrase before doing anything', async () => {
    expect(await store.makeBackup('kort', 'kort')).toBe(false)
    expect(store.message?.key).toBe('reports.backup.tooShort')
    expect(await store.makeBackup(PASSPHRASE, `${PASSPHRASE}!`)).toBe(false)
    expect(store.message?.key).toBe('reports.backup.mismatch')
    expect(desktop.savedFiles).toHaveLength(0)
  })
})

describe('BackupStore automatic backups', { timeout: 60_000 }, () => {
  it('writes an encrypted backup at activation and again only after enough changes', async () => {
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    expect(desktop.backupFiles.size).toBe(1)
    const [first] = [...desktop.backupFiles.values()]
    expect(new TextDecoder().decode(first!.data.subarray(0, BACKUP_MAGIC.length))).toBe(BACKUP_MAGIC)
    expect(readBackupHeader(first!.data).header.kind).toBe('automatic')
    expect(store.automaticBackups).toHaveLength(1)

    expect(await store.checkAutomatic()).toBe(false) // nothing changed
    await data.cases.createHousehold('Een wijziging')
    expect(await store.checkAutomatic()).toBe(false) // too few changes, too little time
    for (let i = 0; i < AUTO_BACKUP_CHANGES; i++) await data.cases.createHousehold(`Wijziging ${i}`)
    expect(await store.checkAutomatic()).toBe(true)
    expect(desktop.backupFiles.size).toBe(2)
  })

  it('keeps the last good backup when writing a new one fails', async () => {
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    const good = [...desktop.backupFiles.keys()]
    const lastAt = store.lastAutoBackupAt
    desktop.failEverythingWith = { code: 'io', message: 'disk full' }
    expect(await store.writeAutomatic()).toBe(false)
    desktop.failEverythingWith = null
    expect([...desktop.backupFiles.keys()]).toEqual(good)
    expect(store.lastAutoBackupAt).toBe(lastAt)
    expect(store.message?.kind).toBe('error')
  })

  it('restores an automatic backup chosen from the list with the session passphrase', async () => {
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    const name = store.automaticBackups[0]!.name
    await data.cases.createHousehold('Later toegevoegd')
    await store.chooseAutomaticBackup(name)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    expect(store.preview?.households).toBe(EXAMPLE_CASES.length)
  })

  it('is not offered where the platform keeps no backups (browser)', async () => {
    const browserLike = new BackupStore({
      data: () => data,
      desktop: createFakeDesktop({ supportsBackups: false }),
    })
    expect(browserLike.supportsAutomatic).toBe(false)
    expect(await browserLike.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(false)
  })

  it('derives a non-extractable key (the session keeps no passphrase and no raw key)', async () => {
    const { key } = await deriveBackupKey(PASSPHRASE, undefined, MIN_ITERATIONS)
    expect(key.extractable).toBe(false)
  })
})
