// Issue 12, "never lose data silently": each path reproduced on fake-indexeddb (a second connection
// on the same IDBFactory stands in for another tab).
import { afterEach, describe, expect, it } from 'vitest'
import type { DBCore, DBCoreGetManyRequest, Middleware } from 'dexie'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples'
import type { CaseFile, Person } from '#shared/domain/types'
import { DataError, type DataLayer, type UnavailableReason } from '../../../renderer/src/data/api'
import { MaatwerkDb } from '../../../renderer/src/data/db'
import { createMemorySentinel } from '../../../renderer/src/data/sentinel'
import { chromiumQuotaAbort, createFault, createHarness, sequentialIds } from './harness'

const layers: DataLayer[] = []
afterEach(() => {
  for (const layer of layers.splice(0)) layer.close()
})

async function open(harness: ReturnType<typeof createHarness>, hooks = {}): Promise<DataLayer> {
  const layer = await harness.open(hooks)
  layers.push(layer)
  return layer
}

async function refusal(action: () => Promise<unknown>): Promise<DataError> {
  const error = await action().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DataError)
  return error as DataError
}

function withHouseholdId(file: CaseFile, id: string): CaseFile {
  return { ...file, household: { ...file.household, id } }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('a database removed or replaced while open', () => {
  it('stops every write after another tab deletes the database, and never lowers the sentinel', async () => {
    const harness = createHarness()
    const data = await open(harness)
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    expect(harness.sentinel.current()?.householdCount).toBe(2)
    const reasons: UnavailableReason[] = []
    data.onUnavailable?.((reason) => reasons.push(reason))

    // Another tab (or the browser) deletes the database while this one has it open.
    await new Promise<void>((resolve, reject) => {
      const request = harness.options.indexedDB!.deleteDatabase(harness.options.name!)
      request.onsuccess = () => resolve()
      request.onerror = () => reject(new Error('delete failed'))
    })
    await tick()
    expect(reasons).toEqual(['deleted'])

    // Before: Dexie reopened a fresh, empty database, the write landed there and the sentinel
    // dropped to 1, so even the next start showed no recovery screen.
    const error = await refusal(() => data.cases.createHousehold('Nieuw na verwijderen'))
    expect(error.kind).toBe('unavailable')
    expect(harness.sentinel.current()?.householdCount).toBe(2)

    // The next start finds the data missing and offers the recovery screen.
    const restarted = await open(createHarness({ ...harness.options, sentinel: harness.sentinel }))
    expect(restarted.startup).toMatchObject({ kind: 'data-missing', expectedHouseholds: 2 })
  })

  it('refuses a write when the database no longer carries the install id this session opened', async () => {
    const harness = createHarness()
    const data = await open(harness)
    const id = await data.cases.createHousehold('Familie Jansen')
    const reasons: UnavailableReason[] = []
    data.onUnavailable?.((reason) => reasons.push(reason))
    // Another connection swaps the database's identity (a database recreated or replaced behind us).
    const other = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    await other.meta.put({ key: 'installId', value: 'another-install' })
    other.close()

    const error = await refusal(() => data.cases.updateHousehold({ id, label: 'Overschreven' }))
    expect(error).toMatchObject({ kind: 'unavailable', message: 'data.errors.databaseLost' })
    expect(reasons).toEqual(['replaced'])
    expect((await data.cases.loadCase(id))?.household.label).toBe('Familie Jansen')
    // Every later write is refused before it starts, and the sentinel keeps its memory.
    expect((await refusal(() => data.cases.createHousehold('X'))).kind).toBe('unavailable')
    expect(harness.sentinel.current()?.installId).not.toBe('another-install')
  })

  it('reports a database with another install id than the sentinel as data-missing (replaced)', async () => {
    const harness = createHarness()
    const data = await open(harness)
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    data.close()
    const remembered = harness.sentinel.current()!
    // A sentinel written for another install that had 5 households (a swapped or copied profile).
    const sentinel = createMemorySentinel({ ...remembered, installId: 'other-install', householdCount: 5 })
    const reopened = await open(createHarness({ ...harness.options, sentinel }))
    expect(reopened.startup).toMatchObject({
      kind: 'data-missing',
      expectedHouseholds: 5,
      reason: 'replaced',
    })
    // Until the user decides, nothing is written and the sentinel is not lowered.
    expect((await refusal(() => reopened.cases.createHousehold('X'))).kind).toBe('unavailable')
    expect(sentinel.current()).toMatchObject({ installId: 'other-install', householdCount: 5 })
    // The user chooses to go on with this database: the sentinel follows it from now on.
    await reopened.acceptCurrentDatabase?.()
    expect(sentinel.current()).toMatchObject({ installId: remembered.installId, householdCount: 1 })
    await reopened.cases.createHousehold('Na bevestiging')
    expect(sentinel.current()?.householdCount).toBe(2)
  })

  it('lets a restore (and only that) write into a database found empty, and keeps the install id', async () => {
    const harness = createHarness()
    const data = await open(harness)
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    const dump = await data.dumpDatabase()
    const installId = harness.sentinel.current()!.installId
    data.close()
    const emptied = createHarness({ sentinel: harness.sentinel, newId: sequentialIds('fresh') })
    const reopened = await open(emptied)
    expect(reopened.startup.kind).toBe('data-missing')
    expect((await refusal(() => reopened.seedExamples())).kind).toBe('unavailable')
    expect(harness.sentinel.current()?.householdCount).toBe(1)
    await reopened.restoreDatabase(dump)
    expect(await reopened.cases.loadAllCases()).toHaveLength(1)
    expect(harness.sentinel.current()?.householdCount).toBe(1)
    // The restored data carries this database's install id, not the one inside the backup.
    expect(harness.sentinel.current()?.installId).not.toBe(installId)
    await reopened.cases.createHousehold('Na herstel')
    expect(harness.sentinel.current()?.householdCount).toBe(2)
  })
})

describe('a full disk during bulk work', () => {
  const tight = (freeBytes: number) => ({
    storage: { estimate: async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - freeBytes }) },
  })

  it('refuses a bulk import, a demo portfolio and a restore up front when the room is not there', async () => {
    const harness = createHarness()
    const data = await open(harness, tight(5 * 1024 * 1024))
    const files = EXAMPLE_CASES.map((file, index) => ({ name: `f${index}.json`, file }))
    const error = await refusal(() => data.cases.importMany(files))
    expect(error).toMatchObject({ kind: 'quota', message: 'data.errors.noRoom' })
    expect(error.params).toMatchObject({ freeMb: 5 })
    expect(await data.cases.loadAllCases()).toEqual([])
    const demo = await refusal(() => data.cases.importMany(files, { example: true }))
    expect(demo.message).toBe('data.errors.noRoom')
    const dump = await data.dumpDatabase()
    expect((await refusal(() => data.restoreDatabase(dump))).message).toBe('data.errors.noRoom')
  })

  it('goes ahead when the estimate shows room', async () => {
    const data = await open(createHarness(), tight(500 * 1024 * 1024))
    const result = await data.cases.importMany([{ name: 'a.json', file: EXAMPLE_YILMAZ }])
    expect(result.imported).toHaveLength(1)
  })

  it('after a quota error reports only what is really stored, not what was attempted', async () => {
    const harness = createHarness()
    const fault = createFault('households', chromiumQuotaAbort)
    // Chromium may drop the whole database after a quota error: simulate that reads then find
    // nothing of what earlier chunks wrote.
    const dropped = { active: false }
    const dropAfterQuota: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'dropped-after-quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            getMany: (request: DBCoreGetManyRequest) =>
              dropped.active && name === 'households'
                ? Promise.resolve(request.keys.map(() => undefined))
                : table.getMany(request),
          }
        },
      }),
    }
    const data = await open(harness, { middleware: [fault.middleware, dropAfterQuota] })
    const files = Array.from({ length: 700 }, (_, index) => ({
      name: `case-${index}.json`,
      file: withHouseholdId(EXAMPLE_YILMAZ, `h-${index}`),
    }))
    const result = await data.cases.importMany(files, {
      onProgress: (done) => {
        if (done === 500) {
          fault.state.armed = true
          dropped.active = true
        }
      },
    })
    // Before: "500 households saved" although none of them survived.
    expect(result.imported).toEqual([])
    const notStored = result.refused.find((entry) => entry.errors[0]?.code === 'notStored')
    expect(notStored?.errors[0]?.params).toEqual({ count: 500 })
    expect(result.refused.filter((entry) => entry.errors[0]?.code === 'quota')).toHaveLength(200)
  }, 60_000)
})

