import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { chromiumQuotaAbort, createFault, createHarness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

/** Every name, BSN and free text of a case file (what must never reach the audit or survive erasure). */
function personalStrings(file: (typeof EXAMPLE_CASES)[number]): string[] {
  const strings = [file.household.label]
  for (const person of file.household.members) {
    strings.push(person.name)
    if (person.bsn) strings.push(person.bsn)
  }
  for (const carer of file.household.carers) strings.push(carer.name)
  for (const scenario of file.scenarios) {
    for (const line of scenario.lines) if (line.note) strings.push(line.note)
  }
  return strings
}

async function rawDb(harnessOptions: ReturnType<typeof createHarness>['options']): Promise<Dexie> {
  const db = new Dexie(harnessOptions.name ?? 'maatwerk', {
    indexedDB: harnessOptions.indexedDB,
    IDBKeyRange: harnessOptions.IDBKeyRange,
  })
  await db.open()
  return db
}

describe('audit log', () => {
  it('writes one complete entry per change without names, BSNs or free text', async () => {
    const harness = createHarness()
    data = await harness.open()
    for (const file of EXAMPLE_CASES) await data.cases.importCaseFile(file)
    const entries = await data.audit.list()
    expect(entries).toHaveLength(EXAMPLE_CASES.length)
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: 'consulent-1',
        device: 'test-device',
        result: 'ok',
        action: 'case.import',
      })
      expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    }
    const auditText = JSON.stringify((await data.dumpDatabase()).tables['audit'])
    for (const file of EXAMPLE_CASES) {
      for (const text of personalStrings(file)) expect(auditText).not.toContain(text)
    }
  })

  it('every write path adds exactly one entry with its action, object and household', async () => {
    const harness = createHarness()
    data = await harness.open()
    const layer = data
    const file = EXAMPLE_VAN_DEN_BERG
    const person = file.household.members[0]!
    const carer = file.household.carers[0]!
    const scenario = file.scenarios[0]!
    const line = scenario.lines[0]!
    const id = await layer.cases.importCaseFile(file)
    const steps: [string, string, () => Promise<unknown>][] = [
      ['household.update', id, () => layer.cases.updateHousehold({ id, label: 'Nieuw label' })],
      ['member.update', person.id, () => layer.cases.saveMember(id, { ...person, livesIn: true })],
      [
        'assessment.save',
        person.id,
        () =>
          layer.cases.saveAssessment(id, person.id, { assessedOn: '2026-02-01', scores: { financien: 3 } }),
      ],
      ['carer.update', carer.id, () => layer.cases.saveCarer(id, { ...carer, capacityHoursPerWeek: 9 })],
      ['scenario.update', scenario.id, () => layer.cases.saveScenario(id, { ...scenario, name: 'Anders' })],
      ['line.update', line.id, () => layer.cases.saveLine(id, scenario.id, { ...line, volume: 2 })],
      ['line.delete', line.id, () => layer.cases.deleteLine(id, scenario.id, line.id)],
      ['scenario.delete', scenario.id, () => layer.cases.deleteScenario(id, scenario.id)],
      ['case.export', id, () => layer.cases.exportCaseFile(id)],
    ]
    for (const [action, objectId, run] of steps) {
      const before = (await layer.audit.list()).length
      await run()
      const entries = await layer.audit.list()
      expect(entries).toHaveLength(before + 1)
      expect(entries[0]).toMatchObject({
        action,
        objectId,
        householdId: id,
        actor: 'consulent-1',
        device: 'test-device',
      })
    }
    expect(await layer.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  })

  it('verifies the chain and detects an altered entry', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    await data.cases.updateHousehold({ id, label: 'B' })
    await data.cases.updateHousehold({ id, label: 'C' })
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
    data.close()
    const db = await rawDb(harness.options)
    await db.table('audit').update(2, { action: 'household.create' })
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toEqual({ ok: false, brokenAtSeq: 2, reason: 'entry' })
  })

  it('detects a removed entry in the middle and at the end of the chain', async () => {
    const harness = createHarness()
    data = await harness.open()
    const id = await data.cases.createHousehold('A')
    for (const label of ['B', 'C', 'D']) await data.cases.updateHousehold({ id, label })
    data.close()
    const db = await rawDb(harness.options)
    await db.table('audit').delete(4)
    db.close()
    data = await harness.open()
    expect(await data.audit.verifyChain()).toMatchObject({ ok: false, brokenAtSeq: 4 })

    const second = createHarness()
    data = await second.open()
    const other = await data.cases.createHousehold('A')
    await data.cases.updateHousehold({ id: other, label: 'B' })
    data.close()
    const db2 = await rawDb(second.options)
    await db2.table('audit').delete(2)
    db2.close()
    data = await second.open()
    expect((await data.audit.verifyChain()).ok).toBe(false)
  })

  it('lists a household’s entries newest first, with a limit', async () => {
    const harness = createHarness()
    data = await harness.open()
    const a = await data.cases.createHousehold('A')
    const b = await data.cases.createHousehold('B')
    await data.cases.updateHousehold({ id: a, label: 'A2' })
    const forA = await data.audit.list({ householdId: a })
    expect(forA.map((entry) => entry.action)).toEqual(['household.update', 'household.create'])
    expect(await data.audit.list({ limit: 1 })).toEqual([expect.objectContaining({ seq: 3 })])
    expect((await data.audit.list({ householdId: b })).map((entry) => entry.objectId)).toEqual([b])
  })
})

