/**
 * Stored portfolio results (issue 13): each household's evaluated entry, keyed by the case version it
 * was computed from and a fingerprint of what else it depends on. A derived cache of this device's own
 * computation: written without an audit entry (it changes no case), skipped in read-only mode, never
 * part of a dump and cleared by a restore.
 */
import type {
  CaseAggregate,
  Observer,
  PortfolioResultRepository,
  StoredPortfolioResult,
  StoredPortfolioSnapshot,
} from './api'
import { assembleStoredCase, fromContentRow } from './case-rows'
import { openAggregate } from './at-rest'
import { caseContentState, contentKeyOf } from './content-mac'
import { observeQuery, type DataContext } from './context'
import type { CaseContentRow, HouseholdRow, MaatwerkDb } from './db'
import { toDataError } from './errors'
import { ACTIVE_MUNICIPALITY_KEY } from './municipality-repository'
import { decodeStoredResult, encodeStoredResult } from './stored-results-reader'
import {
  PORTFOLIO_CHANGES_KEPT,
  PORTFOLIO_REVISION_KEY,
  PORTFOLIO_SNAPSHOT_KEY,
  newRevision,
  portfolioChangeEnd,
  portfolioChangeKey,
  type PortfolioChange,
  type PortfolioChangeEntry,
  type PortfolioRevisionRow,
} from './portfolio-revision'

async function readRevision(db: MaatwerkDb): Promise<string | null> {
  const row = await db.portfolioState.get(PORTFOLIO_REVISION_KEY)
  return row?.key === 'revision' && typeof row.value === 'string' ? row.value : null
}

function isSnapshot(value: unknown): value is StoredPortfolioSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<StoredPortfolioSnapshot>
  return (
    typeof v.revision === 'string' && typeof v.fingerprint === 'string' && typeof v.writtenAt === 'string'
  )
}

/** (household id → updatedAt) of every household, read from the `updatedAt` index only. */
async function readVersions(db: MaatwerkDb): Promise<Map<string, string>> {
  const byVersion = db.households.orderBy('updatedAt')
  const [versions, ids] = await Promise.all([byVersion.keys(), byVersion.primaryKeys()])
  const map = new Map<string, string>()
  ids.forEach((id, i) => map.set(id, String(versions[i])))
  return map
}

/** Where a change feed stands: the revision whose household versions it holds, and its number. */
type FeedCursor = { revision: string; seq: number }

/**
 * The household versions at the stored revision, from `known` (the versions at `cursor`) and the change
 * rows written since (data/portfolio-revision.ts): no household is read when the rows link up from the
 * cursor to the stored revision; otherwise every version is read from the index. One read transaction.
 */
async function readVersionsSince(
  db: MaatwerkDb,
  cursor: FeedCursor | null,
  known: Map<string, string> | null,
): Promise<{ cursor: FeedCursor | null; versions: Map<string, string>; read: 'none' | 'changes' | 'all' }> {
  return db.transaction('r', db.households, db.portfolioState, async () => {
    const row = (await db.portfolioState.get(PORTFOLIO_REVISION_KEY)) as
      Partial<PortfolioRevisionRow> | undefined
    const revision = typeof row?.value === 'string' ? row.value : null
    const seq = typeof row?.seq === 'number' ? row.seq : null
    const at = revision !== null && seq !== null ? { revision, seq } : null
    if (known && cursor && at && at.revision === cursor.revision)
      return { cursor, versions: known, read: 'none' }
    if (known && cursor && at && at.seq > cursor.seq && at.seq - cursor.seq <= PORTFOLIO_CHANGES_KEPT) {
      // The change rows of n+1 … m, each followed by its entries (key order).
      const rows = await db.portfolioState
        .where('key')
        .between(portfolioChangeKey(cursor.seq + 1), portfolioChangeEnd(at.seq), true, true)
        .toArray()
      const versions = new Map(known)
      let expected = cursor.seq + 1
      let previous = cursor.revision
      let linked = true
      // Entries the change row before says it has, and those read.
      let wanted = 0
      let read = 0
      for (const row of rows) {
        if (!linked) break
        if (row.key === portfolioChangeKey(expected)) {
          const change = row.value as PortfolioChange
          linked = read === wanted && change.seq === expected && change.after === previous
          previous = change.revision
          wanted = change.entries
          read = 0
          expected++
          continue
        }
        // An entry of the change row before it: what one households write did.
        read++
        const { households } = row.value as PortfolioChangeEntry
        if (households === null || row.key !== portfolioChangeKey(expected - 1, read)) linked = false
        else
          for (const [id, version] of Object.entries(households)) {
            if (version === null) versions.delete(id)
            else versions.set(id, version)
          }
      }
      if (linked && read === wanted && expected === at.seq + 1 && previous === at.revision)
        return { cursor: at, versions, read: 'changes' }
    }
    return { cursor: at, versions: await readVersions(db), read: 'all' }
  })
}