describe('two windows on the same household', () => {
  it('refuses a write based on a version another window has already changed (no silent overwrite)', async () => {
    const harness = createHarness()
    const tabA = await open(harness)
    const tabB = await open(createHarness({ ...harness.options, sentinel: harness.sentinel }))
    const id = await tabA.cases.createHousehold('Familie Jansen')
    const seenByA = await tabA.cases.loadCase(id)
    const seenByB = await tabB.cases.loadCase(id)
    expect(seenByA?.version).toBe(1)
    await tabB.cases.updateHousehold({ id, label: 'Gewijzigd in B' }, { expectedVersion: seenByB!.version! })
    const error = await refusal(() =>
      tabA.cases.updateHousehold({ id, label: 'Gewijzigd in A' }, { expectedVersion: seenByA!.version! }),
    )
    expect(error).toMatchObject({ kind: 'conflict', message: 'data.errors.changedElsewhere' })
    const stored = await tabA.cases.loadCase(id)
    expect(stored?.household.label).toBe('Gewijzigd in B')
    expect(stored?.version).toBe(2)
    // Every household write is versioned, not only the label.
    const member: Person = {
      id: 'p1',
      name: 'Jan',
      birthDate: '1960-01-01',
      role: 'client',
      bsn: null,
      livesIn: true,
      income: { kind: 'aow', netMonthlyCents: 150000 },
      wlzIndication: null,
      zrm: null,
    }
    const memberError = await refusal(() => tabA.cases.saveMember(id, { ...member }, { expectedVersion: 1 }))
    expect(memberError.kind).toBe('conflict')
    await tabA.cases.saveMember(id, { ...member }, { expectedVersion: 2 })
    expect((await tabB.cases.loadCase(id))?.version).toBe(3)
  })

  it('shows another window’s change in an open case (live query across connections)', async () => {
    const harness = createHarness()
    const tabA = await open(harness)
    const tabB = await open(createHarness({ ...harness.options, sentinel: harness.sentinel }))
    const id = await tabA.cases.createHousehold('Familie Jansen')
    const labels: string[] = []
    const stop = tabA.cases.observeCase(id, {
      next: (aggregate) => labels.push(aggregate?.household.label ?? ''),
    })
    await tick()
    await tabB.cases.updateHousehold({ id, label: 'Gewijzigd in B' })
    for (let i = 0; i < 50 && !labels.includes('Gewijzigd in B'); i++) await tick()
    stop()
    expect(labels).toContain('Gewijzigd in B')
  })
})

