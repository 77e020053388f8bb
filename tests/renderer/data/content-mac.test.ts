// Tamper evidence for case content (content-mac.ts): a keyed MAC per household over its whole stored
// content. The database is edited behind the app's back with a second connection on the same fake
// IndexedDB, as a person with the profile folder (or DevTools) could.
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG, evaluateScenario, PROVISIONS } from '#shared'
import { createFingerprintContext, evaluateEntry, generatePortfolio } from '#shared/portfolio'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { MaatwerkDb, type HouseholdRow } from '../../../renderer/src/data/db'
import { CONTENT_ACCEPTED_ACTION, CONTENT_CHANGED_ACTION } from '../../../renderer/src/data/case-repository'
import {
  CASE_CONTENT_SEALED_KEY,
  CONTENT_SEALED_ACTION,
  CONTENT_SEALING_CHUNK,
  contentKeyOf,
} from '../../../renderer/src/data/content-mac'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { loadCasesDense } from '../../../renderer/src/data/portfolio-results'
import { createSealingKey } from '../../../renderer/src/data/sealed-box'
import { analyseCase } from '../../../renderer/src/data/caseload-analysis'
import { countCaseload } from '#shared/case-flow/caseload'
import { createHarness, TEST_AUDIT_KEY, type Harness } from './harness'
import { contentOf, modifyContent } from './content-rows'

const AT_REST_KEY = new Uint8Array(32).fill(11)

const layers: DataLayer[] = []
const raws: MaatwerkDb[] = []
afterEach(() => {
  for (const layer of layers.splice(0)) layer.close()
  for (const raw of raws.splice(0)) raw.close()
})

async function open(harness: Harness): Promise<DataLayer> {
  const layer = await harness.open()
  layers.push(layer)
  return layer
}

/** A second connection to the same database: edits behind the app's back. */
async function raw(harness: Harness): Promise<MaatwerkDb> {
  const db = new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
  raws.push(db)
  await db.open()
  return db
}

async function withExample(harness: Harness): Promise<{ data: DataLayer; id: string }> {
  const data = await open(harness)
  const id = await data.cases.importCaseFile(structuredClone(EXAMPLE_VAN_DEN_BERG))
  return { data, id }
}

async function expectIntact(data: DataLayer, id: string): Promise<void> {
  const aggregate = await data.cases.loadCase(id)
  expect(aggregate).not.toBeNull()
  expect(aggregate?.contentChanged).toBeUndefined()
  const actions = (await data.audit.list()).map((entry) => entry.action)
  expect(actions).not.toContain(CONTENT_CHANGED_ACTION)
}

/** Changed content: shown as stored and marked, logged once, every write refused, nothing repaired. */
async function expectChanged(data: DataLayer, id: string): Promise<void> {
  const aggregate = await data.cases.loadCase(id)
  expect(aggregate?.contentChanged).toBe(true)
  await data.cases.loadCase(id) // a second read logs nothing new
  const entries = (await data.audit.list()).filter((entry) => entry.action === CONTENT_CHANGED_ACTION)
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({ householdId: id, result: 'refused' })
  const refused = await data.cases.updateHousehold({ id, label: 'Overschreven' }).then(
    () => null,
    (error: unknown) => error,
  )
  expect(refused).toBeInstanceOf(DataError)
  expect((refused as DataError).message).toBe(DATA_ERROR_MESSAGES.caseChangedOutside)
  expect((await data.cases.loadCase(id))?.household.label).not.toBe('Overschreven')
  expect(await data.audit.verifyChain()).toMatchObject({ ok: true })
}

