import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArrangementLine, CaseFile, Carer, Person, Scenario } from '#shared/domain/types'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples'
import {
  DataError,
  type DataLayer,
  type HouseholdSummary,
  type StoredPortfolioResult,
} from '../../../renderer/src/data/api'
import { caseFileSchema } from '#shared/case-file/schema'
import { createFault, createHarness, type Harness } from './harness'
import { EXAMPLES_DELETE_ACTION } from '../../../renderer/src/data/case-repository'
import { generatePortfolio } from '#shared/portfolio'
import { PROVISIONS } from '#shared'

const client: Person = {
  id: 'p1',
  name: 'Greet Jansen',
  birthDate: '1950-03-02',
  role: 'client',
  bsn: '999993847',
  livesIn: true,
  income: { kind: 'aow', netMonthlyCents: 150000 },
  wlzIndication: null,
  zrm: null,
}

const carer: Carer = {
  id: 'c1',
  name: 'Kees Jansen',
  relation: 'child',
  livesIn: false,
  caresFor: ['p1'],
  capacityHoursPerWeek: 8,
  workHoursPerWeek: 32,
  burdenScore: 6,
  consent: false,
  personId: null,
  birthDate: null,
}

const line: ArrangementLine = {
  id: 'l1',
  provisionId: 'wmo.hulp-bij-het-huishouden',
  personId: 'p1',
  deliveryForm: 'zin',
  volume: 3,
  unit: 'hour',
  frequency: 'week',
  startDate: '2026-01-01',
  endDate: null,
  carerId: null,
  rateCents: null,
  continuation: false,
  provider: null,
  note: null,
}

const scenario: Omit<Scenario, 'lines'> = {
  id: 's1',
  name: 'Thuis met hulp',
  description: null,
  startDate: '2026-01-01',
  horizonMonths: 36,
  assumptions: null,
  incomeChanges: [],
  deviations: [],
  chosen: null,
}

let harness: Harness
let data: DataLayer

beforeEach(async () => {
  harness = createHarness()
  data = await harness.open()
})
afterEach(() => data.close())

async function householdWithMember(): Promise<string> {
  const id = await data.cases.createHousehold('Familie Jansen')
  await data.cases.saveMember(id, client)
  return id
}

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DataError)
  return error as DataError
}

function latestSummaries(): Promise<HouseholdSummary[]> {
  return new Promise((resolve, reject) => {
    const stop = data.cases.observeSummaries({
      next: (value) => {
        stop()
        resolve(value)
      },
      error: reject,
    })
  })
}

