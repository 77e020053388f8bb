/**
 * Converting between the case-file shape (Household + Scenarios) and the stored rows, and reading a
 * household back. Pure except for the read helpers, which take the database.
 */
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  Household,
  Person,
  Scenario,
  ZrmAssessment,
} from '#shared/domain/types'
import { Dexie } from 'dexie'
import type { CaseAggregate, HouseholdSummary } from './api'
import type {
  AssessmentRow,
  CarerRow,
  DoNothingRow,
  HouseholdRow,
  LineRow,
  MaatwerkDb,
  MemberRow,
  ScenarioRow,
} from './db'

export type CaseRows = {
  household: HouseholdRow
  members: MemberRow[]
  carers: CarerRow[]
  assessments: AssessmentRow[]
  scenarios: ScenarioRow[]
  lines: LineRow[]
  doNothing: DoNothingRow | null
}

/**
 * A person is stored without its ZRM assessment (kept in `assessments`). An explicit `zrm: null`
 * stays on the member row, so an export returns exactly what was stored.
 */
export function splitPerson(person: Person): { value: Person; assessment: ZrmAssessment | null } {
  const { zrm, ...rest } = person
  if (zrm === null) return { value: { ...rest, zrm: null }, assessment: null }
  return { value: rest, assessment: zrm ?? null }
}

export function splitScenario(scenario: Scenario): {
  value: Omit<Scenario, 'lines'>
  lines: ArrangementLine[]
} {
  const { lines, ...value } = scenario
  return { value, lines }
}

export function toCaseRows(
  file: Pick<CaseFile, 'household' | 'scenarios' | 'origin' | 'doNothing'>,
  householdId: string,
  flags: { example: boolean; timestamp: string; keepOrigin: boolean },
): CaseRows {
  const { members, carers, ...householdFields } = file.household
  const at = flags.timestamp
  const stamps = { createdAt: at, updatedAt: at }
  const memberRows: MemberRow[] = []
  const assessmentRows: AssessmentRow[] = []
  members.forEach((person, position) => {
    const { value, assessment } = splitPerson(person)
    memberRows.push({ householdId, id: person.id, position, value, ...stamps })
    if (assessment) assessmentRows.push({ householdId, personId: person.id, value: assessment, ...stamps })
  })
  const scenarioRows: ScenarioRow[] = []
  const lineRows: LineRow[] = []
  file.scenarios.forEach((scenario, position) => {
    const { value, lines } = splitScenario(scenario)
    scenarioRows.push({ householdId, id: scenario.id, position, value, ...stamps })
    lines.forEach((line, linePosition) =>
      lineRows.push({
        householdId,
        scenarioId: scenario.id,
        id: line.id,
        position: linePosition,
        value: line,
        ...stamps,
      }),
    )
  })
  return {
    household: {
      id: householdId,
      value: { ...householdFields, id: householdId },
      example: flags.example,
      origin: flags.keepOrigin ? (file.origin ?? null) : null,
      memberCount: members.length,
      scenarioCount: file.scenarios.length,
      ...stamps,
      version: 1,
    },
    members: memberRows,
    carers: carers.map((carer: Carer, position) => ({
      householdId,
      id: carer.id,
      position,
      value: carer,
      ...stamps,
    })),
    assessments: assessmentRows,
    scenarios: scenarioRows,
    lines: lineRows,
    doNothing: file.doNothing ? { householdId, value: file.doNothing, ...stamps } : null,
  }
}

function byPosition<T extends { position: number }>(a: T, b: T): number {
  return a.position - b.position
}

/** Reassembles one household from its rows (any order). */
export function assembleCase(
  household: HouseholdRow,
  members: MemberRow[],
  carers: CarerRow[],
  assessments: AssessmentRow[],
  scenarios: ScenarioRow[],
  lines: LineRow[],
  doNothing: DoNothingRow | null = null,
): CaseAggregate {
  const assessmentByPerson = new Map(assessments.map((row) => [row.personId, row.value]))
  const linesByScenario = new Map<string, LineRow[]>()
  for (const line of lines) {
    const list = linesByScenario.get(line.scenarioId)
    if (list) list.push(line)
    else linesByScenario.set(line.scenarioId, [line])
  }
  const people: Person[] = [...members].sort(byPosition).map((row) => {
    const assessment = assessmentByPerson.get(row.id)
    return assessment ? { ...row.value, zrm: assessment } : row.value
  })
  const fullHousehold: Household = {
    ...household.value,
    members: people,
    carers: [...carers].sort(byPosition).map((row) => row.value),
  }
  return {
    household: fullHousehold,
    scenarios: [...scenarios].sort(byPosition).map((row) => ({
      ...row.value,
      lines: (linesByScenario.get(row.id) ?? []).sort(byPosition).map((line) => line.value),
    })),
    example: household.example,
    origin: household.origin,
    updatedAt: household.updatedAt,
    version: household.version ?? 0,
    ...(household.lastEditedScenarioId ? { lastEditedScenarioId: household.lastEditedScenarioId } : {}),
    doNothing: doNothing?.value ?? null,
  }
}

/** The rows of one household as stored (any order); the household row's own MAC is ignored. */
export type StoredCaseRows = Omit<CaseRows, 'doNothing'> & { doNothing: CaseRows['doNothing'] | undefined }