describe('case content MAC: each kind of tampering is detected', () => {
  it('a member name changed in IndexedDB', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    await expectIntact(data, id)
    const db = await raw(harness)
    await modifyContent(db, id, (content) =>
      content.members.forEach((row) => {
        if (row.value.name === 'Mevrouw Van den Berg') row.value.name = 'Iemand anders'
      }),
    )
    await expectChanged(data, id)
    expect((await data.cases.loadCase(id))?.household.members[0]?.name).toBe('Iemand anders')
  })

  it('an amount (net income) changed', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await modifyContent(db, id, (content) =>
      content.members.forEach((row) => {
        if (row.value.income) row.value.income = { ...row.value.income, netMonthlyCents: 1 }
      }),
    )
    await expectChanged(data, id)
  })

  it('a line volume changed', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await modifyContent(db, id, (content) => {
      const line = content.lines[0]!
      line.value = { ...line.value, volume: (line.value.volume ?? 0) + 10 }
    })
    await expectChanged(data, id)
  })

  it('a ZRM score changed', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await modifyContent(db, id, (content) => {
      const assessment = content.assessments[0]!
      assessment.value = { ...assessment.value, scores: { ...assessment.value.scores, huisvesting: 1 } }
    })
    await expectChanged(data, id)
  })

  it('a line row deleted', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await modifyContent(db, id, (content) => {
      content.lines.splice(0, 1)
    })
    await expectChanged(data, id)
  })

  it('the MAC removed (once the start-up pass has sealed every household)', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await db.households.update(id, (row: HouseholdRow) => {
      delete row.contentMac
    })
    await expectChanged(data, id)
  })

  it('the MAC of another household copied over', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const other = await data.cases.createHousehold('Ander huishouden')
    const db = await raw(harness)
    const otherMac = (await db.households.get(other))!.contentMac
    await db.households.update(id, { contentMac: otherMac })
    await expectChanged(data, id)
  })

  it('the consultant may accept the content after review (audited), or erase the household', async () => {
    const harness = createHarness()
    const { data, id } = await withExample(harness)
    const db = await raw(harness)
    await db.households.update(id, (row: HouseholdRow) => {
      row.value = { ...row.value, label: 'Buiten Maatwerk' }
    })
    await expectChanged(data, id)
    await data.cases.acceptCaseContent(id)
    const accepted = await data.cases.loadCase(id)
    expect(accepted?.contentChanged).toBeUndefined()
    expect(accepted?.household.label).toBe('Buiten Maatwerk')
    expect((await data.audit.list()).map((entry) => entry.action)).toContain(CONTENT_ACCEPTED_ACTION)
    await data.cases.updateHousehold({ id, label: 'Weer bewerkt' })
    expect((await data.cases.loadCase(id))?.contentChanged).toBeUndefined()
    // A changed household can always be erased (art. 17): erasure does not ask for the MAC.
    await db.households.update(id, { contentMac: 'f'.repeat(64) })
    await data.cases.deleteHousehold(id)
    expect(await data.cases.loadCase(id)).toBeNull()
  })
})

