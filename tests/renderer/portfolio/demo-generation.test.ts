import { reaction } from 'mobx'
import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { currentResultVersions, generatePortfolio } from '#shared/portfolio'
import type { DataLayer } from '../../../renderer/src/data/api'
import { generateDemoSlice } from '../../../renderer/src/data/demo-generation'
import type { DemoPortfolioWriter } from '../../../renderer/src/data/demo-portfolio'
import { EXAMPLES_GENERATE_ACTION } from '../../../renderer/src/data/demo-portfolio'
import { createHarness } from '../data/harness'
import { openTestWorkspace } from '../stores/workspace-fixtures'
import { countingPortfolioStore, DEMO_NOW, expectStoppedDemoKeepsWholeChunks } from './portfolio-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

/** The run's name the store derives from DEMO_NOW (to the second). */
const BATCH = '20261130-180500'

/**
 * The data layer's workers, played on this thread: `slices` runs of `generateDemoSlice` over the same
 * database at once (their transactions interleave as the workers' do), each with the data layer's own
 * chunk writer — what demo.worker.ts runs in each worker.
 */
function withSlicesOnThisThread(data: DataLayer, slices: number): { starts: number[] } {
  const writer = data.demoPortfolio!
  const seen = { starts: [] as number[] }
  data.generateDemoInWorkers = (request, onChunk) => {
    let stopped = false
    const { workers, ...rest } = request
    seen.starts.push(workers)
    const runs = Array.from({ length: slices }, (_, index) =>
      generateDemoSlice(writer, { ...rest, slice: { index, count: slices } }, evaluateScenario, {
        shouldStop: () => stopped,
        onChunk,
      }),
    )
    return {
      stop: () => {
        stopped = true
      },
      done: Promise.all(runs).then(() => undefined),
    }
  }
  return seen
}

