// Issue 13: the portfolio's change feed (household versions after every change) reads only what
// changed after an edit, and everything again whenever that could miss something.
import { afterEach, describe, expect, it } from 'vitest'
import type { DataLayer, StoredPortfolioResult } from '../../../renderer/src/data/api'
import { MaatwerkDb } from '../../../renderer/src/data/db'
import { createHarness, type Harness } from './harness'

const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, second)).toISOString()

/** The same (id, version) pairs, in whatever order (a map's order is no part of the feed's answer). */
const sameEntries = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([id, version]) => b.get(id) === version)

describe('portfolio results — change feed (observeVersions)', () => {
  let data: DataLayer | null = null
  afterEach(() => data?.close())

  /** A data layer whose clock reads `clock.now`, and the feed's emissions. */
  async function feed(): Promise<{
    data: DataLayer
    clock: { now: number }
    latest: () => Map<string, string> | null
    emissions: () => number
    reads: ('none' | 'changes' | 'all')[]
    harness: Harness
  }> {
    const clock = { now: 0 }
    const harness = createHarness({ name: `feed-${Math.random()}`, now: () => at(clock.now++) })
    const opened = await harness.open()
    data = opened
    let latest: Map<string, string> | null = null
    let emissions = 0
    const reads: ('none' | 'changes' | 'all')[] = []
    const stop = opened.portfolioResults!.observeVersions(
      {
        next: (versions) => {
          latest = versions
          emissions++
        },
      },
      { onRead: (read) => reads.push(read) },
    )
    const close = opened.close
    opened.close = () => {
      stop()
      close()
    }
    return { data: opened, clock, latest: () => latest, emissions: () => emissions, reads, harness }
  }

  /** Waits until the feed has said something new and that equals every version read directly. */
  async function settled(f: Awaited<ReturnType<typeof feed>>, after: number): Promise<Map<string, string>> {
    const started = Date.now()
    for (;;) {
      const expected = await f.data.portfolioResults!.readVersions()
      const latest = f.latest()
      if (f.emissions() > after && latest && sameEntries(latest, expected)) return latest
      if (Date.now() - started > 30_000) throw new Error(`feed: ${JSON.stringify([...(latest ?? [])])}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  it('reports edits, additions and removals, also an edit stamped earlier than the newest (clock set back)', async () => {
    const f = await feed()
    const a = await f.data.cases.createHousehold('A')
    const b = await f.data.cases.createHousehold('B')
    await f.data.cases.createHousehold('C')
    let seen = await settled(f, 0)
    expect(seen.size).toBe(3)

    // An edit now: the newest version.
    let count = f.emissions()
    await f.data.cases.updateHousehold({ id: a, label: 'A2', municipalityCode: 'GM0363', dates: {} })
    seen = await settled(f, count)
    expect(seen.get(a)).toBe((await f.data.cases.loadCase(a))!.updatedAt)

    // The clock set back: an edit stamped before the newest version known.
    f.clock.now = 1
    count = f.emissions()
    await f.data.cases.updateHousehold({ id: b, label: 'B2', municipalityCode: 'GM0363', dates: {} })
    seen = await settled(f, count)
    expect(seen.get(b)).toBe((await f.data.cases.loadCase(b))!.updatedAt)

    // A removal.
    f.clock.now = 100
    count = f.emissions()
    await f.data.cases.deleteHousehold(a)
    seen = await settled(f, count)
    expect(seen.has(a)).toBe(false)
    expect(seen.size).toBe(2)

    // Only the first answer read every version; every one after it read only the change rows.
    expect(f.reads[0]).toBe('all')
    expect(f.reads.slice(1)).not.toContain('all')
    expect(f.reads).toContain('changes')
  })

  it('reads every version again where the change rows cannot say: a range removed, a gap in the rows, a restore', async () => {
    const f = await feed()
    await f.data.seedExamples()
    const own = await f.data.cases.createHousehold('Eigen')
    let seen = await settled(f, 0)
    expect(seen.size).toBe(7)

    // The examples go as key ranges (no ids named): every version is read, and the answer is right.
    let count = f.emissions()
    let reads = f.reads.length
    await f.data.removeExamples()
    seen = await settled(f, count)
    expect([...seen.keys()]).toEqual([own])
    expect(f.reads.slice(reads)).toContain('all')

    // A household written by another connection (another window, a demo worker): its change row says so.
    const other = rawDb(f.harness)
    count = f.emissions()
    reads = f.reads.length
    const row = (await other.households.get(own))!
    await other.households.put({ ...row, updatedAt: at(500) })
    seen = await settled(f, count)
    expect(seen.get(own)).toBe(at(500))
    expect(f.reads.slice(reads)).not.toContain('all')

    // A change without its change row (pruned, lost): the chain does not link up, every version is read.
    const dump = await f.data.dumpDatabase()
    count = f.emissions()
    reads = f.reads.length
    await other.transaction('rw', other.households, other.portfolioState, async () => {
      await other.households.put({ ...row, updatedAt: at(600) })
      const changeKeys = await other.portfolioState.where('key').startsWith('change:').primaryKeys()
      await other.portfolioState.delete(changeKeys.at(-1)!)
    })
    seen = await settled(f, count)
    expect(seen.get(own)).toBe(at(600))
    expect(f.reads.slice(reads)).toEqual(['all'])
    other.close()

    // A restore replaces every household: the feed follows it exactly.
    count = f.emissions()
    await f.data.restoreDatabase(dump)
    seen = await settled(f, count)
    expect([...seen.keys()]).toEqual([own])
  })
})

/** A second connection to the same database (another window, a worker). */
function rawDb(harness: Harness): MaatwerkDb {
  return new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
}

describe('portfolio results — deleteResults', () => {
  let data: DataLayer | null = null
  afterEach(() => data?.close())

  const result = (id: string): StoredPortfolioResult => ({
    householdId: id,
    caseVersion: 'v',
    fingerprint: 'f',
    entry: {
      householdId: id,
      updatedAt: 'v',
      choice: 'none',
      scenarioId: null,
      scenarioName: null,
      series: { startMonth: 0, months: 0, values: new Float64Array(0) },
      intensiveCarerIds: [],
      lineCount: 0,
      provisionIds: [],
      meta: { label: id, pseudonymised: false, synthetic: true, imported: false },
    },
  })
  const id = (n: number) => `h-${String(n).padStart(5, '0')}`

  it('deletes exactly the named rows that exist, among many named that are gone (a bulk removal)', async () => {
    data = await createHarness({ name: `delete-${Math.random()}` }).open()
    const results = data.portfolioResults!
    // Rows 0…1999 stored; every even one is named for deletion, with 3,000 ids that have no row.
    await results.saveResults(Array.from({ length: 2_000 }, (_, n) => result(id(n))))
    const named = [
      ...Array.from({ length: 1_000 }, (_, n) => id(2 * n)),
      ...Array.from({ length: 3_000 }, (_, n) => id(10_000 + n)),
    ]
    await results.deleteResults(named)
    const left = (await results.readSnapshot()).results.map((r) => r.householdId).sort()
    expect(left).toEqual(Array.from({ length: 1_000 }, (_, n) => id(2 * n + 1)))

    // A few named (the single-piece path) go too; ids beyond every row change nothing.
    await results.deleteResults([id(1), id(3), id(99_999)])
    expect((await results.readSnapshot()).results).toHaveLength(998)
  })
})
