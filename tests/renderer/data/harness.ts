// Test harness for the data layer: a fresh fake IndexedDB per test, a deterministic clock and id
// generator, an in-memory sentinel, and DBCore failure injection.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import type { DataLayer, OpenDataLayerOptions } from '../../../renderer/src/data/api'
import { openDataLayerWith, type DataLayerHooks } from '../../../renderer/src/data/open'
import { createMemorySentinel } from '../../../renderer/src/data/sentinel'

/** A fixed audit key for tests (the app's key comes from safeStorage or localStorage). */
export const TEST_AUDIT_KEY = new Uint8Array(32).fill(7)

export type Harness = {
  options: OpenDataLayerOptions
  sentinel: ReturnType<typeof createMemorySentinel>
  open(hooks?: DataLayerHooks): Promise<DataLayer>
}

/** A clock that advances one second per reading, from 2026-11-28T09:00:00Z. */
export function steppingClock(start = Date.UTC(2026, 10, 28, 9, 0, 0)): () => string {
  let tick = 0
  return () => new Date(start + 1000 * tick++).toISOString()
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 1
  return () => `${prefix}-${String(next++).padStart(4, '0')}`
}

export function createHarness(overrides: Partial<OpenDataLayerOptions> = {}): Harness {
  const sentinel = createMemorySentinel()
  const options: OpenDataLayerOptions = {
    name: 'maatwerk-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    sentinel,
    auditKey: TEST_AUDIT_KEY,
    actor: 'consulent-1',
    device: 'test-device',
    now: steppingClock(),
    newId: sequentialIds(),
    ...overrides,
  }
  return {
    options,
    sentinel,
    open: (hooks = {}) => openDataLayerWith(options, { storage: null, ...hooks }),
  }
}

/** A switchable DBCore fault: while `armed`, mutations of `table` reject with `makeError()`. */
export function createFault(table: string, makeError: () => Error) {
  const state = { armed: false }
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: `fault-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const downTable = down.table(name)
        return {
          ...downTable,
          mutate: (request: DBCoreMutateRequest) =>
            state.armed && name === table ? Promise.reject(makeError()) : downTable.mutate(request),
        }
      },
    }),
  }
  return { state, middleware }
}

/** How Chromium reports a full quota through Dexie: an AbortError with the real cause inside. */
export function chromiumQuotaAbort(): Error {
  const inner = new Error('QuotaExceededError')
  inner.name = 'QuotaExceededError'
  return Object.assign(new Error('QuotaExceededError '), { name: 'AbortError', inner })
}
