/**
 * Tamper evidence for case content (docs/security-model.md#accountability-bio-815): a keyed MAC per
 * household over its whole stored content — the household row's case fields, its members, carers,
 * assessments, scenarios, lines and do-nothing selection, assembled in order as `readCase` assembles
 * them — kept in the household row's optional `contentMac` field (no schema version: no index).
 *
 * The MAC covers the rows AS STORED: a sealed BSN or note is covered as its sealed text, so the MAC
 * can be computed and checked inside a Dexie transaction without opening anything (WebCrypto promises
 * there would let IndexedDB auto-commit). It is HMAC-SHA-256 with `@noble/hashes` (synchronous), under
 * a key derived from the audit chain's key (held outside IndexedDB), so whoever can edit the database
 * cannot compute a MAC that fits an edit. Because one MAC covers every row of the household, a row
 * deleted, added or moved (another position) is detected as surely as a changed name or amount.
 *
 * Every writer of case rows writes the MAC in the same transaction: the repository's writes (through
 * `touch`), imports, duplicates, the example seed, the demo generation (in its workers), a restore
 * and the at-rest sealing pass (which changes a row's stored form). A household without a MAC (a
 * database from before) is given one by the start-up pass (`sealCaseContent`: trust on first use).
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { appendAudit, type AuditContext } from './audit'
import { assembleStoredCase, readStoredCaseRows, type CaseRows, type StoredCaseRows } from './case-rows'
import type { HouseholdRow, MaatwerkDb } from './db'

/** Domain separation: the content key is never the audit key itself. */
const CONTENT_KEY_LABEL = 'maatwerk.case-content-mac.v1'
const CANONICAL_TAG = 'maatwerk.case-content.v1'

const derivedKeys = new WeakMap<Uint8Array, Uint8Array>()

/** The content-MAC key for an audit key (derived once per key and kept in memory only). */
export function contentKeyOf(auditKey: Uint8Array): Uint8Array {
  let key = derivedKeys.get(auditKey)
  if (!key) {
    key = hmac(sha256, auditKey, utf8ToBytes(CONTENT_KEY_LABEL))
    derivedKeys.set(auditKey, key)
  }
  return key
}

/**
 * The canonical text of a household's stored content: everything `readCase` assembles (in its order:
 * members, carers and scenarios by position, lines by position within their scenario), plus the
 * household row's bookkeeping that the app shows or relies on. Left out: the MAC itself, and
 * `lastEditedScenarioId` (a working preference, not case content). Structured clone keeps the
 * property order of stored objects, so the same rows always give the same text.
 */
function canonicalCaseContent(rows: StoredCaseRows): string {
  const { household } = rows
  const aggregate = assembleStoredCase(rows)
  return JSON.stringify([
    CANONICAL_TAG,
    household.id,
    aggregate.household,
    aggregate.scenarios,
    aggregate.doNothing,
    household.example,
    household.origin,
    household.memberCount,
    household.scenarioCount,
    household.createdAt,
    household.updatedAt,
    household.version ?? 0,
    household.importKey ?? null,
    household.importDigest ?? null,
  ])
}

/** The MAC of a household's stored content (64 lowercase hex digits). Synchronous. */
function caseContentMac(contentKey: Uint8Array, rows: StoredCaseRows): string {
  return bytesToHex(hmac(sha256, contentKey, utf8ToBytes(canonicalCaseContent(rows))))
}

/** The household row with the MAC of its content (the rows as they will be stored). */
export function withContentMac(contentKey: Uint8Array, rows: StoredCaseRows): HouseholdRow {
  return { ...rows.household, contentMac: caseContentMac(contentKey, rows) }
}

/** The rows with the household's MAC over them as they will be written (imports, seeds, demo). */
export function sealContent(contentKey: Uint8Array, rows: CaseRows): CaseRows {
  return { ...rows, household: withContentMac(contentKey, rows) }
}

/**
 * What a household's stored content says about itself: `ok` (its MAC fits), `unsealed` (no MAC yet:
 * a household from before, until the start-up pass gives it one) or `changed` (the MAC does not fit:
 * the content was changed outside Maatwerk, or the MAC was replaced).
 */
type CaseContentState = 'ok' | 'unsealed' | 'changed'

