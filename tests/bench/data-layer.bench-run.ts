/**
 * data.*: the Dexie data layer on fake-indexeddb in Node (a stand-in for Chromium's IndexedDB, which
 * is faster on bulk writes; these figures are upper bounds for the JavaScript side — validation,
 * row building, hashing — plus an in-memory IndexedDB). One run each: a bulk import is not repeated.
 * Reported, not asserted.
 */
import { it } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { PROVISIONS } from '#shared/catalogue'
import { generatePortfolio } from '#shared/portfolio'
import { openDataLayer } from '../../renderer/src/data/open'
import { createMemorySentinel } from '../../renderer/src/data/sentinel'
import { recordMetrics } from './record'

const HOUSEHOLDS = 3_000

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now()
  const value = await fn()
  return [value, performance.now() - t0]
}

it('data layer: bulk import, load all, verify audit chain', async () => {
  const files = generatePortfolio({ seed: 7, size: HOUSEHOLDS, startYear: 2026, provisions: PROVISIONS }).map(
    (file, index) => ({ name: `case-${index}.json`, file }),
  )
  const data = await openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    sentinel: createMemorySentinel(),
  })
  const [result, importMs] = await timed(() => data.cases.importMany(files))
  if (result.imported.length !== HOUSEHOLDS)
    throw new Error(`imported ${result.imported.length} of ${HOUSEHOLDS}`)
  const [all, loadMs] = await timed(() => data.cases.loadAllCases())
  if (all.length !== HOUSEHOLDS) throw new Error('loadAllCases lost households')
  const [chain, verifyMs] = await timed(() => data.audit.verifyChain())
  if (!chain.ok) throw new Error('audit chain broken after import')
  data.close()
  recordMetrics('data-layer', {
    'data.import-many-3k': { median: importMs, unit: 'ms', target: null, households: HOUSEHOLDS, runs: 1 },
    'data.load-all-3k': { median: loadMs, unit: 'ms', target: null, households: HOUSEHOLDS, runs: 1 },
    'data.verify-chain-3k': { median: verifyMs, unit: 'ms', target: null, entries: HOUSEHOLDS, runs: 1 },
  })
})
