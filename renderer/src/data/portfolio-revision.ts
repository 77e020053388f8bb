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
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'

/** The derived-state table: the revision row and the snapshot row (never dumped, never audited). */
export const PORTFOLIO_STATE_TABLE = 'portfolioState'
export const PORTFOLIO_REVISION_KEY = 'revision'
export const PORTFOLIO_SNAPSHOT_KEY = 'snapshot'

/** The meta row naming the active municipality profile (municipality-repository.ts). */
export const ACTIVE_PROFILE_META_KEY = 'activeMunicipality'

/** Tables whose every write changes the revision. */
export const REVISION_TABLES: ReadonlySet<string> = new Set([
  'households',
  'members',
  'carers',
  'assessments',
  'scenarios',
  'lines',
  'municipalityProfiles',
  'doNothing',
])

const META_TABLE = 'meta'

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

/** The middleware (see the top of this file); `revision` makes each new value. */
export function portfolioRevisionMiddleware(revision: () => string = newRevision): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PortfolioRevision',
    create(down) {
      // One new revision per transaction: all its writes commit together, so one value covers them.
      const bumped = new WeakSet<DBCoreTransaction>()
      const hasStateTable = (trans: DBCoreTransaction): boolean => {
        // An upgrade from before the state table existed runs its earlier steps without it.
        const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames
        return names === undefined || names.contains(PORTFOLIO_STATE_TABLE)
      }
      const bump = (trans: DBCoreTransaction): Promise<unknown> => {
        if (bumped.has(trans) || !hasStateTable(trans)) return Promise.resolve()
        bumped.add(trans)
        return down.table(PORTFOLIO_STATE_TABLE).mutate({
          type: 'put',
          trans,
          values: [{ key: PORTFOLIO_REVISION_KEY, value: revision() }],
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
              // Both requests go out at once (one transaction, pipelined); a failed write aborts both.
              const [result] = await Promise.all([table.mutate(req), bump(req.trans)])
              return result
            },
          }
          return tracked
        },
      }
    },
  }
}
