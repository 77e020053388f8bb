// Issue 12 item 6: the audit chain is keyed (HMAC) and its head is anchored outside IndexedDB (the
// sentinel, every backup). Each attack below went undetected with the unkeyed chain whose only head
// lived in the same database; each is detected now.
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import type { DataLayer } from '../../../renderer/src/data/api'
import { computeLegacyAuditHash } from '../../../renderer/src/data/audit'
import type { AuditRow } from '../../../renderer/src/data/db'
import { createHarness, type Harness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

async function rawDb(harness: Harness): Promise<Dexie> {
  const db = new Dexie(harness.options.name ?? 'maatwerk', {
    indexedDB: harness.options.indexedDB,
    IDBKeyRange: harness.options.IDBKeyRange,
  })
  await db.open()
  return db
}

/** Five entries, a passed start-up check (so the sentinel carries the head), then closed. */
async function usedInstall(): Promise<Harness> {
  const harness = createHarness()
  data = await harness.open()
  const id = await data.cases.createHousehold('A')
  for (const label of ['B', 'C', 'D', 'E']) await data.cases.updateHousehold({ id, label })
  expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  expect(harness.sentinel.current()?.audit?.seq).toBe(5)
  data.close()
  return harness
}

describe('keyed audit chain anchored outside the database', () => {
  it('a save resolves only once the sentinel holds the head it committed, before any start-up check', async () => {
    const harness = createHarness()
    data = await harness.open()
    await data.cases.createHousehold('A')
    let rows = (await data.dumpDatabase()).tables['audit'] as AuditRow[]
    expect(harness.sentinel.current()?.audit).toEqual({ seq: 1, hash: rows[0]!.hash })
    await data.cases.createHousehold('B')
    rows = (await data.dumpDatabase()).tables['audit'] as AuditRow[]
    expect(harness.sentinel.current()?.audit).toEqual({ seq: 2, hash: rows[1]!.hash })
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
    expect(harness.sentinel.current()?.audit?.seq).toBe(2)
  })

  it('newest entries removed (head in meta rewritten) right after the save resolved are reported', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    await data.cases.updateHousehold({ id, label: 'B' })
    // No start-up check ran in this session: the anchor followed every save regardless.
    const db = await rawDb(harness)
    await db.table('audit').delete(2)
    const first = (await db.table('audit').get(1)) as AuditRow
    await db.table('meta').put({ key: 'auditHead', value: { seq: 1, hash: first.hash } })
    db.close()
    data.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 2, reason: 'sentinel' })
  })

  it('tampering between the commit and the sentinel write cannot change the head that is anchored', async () => {
    const harness = createHarness()
    // Once armed, the sentinel's next write first lets the test tamper with the committed database (a
    // slow disk or IPC gives an attacker that moment).
    let tamperBeforeWrite: (() => Promise<void>) | null = null
    const slow = createHarness({
      ...harness.options,
      sentinel: {
        read: () => harness.sentinel.read(),
        async write(value) {
          const tamper = tamperBeforeWrite
          tamperBeforeWrite = null
          if (tamper) await tamper()
          await harness.sentinel.write(value)
        },
      },
    })
    data = await slow.open()
    const id = await data.cases.createHousehold('A')
    await data.cases.updateHousehold({ id, label: 'B' })
    tamperBeforeWrite = async () => {
      const db = await rawDb(harness)
      await db.table('audit').bulkDelete([2, 3])
      const first = (await db.table('audit').get(1)) as AuditRow
      await db.table('meta').put({ key: 'auditHead', value: { seq: 1, hash: first.hash } })
      db.close()
    }
    await data.cases.updateHousehold({ id, label: 'C' })
    expect(tamperBeforeWrite).toBeNull()
    expect(harness.sentinel.current()?.audit?.seq).toBe(3)
    data.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 2, reason: 'sentinel' })
  })

  it('a save on a chain cut back behind the anchor does not move the anchor onto the damage', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    for (const label of ['B', 'C']) await data.cases.updateHousehold({ id, label })
    const anchored = harness.sentinel.current()?.audit
    expect(anchored?.seq).toBe(3)
    // While the app is open: the two newest entries removed, the head in meta made to match.
    const db = await rawDb(harness)
    await db.table('audit').bulkDelete([2, 3])
    const first = (await db.table('audit').get(1)) as AuditRow
    await db.table('meta').put({ key: 'auditHead', value: { seq: 1, hash: first.hash } })
    db.close()
    // Three saves append seq 2, 3, 4 on the shortened chain: seq 4 is past the anchor, but the chain
    // no longer holds the anchored entry, so the anchor stays.
    for (const label of ['D', 'E', 'F']) await data.cases.updateHousehold({ id, label })
    expect(harness.sentinel.current()?.audit).toEqual(anchored)
    data.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, reason: 'sentinel' })
  })

  it('dying between the commit and the sentinel write: the next start accepts the chain one save ahead', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    const before = harness.sentinel.current()
    expect(before?.audit?.seq).toBe(1)
    // A sentinel whose writes never return once armed: the process "dies" after the commit, before
    // the anchor is written.
    let dead = false
    const dying = createHarness({
      ...harness.options,
      sentinel: {
        read: () => harness.sentinel.read(),
        write: (value) => (dead ? new Promise<never>(() => undefined) : harness.sentinel.write(value)),
      },
    })
    data.close()
    data = await dying.open()
    dead = true
    const save = data.cases.updateHousehold({ id, label: 'B' })
    await expect.poll(async () => ((await data!.dumpDatabase()).tables['audit'] as AuditRow[]).length).toBe(2)
    void save
    data.close()
    expect(harness.sentinel.current()?.audit).toEqual(before?.audit)
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
    // The next save moves the anchor to the whole chain again.
    await data.cases.updateHousehold({ id, label: 'C' })
    expect(harness.sentinel.current()?.audit?.seq).toBe(3)
  })

  it('detects deleting every audit entry together with the head in meta', async () => {
    const harness = await usedInstall()
    const db = await rawDb(harness)
    await db.table('audit').clear()
    await db.table('meta').delete('auditHead')
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 1, reason: 'sentinel' })
  })

  it('detects dropping the newest entries even when the head in meta is rewritten to match', async () => {
    const harness = await usedInstall()
    const db = await rawDb(harness)
    await db.table('audit').bulkDelete([4, 5])
    const third = (await db.table('audit').get(3)) as AuditRow
    await db.table('meta').put({ key: 'auditHead', value: { seq: 3, hash: third.hash } })
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 4, reason: 'sentinel' })
  })

  it('detects an edited entry whose whole chain was recomputed without the key', async () => {
    const harness = await usedInstall()
    const db = await rawDb(harness)
    const rows = (await db.table('audit').orderBy('seq').toArray()) as AuditRow[]
    rows[1] = { ...rows[1]!, action: 'household.create' }
    // The attacker recomputes every hash the only way open to them: without the key.
    let prevHash = '0'.repeat(64)
    for (const row of rows) {
      row.prevHash = prevHash
      row.hash = computeLegacyAuditHash(row)
      delete row.keyed
      prevHash = row.hash
    }
    await db.table('audit').bulkPut(rows)
    await db.table('meta').put({ key: 'auditHead', value: { seq: 5, hash: prevHash } })
    db.close()
    data = await harness.open()
    const result = await data.audit.verifyChain()
    expect(result.ok).toBe(false)
    expect(result.reason).toBe('sentinel')
  })

  it('detects an edited entry recomputed with a guessed key', async () => {
    const harness = await usedInstall()
    const db = await rawDb(harness)
    await db.table('audit').update(2, { action: 'household.create' })
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 2, reason: 'entry' })
  })

  it('a chain that failed the check never lowers the anchor: the next start still reports it', async () => {
    const harness = await usedInstall()
    const anchored = harness.sentinel.current()?.audit
    const db = await rawDb(harness)
    await db.table('audit').clear()
    await db.table('meta').delete('auditHead')
    db.close()
    data = await harness.open()
    expect((await data.audit.verifyChain()).ok).toBe(false)
    await data.cases.createHousehold('after the damage')
    expect(harness.sentinel.current()?.audit).toEqual(anchored)
    data.close()
    data = await harness.open()
    expect((await data.audit.verifyChain()).ok).toBe(false)
  })

  it('compares the chain with the newest backup’s head', async () => {
    const harness = await usedInstall()
    data = await harness.open()
    const dump = await data.dumpDatabase()
    expect(dump.auditHead?.seq).toBe(5)
    const backup = { head: dump.auditHead!, createdAt: '2026-11-28T09:00:30.000Z' }
    expect((await data.audit.verifyChain({ backup })).ok).toBe(true)
    const forged = { head: { seq: 5, hash: 'f'.repeat(64) }, createdAt: backup.createdAt }
    expect(await data.audit.verifyChain({ backup: forged })).toEqual({
      ok: false,
      brokenAtSeq: 5,
      reason: 'backup',
    })
    const ahead = { head: { seq: 9, hash: 'f'.repeat(64) }, createdAt: backup.createdAt }
    expect((await data.audit.verifyChain({ backup: ahead })).reason).toBe('backup')
  })

  it('a restore rewinds the chain legitimately: the anchor follows and nothing is flagged', async () => {
    const harness = await usedInstall()
    data = await harness.open()
    const older = await data.dumpDatabase()
    const id = await data.cases.createHousehold('later')
    await data.cases.updateHousehold({ id, label: 'later still' })
    expect((await data.audit.verifyChain()).ok).toBe(true)
    expect(harness.sentinel.current()?.audit?.seq).toBe(7)
    const backupAfter = { head: harness.sentinel.current()!.audit!, createdAt: '2026-11-28T08:00:00.000Z' }
    await data.restoreDatabase(older)
    expect(harness.sentinel.current()?.audit?.seq).toBe(6)
    // The newest backup was made before the restore: it is not compared.
    expect((await data.audit.verifyChain({ backup: backupAfter })).ok).toBe(true)
    data.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  })

  it('a restore whose anchor write was lost (died after the commit) still verifies; a foreign anchor does not', async () => {
    const harness = await usedInstall()
    data = await harness.open()
    const older = await data.dumpDatabase()
    await data.cases.createHousehold('later')
    const replaced = { ...harness.sentinel.current()!.audit! }
    expect(replaced.seq).toBe(6)
    await data.restoreDatabase(older)
    data.close()
    // The sentinel as it was before the restore: the process died between the commit and the anchor.
    await harness.sentinel.write({ ...harness.sentinel.current()!, audit: replaced })
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
    data.close()
    // An anchor the restore entry does not name is a break as before.
    await harness.sentinel.write({ ...harness.sentinel.current()!, audit: { seq: 9, hash: 'e'.repeat(64) } })
    data = await harness.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, reason: 'sentinel' })
  })

  it('refuses an unkeyed entry after a keyed one (no partial downgrade)', async () => {
    const harness = await usedInstall()
    const db = await rawDb(harness)
    const row = (await db.table('audit').get(5)) as AuditRow
    const { keyed: _keyed, ...unkeyed } = row
    await db.table('audit').put({ ...unkeyed, hash: computeLegacyAuditHash(unkeyed) })
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, brokenAtSeq: 5 })
  })

  it('another key cannot verify the chain (the key is what makes it evidence)', async () => {
    const harness = await usedInstall()
    const other = createHarness({
      name: harness.options.name,
      indexedDB: harness.options.indexedDB,
      auditKey: new Uint8Array(32).fill(8),
    })
    data = await other.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 1, reason: 'entry' })
  })

  // A backup restored onto another computer (a new laptop after the old one broke) carried a chain
  // keyed under the old computer's key: every start after it reported a tampered log from entry 1.
  it('a backup from another device restores with a chain that verifies here; a tampered one still does not', async () => {
    const otherDevice = await usedInstall()
    data = await otherDevice.open()
    const foreign = await data.dumpDatabase()
    data.close()

    const here = createHarness({ auditKey: new Uint8Array(32).fill(8) })
    data = await here.open()
    await data.cases.createHousehold('hier')
    await data.restoreDatabase(structuredClone(foreign))
    data.close()
    data = await here.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
    const entries = await data.audit.list()
    // The five entries of the other device (their device and time kept), then the adoption and the restore.
    expect(entries.map((entry) => entry.action).slice(0, 2)).toEqual(['database.restore', 'audit.adopted'])
    expect(entries.find((entry) => entry.action === 'audit.adopted')?.objectId).toBe('rehashed:5')
    expect(entries).toHaveLength(7)
    data.close()

    // A foreign chain with one entry changed (its link broken) is restored as it is, and reported.
    const tampered = structuredClone(foreign)
    const rows = tampered.tables['audit'] as AuditRow[]
    rows[2] = { ...rows[2]!, prevHash: 'f'.repeat(64) }
    const again = createHarness({ auditKey: new Uint8Array(32).fill(9) })
    data = await again.open()
    await data.restoreDatabase(tampered)
    data.close()
    data = await again.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, reason: 'entry' })
    data.close()

    // This device's own chain with a broken entry is never re-keyed: the break stays visible.
    const own = createHarness({ auditKey: new Uint8Array(32).fill(8) })
    data = await own.open()
    const id = await data.cases.createHousehold('eigen')
    await data.cases.updateHousehold({ id, label: 'eigen 2' })
    const ownDump = await data.dumpDatabase()
    const ownRows = ownDump.tables['audit'] as AuditRow[]
    ownRows[1] = { ...ownRows[1]!, action: 'household.delete' }
    await data.restoreDatabase(ownDump)
    data.close()
    data = await own.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'entry' })
  })

  it('refuses to open without a 32-byte key', async () => {
    data = await createHarness({ auditKey: new Uint8Array(16) }).open()
    expect(data.startup.kind).toBe('open-failed')
  })
})