describe('PortfolioStore.generateDemo in workers (issue 13)', () => {
  it('makes exactly the households of one generation, each with its current result, one audit entry per chunk', async () => {
    const workspace = await openTestWorkspace()
    const seen = withSlicesOnThisThread(workspace.data, 3)
    const store = countingPortfolioStore(workspace).store
    const progress: number[] = []
    const watch = reaction(
      () => store.importProgress?.done,
      (done) => done !== undefined && progress.push(done),
    )
    await store.generateDemo(200, 5, DEMO_NOW, 30)
    watch()

    expect(seen.starts).toHaveLength(1)
    expect(store.importReport).toMatchObject({ kind: 'demo', imported: 200, refused: [] })
    // Progress after every chunk, whichever slice wrote it, up to the whole run.
    expect(progress).toHaveLength(8)
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(200)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    // The same households as one generation with the run's name, whichever slice made them.
    const expected = generatePortfolio({
      seed: 5,
      size: 200,
      startYear: 2026,
      provisions: PROVISIONS,
      batch: BATCH,
    })
    const cases = await workspace.data.cases.loadAllCases()
    expect(cases.map((c) => c.household.label).sort()).toEqual(expected.map((f) => f.household.label).sort())
    const byLabel = new Map(expected.map((f) => [f.household.label, f]))
    for (const c of cases) {
      expect(c.example).toBe(true)
      expect(c.scenarios).toEqual(byLabel.get(c.household.label)?.scenarios)
    }
    // Current on arrival: nothing left to refresh, every stored result equals a fresh evaluation.
    expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(200)
    expect(store.report!.counts).toMatchObject({ households: 200, synthetic: 200 })
    // 200 households in chunks of 30: seven chunks, seven audit entries counting them, and the chain holds.
    const audit = await workspace.data.audit.list()
    const generated = audit.filter((e) => e.action === EXAMPLES_GENERATE_ACTION)
    expect(generated.map((e) => e.objectId).sort()).toEqual([
      'count:20',
      'count:30',
      'count:30',
      'count:30',
      'count:30',
      'count:30',
      'count:30',
    ])
    expect((await workspace.data.audit.verifyChain()).ok).toBe(true)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('stopped mid-way keeps whole chunks only, each household with its current result', async () => {
    const workspace = await openTestWorkspace()
    withSlicesOnThisThread(workspace.data, 2)
    const { store } = countingPortfolioStore(workspace)
    await expectStoppedDemoKeepsWholeChunks(workspace, store, 6)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  // The next chunk is made while the one before commits: a failing write must still end the slice
  // there — nothing after it written, nothing of it half written, the chain whole.
  it('a write failing mid-transaction leaves the chunks before it whole and writes nothing after it', async () => {
    const workspace = await openTestWorkspace()
    const real = workspace.data.demoPortfolio!
    const written: string[][] = []
    let writes = 0
    const writer: DemoPortfolioWriter = {
      prepare: (files) => real.prepare(files),
      async write(chunk, results) {
        writes++
        if (writes === 2) {
          // The chunk's last household takes an id already stored: its rows fail part-way through the
          // transaction, after the rows of the households before it were added.
          const taken = written[0]![0]!
          const last = chunk.rows.length - 1
          const rows = chunk.rows.map((r, i) =>
            i === last ? { ...r, household: { ...r.household, id: taken } } : r,
          )
          const doomed = results.map((r, i) => (i === last ? { ...r, householdId: taken } : r))
          return real.write({ ...chunk, rows }, doomed)
        }
        await real.write(chunk, results)
        written.push(chunk.rows.map((r) => r.household.id))
      },
    }
    const profile = await workspace.data.municipalities.getActiveProfile()
    const chunks: number[] = []
    await expect(
      generateDemoSlice(
        writer,
        {
          generator: { seed: 3, size: 100, startYear: 2026, batch: 'x', provisions: PROVISIONS },
          chunkSize: 20,
          slice: { index: 0, count: 1 },
          municipality: profile,
          versions: currentResultVersions(),
        },
        evaluateScenario,
        { shouldStop: () => false, onChunk: (c) => chunks.push(c.chunk) },
      ),
    ).rejects.toBeTruthy()
    expect(writes).toBe(2)
    expect(chunks).toEqual([0])
    const cases = await workspace.data.cases.loadAllCases()
    expect(cases.map((c) => c.household.id).sort()).toEqual([...written[0]!].sort())
    expect((await workspace.data.portfolioResults!.readSnapshot()).results).toHaveLength(20)
    const audit = await workspace.data.audit.list()
    expect(audit.filter((e) => e.action === EXAMPLES_GENERATE_ACTION).map((e) => e.objectId)).toEqual([
      'count:20',
    ])
    expect((await workspace.data.audit.verifyChain()).ok).toBe(true)
    workspace.data.close()
  }, 120_000)

  it('a what-if after a generation in workers loads the cases it needs from the database', async () => {
    const workspace = await openTestWorkspace()
    withSlicesOnThisThread(workspace.data, 2)
    const store = countingPortfolioStore(workspace).store
    await store.generateDemo(200, 9, DEMO_NOW, 50)
    const baseline = store.report!
    await store.applyLevers({ ...store.levers, zinToPgbPercent: 100 })
    expect(store.report).not.toEqual(baseline)
    store.dispose()
    workspace.data.close()
  }, 120_000)
})

describe('the demo chunks’ room check (issue 13: the storage estimate is slow while the database writes)', () => {
  const MB = 1024 * 1024
  /** Chunks whose room one check covers (DEMO_ROOM_AHEAD in renderer/src/data/demo-portfolio.ts). */
  const DEMO_ROOM_AHEAD = 16

  /** A data layer whose storage estimate answers `usage()` of a 1 GB quota, counting the questions. */
  async function withStorage(usage: () => number): Promise<{ data: DataLayer; asked: () => number }> {
    let asked = 0
    const data = await createHarness({ name: `room-${Math.random()}` }).open({
      storage: {
        estimate: async () => {
          asked++
          return { quota: 1024 * MB, usage: usage() }
        },
      },
    })
    return { data, asked: () => asked }
  }

  async function generate(data: DataLayer, size: number, chunkSize: number): Promise<number> {
    const municipality = await data.municipalities.getActiveProfile()
    let written = 0
    await generateDemoSlice(
      data.demoPortfolio!,
      {
        generator: { seed: 9, size, startYear: 2026, batch: 'room', provisions: PROVISIONS },
        chunkSize,
        slice: { index: 0, count: 1 },
        municipality,
        versions: currentResultVersions(),
      },
      evaluateScenario,
      { shouldStop: () => false, onChunk: (chunk) => (written += chunk.entries.length) },
    )
    return written
  }

  it(`asks once for the room of ${DEMO_ROOM_AHEAD} chunks, not once per chunk, where there is room`, async () => {
    const { data, asked } = await withStorage(() => 0)
    expect(await generate(data, 100, 5)).toBe(100)
    // 20 chunks: the first asks for itself and the next 15, the 17th for the rest.
    expect(asked()).toBe(2)
    data.close()
  })

  it('on a nearly full disk asks per chunk again, writes whole chunks while they fit and refuses the next', async () => {
    // Room for a chunk alone (the fixed margin and a little), never for sixteen; full after four chunks.
    let answers = 0
    const { data } = await withStorage(() => {
      answers++
      // Two questions per chunk (sixteen ahead, then this one); after four chunks the disk is full.
      return answers > 8 ? 1024 * MB : 1024 * MB - 21 * MB
    })
    const before = (await data.portfolioResults!.readVersions()).size
    await expect(generate(data, 50, 5)).rejects.toMatchObject({ kind: 'quota' })
    const after = (await data.portfolioResults!.readVersions()).size
    // Four chunks of five, whole, with their results; nothing of the refused fifth.
    expect(after - before).toBe(20)
    expect((await data.portfolioResults!.readSnapshot()).results).toHaveLength(20)
    data.close()
  })
})