describe('case content MAC: no false alarm', () => {
  it('after every kind of normal edit', async () => {
    const harness = createHarness({ atRestKey: AT_REST_KEY })
    const { data, id } = await withExample(harness)
    const stored = (await data.cases.loadCase(id))!
    const [first, second] = stored.household.members
    await data.cases.saveMember(id, { ...first!, name: 'Nieuwe naam', bsn: '999993847' })
    await data.cases.saveAssessment(id, first!.id, {
      ...first!.zrm!,
      scores: { ...first!.zrm!.scores, huisvesting: 2 },
    })
    const scenario = stored.scenarios[0]!
    const line = scenario.lines[0]!
    await data.cases.saveLine(id, scenario.id, { ...line, volume: (line.volume ?? 0) + 1, note: 'Notitie' })
    await data.cases.deleteLine(id, scenario.id, scenario.lines[1]!.id)
    await data.cases.saveScenario(id, { ...scenario, name: 'Hernoemd', lines: undefined })
    await data.cases.saveScenario(id, { ...stored.scenarios[1]!, description: 'Omschrijving' })
    await data.cases.updateHousehold({ id, label: 'Van den Berg (bewerkt)' })
    if (second) await data.cases.saveMember(id, { ...second, name: 'Anja B.' })
    for (const carer of stored.household.carers) await data.cases.saveCarer(id, carer)
    await expectIntact(data, id)
    const copy = await data.cases.duplicateHousehold(id, 'Kopie')
    await expectIntact(data, copy)
    await data.cases.deleteScenario(id, scenario.id)
    await expectIntact(data, id)
    const fresh = await data.cases.createHousehold('Leeg')
    await expectIntact(data, fresh)
  })

  // A write seals the household over the rows it read for its content check, kept up to date with
  // what it changed (case-repository.ts `HeldHousehold`), not over a second read. Each write path is
  // checked on its own: a held row that differs from the stored one would show here as a false alarm.
  it('after each write path on its own (the rows a write holds are the rows it stored)', async () => {
    const harness = createHarness({ atRestKey: AT_REST_KEY })
    const { data, id } = await withExample(harness)
    const stored = (await data.cases.loadCase(id))!
    const [first] = stored.household.members
    const scenario = stored.scenarios[0]!
    const carer = stored.household.carers[0]!
    const steps: [string, () => Promise<unknown>][] = [
      [
        'new member',
        () => data.cases.saveMember(id, { ...first!, id: 'p-new', name: 'Nieuw', bsn: null, zrm: null }),
      ],
      [
        'assessment replacing the "none" marker',
        () => data.cases.saveAssessment(id, 'p-new', { assessedOn: '2026-01-10', scores: { financien: 3 } }),
      ],
      [
        'member with zrm removed',
        () => data.cases.saveMember(id, { ...first!, id: 'p-new', name: 'Nieuw', bsn: null, zrm: null }),
      ],
      ['member deleted', () => data.cases.deleteMember(id, 'p-new')],
      ['new carer', () => data.cases.saveCarer(id, { ...carer, id: 'c-new', name: 'Extra' })],
      [
        'do-nothing naming the new carer',
        () =>
          data.cases.saveDoNothing(id, {
            startDate: '2026-01-01',
            horizonMonths: 36,
            updatedOn: '2026-01-15',
            risks: [
              {
                kind: 'carer-dropout',
                likelihood: 0.25,
                likelihoodSource: 'casusoverleg',
                annualCostCents: null,
                costSource: null,
                onsetMonths: 6,
                carerId: 'c-new',
              },
            ],
          }),
      ],
      ['carer deleted (the risk forgets them)', () => data.cases.deleteCarer(id, 'c-new')],
      ['do-nothing removed', () => data.cases.saveDoNothing(id, null)],
      [
        'new line',
        () => data.cases.saveLine(id, scenario.id, { ...scenario.lines[0]!, id: 'l-new', note: 'N' }),
      ],
      ['line deleted', () => data.cases.deleteLine(id, scenario.id, 'l-new')],
      [
        'new scenario with lines',
        () =>
          data.cases.saveScenario(id, {
            ...scenario,
            id: 's-new',
            name: 'Nieuw',
            chosen: null,
            lines: scenario.lines.map((line, index) => ({ ...line, id: `l-s-${index}` })),
          }),
      ],
      [
        'scenario with its lines replaced',
        () =>
          data.cases.saveScenario(id, { ...scenario, id: 's-new', name: 'Nieuw', chosen: null, lines: [] }),
      ],
      ['scenario deleted', () => data.cases.deleteScenario(id, 's-new')],
      ['household fields', () => data.cases.updateHousehold({ id, label: 'Van den Berg (stap)' })],
    ]
    for (const [step, write] of steps) {
      await write()
      const aggregate = await data.cases.loadCase(id)
      expect(aggregate?.contentChanged, step).toBeUndefined()
    }
    await expectIntact(data, id)
    const copy = await data.cases.duplicateHousehold(id, 'Kopie')
    await expectIntact(data, copy)
    expect((await data.cases.loadCase(copy))?.scenarios).toEqual((await data.cases.loadCase(id))?.scenarios)
  })

  it('after a bulk import, the example seed, and a restore of a backup', async () => {
    const harness = createHarness({ atRestKey: AT_REST_KEY })
    const data = await open(harness)
    const result = await data.cases.importMany([
      { name: 'a.json', file: structuredClone(EXAMPLE_VAN_DEN_BERG) },
    ])
    const [imported] = result.imported
    await expectIntact(data, imported!)
    await data.seedExamples()
    const seeded = (await data.cases.loadAllCases()).filter((c) => c.example)
    expect(seeded.length).toBeGreaterThan(0)
    for (const c of seeded) await expectIntact(data, c.household.id)
    const dump = await data.dumpDatabase()
    await data.cases.updateHousehold({ id: imported!, label: 'Na de back-up' })
    await data.restoreDatabase(dump)
    expect((await data.cases.loadCase(imported!))?.household.label).not.toBe('Na de back-up')
    for (const c of await data.cases.loadAllCases()) await expectIntact(data, c.household.id)
    // Restored onto another device (another audit key): every household gets this device's MAC.
    const elsewhere = createHarness({
      atRestKey: new Uint8Array(32).fill(13),
      auditKey: new Uint8Array(32).fill(9),
    })
    const other = await open(elsewhere)
    await other.restoreDatabase(dump)
    for (const c of await other.cases.loadAllCases()) await expectIntact(other, c.household.id)
  })

  it('after demo generation, and after the examples are removed again', async () => {
    const harness = createHarness()
    const data = await open(harness)
    const writer = data.demoPortfolio!
    const files = generatePortfolio({ seed: 4, size: 6, startYear: 2026, provisions: PROVISIONS, batch: 'x' })
    const chunk = await writer.prepare(files)
    const profile = await data.municipalities.getActiveProfile()
    const fingerprints = createFingerprintContext(profile)
    const results = chunk.cases.map((c) => {
      const entry = evaluateEntry(c, profile, evaluateScenario)
      return {
        householdId: c.household.id,
        caseVersion: c.updatedAt,
        fingerprint: fingerprints.fingerprintOf(entry.provisionIds),
        entry,
      }
    })
    await writer.write(chunk, results)
    for (const c of chunk.cases) await expectIntact(data, c.household.id)
    // An edit to generated content behind the app's back is caught like any other.
    const db = await raw(harness)
    const target = chunk.cases[0]!.household.id
    await modifyContent(db, target, (content) =>
      content.members.forEach((row) => {
        row.value.name = 'Gewijzigd'
      }),
    )
    expect((await data.cases.loadCase(target))?.contentChanged).toBe(true)
    await data.removeExamples()
    expect(await data.cases.loadAllCases()).toEqual([])
  })

  it('the sealing pass gives households from before a MAC (trust on first use), crash-safe, once', async () => {
    const harness = createHarness({ atRestKey: AT_REST_KEY })
    const first = await open(harness)
    const ids: string[] = []
    for (let i = 0; i < CONTENT_SEALING_CHUNK + 3; i++) ids.push(await first.cases.createHousehold(`H${i}`))
    const vdb = await first.cases.importCaseFile(structuredClone(EXAMPLE_VAN_DEN_BERG))
    first.close()
    // A database from before the MAC: no MAC on any household, no flag.
    const db = await raw(harness)
    await db.households.toCollection().modify((row: HouseholdRow) => {
      delete row.contentMac
    })
    await db.meta.delete(CASE_CONTENT_SEALED_KEY)
    // A change made before the pass cannot be told apart: it is taken as it is (trust on first use).
    await modifyContent(db, vdb, (content) =>
      content.members.forEach((row) => {
        row.value.name = 'Van voor de MAC'
      }),
    )
    db.close()
    const second = await open(harness)
    const sealedEntries = (await second.audit.list()).filter((e) => e.action === CONTENT_SEALED_ACTION)
    expect(sealedEntries).toHaveLength(1)
    expect(sealedEntries[0]?.objectId).toBe(`count:${ids.length + 1}`)
    for (const id of [...ids.slice(0, 3), vdb]) await expectIntact(second, id)
    const again = await raw(harness)
    expect((await again.households.toArray()).every((row) => typeof row.contentMac === 'string')).toBe(true)
    // From now on the same kind of change is reported.
    await modifyContent(again, vdb, (content) =>
      content.members.forEach((row) => {
        row.value.name = 'Na de MAC'
      }),
    )
    await expectChanged(second, vdb)
    second.close()
    // A flag removed after a completed pass seals nothing: the changed household stays reported,
    // and a removed MAC too.
    await again.meta.delete(CASE_CONTENT_SEALED_KEY)
    await again.households.update(ids[0]!, (row: HouseholdRow) => {
      delete row.contentMac
    })
    const third = await open(harness)
    expect((await third.cases.loadCase(vdb))?.contentChanged).toBe(true)
    expect((await third.cases.loadCase(ids[0]!))?.contentChanged).toBe(true)
    expect((await third.audit.list()).filter((e) => e.action === CONTENT_SEALED_ACTION)).toHaveLength(1)
  })

  it('the at-rest sealing pass keeps a fitting MAC fitting', async () => {
    // Written without the at-rest key (plain BSNs), then opened with it: the pass seals the BSNs,
    // which changes their stored form, and gives the household the MAC of the new form.
    const plain = createHarness()
    const { id } = await withExample(plain)
    layers.splice(0).forEach((layer) => layer.close())
    const keyed = createHarness({ ...plain.options, atRestKey: AT_REST_KEY })
    const data = await open(keyed)
    const db = await raw(keyed)
    const member = (await contentOf(db, id)).members[0]!
    expect(member.value.bsn?.startsWith('999')).toBe(false)
    await expectIntact(data, id)
  })
})

