// A browser killed right after a save and a restore (the e2e probe "the browser killed › right after a
// save and a restore"): whatever head the sentinel holds when the process dies — the save's, or the
// restore's — the next start must read the chain as intact, in every following round as well. Before,
// a start that accepted the sentinel because the newest restore named it as the head it replaced left
// the anchor on that vanished head: no later save could move it, so the next kill between a restore's
// commit and its anchor write found an anchor that neither the chain nor the restore entry named.
import { afterEach, describe, expect, it } from 'vitest'
import type { DataLayer, Sentinel } from '../../../renderer/src/data/api'
import { createHarness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

type Cut = 'after-save-anchor' | 'after-restore-anchor'

/** Rounds of save, restore, kill; `cuts[i]` is what the sentinel held when round i was killed. */
async function rounds(cuts: readonly Cut[]): Promise<void> {
  const harness = createHarness()
  data = await harness.open()
  const id = await data.cases.createHousehold('A')
  expect((await data.audit.verifyChain()).ok).toBe(true)
  const backup = await data.dumpDatabase()
  for (const [round, cut] of cuts.entries()) {
    await data.cases.updateHousehold({ id, label: `ronde ${round + 1}` })
    const afterSave: Sentinel = { ...harness.sentinel.current()! }
    await data.restoreDatabase(backup)
    data.close()
    // The kill: the restore's anchor write did not reach the sentinel (or did).
    if (cut === 'after-save-anchor') await harness.sentinel.write(afterSave)
    data = await harness.open()
    expect(await data.audit.verifyChain(), `round ${round + 1}, ${cut}`).toEqual({
      ok: true,
      brokenAtSeq: null,
    })
  }
}

describe('a kill right after a save and a restore', () => {
  const cuts: Cut[] = ['after-save-anchor', 'after-restore-anchor']
  for (const first of cuts) {
    for (const second of cuts) {
      for (const third of cuts) {
        it(`never raises a false alarm: ${first}, then ${second}, then ${third}`, async () => {
          await rounds([first, second, third])
        })
      }
    }
  }

  it('a chain cut back after an accepted restore anchor is still reported', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    expect((await data.audit.verifyChain()).ok).toBe(true)
    const backup = await data.dumpDatabase()
    await data.cases.updateHousehold({ id, label: 'saved' })
    const afterSave: Sentinel = { ...harness.sentinel.current()! }
    await data.restoreDatabase(backup)
    data.close()
    await harness.sentinel.write(afterSave)
    data = await harness.open()
    expect((await data.audit.verifyChain()).ok).toBe(true)
    for (const label of ['B', 'C', 'D']) await data.cases.updateHousehold({ id, label })
    const anchored = harness.sentinel.current()!.audit!
    const entries = await data.audit.list()
    expect(anchored.seq).toBe(entries[0]!.seq)
    data.close()
    // Cut the newest two entries and rewrite the head in meta to match.
    const { Dexie } = await import('dexie')
    const raw = new Dexie(harness.options.name ?? 'maatwerk', {
      indexedDB: harness.options.indexedDB,
      IDBKeyRange: harness.options.IDBKeyRange,
    })
    await raw.open()
    await raw.table('audit').bulkDelete([anchored.seq, anchored.seq - 1])
    const last = entries[2]!
    await raw.table('meta').put({ key: 'auditHead', value: { seq: last.seq, hash: last.hash } })
    raw.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, reason: 'sentinel' })
  })
})

describe('a restore started while the save’s anchor is still being written', () => {
  it('commits only once the sentinel holds the head it replaces', async () => {
    // A sentinel whose writes land some time after they start (IndexedDB with strict durability).
    let durable: Sentinel | null = null
    const slow = {
      read: async () => (durable ? { ...durable } : null),
      write: (next: Sentinel) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            durable = { ...next }
            resolve()
          }, 400),
        ),
    }
    const harness = createHarness({ sentinel: slow })
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    expect((await data.audit.verifyChain()).ok).toBe(true)
    const backup = await data.dumpDatabase()
    const layer = data
    await layer.cases.updateHousehold({ id, label: 'B' })
    // The save's commit shows at once; its anchor write is still on its way when the restore starts.
    const saved = layer.cases.updateHousehold({ id, label: 'saved' })
    while ((await layer.audit.list({ limit: 1 }))[0]?.seq !== 3) {
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    let atRestoreCommit: Sentinel | null | undefined
    const restored = layer.restoreDatabase(backup)
    while (atRestoreCommit === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      const newest = (await layer.audit.list({ limit: 1 }))[0]
      if (newest?.action === 'database.restore')
        atRestoreCommit = durable === null ? null : { ...(durable as Sentinel) }
    }
    await Promise.all([saved, restored])
    data.close()
    // The kill right after the restore's commit: the sentinel as it was then.
    durable = atRestoreCommit
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  })
})