describe('atomicity and quota', () => {
  it('a write that fails inside its transaction leaves neither the change nor an audit entry', async () => {
    const harness = createHarness()
    const fault = createFault('caseContents', () => new Error('disk on fire'))
    data = await harness.open({ middleware: [fault.middleware] })
    const id = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const before = await data.dumpDatabase()
    fault.state.armed = true
    const error = await data.cases
      .saveScenario(id, { ...EXAMPLE_VAN_DEN_BERG.scenarios[0]!, name: 'Nieuw', lines: [] }) // fixture has a scenario
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).kind).toBe('unknown')
    fault.state.armed = false
    const after = await data.dumpDatabase()
    expect(after.tables).toEqual(before.tables)
  })

  // The audit entry is the last write of every change, after the household's content check and its
  // new MAC: a failing audit append must take the whole change with it. When the content check lost
  // Dexie's transaction zone, the household was written outside the transaction and stayed.
  it.each([
    ['a household rename', (d: DataLayer, id: string) => d.cases.updateHousehold({ id, label: 'Nieuw' })],
    [
      'a member edit',
      (d: DataLayer, id: string) =>
        d.cases.saveMember(id, { ...EXAMPLE_VAN_DEN_BERG.household.members[0]!, name: 'Iemand Anders' }),
    ],
    [
      'a scenario edit',
      (d: DataLayer, id: string) =>
        d.cases.saveScenario(id, { ...EXAMPLE_VAN_DEN_BERG.scenarios[0]!, name: 'Nieuw', lines: [] }),
    ],
    ['accepting the content', (d: DataLayer, id: string) => d.cases.acceptCaseContent(id)],
  ])('%s whose audit entry cannot be written leaves nothing changed', async (_, change) => {
    const harness = createHarness()
    const fault = createFault('audit', () => new Error('disk on fire'))
    data = await harness.open({ middleware: [fault.middleware] })
    const id = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const before = await data.dumpDatabase()
    fault.state.armed = true
    // Reads running at the same time, as the open screens' live queries do in the app.
    const reading = Promise.all([1, 2, 3].map(() => data!.cases.loadCase(id)))
    const error = await change(data, id).catch((caught: unknown) => caught)
    await reading
    expect(error).toBeInstanceOf(DataError)
    fault.state.armed = false
    expect((await data.dumpDatabase()).tables).toEqual(before.tables)
  })

  it('maps an AbortError with an inner QuotaExceededError to DataError("quota"), nothing written', async () => {
    const harness = createHarness()
    const fault = createFault('households', chromiumQuotaAbort)
    data = await harness.open({ middleware: [fault.middleware] })
    fault.state.armed = true
    const error = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).kind).toBe('quota')
    fault.state.armed = false
    expect(await data.cases.loadAllCases()).toEqual([])
    expect(await data.audit.list()).toEqual([])
    expect(harness.sentinel.current()).toBeNull()
  })
})

describe('bulk import on a full disk', () => {
  it('keeps the chunks written before the disk filled up and reports every other file as refused', async () => {
    const harness = createHarness()
    const fault = createFault('households', chromiumQuotaAbort)
    data = await harness.open({ middleware: [fault.middleware] })
    const files = Array.from({ length: 700 }, (_, index) => ({
      name: `case-${index}.json`,
      file: { ...EXAMPLE_VAN_DEN_BERG, household: { ...EXAMPLE_VAN_DEN_BERG.household, id: `h-${index}` } },
    }))
    const result = await data.cases.importMany(files, {
      onProgress: (done) => {
        if (done === 500) fault.state.armed = true // the disk fills up after the first chunk
      },
    })
    fault.state.armed = false
    expect(result.imported).toHaveLength(500)
    expect(result.refused).toHaveLength(200)
    expect(result.refused[0]).toEqual({
      name: 'case-500.json',
      errors: [expect.objectContaining({ code: 'quota' })],
    })
    expect(await data.cases.loadAllCases()).toHaveLength(500)
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  }, 60_000)
})

describe('erasure', () => {
  it('deleting a household removes every row; only a content-free tombstone names it', async () => {
    const harness = createHarness()
    data = await harness.open()
    const keep = await data.cases.importCaseFile(EXAMPLE_CASES[1]!) // a second household must survive
    const id = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    await data.cases.updateHousehold({ id, label: 'Mevrouw Van den Berg (2)' })
    await data.cases.exportCaseFile(id)
    await data.cases.deleteHousehold(id)

    const dump = await data.dumpDatabase()
    const tombstones = (dump.tables['audit'] as { action: string; objectId: string }[]).filter(
      (row) => row.action === 'household.delete',
    )
    expect(tombstones).toEqual([expect.objectContaining({ objectId: id, householdId: null })])
    const withoutTombstone = {
      ...dump.tables,
      audit: (dump.tables['audit'] as { action: string }[]).filter(
        (row) => row.action !== 'household.delete',
      ),
    }
    const text = JSON.stringify(withoutTombstone)
    expect(text).not.toContain(id)
    for (const personal of personalStrings(EXAMPLE_VAN_DEN_BERG)) expect(text).not.toContain(personal)
    expect(await data.cases.loadCase(keep)).not.toBeNull()
    expect(await data.audit.verifyChain()).toEqual({ ok: true, brokenAtSeq: null })
  })

  it('refuses to delete a household that does not exist', async () => {
    data = await createHarness().open()
    const error = await data.cases.deleteHousehold('nope').catch((caught: unknown) => caught)
    expect((error as DataError).kind).toBe('not-found')
  })
})