export function caseContentState(
  contentKey: Uint8Array,
  rows: StoredCaseRows,
  { strict = false }: { strict?: boolean } = {},
): CaseContentState {
  const mac = rows.household.contentMac
  // Once the start-up pass has given every household a MAC, a missing one was removed.
  if (mac === undefined) return strict ? 'changed' : 'unsealed'
  if (typeof mac !== 'string') return 'changed'
  return mac === caseContentMac(contentKey, rows) ? 'ok' : 'changed'
}

/**
 * meta row set when the start-up pass has given every household a MAC (its value fits only this
 * key): from then on a household without a MAC counts as changed (the MAC was removed), and later
 * starts skip the walk. Never dumped; a restore sets it itself after giving every household a MAC.
 */
export const CASE_CONTENT_SEALED_KEY = 'caseContentSealed'
/** The audit action of a completed pass (trust on first use), with the number of households given a MAC. */
export const CONTENT_SEALED_ACTION = 'case-content.sealed'
export const CONTENT_SEALING_CHUNK = 200
const SEALED_FLAG_TEXT = 'maatwerk.case-content.sealed.v1'

/** The value of the "every household has a MAC" flag under this key. */
export function sealedFlagValue(contentKey: Uint8Array): string {
  return bytesToHex(hmac(sha256, contentKey, utf8ToBytes(SEALED_FLAG_TEXT)))
}

/** Whether the flag in `meta` says this key gave every household a MAC (read in any transaction). */
export async function isCaseContentSealed(db: MaatwerkDb, contentKey: Uint8Array): Promise<boolean> {
  return (await db.meta.get(CASE_CONTENT_SEALED_KEY))?.value === sealedFlagValue(contentKey)
}

/**
 * The start-up pass: gives every household without a MAC one over its content as it is stored now
 * (trust on first use: content changed before this pass cannot be told apart and is taken as it is).
 * Crash-safe like the at-rest pass: households in key order, a chunk per short transaction that reads
 * each household again and writes only a MAC that is still missing; nothing else changes, so a crash
 * at any point leaves every household readable and the next start carries on. When the walk is done,
 * one transaction sets the flag and appends one `case-content.sealed` audit entry (none when no
 * household needed a MAC). On a database sealed from its start, such an entry therefore never
 * appears: one after a removed flag and MAC would show in the log.
 *
 * A flag that is missing while the audit log already records a completed pass was removed: then no
 * household is sealed (that would bless whatever was changed meanwhile); the flag is set again, so a
 * household without a MAC is reported as changed.
 */
export async function sealCaseContent(
  db: MaatwerkDb,
  audit: AuditContext,
): Promise<{ sealed: number; skippedAfterRemovedFlag: boolean }> {
  const contentKey = contentKeyOf(audit.key)
  if (await isCaseContentSealed(db, contentKey)) return { sealed: 0, skippedAfterRemovedFlag: false }
  const flag = { key: CASE_CONTENT_SEALED_KEY, value: sealedFlagValue(contentKey) }
  const passedBefore = await db.audit.filter((row) => row.action === CONTENT_SEALED_ACTION).first()
  if (passedBefore) {
    await db.transaction('rw', db.meta, () => db.meta.put(flag))
    return { sealed: 0, skippedAfterRemovedFlag: true }
  }
  let sealed = 0
  let after: string | null = null
  for (;;) {
    const collection = after === null ? db.households.orderBy(':id') : db.households.where(':id').above(after)
    const page: string[] = (await collection.limit(CONTENT_SEALING_CHUNK).primaryKeys()) as string[]
    const last = page.at(-1)
    if (last === undefined) break
    after = last
    sealed += await db.transaction('rw', [db.households, db.caseContents], async () => {
      let written = 0
      for (const id of page) {
        const stored = await readStoredCaseRows(db, id)
        if (!stored || stored.household.contentMac !== undefined) continue
        await db.households.put(withContentMac(contentKey, stored))
        written += 1
      }
      return written
    })
  }
  await db.transaction('rw', db.meta, db.audit, async () => {
    await db.meta.put(flag)
    // Nothing sealed (a new database, or one whose households all had a MAC): nothing to record.
    if (sealed === 0) return
    await appendAudit(db, audit, [
      {
        action: CONTENT_SEALED_ACTION,
        objectType: 'database',
        objectId: `count:${sealed}`,
        householdId: null,
      },
    ])
  })
  return { sealed, skippedAfterRemovedFlag: false }
}