/** Stored results deleted per transaction (each piece a short turn of the UI thread). */
const DELETE_PIECE = 500

/** Which of `ids` have a stored result: the keys in their span, read from the key index alone. */
async function presentResultKeys(db: MaatwerkDb, ids: readonly string[]): Promise<string[]> {
  const sorted = [...ids].sort()
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return []
  const wanted = new Set(ids)
  const keys = await db.portfolioResults.where(':id').between(first, last, true, true).primaryKeys()
  return keys.filter((key) => wanted.has(key))
}

/**
 * How a bulk read checks each household's content MAC (content-mac.ts): the content key, and whether
 * a missing MAC counts as changed (once the start-up pass has given every household one). A changed
 * household is read as stored and marked `contentChanged`, as opening it does; nothing is logged here
 * (the bulk readers never write: opening the household logs it).
 */
type ContentCheck = { key: Uint8Array; strict: boolean }

/** The content check of a context that holds the audit key (none in a read-only worker without it). */
function contentCheckOf(context: Pick<DataContext, 'audit' | 'state'>): ContentCheck | null {
  if (context.audit.key.length === 0) return null
  return { key: contentKeyOf(context.audit.key), strict: context.state.caseContentSealed === true }
}

/** Assembles households from their rows (content rows in any order; missing households left out). */
function assembleCases(
  households: readonly (HouseholdRow | undefined)[],
  contents: readonly (CaseContentRow | undefined)[],
  check: ContentCheck | null,
): CaseAggregate[] {
  const byHousehold = new Map<string, CaseContentRow>()
  for (const content of contents) if (content) byHousehold.set(content.householdId, content)
  const out: CaseAggregate[] = []
  for (const household of households) {
    if (!household) continue
    const stored = fromContentRow(household, byHousehold.get(household.id))
    const aggregate = assembleStoredCase(stored)
    if (check && caseContentState(check.key, stored, { strict: check.strict }) === 'changed')
      aggregate.contentChanged = true
    out.push(aggregate)
  }
  return out
}

async function readCases(
  db: MaatwerkDb,
  ids: readonly string[],
  check: ContentCheck | null,
): Promise<CaseAggregate[]> {
  const [households, contents] = await Promise.all([
    db.households.bulkGet([...ids]),
    db.caseContents.bulkGet([...ids]),
  ])
  return assembleCases(households, contents, check)
}

/**
 * The households with an id in [first, last] (key order), with their content: one range read per
 * table instead of a read per household. What the portfolio's workers use to read many households
 * (issue 13: per-household reads of 30,000 households cost a request each, per table).
 */
async function readCaseSpan(
  db: MaatwerkDb,
  first: string,
  last: string,
  check: ContentCheck | null = null,
): Promise<CaseAggregate[]> {
  const [households, contents] = await Promise.all([
    db.households.where(':id').between(first, last, true, true).toArray(),
    db.caseContents.where(':id').between(first, last, true, true).toArray(),
  ])
  return assembleCases(households, contents, check)
}

