// Issue 12, restore: a safety backup of the current data first, the restore audited with the chain
// head it replaced, and automatic backups carrying on at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES } from '#shared'
import { createMemorySentinel, openDataLayer, type DataLayer } from '../../../renderer/src/data'
import { decryptBackup } from '../../../renderer/src/backup/backup-file'
import { createFakeDesktop, type FakeDesktop } from '../../../renderer/src/platform'
import { AUTO_BACKUP_CHANGES, BackupStore } from '../../../renderer/src/stores/backup-store'

const PASSPHRASE = 'lange wachtzin voor het herstel'
let counter = 0
let clock = Date.parse('2026-03-05T10:00:00.000Z')
let data: DataLayer

beforeEach(async () => {
  counter += 1
  data = await openDataLayer({
    name: `restore-safety-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
    auditKey: new Uint8Array(32).fill(7),
    now: () => new Date((clock += 1000)).toISOString(),
  })
  for (const file of EXAMPLE_CASES.slice(0, 2)) await data.cases.importCaseFile(file)
})

afterEach(() => data.close())

function storeWith(desktop: FakeDesktop): BackupStore {
  return new BackupStore({ data: () => data, desktop, now: () => new Date(clock).toISOString() })
}

/** A manual backup of the data as it is now (two households). */
async function olderBackup(store: BackupStore, desktop: FakeDesktop): Promise<Uint8Array> {
  expect(await store.makeBackup(PASSPHRASE, PASSPHRASE)).toBe(true)
  return desktop.savedFiles.at(-1)!.data as Uint8Array
}

describe('restoring a backup', { timeout: 60_000 }, () => {
  it('desktop: keeps the current data in the backup folder first and audits the replaced chain head', async () => {
    const desktop = createFakeDesktop()
    const store = storeWith(desktop)
    const file = await olderBackup(store, desktop)
    await data.cases.createHousehold('Na de back-up toegevoegd')
    const [head] = await data.audit.list({ limit: 1 })

    store.setFile('ouder.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    expect(await store.confirmRestore()).toBe(true)

    // Before: the household added after the backup was gone without a copy.
    const safety = [...desktop.backupFiles.entries()].find(([name]) => name.includes('voor-herstel'))
    expect(safety).toBeDefined()
    const kept = await decryptBackup(safety![1].data, PASSPHRASE)
    expect(kept.dump.tables['households']).toHaveLength(3)
    expect(store.safetyBackupName).toBe(safety![0])
    expect(await data.cases.loadAllCases()).toHaveLength(2)

    // The restore entry names the head of the chain it replaced (and the chain verifies).
    const [restoreEntry] = await data.audit.list({ limit: 1 })
    expect(restoreEntry).toMatchObject({
      action: 'database.restore',
      objectId: `replaced:${head!.seq}:${head!.hash}`,
    })
    expect((await data.audit.verifyChain()).ok).toBe(true)
  })

  it('browser: offers the safety backup as a download before replacing anything', async () => {
    const desktop = createFakeDesktop({ supportsBackups: false })
    const store = storeWith(desktop)
    const file = await olderBackup(store, desktop)
    await data.cases.createHousehold('Na de back-up toegevoegd')
    store.setFile('ouder.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    const downloadsBefore = desktop.savedFiles.length
    expect(await store.confirmRestore()).toBe(true)
    const download = desktop.savedFiles.at(downloadsBefore)
    expect(download?.suggestedName).toMatch(/^voor-herstel-maatwerk-backup-.*\.mwbackup$/)
    const kept = await decryptBackup(download!.data as Uint8Array, PASSPHRASE)
    expect(kept.dump.tables['households']).toHaveLength(3)
  })

  it('restores nothing when the safety backup cannot be made', async () => {
    const desktop = createFakeDesktop()
    const store = storeWith(desktop)
    const file = await olderBackup(store, desktop)
    await data.cases.createHousehold('Na de back-up toegevoegd')
    store.setFile('ouder.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    desktop.failEverythingWith = { code: 'io', message: 'schijf vol' }
    expect(await store.confirmRestore()).toBe(false)
    desktop.failEverythingWith = null
    expect(store.restoreMessage).toMatchObject({ kind: 'error', key: 'data.restore.safetyFailed' })
    expect(await data.cases.loadAllCases()).toHaveLength(3)
  })

  it('automatic backups carry on at once after a restore to a shorter chain', async () => {
    const desktop = createFakeDesktop({ keepBackups: 50 })
    const store = storeWith(desktop)
    const file = await olderBackup(store, desktop)
    expect(await store.enableAutomatic(PASSPHRASE, PASSPHRASE)).toBe(true)
    for (let i = 0; i < AUTO_BACKUP_CHANGES; i++) await data.cases.createHousehold(`Wijziging ${i}`)
    expect(await store.checkAutomatic()).toBe(true)
    const automaticBefore = desktop.backupFiles.size

    store.setFile('ouder.mwbackup', file)
    expect(await store.inspect(PASSPHRASE)).toBe(true)
    expect(await store.confirmRestore()).toBe(true)
    // Safety backup plus an automatic backup of the restored data, straight away.
    expect(desktop.backupFiles.size).toBe(automaticBefore + 2)
    const newest = [...desktop.backupFiles.keys()].sort().at(-1)!
    const restored = await decryptBackup(desktop.backupFiles.get(newest)!.data, PASSPHRASE)
    expect(restored.dump.tables['households']).toHaveLength(2)
    // Before: the change counter of the longer, replaced chain held every backup back.
    for (let i = 0; i < AUTO_BACKUP_CHANGES; i++) await data.cases.createHousehold(`Daarna ${i}`)
    expect(await store.checkAutomatic()).toBe(true)
  })
})
