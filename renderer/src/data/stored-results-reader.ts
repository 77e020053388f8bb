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
import { SERIES_STRIDE } from '#shared/portfolio/series'
import type { PortfolioEntry } from '#shared/portfolio/evaluate-portfolio'
import type { StoredPortfolioResult } from './api'
import type { PortfolioResultRow } from './db'
import { PORTFOLIO_REVISION_KEY, PORTFOLIO_STATE_TABLE } from './portfolio-revision'

export type StoredResultsSnapshot = {
  /** Every household's id and version (`updatedAt`), in index order. */
  ids: string[]
  versions: string[]
  /** Every stored result that could be read (a damaged row is left out: its household is recomputed). */
  results: StoredPortfolioResult[]
  /**
   * The portfolio revision read in the same transaction (data/portfolio-revision.ts): the figures of
   * these rows are those of this revision. Null where there is none yet.
   */
  revision?: string | null
  /** When each step finished (epoch ms; for the benchmark's breakdown). */
  timings?: Record<string, number>
  /** Time spent decoding rows (ms; between the reads, for the benchmark's breakdown). */
  decodeMs?: number
}

const epochNow = (): number => globalThis.performance.timeOrigin + globalThis.performance.now()

const STORED_RESULTS_MISSING = 'stored results: the database is not there to read'

/**
 * Rows per read: the next read is asked for before the rows just read are decoded, so the database
 * reads while this thread decodes (one `getAll` of 30,000 rows left the thread idle during the read
 * and the database idle during the decoding).
 */
const ROWS_PER_READ = 2_500

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

/** Every household's (id, updatedAt) from the `updatedAt` index, keys only. */
function walkVersions(tx: IDBTransaction): Promise<{ ids: string[]; versions: string[] }> {
  const ids: string[] = []
  const versions: string[] = []
  return new Promise((resolve, reject) => {
    const cursor = tx.objectStore('households').index('updatedAt').openKeyCursor()
    cursor.onsuccess = () => {
      const c = cursor.result
      if (!c) return resolve({ ids, versions })
      ids.push(String(c.primaryKey))
      versions.push(String(c.key))
      c.continue()
    }
    cursor.onerror = () => reject(cursor.error ?? new Error(STORED_RESULTS_MISSING))
  })
}

/**
 * Reads every stored result, decoded, and every household's version in one read-only transaction
 * (one consistent snapshot): the rows a chunk at a time, each chunk decoded while the next is read.
 */
export async function readStoredResults(
  databaseName: string,
  factory: IDBFactory = globalThis.indexedDB,
  rowsPerRead: number = ROWS_PER_READ,
): Promise<StoredResultsSnapshot> {
  const db = await openExisting(factory, databaseName)
  const timings: Record<string, number> = { opened: epochNow() }
  try {
    if (!db.objectStoreNames.contains('portfolioResults') || !db.objectStoreNames.contains('households'))
      throw new Error(STORED_RESULTS_MISSING)
    const withState = db.objectStoreNames.contains(PORTFOLIO_STATE_TABLE)
    const tx = db.transaction(
      ['households', 'portfolioResults', ...(withState ? [PORTFOLIO_STATE_TABLE] : [])],
      'readonly',
    )
    const revision = withState
      ? requestOf(tx.objectStore(PORTFOLIO_STATE_TABLE).get(PORTFOLIO_REVISION_KEY)).then((row: unknown) => {
          const value = (row as { value?: unknown } | undefined)?.value
          return typeof value === 'string' ? value : null
        })
      : Promise.resolve(null)
    revision.catch(() => undefined)
    const walked = walkVersions(tx).then((read) => {
      timings.versionsRead = epochNow()
      return read
    })
    // Awaited below; a failed read of the rows must not leave this rejection unhandled meanwhile.
    walked.catch(() => undefined)
    const store = tx.objectStore('portfolioResults')
    const results: StoredPortfolioResult[] = []
    let decodeMs = 0
    let chunk = await requestOf(store.getAll(null, rowsPerRead))
    for (;;) {
      const last = chunk.at(-1) as { householdId?: unknown } | undefined
      // Asked for before this chunk is decoded (the transaction stays active while a read is pending).
      const next =
        chunk.length === rowsPerRead && typeof last?.householdId === 'string'
          ? requestOf(store.getAll(IDBKeyRange.lowerBound(last.householdId, true), rowsPerRead))
          : null
      const started = globalThis.performance.now()
      for (const row of chunk) {
        const result = decodeStoredResult(row)
        if (result) results.push(result)
      }
      decodeMs += globalThis.performance.now() - started
      if (!next) break
      chunk = await next
    }
    timings.rowsRead = epochNow()
    const { ids, versions } = await walked
    return { ids, versions, results, revision: await revision, timings, decodeMs }
  } finally {
    db.close()
  }
}

