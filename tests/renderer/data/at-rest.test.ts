// Issue 12 item 8: BSNs and free-text notes encrypted at rest in IndexedDB, and the re-import key
// kept out of the database. The raw database is read with a second connection, as a person with the
// profile folder (or DevTools) would see it.
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import type { CaseFile } from '#shared/domain/types'
import { DataError, type CaseAggregate, type DataLayer } from '../../../renderer/src/data/api'
import { MaatwerkDb } from '../../../renderer/src/data/db'
import { AT_REST_CHECK_KEY, AT_REST_SEALED_KEY } from '../../../renderer/src/data/at-rest'
import { AT_REST_MIGRATION_CHUNK } from '../../../renderer/src/data/at-rest-migration'
import { LEGACY_IMPORT_KEY, SEALED_IMPORT_KEY } from '../../../renderer/src/data/import-identity'
import { SEALED_PREFIX } from '../../../renderer/src/data/sealed-box'
import { createFault, createHarness, type Harness } from './harness'
import { contentOf, modifyContent } from './content-rows'

const KEY_A = new Uint8Array(32).fill(11)
const KEY_B = new Uint8Array(32).fill(12)
const BSN = '999993847'
const NOTE = 'Vervoer heen en terug, één keer per dag dagbesteding.'

const layers: DataLayer[] = []
const raws: MaatwerkDb[] = []
afterEach(() => {
  for (const layer of layers.splice(0)) layer.close()
  for (const raw of raws.splice(0)) raw.close()
})

async function open(harness: Harness, hooks = {}): Promise<DataLayer> {
  const layer = await harness.open(hooks)
  layers.push(layer)
  return layer
}

/** Everything stored, as text (a second connection on the same fake IndexedDB). */
async function rawText(harness: Harness): Promise<string> {
  const raw = new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
  raws.push(raw)
  await raw.open()
  const tables = await Promise.all(raw.tables.map((table) => table.toArray()))
  raw.close()
  return JSON.stringify(tables)
}

async function rawContents(harness: Harness): Promise<unknown[]> {
  const raw = new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
  raws.push(raw)
  await raw.open()
  const rows = await raw.caseContents.toArray()
  raw.close()
  return rows
}

async function rawMeta(harness: Harness): Promise<Map<string, unknown>> {
  const raw = new MaatwerkDb(harness.options.name!, {
    indexedDB: harness.options.indexedDB!,
    IDBKeyRange: harness.options.IDBKeyRange!,
  })
  raws.push(raw)
  const rows = await raw.meta.toArray()
  raw.close()
  return new Map(rows.map((row) => [row.key, row.value]))
}

/** Every sensitive text of the example households (BSNs, notes, descriptions, reasons). */
function sensitiveTexts(files: CaseFile[]): string[] {
  const texts: string[] = []
  for (const file of files) {
    for (const person of file.household.members) if (person.bsn) texts.push(person.bsn)
    for (const scenario of file.scenarios) {
      if (scenario.description) texts.push(scenario.description)
      for (const deviation of scenario.deviations ?? []) texts.push(deviation.reason)
      if (scenario.chosen?.reasoning) texts.push(scenario.chosen.reasoning)
      for (const line of scenario.lines) if (line.note) texts.push(line.note)
    }
  }
  return texts
}

async function allCases(layer: DataLayer): Promise<Map<string, CaseAggregate>> {
  const cases = await layer.cases.loadAllCases()
  return new Map(cases.map((aggregate) => [aggregate.household.label, aggregate]))
}

function withoutBookkeeping(aggregate: CaseAggregate | undefined) {
  return aggregate ? { household: aggregate.household, scenarios: aggregate.scenarios } : null
}

