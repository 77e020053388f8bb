/**
 * The portfolio workers read the cases a what-if needs themselves (issue 13): each opens its own
 * read-only connection to this session's database, with the session's at-rest key (posted with the
 * request, in memory only, never stored), the way the case list's analysis worker does
 * (caseload.worker.ts). Read on the UI thread, 30,000 cases cost about a minute and a half of it
 * (reading, opening the sealed fields, and cloning every case into the workers again).
 *
 * The same code runs inline in unit tests (on the test's IndexedDB).
 */
import type { PortfolioCase } from '#shared/portfolio'
import type { CaseAggregate } from './api'
import type { DataContext } from './context'
import { MaatwerkDb } from './db'
import { loadCaseRange, loadCasesDense } from './portfolio-results'
import { sealingKeyFrom } from './sealed-box'

/** Where a portfolio worker reads cases: the session's database and its at-rest key (null: none). */
export type PortfolioCaseSource = { databaseName: string; atRestKey: CryptoKey | null }

type Reader = Pick<DataContext, 'db' | 'atRest'>

/** This thread's connections, one per database (kept for the next what-if). */
const readers = new Map<string, MaatwerkDb>()

function readerFor(source: PortfolioCaseSource): Reader {
  let db = readers.get(source.databaseName)
  if (!db) {
    const connection = new MaatwerkDb(source.databaseName)
    // Another tab upgrading or deleting the database: let go at once (never hold it up or reopen it).
    connection.on('versionchange', () => {
      connection.close({ disableAutoOpen: true })
      readers.delete(source.databaseName)
      return false
    })
    readers.set(source.databaseName, connection)
    db = connection
  }
  return { db, atRest: source.atRestKey ? sealingKeyFrom(source.atRestKey) : null }
}

/** Plain copies for `postMessage` and the computation (what the portfolio needs of a case). */
function toPortfolioCase(c: CaseAggregate): PortfolioCase {
  return {
    household: c.household,
    scenarios: c.scenarios,
    updatedAt: c.updatedAt,
    example: c.example,
    origin: c.origin,
  }
}

/** Up to `limit` cases after `after` (key order); `last` is where the next read starts, null at the end. */
export async function readCaseRange(
  source: PortfolioCaseSource,
  after: string | null,
  limit: number,
): Promise<{ cases: PortfolioCase[]; last: string | null }> {
  const read = await loadCaseRange(readerFor(source), after, limit)
  return { cases: read.cases.map(toPortfolioCase), last: read.last }
}

/** The named cases (missing ones left out). */
export async function readCasesById(
  source: PortfolioCaseSource,
  ids: readonly string[],
): Promise<PortfolioCase[]> {
  return (await loadCasesDense(readerFor(source), ids)).map(toPortfolioCase)
}
