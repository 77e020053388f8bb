import { afterEach, describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { EXAMPLE_YILMAZ } from '#shared/examples'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { DATA_FORMAT_VERSION, MaatwerkDb } from '../../../renderer/src/data/db'
import { createLocalStorageSentinel, createMemorySentinel } from '../../../renderer/src/data/sentinel'
import { createHarness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

describe('startup state', () => {
  it('is first-run on an empty database without a sentinel, ok once a household exists', async () => {
    const harness = createHarness()
    data = await harness.open()
    expect(data.startup).toEqual({ kind: 'first-run' })
    expect(harness.sentinel.current()).toBeNull()
    await data.cases.createHousehold('Familie Jansen')
    expect(harness.sentinel.current()).toMatchObject({ householdCount: 1 })
    data.close()
    data = await harness.open()
    expect(data.startup).toEqual({ kind: 'ok' })
  })

  it('reports data-missing when the sentinel remembers households but the database is empty', async () => {
    const harness = createHarness()
    data = await harness.open()
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    await data.cases.createHousehold('Tweede')
    const lastSeenAt = harness.sentinel.current()?.lastSeenAt
    data.close()
    // The browser recreated the database empty behind the app's back (docs/security-model.md#data-at-rest-and-data-safety).
    const reset = createHarness({ sentinel: harness.sentinel, indexedDB: new IDBFactory() })
    data = await reset.open()
    expect(data.startup).toEqual({ kind: 'data-missing', expectedHouseholds: 2, lastSeenAt })
    // Opening does not overwrite the sentinel's memory, so the warning stays until the user acts.
    expect(harness.sentinel.current()?.householdCount).toBe(2)
  })

  it('opens a database with a newer data format read-only: reads work, every write is refused', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    data.close()
    const db = new MaatwerkDb(harness.options.name ?? 'maatwerk', {
      indexedDB: harness.options.indexedDB,
      IDBKeyRange: harness.options.IDBKeyRange,
    })
    await db.meta.put({ key: 'dataFormatVersion', value: DATA_FORMAT_VERSION + 1 })
    db.close()

    data = await harness.open()
    expect(data.startup).toEqual({
      kind: 'newer-format',
      found: DATA_FORMAT_VERSION + 1,
      supported: DATA_FORMAT_VERSION,
    })
    expect((await data.cases.loadCase(id))?.household.label).toBe(EXAMPLE_YILMAZ.household.label)
    const layer = data
    const dump = await layer.dumpDatabase()
    const writes: (() => Promise<unknown>)[] = [
      () => layer.cases.createHousehold('X'),
      () => layer.cases.updateHousehold({ id, label: 'X' }),
      () => layer.cases.deleteHousehold(id),
      () => layer.cases.importCaseFile(EXAMPLE_YILMAZ),
      () => layer.cases.importMany([]),
      () => layer.seedExamples(),
      () => layer.restoreDatabase(dump),
    ]
    for (const write of writes) {
      const error = await write().then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(DataError)
      expect((error as DataError).kind).toBe('read-only')
    }
    expect(await data.cases.exportCaseFile(id)).toMatchObject({ household: { id } })
  })

  it('uses strict durability for every transaction', () => {
    const db = new MaatwerkDb('durability', { indexedDB: new IDBFactory() })
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict')
  })

  it('requests persistent storage once and keeps the answer', async () => {
    let calls = 0
    data = await createHarness().open({
      storage: {
        persist: async () => {
          calls++
          return true
        },
      },
    })
    expect(calls).toBe(1)
    expect(data.storagePersisted).toBe(true)
    data.close()
    data = await createHarness().open({ storage: null })
    expect(data.storagePersisted).toBeNull()
  })

  it('reports open-failed (never throws) when IndexedDB cannot be opened', async () => {
    const broken = {
      open: () => {
        throw new Error('Internal error opening backing store for indexedDB.open')
      },
    } as unknown as IDBFactory
    data = await createHarness({ indexedDB: broken }).open()
    expect(data.startup.kind).toBe('open-failed')
    const error = await data.cases.createHousehold('X').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DataError)
  })

  it('says a failed upgrade is one, and leaves the database of the earlier version as it was', async () => {
    const indexedDB = new IDBFactory()
    // Version 1's schema, but an audit store without the `seq` key path the upgrade to v2 keeps.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('maatwerk-test', 10)
      open.onupgradeneeded = () => {
        const db = open.result
        db.createObjectStore('households', { keyPath: 'id' }).put({ id: 'h-old', value: { label: 'Oud' } })
        db.createObjectStore('audit')
        db.createObjectStore('meta', { keyPath: 'key' })
      }
      open.onsuccess = () => {
        open.result.close()
        resolve()
      }
      open.onerror = () => reject(open.error ?? new Error('open failed'))
    })
    data = await createHarness({ indexedDB }).open()
    expect(data.startup).toEqual({ kind: 'open-failed', message: 'data.errors.upgradeFailed' })
    expect((await indexedDB.databases()).find((d) => d.name === 'maatwerk-test')?.version).toBe(10)
  })

  it('after a failed upgrade, a copy of the old database can be read as it is, and nothing changes', async () => {
    const indexedDB = new IDBFactory()
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('maatwerk-test', 10)
      open.onupgradeneeded = () => {
        const db = open.result
        db.createObjectStore('households', { keyPath: 'id' }).put({ id: 'h-old', value: { label: 'Oud' } })
        // Rows without their own key (the reason the upgrade fails): the copy keeps their keys.
        db.createObjectStore('audit').put({ action: 'household.create' }, 1)
        db.createObjectStore('meta', { keyPath: 'key' })
      }
      open.onsuccess = () => {
        open.result.close()
        resolve()
      }
      open.onerror = () => reject(open.error ?? new Error('open failed'))
    })
    const harness = createHarness({ indexedDB })
    data = await harness.open()
    expect(data.startup.kind).toBe('open-failed')
    const copy = await data.dumpUntouched?.()
    expect(copy?.tables).toEqual({
      households: [{ id: 'h-old', value: { label: 'Oud' } }],
      audit: [{ action: 'household.create' }],
      meta: [],
    })
    expect(copy?.untouched).toEqual({ databaseVersion: 10, outOfLineKeys: { audit: [1] } })
    expect(copy?.format).toBe('maatwerk.database')
    // Reading the copy changed nothing: still the old version, and the app still refuses to start on it.
    expect((await indexedDB.databases()).find((d) => d.name === 'maatwerk-test')?.version).toBe(10)
    data.close()
    data = await harness.open()
    expect(data.startup.kind).toBe('open-failed')
    // A copy is not restored over a working database: it needs the upgrade this version could not do.
    const fresh = await createHarness().open()
    try {
      const refused = await fresh.restoreDatabase(copy!).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(DataError)
      expect((refused as DataError).message).toBe('data.errors.dumpUntouched')
    } finally {
      fresh.close()
    }
  })

  it('offers no copy when the open failed for another reason than an upgrade', async () => {
    const broken = {
      open: () => {
        throw new Error('backing store')
      },
      databases: async () => [],
    } as unknown as IDBFactory
    data = await createHarness({ indexedDB: broken }).open()
    expect(data.startup.kind).toBe('open-failed')
    expect(data.dumpUntouched).toBeUndefined()
  })
})

describe('sentinels', () => {
  it('the localStorage sentinel round-trips and treats garbage as absent', async () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    }
    const sentinel = createLocalStorageSentinel('k', storage)
    expect(await sentinel.read()).toBeNull()
    const value = {
      installId: 'i',
      createdAt: '2026-11-28T09:00:00.000Z',
      householdCount: 3,
      lastSeenAt: '2026-11-28T10:00:00.000Z',
    }
    await sentinel.write(value)
    expect(await sentinel.read()).toEqual(value)
    store.set('k', '{"householdCount": "many"}')
    expect(await sentinel.read()).toBeNull()
    store.set('k', 'not json')
    expect(await sentinel.read()).toBeNull()
  })

  it('the memory sentinel starts from its initial value', async () => {
    const initial = { installId: 'i', createdAt: 'c', householdCount: 1, lastSeenAt: 'l' }
    expect(await createMemorySentinel(initial).read()).toEqual(initial)
  })
})