describe('BSNs and notes at rest', () => {
  it('stores every BSN, note, description and reason sealed, and gives them back in plain text', async () => {
    const harness = createHarness({ atRestKey: KEY_A })
    const layer = await open(harness)
    for (const file of EXAMPLE_CASES) await layer.cases.importCaseFile(file)
    const texts = sensitiveTexts(EXAMPLE_CASES)
    expect(texts).toContain(BSN)
    expect(texts).toContain(NOTE)
    expect(texts.length).toBeGreaterThan(10)

    const stored = await rawText(harness)
    for (const text of texts) expect(stored.includes(JSON.stringify(text).slice(1, -1)), text).toBe(false)
    expect(stored.includes(JSON.stringify(SEALED_PREFIX).slice(1, -1))).toBe(true)

    const cases = await allCases(layer)
    for (const file of EXAMPLE_CASES) {
      const aggregate = cases.get(file.household.label)
      expect(sensitiveTexts([{ ...file, ...aggregate! }])).toEqual(sensitiveTexts([file]))
    }
  })

  it('keeps search, the open case, exports, the dump and the portfolio working with the plain values', async () => {
    const layer = await open(createHarness({ atRestKey: KEY_A }))
    const id = await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const loaded = await layer.cases.loadCase(id)
    expect(loaded?.household.members[0]?.bsn).toBe(BSN)

    const observed = await new Promise<CaseAggregate | null>((resolve, reject) => {
      const stop = layer.cases.observeCase(id, {
        next: (value) => {
          stop()
          resolve(value)
        },
        error: reject,
      })
    })
    expect(observed?.household.members[0]?.bsn).toBe(BSN)
    expect(JSON.stringify((await layer.cases.exportCaseFile(id)).scenarios)).toContain(NOTE)
    expect(JSON.stringify((await layer.dumpDatabase()).tables['lines'])).toContain(NOTE)
    const [fromPortfolio] = (await layer.portfolioResults?.loadCases([id])) ?? []
    expect(fromPortfolio?.household.members[0]?.bsn).toBe(BSN)

    const summaries = await new Promise<{ label: string }[]>((resolve) => {
      const stop = layer.cases.observeSummaries({
        next: (value) => {
          stop()
          resolve(value)
        },
      })
    })
    expect(summaries.map((summary) => summary.label)).toContain(EXAMPLE_VAN_DEN_BERG.household.label)
  })

  it('seals on every write path: member, line, scenario fields, a scenario saved without its lines, a duplicate', async () => {
    const harness = createHarness({ atRestKey: KEY_A })
    const layer = await open(harness)
    const id = await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const source = (await layer.cases.loadCase(id))!
    const person = source.household.members[0]!
    const scenario = source.scenarios[0]!
    const line = scenario.lines[0]!

    await layer.cases.saveMember(id, { ...person, bsn: '111222333' })
    await layer.cases.saveLine(id, scenario.id, { ...line, note: 'Nieuwe notitie over de client' })
    const { lines: _lines, ...fields } = scenario
    await layer.cases.saveScenario(id, {
      ...fields,
      description: 'Beschrijving met gevoelige context',
      deviations: [
        { ruleId: 'wmo.eigen-bijdrage', reason: 'Reden die niet leesbaar mag zijn', decidedOn: '2026-01-05' },
      ],
      chosen: { on: '2026-01-06', reasoning: 'Afweging die niet leesbaar mag zijn' },
    })
    const copyId = await layer.cases.duplicateHousehold(id, 'Kopie')

    const stored = await rawText(harness)
    for (const text of [
      '111222333',
      'Nieuwe notitie over de client',
      'Beschrijving met gevoelige context',
      'Reden die niet leesbaar mag zijn',
      'Afweging die niet leesbaar mag zijn',
    ]) {
      expect(stored.includes(text), text).toBe(false)
    }
    for (const householdId of [id, copyId]) {
      const back = (await layer.cases.loadCase(householdId))!
      expect(back.household.members[0]?.bsn).toBe('111222333')
      expect(back.scenarios[0]?.lines.find((l) => l.id === line.id)?.note).toBe(
        'Nieuwe notitie over de client',
      )
      expect(back.scenarios[0]?.description).toBe('Beschrijving met gevoelige context')
      expect(back.scenarios[0]?.deviations?.[0]?.reason).toBe('Reden die niet leesbaar mag zijn')
      expect(back.scenarios[0]?.chosen?.reasoning).toBe('Afweging die niet leesbaar mag zijn')
    }
  })

  it('refuses to open, changing nothing, with another key or without a key once fields are sealed', async () => {
    const harness = createHarness({ atRestKey: KEY_A })
    const layer = await open(harness)
    await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    layer.close()
    const before = await rawText(harness)

    const other = await open(createHarness({ ...harness.options, atRestKey: KEY_B }))
    expect(other.startup).toEqual({ kind: 'open-failed', message: 'data.errors.atRestKeyMismatch' })
    const none = await open(createHarness({ ...harness.options, atRestKey: undefined }))
    expect(none.startup).toEqual({ kind: 'open-failed', message: 'data.errors.atRestKeyMissing' })
    expect(await rawText(harness)).toBe(before)

    const again = await open(createHarness({ ...harness.options }))
    expect(again.startup.kind).toBe('ok')
  })

  it('reports a sealed value that was altered instead of showing something else', async () => {
    const harness = createHarness({ atRestKey: KEY_A })
    const layer = await open(harness)
    const id = await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const raw = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    raws.push(raw)
    const [member] = (await contentOf(raw, id)).members
    const sealed = member!.value.bsn!
    const flipped = sealed.slice(0, -3) + (sealed.endsWith('AAA') ? 'BBB' : 'AAA')
    await modifyContent(raw, id, (content) => {
      content.members[0] = { ...member!, value: { ...member!.value, bsn: flipped } }
    })
    const error = await layer.cases.loadCase(id).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).message).toBe('data.errors.sealedUnreadable')
  })

  it('restores a backup from another device under this device key', async () => {
    const deviceA = await open(createHarness({ atRestKey: KEY_A }))
    await deviceA.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const dump = await deviceA.dumpDatabase()
    expect(dump.tables['meta']?.some((row) => (row as { key: string }).key === AT_REST_CHECK_KEY)).toBe(false)

    const harnessB = createHarness({ atRestKey: KEY_B })
    const deviceB = await open(harnessB)
    await deviceB.restoreDatabase(dump)
    expect((await rawText(harnessB)).includes(BSN)).toBe(false)
    deviceB.close()
    const reopened = await open(createHarness({ ...harnessB.options }))
    expect(reopened.startup.kind).toBe('ok')
    const [restored] = await reopened.cases.loadAllCases()
    expect(restored?.household.members[0]?.bsn).toBe(BSN)
  })
})

