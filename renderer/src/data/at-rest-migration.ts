/**
 * Moving existing plain BSNs and notes to sealed form (at-rest.ts), crash-safe.
 *
 * The migration walks the households' content rows in key order, a chunk at a time: it reads a chunk,
 * seals the plain fields outside any transaction (WebCrypto), and writes them back in one short
 * transaction that first re-reads every row and replaces it only if it is still exactly what was
 * sealed (an edit in another window in between wins, and is sealed on the next run). No row is
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
import { fromContentRow } from './case-rows'
import { caseContentState, withContentMac } from './content-mac'
import type { CaseContentRow, MaatwerkDb } from './db'
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

/**
 * A household's content row with every plain sensitive field sealed, and how many of its entries
 * (members, scenarios, lines) that changed; null when nothing in it is plain.
 */
async function sealContentRow(
  row: CaseContentRow,
  seal: ReturnType<typeof sealWith>,
): Promise<{ row: CaseContentRow; sealed: number } | null> {
  let sealed = 0
  const mapEntries = <T extends { value: unknown }>(name: SealedTableName, entries: T[]): Promise<T[]> => {
    const map = SEALED_TABLES[name] as (value: never, fn: typeof seal) => Promise<unknown>
    return Promise.all(
      entries.map(async (entry) => {
        if (!hasPlainField(name, entry.value)) return entry
        sealed += 1
        return { ...entry, value: await map(entry.value as never, seal) }
      }),
    )
  }
  const [members, scenarios, lines] = await Promise.all([
    mapEntries('members', row.members),
    mapEntries('scenarios', row.scenarios),
    mapEntries('lines', row.lines),
  ])
  return sealed === 0 ? null : { row: { ...row, members, scenarios, lines }, sealed }
}

function hasPlainContent(row: CaseContentRow): boolean {
  return (
    row.members.some((entry) => hasPlainField('members', entry.value)) ||
    row.scenarios.some((entry) => hasPlainField('scenarios', entry.value)) ||
    row.lines.some((entry) => hasPlainField('lines', entry.value))
  )
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
  let after: string | null = null
  for (;;) {
    const chunk: CaseContentRow[] =
      after === null
        ? await db.caseContents.orderBy(':id').limit(AT_REST_MIGRATION_CHUNK).toArray()
        : await db.caseContents.where(':id').above(after).limit(AT_REST_MIGRATION_CHUNK).toArray()
    const last = chunk.at(-1)
    if (!last) break
    after = last.householdId
    const todo = chunk.filter(hasPlainContent)
    if (todo.length === 0) continue
    const sealed = await Promise.all(todo.map((row) => sealContentRow(row, seal)))
    sealedRows += await db.transaction('rw', [db.households, db.caseContents], async () => {
      // Sealing changes the content's stored form, which its household's content MAC covers: a
      // household whose MAC fits before is given the MAC of its new form; one without a MAC (the
      // content pass comes next) or with a MAC that no longer fits (changed outside Maatwerk) is left
      // as it is.
      let written = 0
      for (const [index, row] of todo.entries()) {
        const next = sealed[index]
        if (!next) continue
        const household = await db.households.get(row.householdId)
        const current = await db.caseContents.get(row.householdId)
        if (!current || JSON.stringify(current) !== JSON.stringify(row)) continue
        const stored = household ? fromContentRow(household, current) : null
        const fitting =
          contentKey !== undefined && stored !== null && caseContentState(contentKey, stored) === 'ok'
        await db.caseContents.put(next.row)
        written += next.sealed
        if (fitting && stored) {
          await db.households.put(withContentMac(contentKey, fromContentRow(stored.household, next.row)))
        }
      }
      return written
    })
  }
  await db.meta.put({ key: AT_REST_SEALED_KEY, value: true })
  return { sealedRows }
}

/** A session without the key stores plain fields: the next start with the key must walk again. */
export async function forgetSealedComplete(db: MaatwerkDb): Promise<void> {
  if ((await db.meta.get(AT_REST_SEALED_KEY)) !== undefined) await db.meta.delete(AT_REST_SEALED_KEY)
}

/** How many members, scenarios and lines still hold a plain sensitive field (start-up status, tests). */
export async function countPlainRows(db: MaatwerkDb): Promise<number> {
  let count = 0
  await db.caseContents.each((row) => {
    for (const name of Object.keys(SEALED_TABLES) as SealedTableName[]) {
      for (const entry of row[name] as { value: unknown }[]) if (hasPlainField(name, entry.value)) count += 1
    }
  })
  return count
}