describe('households', () => {
  it('creates a household with a generated id, stamps and an audit entry', async () => {
    const id = await data.cases.createHousehold('Familie Jansen')
    expect(id).toBe('id-0002') // id-0001 is the database's install id
    const aggregate = await data.cases.loadCase(id)
    expect(aggregate?.household).toEqual({ id, label: 'Familie Jansen', members: [], carers: [] })
    expect(aggregate?.example).toBe(false)
    const [entry] = await data.audit.list()
    expect(entry).toMatchObject({ action: 'household.create', objectId: id, householdId: id, result: 'ok' })
  })

  it('updates label, municipality and dates and moves the last-change stamp', async () => {
    const id = await data.cases.createHousehold('Familie Jansen')
    const before = await data.cases.loadCase(id)
    await data.cases.updateHousehold({
      id,
      label: 'Fam. Jansen',
      municipalityCode: 'GM0363',
      dates: { melding: '2026-01-05' },
    })
    const after = await data.cases.loadCase(id)
    expect(after?.household).toMatchObject({
      label: 'Fam. Jansen',
      municipalityCode: 'GM0363',
      dates: { melding: '2026-01-05' },
    })
    expect(after && before && after.updatedAt > before.updatedAt).toBe(true)
  })

  it('keeps fields an update leaves out, and clears one given as null', async () => {
    const id = await data.cases.createHousehold('Familie Jansen')
    await data.cases.updateHousehold({
      id,
      label: 'Familie Jansen',
      municipalityCode: 'GM0363',
      dates: { melding: '2026-01-05' },
    })
    await data.cases.updateHousehold({ id, label: 'Fam. Jansen' })
    expect((await data.cases.loadCase(id))?.household).toMatchObject({
      label: 'Fam. Jansen',
      municipalityCode: 'GM0363',
    })
    await data.cases.updateHousehold({ id, label: 'Fam. Jansen', municipalityCode: null })
    expect((await data.cases.loadCase(id))?.household.municipalityCode).toBeNull()
  })

  it('refuses an update of a household that does not exist', async () => {
    const error = await refusal(data.cases.updateHousehold({ id: 'nope', label: 'X' }))
    expect(error.kind).toBe('not-found')
  })

  it('lists summaries through liveQuery with member and scenario counts', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, scenario)
    const summaries = await latestSummaries()
    expect(summaries).toEqual([
      expect.objectContaining({
        id,
        label: 'Familie Jansen',
        memberCount: 1,
        scenarioCount: 1,
        example: false,
        origin: null,
      }),
    ])
  })

  it('pushes a new summary list to an observer after each change', async () => {
    const seen: number[] = []
    const stop = data.cases.observeSummaries({ next: (value) => seen.push(value.length) })
    await data.cases.createHousehold('A')
    await data.cases.createHousehold('B')
    await expect.poll(() => seen.at(-1)).toBe(2)
    stop()
  })

  it('observes one case and reports null once it is deleted', async () => {
    const id = await householdWithMember()
    const seen: (string | null)[] = []
    const stop = data.cases.observeCase(id, {
      next: (value) => seen.push(value ? (value.household.members[0]?.name ?? '') : null),
    })
    await expect.poll(() => seen.at(-1)).toBe('Greet Jansen')
    await data.cases.deleteHousehold(id)
    await expect.poll(() => seen.at(-1)).toBe(null)
    stop()
  })

  it('duplicates a household with everything in it under a new id and label', async () => {
    const id = await householdWithMember()
    await data.cases.saveCarer(id, carer)
    await data.cases.saveScenario(id, { ...scenario, lines: [line] })
    const copyId = await data.cases.duplicateHousehold(id, 'Familie Jansen (kopie)')
    expect(copyId).not.toBe(id)
    const original = await data.cases.loadCase(id)
    const copy = await data.cases.loadCase(copyId)
    expect(copy?.household).toEqual({ ...original?.household, id: copyId, label: 'Familie Jansen (kopie)' })
    expect(copy?.scenarios).toEqual(original?.scenarios)
  })
})

