/**
 * The demo portfolio's bulk writes (issue 13): households generated on this device, written a chunk
 * at a time together with their evaluated portfolio results, so a 30,000-household demo opens current
 * without a second pass that reads and evaluates every case again.
 *
 * A chunk is prepared first (checked against the case-file schema, turned into rows, sensitive fields
 * sealed — WebCrypto cannot run inside a transaction), then evaluated by the caller (the worker pool),
 * then written in one transaction: every row of its households, their stored results through the
 * result repository's own write (`saveResults`, the one function that writes stored results), and ONE
 * audit entry counting the households. The chunk is all or nothing: a stop, a crash or a full disk
 * between chunks leaves whole households with current results only.
 *
 * One audit entry per chunk instead of one per household: the households are synthetic (no person's
 * data is processed), and 30,000 chained, keyed entries would cost more than the households themselves.
 * Removing the examples again (`removeExampleCases`) likewise logs one entry per chunk.
 */
import type { Table } from 'dexie'
import type { CaseFile } from '#shared/domain/types'
import type { CaseAggregate, PortfolioResultRepository, StoredPortfolioResult } from './api'
import { appendAudit } from './audit'
import { sealCaseRows } from './at-rest'
import { contentKeyOf, sealContent } from './content-mac'
import { assembleCase, toCaseRows, toContentRow, type CaseRows } from './case-rows'
import { assertWritable, runWrite, type DataContext } from './context'
import { validateCaseFile, type Issue } from './validation'

/** The audit action of one chunk of generated demo households; its object id is `count:<n>`. */
export const EXAMPLES_GENERATE_ACTION = 'examples.generate'

/** Invariant messages of the chunk write (a caller bug, never a user's input). */
export const DEMO_PORTFOLIO_MESSAGES = {
  resultsMismatch:
    'demo portfolio: the results must be exactly one per household of the chunk, for its version',
} as const

/** A chunk ready to be evaluated and written: its households as the engine reads them, and their rows. */
type PreparedDemoChunk = {
  /** The households as stored (new ids, `updatedAt` = the chunk's timestamp), in plain text. */
  cases: CaseAggregate[]
  /** Files the schema refused (the generator's bug, never expected): named, not written. */
  refused: { name: string; errors: Issue[] }[]
  /** The rows to write, sensitive fields sealed. */
  readonly rows: CaseRows[]
}

export type DemoPortfolioWriter = {
  prepare(files: readonly CaseFile[]): Promise<PreparedDemoChunk>
  /** Writes the chunk's households and their results in one transaction (all or nothing). */
  write(chunk: PreparedDemoChunk, results: readonly StoredPortfolioResult[]): Promise<void>
}

/** Rows added per request batch inside a chunk's transaction: no single step holds the UI thread long. */
const ADD_PIECE = 200

/**
 * Chunks whose room is checked in one go. The browser's storage estimate is slow while the database is
 * busy writing: measured during a 30,000-household demo, some 0.65 s a call, 39 s summed over the
 * sixty chunks of the two workers (more than any other step but the writes themselves). So room for
 * this chunk and the next ones of its size is checked at once, and checked again once they are
 * written. Where there is not room for that many, room for this chunk alone is checked, as before:
 * a nearly full disk still takes the chunks that fit and refuses the first that does not.
 */
const DEMO_ROOM_AHEAD = 16

/** Files checked and turned into rows between two turns of the UI thread. */
const PREPARE_PIECE = 50

/**
 * Gives the UI thread a turn (input, rendering) between pieces of synchronous work. Not a timer: a
 * timer in a hidden window is throttled to once a second or less, which would stall the work.
 */
function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Adds rows in pieces, each awaited: the transaction stays one, the UI thread gets turns between. */
async function addInPieces<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ADD_PIECE) await table.bulkAdd(rows.slice(i, i + ADD_PIECE))
}