const CASE_TABLES = (db: MaatwerkDb) => [db.households, db.caseContents]

/**
 * Up to `limit` households after `after` in key order (from the first when null), read and opened
 * (sealed fields with the session's at-rest key), in one read transaction; `last` is where the next
 * read starts (null when there are no more). Reads a span per table, not a household at a time.
 */
export async function loadCaseRange(
  context: Pick<DataContext, 'db' | 'atRest'>,
  after: string | null,
  limit: number,
): Promise<{ cases: CaseAggregate[]; last: string | null }> {
  const { db } = context
  try {
    const cases = await db.transaction('r', CASE_TABLES(db), async () => {
      const keys = await (
        after === null ? db.households.orderBy(':id') : db.households.where(':id').above(after)
      )
        .limit(limit)
        .primaryKeys()
      const first = keys[0]
      const last = keys.at(-1)
      return first === undefined || last === undefined ? [] : readCaseSpan(db, first, last)
    })
    const opened = await Promise.all(cases.map((aggregate) => openAggregate(aggregate, context.atRest)))
    return { cases: opened, last: opened.length < limit ? null : (opened.at(-1)?.household.id ?? null) }
  } catch (error) {
    throw toDataError(error)
  }
}

/**
 * The named households (missing ids left out), read and opened, in one read transaction: sorted by id,
 * read as one span when they are dense in it (a range read per table, the rows of households between
 * them read and dropped), otherwise one household at a time.
 */
export async function loadCasesDense(
  context: Pick<DataContext, 'db' | 'atRest'>,
  ids: readonly string[],
  check: ContentCheck | null = null,
): Promise<CaseAggregate[]> {
  const { db } = context
  const sorted = [...ids].sort()
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return []
  try {
    const cases = await db.transaction('r', CASE_TABLES(db), async () => {
      const inSpan = await db.households.where(':id').between(first, last, true, true).count()
      if (sorted.length * DENSE_SPAN < inSpan) return readCases(db, sorted, check)
      const wanted = new Set(ids)
      return (await readCaseSpan(db, first, last, check)).filter((c) => wanted.has(c.household.id))
    })
    return await Promise.all(cases.map((aggregate) => openAggregate(aggregate, context.atRest)))
  } catch (error) {
    throw toDataError(error)
  }
}

/**
 * Read a span when at least one household in this many in it is wanted: a household read and dropped
 * costs far less than a read request per table for one household.
 */
const DENSE_SPAN = 8