describe('members, assessments, carers', () => {
  it('saves, updates in place (keeping the order) and deletes members', async () => {
    const id = await householdWithMember()
    const partner: Person = { ...client, id: 'p2', name: 'Piet Jansen', role: 'partner', bsn: null }
    await data.cases.saveMember(id, partner)
    await data.cases.saveMember(id, { ...client, name: 'Greet Jansen-de Wit' })
    let aggregate = await data.cases.loadCase(id)
    expect(aggregate?.household.members.map((m) => m.name)).toEqual(['Greet Jansen-de Wit', 'Piet Jansen'])
    await data.cases.deleteMember(id, 'p2')
    aggregate = await data.cases.loadCase(id)
    expect(aggregate?.household.members.map((m) => m.id)).toEqual(['p1'])
    expect((await latestSummaries())[0]?.memberCount).toBe(1)
  })

  it('keeps a ZRM assessment in its own table and gives it back on the person', async () => {
    const id = await householdWithMember()
    const assessment = {
      assessedOn: '2026-01-10',
      scores: { financien: 2 as const, 'basale-adl': 3 as const },
    }
    await data.cases.saveAssessment(id, 'p1', assessment)
    const person = (await data.cases.loadCase(id))?.household.members[0]
    expect(person?.zrm).toEqual(assessment)
    // Saving the person without touching `zrm` keeps the assessment.
    const { zrm: _zrm, ...withoutZrm } = client
    await data.cases.saveMember(id, withoutZrm)
    expect((await data.cases.loadCase(id))?.household.members[0]?.zrm).toEqual(assessment)
    // An explicit null removes it.
    await data.cases.saveMember(id, { ...client, zrm: null })
    expect((await data.cases.loadCase(id))?.household.members[0]?.zrm).toBeNull()
  })

  it('refuses an assessment for a person who is not in the household', async () => {
    const id = await householdWithMember()
    const error = await refusal(data.cases.saveAssessment(id, 'p9', { assessedOn: '2026-01-10', scores: {} }))
    expect(error.kind).toBe('not-found')
  })

  it('refuses a ZRM assessment dated before the member was born, and changes nothing', async () => {
    const id = await householdWithMember() // Greet Jansen, born 1950-03-02
    const earlier = { assessedOn: '2026-01-10', scores: { financien: 2 as const } }
    await data.cases.saveAssessment(id, 'p1', earlier)
    const auditBefore = await data.audit.list()
    const dumpBefore = await data.dumpDatabase()
    const error = await refusal(
      data.cases.saveAssessment(id, 'p1', { assessedOn: '1950-03-01', scores: { financien: 5 } }),
    )
    expect(error.kind).toBe('validation')
    expect(error.issues).toEqual([expect.objectContaining({ code: 'beforeBirth' })])
    expect(error.issues[0]?.path).toContain('assessedOn')
    // Refused inside the write: not the assessment, not the household's version or MAC, no audit entry.
    expect((await data.dumpDatabase()).tables).toEqual(dumpBefore.tables)
    expect(await data.audit.list()).toEqual(auditBefore)
    expect((await data.cases.loadCase(id))?.household.members[0]?.zrm).toEqual(earlier)
    // The day of birth itself is not before it.
    await data.cases.saveAssessment(id, 'p1', { assessedOn: '1950-03-02', scores: { financien: 5 } })
    expect((await data.cases.loadCase(id))?.household.members[0]?.zrm?.assessedOn).toBe('1950-03-02')
  })

  it('stores a carer without consent (a finding for the engine, not a write error)', async () => {
    const id = await householdWithMember()
    await data.cases.saveCarer(id, carer)
    expect((await data.cases.loadCase(id))?.household.carers).toEqual([carer])
  })

  it('refuses a carer who cares for someone outside the household, naming the path', async () => {
    const id = await householdWithMember()
    const error = await refusal(data.cases.saveCarer(id, { ...carer, caresFor: ['p1', 'p7'] }))
    expect(error.kind).toBe('validation')
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'caresFor[1]', code: 'unknownPerson', params: { id: 'p7' } }),
    ])
    expect((await data.cases.loadCase(id))?.household.carers).toEqual([])
  })

  it('refuses to delete a member or carer that lines still refer to', async () => {
    const id = await householdWithMember()
    await data.cases.saveCarer(id, carer)
    await data.cases.saveScenario(id, {
      ...scenario,
      lines: [{ ...line, deliveryForm: 'mantelzorg', carerId: 'c1' }],
    })
    expect((await refusal(data.cases.deleteCarer(id, 'c1'))).kind).toBe('validation')
    expect((await refusal(data.cases.deleteMember(id, 'p1'))).kind).toBe('validation')
    const aggregate = await data.cases.loadCase(id)
    expect(aggregate?.household.members).toHaveLength(1)
    expect(aggregate?.household.carers).toHaveLength(1)
  })
})

