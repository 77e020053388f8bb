/**
 * Generating the demo portfolio off the UI thread (issue 13: 30,000 households within a minute).
 *
 * Measured at 2,000 households on the UI thread: about two thirds of its time went to IndexedDB
 * turning rows into stored values (a household is some fifteen rows) and to checking the files, so a
 * 30,000-household demo could not finish in a minute there however the work was sliced. Here a slice
 * of the chunks is generated, checked, evaluated and written by one worker with its own connection to
 * the same database (demo.worker.ts); a few workers share the chunks (chunk `c` is done by worker
 * `c % count`), each also writing while the others evaluate. The UI thread only forwards each chunk's
 * results to the open portfolio and shows the progress.
 *
 * What holds as before: every chunk is checked against the case-file schema and written whole or not
 * at all with its stored results and ONE audit entry counting its households (demo-portfolio.ts); a
 * stop is asked between chunks, so a stop or a crash leaves whole households with current results.
 * Every worker runs the generator over the whole run and keeps only its own chunks, so the households
 * are exactly those of `generatePortfolio` with the same options, whichever worker makes them.
 */
import type { CaseFile, MunicipalityConfig, Provision } from '#shared/domain/types'
import {
  createFingerprintContext,
  evaluateEntry,
  generatePortfolioChunks,
  type PortfolioCase,
  type PortfolioEntry,
  type ResultVersions,
} from '#shared/portfolio'
import type { EvaluateFn } from '#shared/portfolio'
import type { CaseAggregate, StoredPortfolioResult } from './api'
import type { DemoPortfolioWriter } from './demo-portfolio'
import type { Issue } from './validation'

/** What one worker is asked to make: its share of the run's chunks. */
export type DemoSliceRequest = {
  generator: {
    seed: number
    size: number
    startYear: number
    batch: string
    provisions: readonly Provision[]
  }
  chunkSize: number
  /** This worker's share: the chunks whose index modulo `count` is `index`. */
  slice: { index: number; count: number }
  municipality: MunicipalityConfig
  versions: ResultVersions
}

/** One chunk written (committed): its households' evaluated entries, for the open portfolio. */
export type DemoChunkWritten = {
  chunk: number
  /** Files in the chunk (written + refused). */
  files: number
  entries: PortfolioEntry[]
  /** Each entry's case version (the household's `updatedAt`), in the entries' order. */
  caseVersions: string[]
  refused: { name: string; errors: Issue[] }[]
  /** Where the chunk's time went in its worker (the benchmark's breakdown). */
  timings: { generateMs: number; prepareMs: number; evaluateMs: number; writeMs: number }
}

type DemoSliceHooks = {
  /** Asked before each chunk: true stops there (the chunks written stay). */
  shouldStop(): boolean
  onChunk(written: DemoChunkWritten): void
}

/** Plain copies of the stored cases, as the engine reads them. */
function toPortfolioCase(c: CaseAggregate): PortfolioCase {
  return {
    household: c.household,
    scenarios: c.scenarios,
    updatedAt: c.updatedAt,
    example: c.example,
    origin: c.origin,
  }
}

/**
 * Makes this slice's chunks one after the other: prepare (check, rows, seal), evaluate, write (one
 * transaction), then report. The next chunk is prepared and evaluated while the one before commits
 * (a durable commit waits for the disk, a worker would otherwise sit idle meanwhile); at most one
 * write is in flight, and a chunk is written only after the one before it committed, so a failure
 * stops the slice before anything after the failed chunk is written. Throws on the first chunk that
 * cannot be written (the ones before it stay).
 */
export async function generateDemoSlice(
  writer: DemoPortfolioWriter,
  request: DemoSliceRequest,
  evaluate: EvaluateFn,
  hooks: DemoSliceHooks,
): Promise<void> {
  const { municipality, slice } = request
  const fingerprints = createFingerprintContext(municipality, request.versions)
  let chunk = -1
  let generated = performance.now()
  let writing: Promise<void> | null = null
  try {
    for (const files of generatePortfolioChunks(request.generator, request.chunkSize)) {
      chunk++
      if (chunk % slice.count !== slice.index) continue
      if (hooks.shouldStop()) break
      const made = await makeChunk(chunk, files, performance.now() - generated)
      // The chunk before must have committed before this one is written (and a failure ends here).
      if (writing) await writing
      writing = null
      if (hooks.shouldStop()) break
      writing = writeChunk(made)
      // Awaited before the next write or at the end; a failure meanwhile is not an unhandled one.
      writing.catch(() => undefined)
      generated = performance.now()
    }
  } finally {
    // Settles the last write even when making a chunk threw; its failure is the one that counts.
    if (writing) await writing
  }

  async function makeChunk(index: number, files: CaseFile[], generateMs: number) {
    const started = performance.now()
    const prepared = await writer.prepare(files)
    const cases = prepared.cases.map(toPortfolioCase)
    const evaluated = performance.now()
    const entries = cases.map((c) => evaluateEntry(c, municipality, evaluate))
    const caseVersions = cases.map((c) => c.updatedAt)
    const results: StoredPortfolioResult[] = entries.map((entry, i) => ({
      householdId: entry.householdId,
      caseVersion: caseVersions[i] as string, // one version per case, in the same order
      fingerprint: fingerprints.fingerprintOf(entry.provisionIds),
      entry,
    }))
    const timings = { generateMs, prepareMs: evaluated - started, evaluateMs: performance.now() - evaluated }
    return { index, files: files.length, prepared, entries, caseVersions, results, timings }
  }

  async function writeChunk(made: Awaited<ReturnType<typeof makeChunk>>): Promise<void> {
    const writing = performance.now()
    await writer.write(made.prepared, made.results)
    hooks.onChunk({
      chunk: made.index,
      files: made.files,
      entries: made.entries,
      caseVersions: made.caseVersions,
      refused: made.prepared.refused,
      timings: { ...made.timings, writeMs: performance.now() - writing },
    })
  }
}
