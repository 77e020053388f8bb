/**
 * What every repository shares: the database, the injected clock and id generator, the audit identity,
 * the read-only flag, and the one write path (validate before, one transaction with the audit entry,
 * errors mapped, the audit head anchored outside the database before the write resolves).
 */
import { liveQuery } from 'dexie'
import { DataError, type AuditHeadRecord, type Observer, type Unsubscribe } from './api'
import { appendedAuditHead, type AuditContext } from './audit'
import type { MaatwerkDb } from './db'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'
import type { SealingKey } from './sealed-box'

export type DataContext = {
  db: MaatwerkDb
  now: () => string
  newId: () => string
  audit: AuditContext
  /** Seals BSNs and notes at rest (at-rest.ts); null when no at-rest key was given (tests, no device key). */
  atRest: SealingKey | null
  /** The HMAC key for recognising re-imports (import-identity.ts); never stored in plain text. */
  importKey: Uint8Array
  state: DataState
  /**
   * Inside each write transaction, before its work: whether the audit head it appends may be anchored
   * outside the database (audit-anchor.ts). Absent: nothing is anchored from inside the transaction.
   */
  mayAnchorAuditHead?: () => Promise<boolean>
  /**
   * Runs after each committed change: anchors `head` (as captured in the transaction; undefined: read
   * it now, for commits made by other connections) and refreshes the sentinel. Never throws.
   */
  afterChange: (head?: AuditHeadRecord | null) => Promise<void>
  /** Called when a write finds the database gone or replaced (stops all writes, tells the app). */
  onLost?: (reason: 'closed' | 'replaced') => void
  /** Refuses bulk work when the origin's storage has not got `bytes` (with headroom) free. */
  ensureRoom?: (bytes: number) => Promise<void>
}

type DataState = {
  readOnly: boolean
  /**
   * Why writes are stopped: the start-up inspection found data missing (until a restore or the user
   * accepts the database as it is), or the database was lost while open (until the app restarts).
   */
  blocked: 'data-missing' | 'lost' | null
  /** The install id this session opened; every write checks the database still carries it. */
  installId: string
  /**
   * Every household has been given a content MAC (content-mac.ts `CASE_CONTENT_SEALED_KEY`): a
   * household without one was changed outside Maatwerk. False or absent: a missing MAC is tolerated.
   */
  caseContentSealed?: boolean
}

export const INSTALL_ID_KEY = 'installId'

export function assertWritable(context: DataContext, allowDataMissing = false): void {
  if (context.state.readOnly) throw new DataError('read-only', DATA_ERROR_MESSAGES.readOnly)
  const blocked = context.state.blocked
  if (blocked === 'lost') throw new DataError('unavailable', DATA_ERROR_MESSAGES.databaseLost)
  if (blocked === 'data-missing' && !allowDataMissing) {
    throw new DataError('unavailable', DATA_ERROR_MESSAGES.dataMissing)
  }
}

/**
 * Inside the write transaction: the database must still be the one this session opened. A database
 * deleted and silently recreated by an automatic reopen has no (or another) install id.
 */
async function assertSameDatabase(context: DataContext): Promise<void> {
  const row = await context.db.meta.get(INSTALL_ID_KEY)
  if (row?.value !== context.state.installId) {
    throw new DataError('unavailable', DATA_ERROR_MESSAGES.databaseLost)
  }
}

/**
 * Runs `work` in one 'rw' transaction over every table. `work` must only await Dexie calls (no IPC,
 * no WebCrypto, no timers: the transaction would auto-commit) and must not catch: any throw rolls the
 * whole change back, audit entry included.
 */
export async function runWrite<T>(
  context: DataContext,
  work: () => Promise<T>,
  options: { allowDataMissing?: boolean } = {},
): Promise<T> {
  assertWritable(context, options.allowDataMissing ?? false)
  let result: T
  let head: AuditHeadRecord | null = null
  try {
    result = await context.db.transaction('rw', context.db.tables, async (transaction) => {
      await assertSameDatabase(context)
      const mayAnchor = context.mayAnchorAuditHead ? await context.mayAnchorAuditHead() : false
      const value = await work()
      // The head this very commit leaves, as appended (no request after the work): tampering after
      // the commit cannot change what is anchored.
      if (mayAnchor) head = appendedAuditHead(transaction)
      return value
    })
  } catch (error) {
    const dataError = toDataError(error)
    if (dataError.kind === 'unavailable') {
      context.onLost?.(dataError.message === DATA_ERROR_MESSAGES.databaseLost ? 'replaced' : 'closed')
    }
    throw dataError
  }
  // The write is complete only when the head outside the database matches the committed chain
  // (audit-anchor.ts explains why committing first and anchoring second is the safe order).
  await context.afterChange(head)
  return result
}

/**
 * A Dexie liveQuery as an Observer subscription; errors arrive as DataError values. `after` runs on
 * each result outside the query (WebCrypto cannot run inside it); only the newest result is delivered,
 * so a slow earlier one never overwrites a newer one.
 */
export function observeQuery<T, R = T>(
  query: () => Promise<T>,
  observer: Observer<R>,
  after?: (value: T) => Promise<R>,
): Unsubscribe {
  let latest = 0
  let closed = false
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      if (!after) {
        observer.next(value as unknown as R)
        return
      }
      const ticket = ++latest
      after(value).then(
        (result) => {
          if (!closed && ticket === latest) observer.next(result)
        },
        (error: unknown) => {
          if (!closed && ticket === latest) observer.error?.(toDataError(error))
        },
      )
    },
    error: (error: unknown) => observer.error?.(toDataError(error)),
  })
  return () => {
    closed = true
    subscription.unsubscribe()
  }
}
