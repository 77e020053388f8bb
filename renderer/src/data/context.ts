/**
 * What every repository shares: the database, the injected clock and id generator, the audit identity,
 * the read-only flag, and the one write path (validate before, one transaction with the audit entry,
 * errors mapped, sentinel refreshed after commit).
 */
import { liveQuery } from 'dexie'
import { DataError, type Observer, type Unsubscribe } from './api'
import type { AuditContext } from './audit'
import type { MaatwerkDb } from './db'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'

export type DataContext = {
  db: MaatwerkDb
  now: () => string
  newId: () => string
  audit: AuditContext
  state: { readOnly: boolean }
  /** Runs after each committed change (refreshes the sentinel); never throws. */
  afterChange: () => Promise<void>
}

export function assertWritable(context: DataContext): void {
  if (context.state.readOnly) throw new DataError('read-only', DATA_ERROR_MESSAGES.readOnly)
}

/**
 * Runs `work` in one 'rw' transaction over every table. `work` must only await Dexie calls (no IPC,
 * no WebCrypto, no timers: the transaction would auto-commit) and must not catch: any throw rolls the
 * whole change back, audit entry included.
 */
export async function runWrite<T>(context: DataContext, work: () => Promise<T>): Promise<T> {
  assertWritable(context)
  let result: T
  try {
    result = await context.db.transaction('rw', context.db.tables, work)
  } catch (error) {
    throw toDataError(error)
  }
  await context.afterChange()
  return result
}

/** A Dexie liveQuery as an Observer subscription; errors arrive as DataError values. */
export function observeQuery<T>(query: () => Promise<T>, observer: Observer<T>): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next: (value) => observer.next(value),
    error: (error: unknown) => observer.error?.(toDataError(error)),
  })
  return () => subscription.unsubscribe()
}