/** Reads every stored row of a household (inside a transaction with the case tables); null when absent. */
export function readStoredCaseRows(
  db: MaatwerkDb,
  householdId: string,
  household?: HouseholdRow,
): Promise<StoredCaseRows | null> {
  // Dexie promises throughout, not an async function: this runs inside write transactions, and a
  // chain of native awaits this long loses Dexie's transaction zone — the rest of the write then ran
  // outside the transaction, which committed early (PrematureCommitError).
  const read = household ? Dexie.Promise.resolve(household) : db.households.get(householdId)
  return read.then((row) => {
    if (!row) return null
    return Dexie.Promise.all([
      db.members.where('householdId').equals(householdId).toArray(),
      db.carers.where('householdId').equals(householdId).toArray(),
      db.assessments.where('householdId').equals(householdId).toArray(),
      db.scenarios.where('householdId').equals(householdId).toArray(),
      db.lines.where('householdId').equals(householdId).toArray(),
      db.doNothing.get(householdId),
    ]).then(([members, carers, assessments, scenarios, lines, doNothing]) => ({
      household: row,
      members,
      carers,
      assessments,
      scenarios,
      lines,
      doNothing,
    }))
  })
}

/** A household's case as the app works with it, from its rows as stored. */
export function assembleStoredCase(rows: StoredCaseRows): CaseAggregate {
  return assembleCase(
    rows.household,
    rows.members,
    rows.carers,
    rows.assessments,
    rows.scenarios,
    rows.lines,
    rows.doNothing ?? null,
  )
}

export function readCase(db: MaatwerkDb, householdId: string): Promise<CaseAggregate | null> {
  return readStoredCaseRows(db, householdId).then((rows) => (rows ? assembleStoredCase(rows) : null))
}

function groupByHousehold<T extends { householdId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const list = groups.get(row.householdId)
    if (list) list.push(row)
    else groups.set(row.householdId, [row])
  }
  return groups
}

/** Every household: one bulk read per table, grouped in memory (30 000 households in a few reads). */
export async function readAllCases(db: MaatwerkDb): Promise<CaseAggregate[]> {
  const [households, members, carers, assessments, scenarios, lines, doNothing] = await db.transaction(
    'r',
    [db.households, db.members, db.carers, db.assessments, db.scenarios, db.lines, db.doNothing],
    () =>
      Promise.all([
        db.households.toArray(),
        db.members.toArray(),
        db.carers.toArray(),
        db.assessments.toArray(),
        db.scenarios.toArray(),
        db.lines.toArray(),
        db.doNothing.toArray(),
      ]),
  )
  const doNothingByHousehold = new Map(doNothing.map((row) => [row.householdId, row]))
  const byHousehold = {
    members: groupByHousehold(members),
    carers: groupByHousehold(carers),
    assessments: groupByHousehold(assessments),
    scenarios: groupByHousehold(scenarios),
    lines: groupByHousehold(lines),
  }
  return households.map((household) =>
    assembleCase(
      household,
      byHousehold.members.get(household.id) ?? [],
      byHousehold.carers.get(household.id) ?? [],
      byHousehold.assessments.get(household.id) ?? [],
      byHousehold.scenarios.get(household.id) ?? [],
      byHousehold.lines.get(household.id) ?? [],
      doNothingByHousehold.get(household.id) ?? null,
    ),
  )
}

export function toSummary(row: HouseholdRow): HouseholdSummary {
  return {
    id: row.id,
    label: row.value.label,
    memberCount: row.memberCount,
    scenarioCount: row.scenarioCount,
    example: row.example,
    origin: row.origin,
    updatedAt: row.updatedAt,
    createdAt: row.createdAt,
    // Costs need the engine and the municipality profile; the stores compute them (api.ts allows null).
    monthlyCostCents: null,
  }
}

export function toCaseFile(aggregate: CaseAggregate): CaseFile {
  return {
    format: 'maatwerk.case',
    formatVersion: 1,
    household: aggregate.household,
    scenarios: aggregate.scenarios,
    origin: aggregate.origin,
    ...(aggregate.doNothing ? { doNothing: aggregate.doNothing } : {}),
  }
}

/** Writes a household's rows (call inside a 'rw' transaction). */
export async function putCaseRows(db: MaatwerkDb, rows: CaseRows): Promise<void> {
  await db.households.put(rows.household)
  await db.members.bulkPut(rows.members)
  await db.carers.bulkPut(rows.carers)
  await db.assessments.bulkPut(rows.assessments)
  await db.scenarios.bulkPut(rows.scenarios)
  await db.lines.bulkPut(rows.lines)
  if (rows.doNothing) await db.doNothing.put(rows.doNothing)
}

/** Removes every row of a household from the case tables (call inside a 'rw' transaction). */
export async function deleteCaseRows(db: MaatwerkDb, householdId: string): Promise<void> {
  await Promise.all([
    db.members.where('householdId').equals(householdId).delete(),
    db.carers.where('householdId').equals(householdId).delete(),
    db.assessments.where('householdId').equals(householdId).delete(),
    db.scenarios.where('householdId').equals(householdId).delete(),
    db.lines.where('householdId').equals(householdId).delete(),
    db.doNothing.delete(householdId),
  ])
  await db.households.delete(householdId)
  // The stored portfolio result holds the household's label: a derived copy, erased with the case.
  await db.portfolioResults.delete(householdId)
}