describe('scenarios and lines', () => {
  it('saves a scenario, adds, updates and deletes lines in order', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, scenario)
    await data.cases.saveLine(id, 's1', line)
    await data.cases.saveLine(id, 's1', { ...line, id: 'l2', volume: 1 })
    await data.cases.saveLine(id, 's1', { ...line, volume: 4 })
    let lines = (await data.cases.loadCase(id))?.scenarios[0]?.lines
    expect(lines?.map((l) => [l.id, l.volume])).toEqual([
      ['l1', 4],
      ['l2', 1],
    ])
    await data.cases.deleteLine(id, 's1', 'l1')
    lines = (await data.cases.loadCase(id))?.scenarios[0]?.lines
    expect(lines?.map((l) => l.id)).toEqual(['l2'])
  })

  it('keeps the stored lines when a scenario is saved without lines, replaces them when given', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, { ...scenario, lines: [line] })
    await data.cases.saveScenario(id, { ...scenario, name: 'Hernoemd' })
    let stored = (await data.cases.loadCase(id))?.scenarios[0]
    expect(stored?.name).toBe('Hernoemd')
    expect(stored?.lines).toEqual([line])
    await data.cases.saveScenario(id, { ...scenario, lines: [] })
    stored = (await data.cases.loadCase(id))?.scenarios[0]
    expect(stored?.lines).toEqual([])
  })

  it('stores the scenario last changed with the household, in the same write, and never exports it', async () => {
    const id = await householdWithMember()
    expect((await data.cases.loadCase(id))?.lastEditedScenarioId).toBeUndefined()
    await data.cases.saveScenario(id, scenario)
    await data.cases.saveScenario(id, { ...scenario, id: 's2', name: 'Tweede' })
    expect((await data.cases.loadCase(id))?.lastEditedScenarioId).toBe('s2')
    await data.cases.saveLine(id, 's1', line)
    expect((await data.cases.loadCase(id))?.lastEditedScenarioId).toBe('s1')
    await data.cases.saveLine(id, 's2', { ...line, id: 'l2' })
    await data.cases.deleteLine(id, 's1', 'l1')
    expect((await data.cases.loadCase(id))?.lastEditedScenarioId).toBe('s1')
    // A working preference, not case content: a case file carries no trace of it.
    expect(JSON.stringify(await data.cases.exportCaseFile(id))).not.toContain('lastEdited')
  })

  it('deletes a scenario with its lines', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, { ...scenario, lines: [line] })
    await data.cases.deleteScenario(id, 's1')
    const dump = await data.dumpDatabase()
    expect(dump.tables['scenarios']).toEqual([])
    expect(dump.tables['lines']).toEqual([])
  })

  it('refuses a line for a person or carer not in the household, and writes nothing', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, scenario)
    const auditBefore = (await data.audit.list()).length
    const error = await refusal(data.cases.saveLine(id, 's1', { ...line, personId: 'p9', carerId: 'c9' }))
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['personId', 'unknownPerson'],
      ['carerId', 'unknownCarer'],
    ])
    expect((await data.cases.loadCase(id))?.scenarios[0]?.lines).toEqual([])
    expect(await data.audit.list()).toHaveLength(auditBefore)
  })

  it('refuses a schema-invalid line (negative volume) before any transaction, no audit row', async () => {
    const id = await householdWithMember()
    await data.cases.saveScenario(id, scenario)
    const auditBefore = await data.audit.list()
    const dumpBefore = await data.dumpDatabase()
    const error = await refusal(data.cases.saveLine(id, 's1', { ...line, volume: -2 }))
    expect(error.kind).toBe('validation')
    expect(error.issues.map((issue) => issue.path)).toContain('volume')
    expect(await data.audit.list()).toEqual(auditBefore)
    expect((await data.dumpDatabase()).tables).toEqual(dumpBefore.tables)
  })

  it('refuses an impossible birth date on a member', async () => {
    const id = await data.cases.createHousehold('Familie Jansen')
    const error = await refusal(data.cases.saveMember(id, { ...client, birthDate: '2026-02-30' }))
    expect(error.kind).toBe('validation')
    expect(error.issues.map((issue) => issue.path)).toContain('birthDate')
    expect((await data.cases.loadCase(id))?.household.members).toEqual([])
  })
})

