/**
 * Reads every stored portfolio result and every household's version in one read-only IndexedDB
 * transaction, with the raw IndexedDB API so it runs inside the portfolio Web Worker (issue 13).
 *
 * Why in the worker: the portfolio worker holds the entries anyway. Read on the UI thread, 30,000
 * rows are decoded there and then cloned once more into the worker; read here they are decoded once,
 * off the UI thread, and the page only receives the report. Reading never writes: a database that
 * does not exist (or not yet at the schema the app opened) is not created or upgraded here, the read
 * fails and the store falls back to reading on the UI thread.
 */
import { SERIES_STRIDE } from '../../../shared/portfolio/series'
import type { PortfolioResultRow } from './db'

export type StoredResultsSnapshot = {
  /** Every household's id and version (`updatedAt`), in index order. */
  ids: string[]
  versions: string[]
  /** Every stored result row as stored (shape not yet checked). */
  rows: unknown[]
  /** When each step finished (epoch ms; for the benchmark's breakdown). */
  timings?: { opened: number; versionsRead: number; rowsRead: number }
}

const epochNow = (): number => globalThis.performance.timeOrigin + globalThis.performance.now()

export const STORED_RESULTS_MISSING = 'stored results: the database is not there to read'

function requestOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(STORED_RESULTS_MISSING))
  })
}

function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name)
    // A database that does not exist yet would be created at version 1: abort, never create it here.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => {
      const db = request.result
      // The app may upgrade the schema later: never hold it up.
      db.onversionchange = () => db.close()
      resolve(db)
    }
    request.onerror = () => reject(request.error ?? new Error(STORED_RESULTS_MISSING))
    request.onblocked = () => reject(new Error(STORED_RESULTS_MISSING))
  })
}

export async function readStoredResults(
  databaseName: string,
  factory: IDBFactory = globalThis.indexedDB,
): Promise<StoredResultsSnapshot> {
  const db = await openExisting(factory, databaseName)
  const opened = epochNow()
  try {
    if (!db.objectStoreNames.contains('portfolioResults') || !db.objectStoreNames.contains('households'))
      throw new Error(STORED_RESULTS_MISSING)
    const tx = db.transaction(['households', 'portfolioResults'], 'readonly')
    const ids: string[] = []
    const versions: string[] = []
    let versionsRead = 0
    let rowsRead = 0
    const walked = new Promise<void>((resolve, reject) => {
      const cursor = tx.objectStore('households').index('updatedAt').openKeyCursor()
      cursor.onsuccess = () => {
        const c = cursor.result
        if (!c) {
          versionsRead = epochNow()
          return resolve()
        }
        ids.push(String(c.primaryKey))
        versions.push(String(c.key))
        c.continue()
      }
      cursor.onerror = () => reject(cursor.error ?? new Error(STORED_RESULTS_MISSING))
    })
    const [rows] = await Promise.all([
      requestOf(tx.objectStore('portfolioResults').getAll()).then((r) => {
        rowsRead = epochNow()
        return r
      }),
      walked,
    ])
    return { ids, versions, rows, timings: { opened, versionsRead, rowsRead } }
  } finally {
    db.close()
  }
}

/** A row as the repository writes it (anything else — an older format, a damaged row — is recomputed). */
export function isStoredResultRow(row: unknown): row is PortfolioResultRow {
  if (typeof row !== 'object' || row === null) return false
  const r = row as Partial<PortfolioResultRow>
  const entry = r.entry
  return (
    typeof r.householdId === 'string' &&
    typeof r.caseVersion === 'string' &&
    typeof r.fingerprint === 'string' &&
    typeof entry === 'object' &&
    entry !== null &&
    entry.householdId === r.householdId &&
    Array.isArray(entry.provisionIds) &&
    typeof entry.meta === 'object' &&
    entry.meta !== null &&
    typeof entry.series === 'object' &&
    entry.series !== null &&
    entry.series.values instanceof Float64Array &&
    entry.series.values.length >= entry.series.months * SERIES_STRIDE
  )
}
