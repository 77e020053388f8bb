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
import {
  type CONTENT_TABLES,
  type AssessmentRow,
  type CaseContentRow,
  type CarerRow,
  type DoNothingRow,
  type HouseholdRow,
  type LineRow,
  type MaatwerkDb,
  type MemberRow,
  type ScenarioRow,
} from './db'

/** A household's rows: its household row, and the entries its content row (v6) holds. */
export type CaseRows = Omit<CaseContentRow, 'householdId'> & { household: HouseholdRow }

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

/** The content row (v6) holding a household's rows other than its household row. */
export function toContentRow(
  rows: Omit<CaseRows, 'household' | 'doNothing'> & {
    household: { id: string }
    doNothing: DoNothingRow | null | undefined
  },
): CaseContentRow {
  return {
    householdId: rows.household.id,
    members: rows.members,
    carers: rows.carers,
    assessments: rows.assessments,
    scenarios: rows.scenarios,
    lines: rows.lines,
    doNothing: rows.doNothing ?? null,
  }
}

/** A household's rows from its household row and content row (none stored: an empty case). */
export function fromContentRow(household: HouseholdRow, content: CaseContentRow | undefined): StoredCaseRows {
  return {
    household,
    members: content?.members ?? [],
    carers: content?.carers ?? [],
    assessments: content?.assessments ?? [],
    scenarios: content?.scenarios ?? [],
    lines: content?.lines ?? [],
    doNothing: content?.doNothing ?? undefined,
  }
}

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
    return db.caseContents.get(householdId).then((content) => fromContentRow(row, content))
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

/** Every household: one bulk read per table, matched in memory (30 000 households in two reads). */
export async function readAllCases(db: MaatwerkDb): Promise<CaseAggregate[]> {
  const [households, contents] = await db.transaction('r', [db.households, db.caseContents], () =>
    Promise.all([db.households.toArray(), db.caseContents.toArray()]),
  )
  const contentByHousehold = new Map(contents.map((row) => [row.householdId, row]))
  return households.map((household) =>
    assembleStoredCase(fromContentRow(household, contentByHousehold.get(household.id))),
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
  await db.caseContents.put(toContentRow(rows))
}

/** Removes every row of a household from the case tables (call inside a 'rw' transaction). */
export async function deleteCaseRows(db: MaatwerkDb, householdId: string): Promise<void> {
  await db.caseContents.delete(householdId)
  await db.households.delete(householdId)
  // The stored portfolio result holds the household's label: a derived copy, erased with the case.
  await db.portfolioResults.delete(householdId)
}

/**
 * The case tables of a dump (v1–v5 tables, and still the dump's format) from content rows (the way
 * back is `contentRowsOf` in db.ts). A dump stays one row per member, line and so on: readable by any
 * version, checked row by row.
 */
export function contentTablesOf(
  contents: readonly CaseContentRow[],
): Record<(typeof CONTENT_TABLES)[number], unknown[]> {
  return {
    members: contents.flatMap((row) => row.members),
    carers: contents.flatMap((row) => row.carers),
    assessments: contents.flatMap((row) => row.assessments),
    scenarios: contents.flatMap((row) => row.scenarios),
    lines: contents.flatMap((row) => row.lines),
    doNothing: contents.flatMap((row) => (row.doNothing ? [row.doNothing] : [])),
  }
}