describe('case files', () => {
  it('imports every example case under a new household id and exports it back unchanged otherwise', async () => {
    const ids: string[] = []
    for (const file of EXAMPLE_CASES) {
      const id = await data.cases.importCaseFile(file)
      // Re-keyed: the file's own household id never enters the database (it may hold an identifier).
      expect(id).not.toBe(file.household.id)
      ids.push(id)
      // What was stored is the schema's output (names trimmed); for the examples that is the file itself.
      expect(caseFileSchema.parse(file)).toEqual(file)
      expect(await data.cases.exportCaseFile(id)).toEqual({ ...file, household: { ...file.household, id } })
    }
    expect((await data.cases.loadAllCases()).map((c) => c.household.id).sort()).toEqual(ids.sort())
  })

  it('keeps the origin of an imported file and marks examples', async () => {
    const origin = { exportedAt: '2026-11-01T12:00:00.000Z', exportedBy: 'gemeente', pseudonymised: true }
    const id = await data.cases.importCaseFile({ ...EXAMPLE_YILMAZ, origin }, { example: true })
    const summary = (await latestSummaries()).find((s) => s.id === id)
    expect(summary).toMatchObject({ origin, example: true })
  })

  it('imports a copy under a new household id when asked (a plain second import is refused as already present)', async () => {
    const first = await data.cases.importCaseFile(EXAMPLE_YILMAZ)
    const copy = await data.cases.importCaseFile(EXAMPLE_YILMAZ, { asCopy: true })
    const again = await data.cases.importCaseFile(EXAMPLE_YILMAZ).catch((error: unknown) => error)
    expect(again).toMatchObject({ kind: 'conflict', message: 'data.errors.importSame' })
    expect(new Set([first, copy]).size).toBe(2)
    const exported = await data.cases.exportCaseFile(copy)
    expect(exported.household.id).toBe(copy)
    expect(exported.scenarios).toEqual((await data.cases.exportCaseFile(first)).scenarios)
  })

  it('refuses an invalid file whole, listing problems by path, and writes nothing', async () => {
    const broken = structuredClone(EXAMPLE_VAN_DEN_BERG) as CaseFile
    const firstScenario = broken.scenarios[0]
    if (!firstScenario?.lines[0]) throw new Error('fixture has lines')
    firstScenario.lines[0].personId = 'p-ghost'
    const error = await refusal(data.cases.importCaseFile(broken))
    expect(error.kind).toBe('validation')
    expect(error.issues.map((issue) => issue.path)).toContain('scenarios[0].lines[0].personId')
    expect(await data.cases.loadAllCases()).toEqual([])
    expect(await data.audit.list()).toEqual([])
  })

  it('bulk-imports many files in chunks with progress, reporting the bad one and importing the rest', async () => {
    const files = Array.from({ length: 1003 }, (_, index) => ({
      name: `case-${index}.json`,
      file:
        index === 700
          ? { format: 'maatwerk.case', formatVersion: 1, household: { id: 'x' } }
          : withHouseholdId(EXAMPLE_YILMAZ, `h-${index}`),
    }))
    const progress: [number, number][] = []
    const result = await data.cases.importMany(files, {
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(result.imported).toHaveLength(1002)
    expect(result.refused).toHaveLength(1)
    expect(result.refused[0]?.name).toBe('case-700.json')
    expect(result.refused[0]?.errors.length).toBeGreaterThan(0)
    expect(progress).toEqual([
      [500, 1003],
      [1000, 1003],
      [1003, 1003],
    ])
    const all = await data.cases.loadAllCases()
    expect(all).toHaveLength(1002)
    expect(all.find((c) => c.household.id === result.imported[5])?.scenarios).toEqual(
      EXAMPLE_YILMAZ.scenarios,
    )
    expect(all.some((c) => c.household.id.startsWith('h-'))).toBe(false)
    expect(harness.sentinel.current()?.householdCount).toBe(1002)
  }, 60_000)
})

describe('examples', () => {
  it('seeds the six examples once (marked) and removes them again as one counted audit entry', async () => {
    await data.seedExamples()
    await data.seedExamples()
    const own = await data.cases.createHousehold('Eigen casus')
    let summaries = await latestSummaries()
    expect(summaries.filter((s) => s.example)).toHaveLength(6)
    const result = await data.removeExamples()
    expect(result).toEqual({ removed: 6, total: 6, cancelled: false })
    summaries = await latestSummaries()
    expect(summaries.map((s) => s.id)).toEqual([own])
    const entries = await data.audit.list()
    const removals = entries.filter((entry) => entry.action === EXAMPLES_DELETE_ACTION)
    expect(removals.map((entry) => entry.objectId)).toEqual(['count:6'])
    // The examples' own entries keep their digests but no longer name them (as a single delete does).
    const seeded = entries.filter((entry) => entry.action === 'example.seed')
    expect(seeded).toHaveLength(6)
    expect(seeded.every((entry) => entry.erased && entry.householdId === null && entry.objectId === '')).toBe(
      true,
    )
    expect((await data.audit.verifyChain()).ok).toBe(true)
  })

  it('removes examples chunk by chunk with progress; a stop keeps whole households and a second run finishes', async () => {
    const files = generatePortfolio({ size: 23, seed: 4, startYear: 2026, provisions: PROVISIONS })
    await data.cases.importMany(
      files.map((file, i) => ({ name: `demo-${i}`, file })),
      { example: true },
    )
    const own = await data.cases.createHousehold('Eigen casus')
    const ids = (await latestSummaries()).filter((s) => s.example).map((s) => s.id)
    // Stored portfolio results of the examples go with them.
    const entry = (id: string) => ({
      householdId: id,
      caseVersion: 'v',
      fingerprint: 'f',
      entry: {
        householdId: id,
        updatedAt: 'v',
        choice: 'none',
        scenarioId: null,
        scenarioName: null,
        series: { startMonth: 0, months: 0, values: new Float64Array(0) },
        intensiveCarerIds: [],
        lineCount: 0,
        provisionIds: [],
        meta: { label: id, pseudonymised: false, synthetic: true, imported: true },
      } satisfies StoredPortfolioResult['entry'],
    })
    await data.portfolioResults!.saveResults([...ids, own].map(entry))

    const progress: [number, number][] = []
    let chunks = 0
    const stopped = await data.removeExamples({
      chunkSize: 10,
      onProgress: (done, total) => {
        progress.push([done, total])
        chunks++
      },
      // Stop after the second chunk.
      shouldStop: () => chunks > 2,
    })
    expect(stopped).toEqual({ removed: 20, total: 23, cancelled: true })
    expect(progress).toEqual([
      [0, 23],
      [10, 23],
      [20, 23],
    ])
    // What is left is whole: three examples with every row, the own household untouched.
    const left = await data.cases.loadAllCases()
    expect(left.map((c) => c.household.id).sort()).toEqual([...ids.slice(20), own].sort())
    for (const c of left.filter((c) => c.example)) {
      const file = files.find((f) => f.household.label === c.household.label)!
      expect(c.household.members).toHaveLength(file.household.members.length)
      expect(c.scenarios.flatMap((s) => s.lines)).toHaveLength(file.scenarios.flatMap((s) => s.lines).length)
    }
    const results = (await data.portfolioResults!.readSnapshot()).results.map((r) => r.householdId)
    expect(results.sort()).toEqual([...ids.slice(20), own].sort())

    const finished = await data.removeExamples({ chunkSize: 10 })
    expect(finished).toEqual({ removed: 3, total: 3, cancelled: false })
    expect((await data.cases.loadAllCases()).map((c) => c.household.id)).toEqual([own])
    expect((await data.portfolioResults!.readSnapshot()).results.map((r) => r.householdId)).toEqual([own])
    const counts = (await data.audit.list())
      .filter((e) => e.action === EXAMPLES_DELETE_ACTION)
      .map((e) => e.objectId)
      .sort()
    expect(counts).toEqual(['count:10', 'count:10', 'count:3'])
    expect((await data.audit.verifyChain()).ok).toBe(true)
    expect(harness.sentinel.current()?.householdCount).toBe(1)
  }, 60_000)

  it('rolls a failing chunk back whole, keeps the chunks before it removed and says so', async () => {
    data.close()
    const fault = createFault('caseContents', () => new Error('disk gone'))
    data = await harness.open({ middleware: [fault.middleware] })
    await data.cases.importMany(
      generatePortfolio({ size: 15, seed: 5, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
        name: `demo-${i}`,
        file,
      })),
      { example: true },
    )
    const before = await data.cases.loadAllCases()
    const error = await refusal(
      data.removeExamples({
        chunkSize: 10,
        // The second chunk fails while deleting its content rows.
        onProgress: (done) => (fault.state.armed = done >= 10),
      }),
    )
    expect(error.kind).toBe('unknown')
    fault.state.armed = false
    const left = await data.cases.loadAllCases()
    expect(left).toHaveLength(5)
    // The five of the failed chunk are exactly as they were, lines included.
    for (const c of left) expect(c).toEqual(before.find((b) => b.household.id === c.household.id))
    const counts = (await data.audit.list()).filter((e) => e.action === EXAMPLES_DELETE_ACTION)
    expect(counts.map((e) => e.objectId)).toEqual(['count:10'])
    expect((await data.audit.verifyChain()).ok).toBe(true)
  }, 60_000)
})

describe('removing the examples by key range (issue 13)', () => {
  /** Ids handed out in the order given once the layer is open, so a test decides where each household sorts. */
  async function openWithIds(ids: string[]): Promise<DataLayer> {
    const planned: string[] = []
    let n = 0
    const idHarness = createHarness({ newId: () => planned.shift() ?? `zz-${String(n++).padStart(4, '0')}` })
    const layer = await idHarness.open()
    planned.push(...ids)
    return layer
  }

  async function householdRows(layer: DataLayer) {
    return (await layer.cases.loadAllCases()).map((c) => c.household.id).sort()
  }

  it('never removes a household of the consultant that sorts between examples, nor any of its rows', async () => {
    const layer = await openWithIds(['h-10', 'h-20', 'h-30', 'h-25', 'h-40', 'h-50'])
    try {
      const files = generatePortfolio({ size: 3, seed: 9, startYear: 2026, provisions: PROVISIONS })
      await layer.cases.importMany(
        files.map((file, i) => ({ name: `a-${i}`, file })),
        { example: true },
      )
      // The consultant's own case sorts between the examples h-20 and h-30 (ranges must stop at it).
      const own = await layer.cases.importCaseFile(withHouseholdId(EXAMPLE_YILMAZ, 'eigen'))
      expect(own).toBe('h-25')
      const more = generatePortfolio({ size: 2, seed: 10, startYear: 2026, provisions: PROVISIONS })
      await layer.cases.importMany(
        more.map((file, i) => ({ name: `b-${i}`, file })),
        { example: true },
      )
      const before = await layer.cases.loadCase(own)

      const progress: [number, number][] = []
      const result = await layer.removeExamples({ onProgress: (done, total) => progress.push([done, total]) })

      expect(result).toEqual({ removed: 5, total: 5, cancelled: false })
      // Two stretches of neighbours: h-10…h-20 and h-30…h-50 (h-25 between them is not an example).
      expect(progress).toEqual([
        [0, 5],
        [2, 5],
        [5, 5],
      ])
      expect(await householdRows(layer)).toEqual([own])
      expect(await layer.cases.loadCase(own)).toEqual(before)
      const counts = (await layer.audit.list()).filter((e) => e.action === EXAMPLES_DELETE_ACTION)
      expect(counts.map((e) => e.objectId).sort()).toEqual(['count:2', 'count:3'])
      // The own case's audit entries still name it; the examples' no longer do.
      const entries = await layer.audit.list()
      expect(entries.some((e) => e.householdId === own && e.action === 'case.import')).toBe(true)
      expect(
        entries.filter((e) => e.action === 'case.import' && e.householdId !== own).every((e) => e.erased),
      ).toBe(true)
      expect((await layer.audit.verifyChain()).ok).toBe(true)
    } finally {
      layer.close()
    }
  }, 60_000)

  it('removes the examples one by one when a household of the consultant arrived in their range meanwhile', async () => {
    const layer = await openWithIds(['h-10', 'h-20', 'h-30', 'h-15'])
    try {
      const files = generatePortfolio({ size: 3, seed: 11, startYear: 2026, provisions: PROVISIONS })
      await layer.cases.importMany(
        files.map((file, i) => ({ name: `a-${i}`, file })),
        { example: true },
      )
      let own: Promise<string> | null = null
      const result = await layer.removeExamples({
        // Another window adds a case after the examples were listed, before the first chunk runs: it
        // gets the id h-15, inside the range h-10…h-30 (its write is queued before the chunk's).
        onProgress: (done) => {
          if (done === 0) own = layer.cases.createHousehold('Eigen casus')
        },
      })
      expect(result).toEqual({ removed: 3, total: 3, cancelled: false })
      const ownId = await (own as unknown as Promise<string>)
      expect(ownId).toBe('h-15')
      expect(await householdRows(layer)).toEqual(['h-15'])
      expect((await layer.cases.loadCase('h-15'))?.household.label).toBe('Eigen casus')
      expect((await layer.audit.verifyChain()).ok).toBe(true)
    } finally {
      layer.close()
    }
  }, 60_000)
})

function withHouseholdId(file: CaseFile, id: string): CaseFile {
  return { ...file, household: { ...file.household, id } }
}