describe('migrating plain rows from before (crash-safe)', () => {
  it('seals every plain row at the next start and loses nothing', async () => {
    const harness = createHarness()
    const plain = await open(harness)
    for (const file of EXAMPLE_CASES) await plain.cases.importCaseFile(file)
    const before = await allCases(plain)
    plain.close()
    expect((await rawText(harness)).includes(BSN)).toBe(true)

    const sealed = await open(createHarness({ ...harness.options, atRestKey: KEY_A }))
    expect(sealed.atRest).toEqual({ enabled: true, complete: true })
    expect((await rawText(harness)).includes(BSN)).toBe(false)
    const after = await allCases(sealed)
    for (const [label, aggregate] of before) {
      expect(withoutBookkeeping(after.get(label)), label).toEqual(withoutBookkeeping(aggregate))
      expect(after.get(label)?.version).toBe(aggregate.version)
    }
    // Sealing changes no content: no audit entry.
    expect((await sealed.audit.verifyChain()).ok).toBe(true)
  })

  it('a migration that fails halfway leaves every value readable, and the next start finishes it', async () => {
    const harness = createHarness()
    const plain = await open(harness)
    // More households than one chunk, so the failure falls between written chunks.
    const extra = 5
    await plain.cases.importMany(
      Array.from({ length: AT_REST_MIGRATION_CHUNK + extra }, (_, i) => ({
        name: `${i}`,
        file: {
          ...EXAMPLE_VAN_DEN_BERG,
          household: { ...EXAMPLE_VAN_DEN_BERG.household, id: `h-${i}`, label: `Huishouden ${i}` },
        },
      })),
    )
    const before = await allCases(plain)
    plain.close()

    // The disk fails after the first chunk's content rows are written: every write after it fails.
    const fault = createFault('caseContents', () => new Error('disk error'))
    let writes = 0
    const counting = {
      ...fault.middleware,
      name: 'fault-after-first-chunk',
      create: (down: Parameters<typeof fault.middleware.create>[0]) => {
        const core = fault.middleware.create(down)
        return {
          ...core,
          table: (name: string) => {
            const table = (core as typeof down).table(name)
            return {
              ...table,
              mutate: (request: Parameters<typeof table.mutate>[0]) => {
                if (name === 'caseContents' && ++writes > AT_REST_MIGRATION_CHUNK) fault.state.armed = true
                return table.mutate(request)
              },
            }
          },
        }
      },
    }
    const failing = await open(createHarness({ ...harness.options, atRestKey: KEY_A }), {
      middleware: [counting],
    })
    expect(failing.startup.kind).toBe('ok')
    expect(failing.atRest).toEqual({ enabled: true, complete: false })
    const midwayRows = await rawContents(harness)
    const plainHouseholds = midwayRows.filter((row) => JSON.stringify(row).includes(BSN))
    // The first chunk is sealed whole (BSN and notes); the chunk after it is still plain, whole.
    expect(plainHouseholds).toHaveLength(extra)
    expect(
      plainHouseholds.every((row) => JSON.stringify(row).includes(JSON.stringify(NOTE).slice(1, -1))),
    ).toBe(true)
    const sealed = midwayRows.filter((row) => !JSON.stringify(row).includes(BSN))
    expect(sealed).toHaveLength(AT_REST_MIGRATION_CHUNK)
    expect(sealed.some((row) => JSON.stringify(row).includes(JSON.stringify(NOTE).slice(1, -1)))).toBe(false)
    const during = await allCases(failing)
    for (const [label, aggregate] of before) {
      expect(withoutBookkeeping(during.get(label)), label).toEqual(withoutBookkeeping(aggregate))
    }
    failing.close()

    const finished = await open(createHarness({ ...harness.options, atRestKey: KEY_A }))
    expect(finished.atRest).toEqual({ enabled: true, complete: true })
    expect((await rawText(harness)).includes(JSON.stringify(NOTE).slice(1, -1))).toBe(false)
    expect((await rawText(harness)).includes(BSN)).toBe(false)
    const after = await allCases(finished)
    for (const [label, aggregate] of before) {
      expect(withoutBookkeeping(after.get(label)), label).toEqual(withoutBookkeeping(aggregate))
    }
  }, 60_000)
})