/** The JSON size of a chunk, estimated from its first households (measuring all of it costs more). */
function approximateSize(rows: readonly CaseRows[], results: readonly StoredPortfolioResult[]): number {
  const sample = Math.min(rows.length, 10)
  if (sample === 0) return 0
  try {
    const bytes = JSON.stringify([rows.slice(0, sample), results.slice(0, sample)]).length
    return Math.ceil((bytes / sample) * rows.length)
  } catch {
    return 0
  }
}

export function createDemoPortfolioWriter(
  context: DataContext,
  results: Pick<PortfolioResultRepository, 'saveResults'>,
  { inWorker = false }: { inWorker?: boolean } = {},
): DemoPortfolioWriter {
  const { db } = context
  /** Bytes of room checked for and not yet written (see DEMO_ROOM_AHEAD). */
  let reserved = 0
  const ensureRoom = async (bytes: number): Promise<void> => {
    if (!context.ensureRoom) return
    if (bytes > reserved) {
      try {
        await context.ensureRoom(bytes * DEMO_ROOM_AHEAD)
        reserved = bytes * DEMO_ROOM_AHEAD
      } catch {
        reserved = 0
        // Not room for that many (or no answer): room for this chunk alone, or the refusal as before.
        await context.ensureRoom(bytes)
        reserved = bytes
      }
    }
    reserved -= bytes
  }
  return {
    async prepare(files) {
      assertWritable(context)
      const timestamp = context.now()
      const refused: PreparedDemoChunk['refused'] = []
      const plain: CaseRows[] = []
      for (const [index, file] of files.entries()) {
        if (index > 0 && index % PREPARE_PIECE === 0) await yieldToUi()
        const parsed = validateCaseFile(file)
        if (!parsed.ok) {
          refused.push({ name: file.household.label, errors: parsed.errors })
          continue
        }
        plain.push(toCaseRows(parsed.value, context.newId(), { example: true, timestamp, keepOrigin: true }))
      }
      const cases = plain.map((rows) =>
        assembleCase(rows.household, rows.members, rows.carers, rows.assessments, rows.scenarios, rows.lines),
      )
      // Each household with the MAC of its rows as they will be stored (content-mac.ts).
      const contentKey = contentKeyOf(context.audit.key)
      const rows = await Promise.all(
        plain.map(async (entry) => sealContent(contentKey, await sealCaseRows(entry, context.atRest))),
      )
      return { cases, refused, rows }
    },

    async write(chunk, stored) {
      assertWritable(context)
      const versions = new Map(chunk.rows.map((rows) => [rows.household.id, rows.household.updatedAt]))
      if (
        stored.length !== versions.size ||
        new Set(stored.map((r) => r.householdId)).size !== stored.length ||
        stored.some((r) => versions.get(r.householdId) !== r.caseVersion)
      ) {
        throw new Error(DEMO_PORTFOLIO_MESSAGES.resultsMismatch)
      }
      if (chunk.rows.length === 0) return
      // Room first: a full disk mid-write can make Chromium drop the whole database.
      await ensureRoom(approximateSize(chunk.rows, stored))
      const all = chunk.rows
      // Every table at once (IndexedDB pipelines the requests of one transaction: one after the other, a
      // chunk was some twenty round trips, most of its write time on a busy machine). On the UI thread
      // each table goes in pieces, so no single request holds the thread long; a worker has no UI.
      const add = inWorker
        ? <T, K>(table: Table<T, K>, rows: readonly T[]) => table.bulkAdd(rows as T[]).then(() => undefined)
        : addInPieces
      await runWrite(context, async () => {
        const written = [
          add(
            db.households,
            all.map((rows) => rows.household),
          ),
          add(db.caseContents, all.map(toContentRow)),
        ]
        await Promise.all([...written, results.saveResults(stored)])
        await appendAudit(db, context.audit, [
          {
            action: EXAMPLES_GENERATE_ACTION,
            objectType: 'household',
            objectId: `count:${all.length}`,
            householdId: null,
          },
        ])
      })
    },
  }
}