export function createPortfolioResultRepository(
  context: DataContext,
  caseSource?: PortfolioResultRepository['caseSource'],
): PortfolioResultRepository {
  const { db } = context
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw toDataError(error)
    }
  }
  return {
    databaseName: db.name,
    ...(caseSource ? { caseSource } : {}),
    readSnapshot: () =>
      guarded(() =>
        db.transaction('r', db.households, db.portfolioResults, db.portfolioState, async () => {
          const [versions, results, revision] = await Promise.all([
            readVersions(db),
            db.portfolioResults.toArray(),
            readRevision(db),
          ])
          return {
            versions,
            results: results.map(decodeStoredResult).filter((r): r is StoredPortfolioResult => r !== null),
            revision,
          }
        }),
      ),

    readPortfolioState: () =>
      guarded(() =>
        db.transaction('r', db.portfolioState, async () => {
          const [revision, snapshot] = await db.portfolioState.bulkGet([
            PORTFOLIO_REVISION_KEY,
            PORTFOLIO_SNAPSHOT_KEY,
          ])
          return {
            revision:
              revision?.key === 'revision' && typeof revision.value === 'string' ? revision.value : null,
            snapshot: snapshot?.key === 'snapshot' && isSnapshot(snapshot.value) ? snapshot.value : null,
          }
        }),
      ),

    readRevisionAndVersions: () =>
      guarded(() =>
        db.transaction('r', db.households, db.portfolioState, async () => {
          const [revision, versions] = await Promise.all([readRevision(db), readVersions(db)])
          return { revision, versions }
        }),
      ),

    async savePortfolioSnapshot(snapshot) {
      if (context.state.readOnly) return false
      return guarded(() =>
        // The state table alone: this write does not change the revision (portfolio-revision.ts).
        db.transaction('rw', db.portfolioState, async () => {
          if ((await readRevision(db)) !== snapshot.revision) return false
          let revision = snapshot.revision
          if (revision === null) {
            // No write since the database had a revision: any write from now on replaces this one.
            revision = newRevision()
            // Number 0 of the change log: the next write's change row links to it.
            await db.portfolioState.put({ key: PORTFOLIO_REVISION_KEY, value: revision, seq: 0 })
          }
          await db.portfolioState.put({
            key: PORTFOLIO_SNAPSHOT_KEY,
            value: { ...snapshot, revision, writtenAt: context.now() },
          })
          return true
        }),
      )
    },

    readVersions: () => guarded(() => db.transaction('r', db.households, () => readVersions(db))),

    loadCases: (ids) =>
      guarded(async () => {
        const check = contentCheckOf(context)
        const cases = await db.transaction('r', CASE_TABLES(db), () => readCases(db, ids, check))
        return Promise.all(cases.map((aggregate) => openAggregate(aggregate, context.atRest)))
      }),

    async saveResults(results) {
      if (context.state.readOnly || results.length === 0) return
      await guarded(() => db.portfolioResults.bulkPut(results.map(encodeStoredResult)))
    },

    async deleteResults(ids) {
      if (context.state.readOnly || ids.length === 0) return
      await guarded(async () => {
        // Only the rows that are there, a piece per transaction. After a bulk removal (whose chunks
        // took their results along) none are: deleting 30,000 keys that are gone anyway held the UI
        // thread for over a second (a native delete per key, and Dexie noting each key for its live
        // queries: issue 13).
        const present = ids.length <= DELETE_PIECE ? [...ids] : await presentResultKeys(db, ids)
        for (let i = 0; i < present.length; i += DELETE_PIECE)
          await db.portfolioResults.bulkDelete(present.slice(i, i + DELETE_PIECE))
      })
    },

    async clearResults() {
      if (context.state.readOnly) return
      await guarded(() => db.portfolioResults.clear())
    },

    observeProfileStamp(observer: Observer<string>) {
      return observeQuery(async () => {
        const [active, rows] = await Promise.all([
          db.meta.get(ACTIVE_MUNICIPALITY_KEY),
          db.municipalityProfiles.toArray(),
        ])
        return JSON.stringify([active?.value ?? null, rows.map((row) => [row.code, row.updatedAt])])
      }, observer)
    },

    observeVersions(observer: Observer<Map<string, string>>, options = {}) {
      // The live query watches the revision row alone (one key; every write the portfolio depends on
      // replaces it). Watching the `updatedAt` index made Dexie track every household key it returned
      // in a range set: at 30,000 households some 0.4–1.4 s of the UI thread after each change (issue
      // 13). The versions are read after it, outside the live query: only what changed when the change
      // rows say so, everything otherwise. One read at a time, each from where the last one stood.
      let cursor: FeedCursor | null = null
      let versions: Map<string, string> | null = null
      let reading: Promise<unknown> = Promise.resolve()
      return observeQuery(
        () => db.portfolioState.get(PORTFOLIO_REVISION_KEY),
        observer,
        () => {
          const next = reading.then(async () => {
            const read = await readVersionsSince(db, cursor, versions)
            cursor = read.cursor
            versions = read.versions
            options.onRead?.(read.read)
            // A copy: the subscriber may keep and change what it is given.
            return new Map(read.versions)
          })
          reading = next.catch(() => undefined)
          return next
        },
      )
    },
  }
}