describe('starting over a sealed database (issue 13: 30,000 households)', () => {
  /** Puts a plain BSN into a stored member row behind the app's back (a second connection). */
  async function plantPlainBsn(harness: Harness): Promise<void> {
    const raw = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    raws.push(raw)
    const [content] = await raw.caseContents.toArray()
    await modifyContent(raw, content!.householdId, (stored) => {
      stored.members[0] = { ...stored.members[0]!, value: { ...stored.members[0]!.value, bsn: BSN } }
    })
    raw.close()
  }

  it('walks the rows once, then skips the walk while every write seals; a removed marker walks again', async () => {
    const harness = createHarness({ atRestKey: KEY_A })
    const layer = await open(harness)
    await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    expect((await rawMeta(harness)).get(AT_REST_SEALED_KEY)).toBe(true)
    // Neither a dump nor a restore carries the marker (it describes this device's rows).
    const dump = await layer.dumpDatabase()
    expect(JSON.stringify(dump.tables['meta'])).not.toContain(AT_REST_SEALED_KEY)
    layer.close()

    // A plain field no write path of this app produces: the next start does not read every row for it.
    await plantPlainBsn(harness)
    const skipped = await open(createHarness({ ...harness.options, atRestKey: KEY_A }))
    expect((await rawText(harness)).includes(BSN)).toBe(true)
    skipped.close()

    const raw = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    raws.push(raw)
    await raw.meta.delete(AT_REST_SEALED_KEY)
    raw.close()
    const walked = await open(createHarness({ ...harness.options, atRestKey: KEY_A }))
    expect(walked.atRest).toEqual({ enabled: true, complete: true })
    expect((await rawText(harness)).includes(BSN)).toBe(false)
  })
})

describe('the re-import key', () => {
  it('is never stored in a new database', async () => {
    const harness = createHarness({ atRestKey: KEY_A, importKey: new Uint8Array(32).fill(3) })
    const layer = await open(harness)
    await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    const meta = await rawMeta(harness)
    expect(meta.has(LEGACY_IMPORT_KEY)).toBe(false)
    expect(meta.has(SEALED_IMPORT_KEY)).toBe(false)
    const again = await layer.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG).then(
      () => null,
      (caught: unknown) => caught as DataError,
    )
    expect(again).toMatchObject({ kind: 'conflict', message: 'data.errors.importSame' })
  })

  it('moves a plain key from before out of plain sight and still recognises households imported under it', async () => {
    const legacyKey = new Uint8Array(32).fill(4)
    const legacyHex = Array.from(legacyKey, (b) => b.toString(16).padStart(2, '0')).join('')
    const harness = createHarness({ importKey: legacyKey })
    const old = await open(harness)
    await old.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
    old.close()
    // The earlier version kept its key in plain text in meta.
    const raw = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    raws.push(raw)
    await raw.meta.put({ key: LEGACY_IMPORT_KEY, value: legacyHex })
    raw.close()

    const upgraded = await open(
      createHarness({ ...harness.options, atRestKey: KEY_A, importKey: new Uint8Array(32).fill(5) }),
    )
    const meta = await rawMeta(harness)
    expect(meta.has(LEGACY_IMPORT_KEY)).toBe(false)
    expect(String(meta.get(SEALED_IMPORT_KEY)).startsWith(SEALED_PREFIX)).toBe(true)
    expect((await rawText(harness)).includes(legacyHex)).toBe(false)
    const again = await upgraded.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG).then(
      () => null,
      (caught: unknown) => caught as DataError,
    )
    expect(again).toMatchObject({ kind: 'conflict', message: 'data.errors.importSame' })
  })
})
