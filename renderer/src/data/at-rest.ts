/**
 * Encryption at rest of the most sensitive fields (issue 12 item 8; docs/security-model.md#data-at-rest-and-data-safety):
 * BSNs and the free-text notes a consultant writes (line notes, scenario descriptions, the reasons of
 * deviations, the reasoning of a chosen arrangement). Each is sealed with AES-256-GCM (sealed-box.ts)
 * under the at-rest key, which is derived from the device key and therefore never stored in IndexedDB
 * (desktop: protected by the OS through `safeStorage`; browser: localStorage, see the model for what
 * that does and does not protect).
 *
 * Sealing is asynchronous, so it happens before a write transaction opens; opening happens after a
 * read has finished. A stored field is either plain (rows from before the migration, or a session
 * without a key) or sealed: reading handles both, so an interrupted migration loses nothing.
 *
 * Names, dates and amounts stay plain: the engine, the portfolio and search read them in bulk, and the
 * whole database remains protected by the operating system's account and disk encryption.
 */
import type { ArrangementLine, Person, Scenario } from '#shared/domain/types'
import { DataError, type CaseAggregate } from './api'
import type { CaseRows } from './case-rows'
import { DATA_ERROR_MESSAGES } from './errors'
import { isSealed, SealedBoxError, type SealingKey } from './sealed-box'

/** Additional data per kind of field: a sealed BSN cannot be moved into a note and read there. */
const SEALED_PURPOSE = {
  bsn: 'member.bsn',
  lineNote: 'line.note',
  scenarioDescription: 'scenario.description',
  deviationReason: 'deviation.reason',
  chosenReasoning: 'scenario.chosen.reasoning',
} as const

/** meta row holding a sealed known text: tells a wrong at-rest key from altered data at start-up. */
export const AT_REST_CHECK_KEY = 'atRestCheck'
export const AT_REST_CHECK_TEXT = 'maatwerk at-rest key check v1'

/**
 * meta row set once a migration pass found every sensitive field sealed: later starts skip the walk
 * over every member, scenario and line (at 30,000 households it read hundreds of thousands of rows
 * before the first screen). Writes with the key seal before they store, so the flag stays true; a
 * session without the key (which stores plain fields) removes it, and dumps and restores never carry
 * it, so the next start with the key walks and seals again.
 */
export const AT_REST_SEALED_KEY = 'atRestSealed'

type FieldFn = (text: string, purpose: string) => Promise<string>

async function mapOptional(value: string | null | undefined, purpose: string, fn: FieldFn) {
  return typeof value === 'string' && value !== '' ? fn(value, purpose) : value
}

export async function mapPerson<T extends Pick<Person, 'bsn'>>(person: T, fn: FieldFn): Promise<T> {
  if (typeof person.bsn !== 'string' || person.bsn === '') return person
  return { ...person, bsn: await fn(person.bsn, SEALED_PURPOSE.bsn) }
}

export async function mapLine<T extends Pick<ArrangementLine, 'note'>>(line: T, fn: FieldFn): Promise<T> {
  if (typeof line.note !== 'string' || line.note === '') return line
  return { ...line, note: await fn(line.note, SEALED_PURPOSE.lineNote) }
}

type ScenarioFields = Pick<Scenario, 'description' | 'deviations' | 'chosen'>

export async function mapScenarioFields<T extends ScenarioFields>(scenario: T, fn: FieldFn): Promise<T> {
  const out: T = { ...scenario }
  if (typeof scenario.description === 'string' && scenario.description !== '') {
    out.description = await fn(scenario.description, SEALED_PURPOSE.scenarioDescription)
  }
  if (scenario.deviations && scenario.deviations.length > 0) {
    out.deviations = await Promise.all(
      scenario.deviations.map(async (deviation) => ({
        ...deviation,
        reason: (await mapOptional(deviation.reason, SEALED_PURPOSE.deviationReason, fn)) ?? deviation.reason,
      })),
    )
  }
  if (scenario.chosen && scenario.chosen.reasoning !== '') {
    out.chosen = {
      ...scenario.chosen,
      reasoning: await fn(scenario.chosen.reasoning, SEALED_PURPOSE.chosenReasoning),
    }
  }
  return out
}

