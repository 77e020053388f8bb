/**
 * Moving existing plain BSNs and notes to sealed form (at-rest.ts), crash-safe.
 *
 * The migration walks each sealed table in primary-key order, a chunk at a time: it reads a chunk,
 * seals the plain fields outside any transaction (WebCrypto), and writes them back in one short
 * transaction that first re-reads every row and replaces it only if its value is still exactly what
 * was sealed (an edit in another window in between wins, and is sealed on the next run). No row is
 * ever deleted or written without its full content, and reads accept plain and sealed fields alike,
 * so a crash, a closed tab or a failed transaction at any point leaves every value readable; the next
 * start carries on where it stopped. Sealing changes no content: no audit entry, no new version.
 *
 * Before the first row is sealed, the key check (a sealed known text in `meta`) is written, so a
 * later start with another key is refused at open instead of showing unreadable fields.
 */
import {
  AT_REST_CHECK_KEY,
  AT_REST_CHECK_TEXT,
  AT_REST_SEALED_KEY,
  hasPlainField,
  SEALED_TABLES,
  sealWith,
  type SealedTableName,
} from './at-rest'
import { readStoredCaseRows } from './case-rows'
import { caseContentState, withContentMac } from './content-mac'
import type { MaatwerkDb } from './db'
import type { SealingKey } from './sealed-box'

export const AT_REST_MIGRATION_CHUNK = 200
const CHECK_PURPOSE = 'meta.at-rest-check'

type AtRestKeyState = 'none' | 'ok' | 'mismatch' | 'missing-key'

/** Compares the at-rest key with the check stored by an earlier session. */
export async function checkAtRestKey(db: MaatwerkDb, key: SealingKey | null): Promise<AtRestKeyState> {
  const row = await db.meta.get(AT_REST_CHECK_KEY)
  if (typeof row?.value !== 'string') return 'none'
  if (key === null) return 'missing-key'
  try {
    return (await key.open(row.value, CHECK_PURPOSE)) === AT_REST_CHECK_TEXT ? 'ok' : 'mismatch'
  } catch {
    return 'mismatch'
  }
}

/** The value of the key-check row for this key (written by the migration and kept by a restore). */
export function sealKeyCheck(key: SealingKey): Promise<string> {
  return key.seal(AT_REST_CHECK_TEXT, CHECK_PURPOSE)
}

function primaryKeyOf(table: SealedTableName, row: Record<string, unknown>): unknown[] {
  return table === 'lines'
    ? [row['householdId'], row['scenarioId'], row['id']]
    : [row['householdId'], row['id']]
}

type MigrationResult = { sealedRows: number }

/** Seals every plain sensitive field; throws when a chunk cannot be written (nothing is lost). */
export async function migrateToSealed(
  db: MaatwerkDb,
  key: SealingKey,
  /** The content-MAC key (content-mac.ts): households whose MAC fits keep a fitting one. */
  contentKey?: Uint8Array,
): Promise<MigrationResult> {
  if (typeof (await db.meta.get(AT_REST_CHECK_KEY))?.value !== 'string') {
    const check = await sealKeyCheck(key)
    await db.transaction('rw', db.meta, async () => {
      if (typeof (await db.meta.get(AT_REST_CHECK_KEY))?.value !== 'string') {
        await db.meta.put({ key: AT_REST_CHECK_KEY, value: check })
      }
    })
  }
  // A pass with this key already found everything sealed, and every write since sealed first.
  if ((await db.meta.get(AT_REST_SEALED_KEY))?.value === true) return { sealedRows: 0 }
  const seal = sealWith(key)
  let sealedRows = 0
  for (const name of Object.keys(SEALED_TABLES) as SealedTableName[]) {
    const table = db.table<Record<string, unknown>, unknown[]>(name)
    const map = SEALED_TABLES[name] as (value: never, fn: typeof seal) => Promise<unknown>
    let after: unknown[] | null = null
    for (;;) {
      const chunk: Record<string, unknown>[] =
        after === null
          ? await table.orderBy(':id').limit(AT_REST_MIGRATION_CHUNK).toArray()
          : await table.where(':id').above(after).limit(AT_REST_MIGRATION_CHUNK).toArray()
      const last = chunk.at(-1)
      if (!last) break
      after = primaryKeyOf(name, last)
      const todo = chunk.filter((row) => hasPlainField(name, row['value']))
      if (todo.length === 0) continue
      const sealed = await Promise.all(todo.map((row) => map(row['value'] as never, seal)))
      const caseTables = [
        db.households,
        db.members,
        db.carers,
        db.assessments,
        db.scenarios,
        db.lines,
        db.doNothing,
      ]
      sealedRows += await db.transaction('rw', caseTables, async () => {
        // Sealing changes a row's stored form, which its household's content MAC covers: a household
        // whose MAC fits before is given the MAC of its new form; one without a MAC (the content pass
        // comes next) or with a MAC that no longer fits (changed outside Maatwerk) is left as it is.
        const households = [...new Set(todo.map((row) => row['householdId'] as string))]
        const fitting = new Set<string>()
        if (contentKey) {
          for (const id of households) {
            const stored = await readStoredCaseRows(db, id)
            if (stored && caseContentState(contentKey, stored) === 'ok') fitting.add(id)
          }
        }
        let written = 0
        for (const [index, row] of todo.entries()) {
          const current = await table.get(primaryKeyOf(name, row))
          if (!current || JSON.stringify(current['value']) !== JSON.stringify(row['value'])) continue
          await table.put({ ...current, value: sealed[index] })
          written += 1
        }
        if (contentKey) {
          for (const id of fitting) {
            const stored = await readStoredCaseRows(db, id)
            if (stored) await db.households.put(withContentMac(contentKey, stored))
          }
        }
        return written
      })
    }
  }
  await db.meta.put({ key: AT_REST_SEALED_KEY, value: true })
  return { sealedRows }
}

/** A session without the key stores plain fields: the next start with the key must walk again. */
export async function forgetSealedComplete(db: MaatwerkDb): Promise<void> {
  if ((await db.meta.get(AT_REST_SEALED_KEY)) !== undefined) await db.meta.delete(AT_REST_SEALED_KEY)
}

/** Whether any sensitive field is still plain (for the start-up status and tests). */
export async function countPlainRows(db: MaatwerkDb): Promise<number> {
  let count = 0
  for (const name of Object.keys(SEALED_TABLES) as SealedTableName[]) {
    await db.table(name).each((row: { value?: unknown }) => {
      if (hasPlainField(name, row.value)) count += 1
    })
  }
  return count
}