/** The entry's fields besides its id and series, in this order, as one JSON array. */
type Head = [
  updatedAt: string,
  choice: PortfolioEntry['choice'],
  scenarioId: string | null,
  scenarioName: string | null,
  intensiveCarerIds: string[],
  lineCount: number,
  provisionIds: string[],
  label: string,
  pseudonymised: boolean,
  synthetic: boolean,
  imported: boolean,
]

/** The stored row of a household's result: the one place that writes the row format. */
export function encodeStoredResult(result: StoredPortfolioResult): PortfolioResultRow {
  const { entry } = result
  const head: Head = [
    entry.updatedAt,
    entry.choice,
    entry.scenarioId,
    entry.scenarioName,
    entry.intensiveCarerIds,
    entry.lineCount,
    entry.provisionIds,
    entry.meta.label,
    entry.meta.pseudonymised,
    entry.meta.synthetic,
    entry.meta.imported,
  ]
  return {
    householdId: result.householdId,
    caseVersion: result.caseVersion,
    fingerprint: result.fingerprint,
    head: JSON.stringify(head),
    startMonth: entry.series.startMonth,
    values: compactValues(entry.series.values),
  }
}

/**
 * Whole cents within ±2^31 (every realistic monthly amount of one household on one budget line) are
 * stored as 32-bit integers: half the bytes to read back. Anything else keeps 64-bit floats.
 */
function compactValues(values: Float64Array | Int32Array): Float64Array | Int32Array {
  if (values instanceof Int32Array) return values
  for (const v of values) if (!Number.isInteger(v) || v > 2_147_483_647 || v < -2_147_483_648) return values
  return Int32Array.from(values)
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString)
const CHOICES: readonly unknown[] = ['chosen', 'fallback', 'none'] satisfies PortfolioEntry['choice'][]

function isHead(v: unknown): v is Head {
  return (
    Array.isArray(v) &&
    v.length === 11 &&
    isString(v[0]) &&
    CHOICES.includes(v[1]) &&
    (v[2] === null || isString(v[2])) &&
    (v[3] === null || isString(v[3])) &&
    isStringList(v[4]) &&
    typeof v[5] === 'number' &&
    isStringList(v[6]) &&
    isString(v[7]) &&
    typeof v[8] === 'boolean' &&
    typeof v[9] === 'boolean' &&
    typeof v[10] === 'boolean'
  )
}

/**
 * A stored row as a result, or null when it cannot be read (damaged, or a format this version does
 * not know): such a household is recomputed, never shown with figures read wrongly.
 */
export function decodeStoredResult(row: unknown): StoredPortfolioResult | null {
  if (typeof row !== 'object' || row === null) return null
  const r = row as Partial<PortfolioResultRow> & { entry?: unknown }
  if (!isString(r.householdId) || !isString(r.caseVersion) || !isString(r.fingerprint)) return null
  const key = { householdId: r.householdId, caseVersion: r.caseVersion, fingerprint: r.fingerprint }
  if (isString(r.head)) {
    const stored: unknown = r.values
    if (!(stored instanceof Float64Array || stored instanceof Int32Array) || typeof r.startMonth !== 'number')
      return null
    if (stored.length % SERIES_STRIDE !== 0) return null
    // Kept as stored (32-bit whole cents, or 64-bit floats): no copy of 30,000 series at open.
    const values = stored
    let head: unknown
    try {
      head = JSON.parse(r.head)
    } catch {
      return null
    }
    if (!isHead(head)) return null
    const [updatedAt, choice, scenarioId, scenarioName, intensiveCarerIds, lineCount, provisionIds] = head
    return {
      ...key,
      entry: {
        householdId: r.householdId,
        updatedAt,
        choice,
        scenarioId,
        scenarioName,
        series: { startMonth: r.startMonth, months: values.length / SERIES_STRIDE, values },
        intensiveCarerIds,
        lineCount,
        provisionIds,
        meta: { label: head[7], pseudonymised: head[8], synthetic: head[9], imported: head[10] },
      },
    }
  }
  // The first format (2026-11-30): the entry as a nested object.
  const entry = r.entry as Partial<PortfolioEntry> | undefined
  if (
    typeof entry === 'object' &&
    entry !== null &&
    entry.householdId === r.householdId &&
    isStringList(entry.provisionIds) &&
    typeof entry.meta === 'object' &&
    entry.meta !== null &&
    typeof entry.series === 'object' &&
    entry.series !== null &&
    (entry.series.values instanceof Float64Array || entry.series.values instanceof Int32Array) &&
    entry.series.values.length >= entry.series.months * SERIES_STRIDE
  )
    return { ...key, entry: entry as PortfolioEntry }
  return null
}
