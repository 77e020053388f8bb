/**
 * The portfolio revision (issue 13): one value that changes in the same IndexedDB transaction as every
 * write that can change the portfolio, so the stored portfolio snapshot (the first page's figures,
 * see `PortfolioStateRow`) is known to be current by two small reads instead of walking every
 * household's version.
 *
 * Why a Dexie middleware and not a call at every write: the revision must never lag behind a write,
 * whichever path made it (a repository, the demo workers, a restore, an upgrade, a bulk removal, code
 * not written yet). The middleware sits under every table write of this database: a read-write
 * transaction over a table the portfolio depends on also takes the state table, and its first write
 * to such a table replaces the revision with a new, never repeated value. The write and the new
 * revision commit together or not at all.
 *
 * What counts: the case tables, the municipality profiles, the do-nothing selections (conservatively:
 * the portfolio does not read them today) and the one meta row that names the active profile. Not the
 * audit log, not the other meta rows (written at every start: counting them would make the snapshot
 * useless), not the derived caches themselves (stored results, this state table).
 *
 * The change log (the portfolio's change feed): each new revision is numbered (`seq`, one more than the
 * revision it replaces) and leaves, in the same transaction, a change row naming the revision before
 * it, and after each write to the households table a small entry row saying what that write did:
 * each household written, with its new version (`updatedAt`), or removed (null). One entry per write,
 * not one row rewritten per write: an import writes its households one by one, and a growing row
 * rewritten each time would cost the square of the chunk. An open portfolio that knows revision n
 * reads the rows of n+1 … m, checks that they link up, and knows every household version at m
 * without reading any household. Where the rows cannot say (a range removed, rows pruned, a chain that does not link up:
 * another history, a restore), the feed reads every version again. Timestamps are not trusted for
 * this: a clock set back or a write stamped before an earlier commit would be missed.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'

/** The derived-state table: the revision row and the snapshot row (never dumped, never audited). */
export const PORTFOLIO_STATE_TABLE = 'portfolioState'
export const PORTFOLIO_REVISION_KEY = 'revision'
export const PORTFOLIO_SNAPSHOT_KEY = 'snapshot'

/** Change rows are keyed by this prefix and their zero-padded `seq` (so they sort by number). */
const CHANGE_PREFIX = 'change:'

/**
 * Change rows kept (the older ones are pruned as new ones come): a feed further behind than this
 * reads every version again. Generous: a 30,000-household demo is some sixty transactions.
 */
export const PORTFOLIO_CHANGES_KEPT = 512

/** Pruning runs on every `PRUNE_EVERY`th revision only (one range delete then). */
const PRUNE_EVERY = 32

/** The revision row: its value, and its number in the change log (absent on rows from before it). */
export type PortfolioRevisionRow = { key: 'revision'; value: string; seq?: number }

/**
 * One transaction's change row: its revision and number, the revision it replaced, and how many entry
 * rows follow it (rewritten with each entry, so a lost entry is noticed).
 */
export type PortfolioChange = { seq: number; revision: string; after: string | null; entries: number }

/**
 * One households write of that transaction: each household written (id → its new `updatedAt`) or
 * removed (id → null); null when the write names no ids (a range deleted, a table cleared).
 */
export type PortfolioChangeEntry = { households: Record<string, string | null> | null }

/** The key of change row `seq`; its entries follow it in key order (`entry` from 1). */
export function portfolioChangeKey(seq: number, entry?: number): string {
  const key = `${CHANGE_PREFIX}${String(seq).padStart(15, '0')}`
  return entry === undefined ? key : `${key}:${String(entry).padStart(9, '0')}`
}

/** Above every entry key of change row `seq` (the end of a range read). */
export function portfolioChangeEnd(seq: number): string {
  return `${portfolioChangeKey(seq)}:\uffff`
}

/** The meta row naming the active municipality profile (municipality-repository.ts). */
export const ACTIVE_PROFILE_META_KEY = 'activeMunicipality'

/** Tables whose every write changes the revision. */
export const REVISION_TABLES: ReadonlySet<string> = new Set([
  'households',
  'caseContents',
  'municipalityProfiles',
])

const META_TABLE = 'meta'
const HOUSEHOLDS_TABLE = 'households'

/** Whether a write to `table` can change what the portfolio shows. */
function changesPortfolio(table: string, req: DBCoreMutateRequest): boolean {
  if (REVISION_TABLES.has(table)) return true
  if (table !== META_TABLE) return false
  switch (req.type) {
    case 'deleteRange':
      return true
    case 'delete':
      return req.keys.some((key) => key === ACTIVE_PROFILE_META_KEY)
    case 'add':
    case 'put':
      return (
        (req.keys ?? []).some((key) => key === ACTIVE_PROFILE_META_KEY) ||
        req.values.some((value) => (value as { key?: unknown } | null)?.key === ACTIVE_PROFILE_META_KEY) ||
        // A modify by criteria (no values to look at): counted.
        (req.type === 'put' && req.criteria !== undefined)
      )
  }
}

function tracksRevision(stores: readonly string[]): boolean {
  return stores.some((name) => REVISION_TABLES.has(name) || name === META_TABLE)
}