async function mapScenario(scenario: Scenario, fn: FieldFn): Promise<Scenario> {
  const fields = await mapScenarioFields(scenario, fn)
  return { ...fields, lines: await Promise.all(scenario.lines.map((line) => mapLine(line, fn))) }
}

/** Seals plain text; leaves already sealed text as it is. Without a key, nothing is sealed. */
export function sealWith(key: SealingKey | null): FieldFn {
  return async (text, purpose) => (key === null || isSealed(text) ? text : key.seal(text, purpose))
}

/** Opens sealed text; plain text (not yet migrated) passes through. */
export function openWith(key: SealingKey | null): FieldFn {
  return async (text, purpose) => {
    if (!isSealed(text)) return text
    if (key === null) throw new DataError('unavailable', DATA_ERROR_MESSAGES.atRestKeyMissing)
    try {
      return await key.open(text, purpose)
    } catch (error) {
      if (error instanceof SealedBoxError)
        throw new DataError('unknown', DATA_ERROR_MESSAGES.sealedUnreadable)
      throw error
    }
  }
}

export async function openAggregate(
  aggregate: CaseAggregate,
  key: SealingKey | null,
): Promise<CaseAggregate> {
  const fn = openWith(key)
  const [members, scenarios] = await Promise.all([
    Promise.all(aggregate.household.members.map((person) => mapPerson(person, fn))),
    Promise.all(aggregate.scenarios.map((scenario) => mapScenario(scenario, fn))),
  ])
  return { ...aggregate, household: { ...aggregate.household, members }, scenarios }
}

/** The rows of a household with their sensitive fields sealed (before the write transaction). */
export async function sealCaseRows(rows: CaseRows, key: SealingKey | null): Promise<CaseRows> {
  if (key === null) return rows
  const fn = sealWith(key)
  const [members, scenarios, lines] = await Promise.all([
    Promise.all(rows.members.map(async (row) => ({ ...row, value: await mapPerson(row.value, fn) }))),
    Promise.all(
      rows.scenarios.map(async (row) => ({ ...row, value: await mapScenarioFields(row.value, fn) })),
    ),
    Promise.all(rows.lines.map(async (row) => ({ ...row, value: await mapLine(row.value, fn) }))),
  ])
  return { ...rows, members, scenarios, lines }
}

/** The tables whose rows carry sealed fields, and how to map one row's value. */
export const SEALED_TABLES = {
  members: (value: Person, fn: FieldFn) => mapPerson(value, fn),
  scenarios: (value: Omit<Scenario, 'lines'>, fn: FieldFn) => mapScenarioFields(value, fn),
  lines: (value: ArrangementLine, fn: FieldFn) => mapLine(value, fn),
} as const
export type SealedTableName = keyof typeof SEALED_TABLES

/** Maps the `value` of every row of the sealed tables in a dump's tables (a copy). */
export async function mapDumpTables(
  tables: Record<string, unknown[]>,
  fn: FieldFn,
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = { ...tables }
  for (const name of Object.keys(SEALED_TABLES) as SealedTableName[]) {
    const rows = tables[name]
    if (!rows) continue
    const map = SEALED_TABLES[name] as (value: never, fn: FieldFn) => Promise<unknown>
    out[name] = await Promise.all(
      rows.map(async (row) => {
        const record = row as { value?: unknown }
        if (typeof record.value !== 'object' || record.value === null) return row
        return { ...record, value: await map(record.value as never, fn) }
      }),
    )
  }
  return out
}

/** Whether a stored value still holds a sensitive field in plain text (the migration's work list). */
export function hasPlainField(table: SealedTableName, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const plain = (text: unknown) => typeof text === 'string' && text !== '' && !isSealed(text)
  if (table === 'members') return plain((value as Person).bsn)
  if (table === 'lines') return plain((value as ArrangementLine).note)
  const scenario = value as ScenarioFields
  return (
    plain(scenario.description) ||
    (scenario.deviations ?? []).some((deviation) => plain(deviation.reason)) ||
    plain(scenario.chosen?.reasoning)
  )
}