describe('case content MAC: the bulk reads behind the case list mark changed households', () => {
  it('the repository read and the worker read mark only the changed household, and log nothing', async () => {
    const harness = createHarness({ atRestKey: AT_REST_KEY })
    const { data, id } = await withExample(harness)
    const other = await data.cases.createHousehold('Ander huishouden')
    const db = await raw(harness)
    await modifyContent(db, id, (content) =>
      content.members.forEach((row) => {
        if (row.value.name === 'Mevrouw Van den Berg') row.value.name = 'Iemand anders'
      }),
    )
    const read = await data.portfolioResults!.loadCases([id, other])
    const byId = new Map(read.map((aggregate) => [aggregate.household.id, aggregate]))
    expect(byId.get(id)?.contentChanged).toBe(true)
    expect(byId.get(id)?.household.members[0]?.name).toBe('Iemand anders')
    expect(byId.get(other)?.contentChanged).toBeUndefined()

    // The caseload worker's read: the content key and the strictness passed in, no audit key held.
    const check = { key: contentKeyOf(TEST_AUDIT_KEY), strict: true }
    const atRest = await createSealingKey(AT_REST_KEY)
    const inWorker = await loadCasesDense({ db, atRest }, [other, id], check)
    expect(inWorker.find((a) => a.household.id === id)?.contentChanged).toBe(true)
    expect(inWorker.find((a) => a.household.id === other)?.contentChanged).toBeUndefined()
    // Without a content key nothing is checked (nor falsely marked).
    expect((await loadCasesDense({ db, atRest }, [id])).at(0)?.contentChanged).toBeUndefined()

    // The case list's facts carry the mark, and its flag counts it.
    const facts = inWorker.map((a) => analyseCase(a, evaluateScenario, null, '2026-12-01').facts)
    expect(countCaseload(facts, '2026-12-01').flags['content-changed']).toBe(1)

    // A bulk read is no opening: nothing is logged until the household is opened.
    const actions = (await data.audit.list()).map((entry) => entry.action)
    expect(actions).not.toContain(CONTENT_CHANGED_ACTION)
  })

  it('a missing MAC counts as changed only once every household has been given one', async () => {
    const harness = createHarness()
    const { id } = await withExample(harness)
    const db = await raw(harness)
    await db.households.update(id, (row: HouseholdRow) => {
      delete row.contentMac
    })
    const key = contentKeyOf(TEST_AUDIT_KEY)
    const read = (strict: boolean) => loadCasesDense({ db, atRest: null }, [id], { key, strict })
    expect((await read(true))[0]?.contentChanged).toBe(true)
    expect((await read(false))[0]?.contentChanged).toBeUndefined()
  })
})