/** A revision value never used before (time first, so two values also sort by when they were made). */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${globalThis.crypto.randomUUID()}`
}

/** What a households write did, for its change row; null: it names no ids (read every version). */
function householdChanges(
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): [string, string | null][] | null {
  if (res.numFailures > 0) return null
  switch (req.type) {
    case 'add':
    case 'put': {
      const out: [string, string | null][] = []
      for (const value of req.values) {
        const row = value as { id?: unknown; updatedAt?: unknown } | null
        if (typeof row?.id !== 'string' || typeof row.updatedAt !== 'string') return null
        out.push([row.id, row.updatedAt])
      }
      return out
    }
    case 'delete':
      return req.keys.every((key) => typeof key === 'string')
        ? req.keys.map((key) => [key as string, null])
        : null
    case 'deleteRange':
      return null
  }
}

/** The middleware (see the top of this file); `revision` makes each new value. */
export function portfolioRevisionMiddleware(revision: () => string = newRevision): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PortfolioRevision',
    create(down) {
      // One new revision per transaction: all its writes commit together, so one value covers them.
      type Bump = {
        head: Promise<PortfolioChange>
        /** Entry rows written so far in this transaction. */
        entries: number
      }
      const bumps = new WeakMap<DBCoreTransaction, Bump>()
      const hasStateTable = (trans: DBCoreTransaction): boolean => {
        // An upgrade from before the state table existed runs its earlier steps without it.
        const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames
        return names === undefined || names.contains(PORTFOLIO_STATE_TABLE)
      }
      const state = () => down.table(PORTFOLIO_STATE_TABLE)
      /** The transaction's new revision: the row before it read, the new one and its change row written (once). */
      const bump = (trans: DBCoreTransaction): Bump | null => {
        const known = bumps.get(trans)
        if (known || !hasStateTable(trans)) return known ?? null
        const head = state()
          .get({ trans, key: PORTFOLIO_REVISION_KEY })
          .then(async (row: Partial<PortfolioRevisionRow> | undefined) => {
            const after = typeof row?.value === 'string' ? row.value : null
            const seq = typeof row?.seq === 'number' ? row.seq + 1 : 1
            const change: PortfolioChange = { seq, revision: revision(), after, entries: 0 }
            const writes: Promise<unknown>[] = [
              state().mutate({
                type: 'put',
                trans,
                values: [
                  { key: PORTFOLIO_REVISION_KEY, value: change.revision, seq } satisfies PortfolioRevisionRow,
                  { key: portfolioChangeKey(seq), value: change },
                ],
              }),
            ]
            if (seq > PORTFOLIO_CHANGES_KEPT && seq % PRUNE_EVERY === 0) {
              writes.push(
                state().mutate({
                  type: 'deleteRange',
                  trans,
                  range: {
                    type: 2 as DBCoreRangeType, // DBCoreRangeType.Range (a const enum: not importable here)
                    lower: portfolioChangeKey(0),
                    upper: portfolioChangeKey(seq - PORTFOLIO_CHANGES_KEPT),
                    lowerOpen: false,
                    upperOpen: true,
                  },
                }),
              )
            }
            await Promise.all(writes)
            return change
          })
        const made: Bump = { head, entries: 0 }
        bumps.set(trans, made)
        return made
      }
      /** Writes one households write's entry row (after the change row, in the order of the writes). */
      const logEntry = async (
        trans: DBCoreTransaction,
        made: Bump,
        households: PortfolioChangeEntry['households'],
      ): Promise<void> => {
        const entry = ++made.entries
        const change = await made.head
        await state().mutate({
          type: 'put',
          trans,
          values: [
            {
              key: portfolioChangeKey(change.seq, entry),
              value: { households } satisfies PortfolioChangeEntry,
            },
            // Puts of one transaction apply in order: the last one written holds the final count.
            { key: portfolioChangeKey(change.seq), value: { ...change, entries: entry } },
          ],
        })
      }
      return {
        ...down,
        transaction(stores, mode, options) {
          const scope =
            mode === 'readwrite' && tracksRevision(stores) && !stores.includes(PORTFOLIO_STATE_TABLE)
              ? [...stores, PORTFOLIO_STATE_TABLE]
              : stores
          return down.transaction(scope, mode, options)
        },
        table(name) {
          const table = down.table(name)
          if (!REVISION_TABLES.has(name) && name !== META_TABLE) return table
          const tracked: DBCoreTable = {
            ...table,
            async mutate(req) {
              if (!changesPortfolio(name, req)) return table.mutate(req)
              const made = bump(req.trans)
              if (!made) return table.mutate(req)
              // Both go out at once (one transaction, pipelined); a failed write aborts both. The
              // change row follows the write it describes, and names only what was written.
              const [result] = await Promise.all([
                table.mutate(req).then(async (res) => {
                  if (name === HOUSEHOLDS_TABLE) {
                    const changes = householdChanges(req, res)
                    await logEntry(req.trans, made, changes && Object.fromEntries(changes))
                  }
                  return res
                }),
                made.head,
              ])
              return result
            },
          }
          return tracked
        },
      }
    },
  }
}