describe('imports', () => {
  it('re-keys household ids from outside: the file’s id reaches neither the rows nor the audit log', async () => {
    const harness = createHarness()
    const data = await open(harness)
    const external = withHouseholdId(EXAMPLE_YILMAZ, 'bsn-123456782')
    const id = await data.cases.importCaseFile(external)
    const bulk = await data.cases.importMany([
      { name: 'b.json', file: withHouseholdId(EXAMPLE_VAN_DEN_BERG, 'client-4711-de-jong') },
    ])
    expect(id).not.toContain('123456782')
    const dump = JSON.stringify(await data.dumpDatabase())
    expect(dump).not.toContain('123456782')
    expect(dump).not.toContain('client-4711')
    expect(bulk.imported).toHaveLength(1)
  })

  it('recognises the same file imported again: "al aanwezig" for the same content, a question for other content', async () => {
    const data = await open(createHarness())
    const first = await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    const same = await refusal(() => data.cases.importCaseFile(EXAMPLE_YILMAZ))
    expect(same).toMatchObject({ kind: 'conflict', message: 'data.errors.importSame' })
    expect(same.params['householdId']).toBe(first)
    const edited = {
      ...EXAMPLE_YILMAZ,
      household: { ...EXAMPLE_YILMAZ.household, label: 'Yilmaz (bijgewerkt)' },
    }
    const changed = await refusal(() => data.cases.importCaseFile(edited))
    expect(changed.message).toBe('data.errors.importChanged')
    expect(await data.cases.loadAllCases()).toHaveLength(1)
    // The user chose "import as a copy".
    await data.cases.importCaseFile(edited, { asCopy: true })
    expect(await data.cases.loadAllCases()).toHaveLength(2)
  })

  it('bulk import after "import as a copy": the unchanged original and the copied edit are both already present', async () => {
    const data = await open(createHarness())
    await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    const edited = {
      ...EXAMPLE_YILMAZ,
      household: { ...EXAMPLE_YILMAZ.household, label: 'Yilmaz (bijgewerkt)' },
    }
    await data.cases.importCaseFile(edited, { asCopy: true })
    // Two households now share the file's import key; either one's content makes a file "the same".
    const again = await data.cases.importMany([
      { name: 'origineel.json', file: EXAMPLE_YILMAZ },
      { name: 'bijgewerkt.json', file: edited },
    ])
    expect(again.alreadyPresent?.map((entry) => entry.name)).toEqual(['origineel.json', 'bijgewerkt.json'])
    expect(again.changed ?? []).toEqual([])
    expect(again.imported).toHaveLength(0)
    const third = { ...EXAMPLE_YILMAZ, household: { ...EXAMPLE_YILMAZ.household, label: 'Yilmaz (derde)' } }
    const other = await data.cases.importMany([{ name: 'derde.json', file: third }])
    expect(other.changed?.map((entry) => entry.name)).toEqual(['derde.json'])
    expect(await data.cases.loadAllCases()).toHaveLength(2)
  })

  it('a bulk import started over after an interruption creates no duplicates', async () => {
    const data = await open(createHarness())
    const files = EXAMPLE_CASES.map((file, index) => ({ name: `f${index}.json`, file }))
    const firstRun = await data.cases.importMany(files.slice(0, 3))
    expect(firstRun.imported).toHaveLength(3)
    // The interrupted import is started again with all files, one of them edited in the meantime.
    const edited = files.map((entry, index) =>
      index === 1
        ? { ...entry, file: { ...entry.file, household: { ...entry.file.household, label: 'Bijgewerkt' } } }
        : entry,
    )
    const again = await data.cases.importMany(edited)
    expect(again.imported).toHaveLength(files.length - 3)
    expect(again.alreadyPresent?.map((entry) => entry.name)).toEqual(['f0.json', 'f2.json'])
    expect(again.changed?.map((entry) => entry.name)).toEqual(['f1.json'])
    expect(await data.cases.loadAllCases()).toHaveLength(files.length)
    const copies = await data.cases.importMany([edited[1]!], { ifChanged: 'copy' })
    expect(copies.imported).toHaveLength(1)
  })
})
