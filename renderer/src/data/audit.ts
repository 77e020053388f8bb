/**
 * The audit log: an append-only, hash-chained table written in the same transaction as the change it
 * records (BIO2 8.15.01 fields: action, object, result, origin device, actor, timestamp; 8.15.05/06
 * tamper evidence). Entries never hold names, BSNs or free text: only ids and fixed action names.
 *
 * Chain: `hash = SHA-256(prevHash + canonical(entry))`, where the canonical form holds digests of the
 * object and household ids. Erasing a household (GDPR art. 17) blanks the raw ids of its entries and
 * keeps the digests, so the chain still verifies and no entry but the tombstone names the household.
 * The head (last seq + hash) is kept in `meta`, so removing the newest entries is detected too.
 */
import type { AuditEntry } from './api'
import type { AuditRow, MaatwerkDb } from './db'
import { sha256Hex } from './sha256'

export const GENESIS_HASH = '0'.repeat(64)
const AUDIT_HEAD_KEY = 'auditHead'

export type AuditHead = { seq: number; hash: string }

export type AuditInput = {
  action: string
  objectType: string
  objectId: string
  householdId: string | null
  result?: 'ok' | 'refused'
}

export type AuditContext = { actor: string; device: string; now: () => string }

export function digestId(kind: 'object' | 'household', id: string | null): string {
  return id === null ? '' : sha256Hex(`${kind}:${id}`)
}

function canonicalEntry(row: Omit<AuditRow, 'hash' | 'objectId' | 'householdId' | 'erased'>): string {
  return JSON.stringify([
    row.seq,
    row.at,
    row.actor,
    row.device,
    row.action,
    row.objectType,
    row.objectDigest,
    row.householdDigest,
    row.result,
    row.prevHash,
  ])
}

export function computeAuditHash(
  row: Omit<AuditRow, 'hash' | 'objectId' | 'householdId' | 'erased'>,
): string {
  return sha256Hex(row.prevHash + canonicalEntry(row))
}

/**
 * Builds the next entry after `previous` (synchronous: hashing must not leave the transaction).
 */
export function buildAuditRow(
  previous: AuditHead | null,
  input: AuditInput,
  context: AuditContext,
): AuditRow {
  const base = {
    seq: (previous?.seq ?? 0) + 1,
    at: context.now(),
    actor: context.actor,
    device: context.device,
    action: input.action,
    objectType: input.objectType,
    objectDigest: digestId('object', input.objectId),
    householdDigest: digestId('household', input.householdId),
    result: input.result ?? 'ok',
    prevHash: previous?.hash ?? GENESIS_HASH,
  }
  return {
    ...base,
    objectId: input.objectId,
    householdId: input.householdId,
    erased: false,
    hash: computeAuditHash(base),
  }
}

/** Reads the chain head. Call inside the writing transaction (the audit and meta tables in scope). */
export async function readAuditHead(db: MaatwerkDb): Promise<AuditHead | null> {
  const last = await db.audit.orderBy('seq').last()
  return last ? { seq: last.seq, hash: last.hash } : null
}

/** Appends entries in order; call inside a 'rw' transaction that includes `audit` and `meta`. */
export async function appendAudit(
  db: MaatwerkDb,
  context: AuditContext,
  inputs: AuditInput[],
): Promise<void> {
  if (inputs.length === 0) return
  let head = await readAuditHead(db)
  const rows: AuditRow[] = []
  for (const input of inputs) {
    const row = buildAuditRow(head, input, context)
    rows.push(row)
    head = { seq: row.seq, hash: row.hash }
  }
  await db.audit.bulkAdd(rows)
  await db.meta.put({ key: AUDIT_HEAD_KEY, value: head })
}

/**
 * Removes the raw ids of a household's entries (keeps their digests, so the chain verifies).
 * Call inside the transaction that deletes the household.
 */
export async function eraseHouseholdFromAudit(db: MaatwerkDb, householdId: string): Promise<void> {
  await db.audit
    .where('householdId')
    .equals(householdId)
    .modify((row: AuditRow) => {
      row.objectId = ''
      row.householdId = null
      row.erased = true
    })
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    device: row.device,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    householdId: row.householdId,
    result: row.result,
    hash: row.hash,
    prevHash: row.prevHash,
    erased: row.erased,
  }
}

/** Recomputes the whole chain; reports the first sequence number at which it breaks. */
export async function verifyAuditChain(db: MaatwerkDb): Promise<{ ok: boolean; brokenAtSeq: number | null }> {
  return db.transaction('r', db.audit, db.meta, async () => {
    let expectedSeq = 1
    let prevHash = GENESIS_HASH
    let brokenAtSeq: number | null = null
    await db.audit
      .orderBy('seq')
      .until(() => brokenAtSeq !== null, true)
      .each((row: AuditRow) => {
        if (!isIntactRow(row, expectedSeq, prevHash)) {
          brokenAtSeq = Math.min(row.seq, expectedSeq)
          return
        }
        expectedSeq = row.seq + 1
        prevHash = row.hash
      })
    if (brokenAtSeq !== null) return { ok: false, brokenAtSeq }
    const headRow = await db.meta.get(AUDIT_HEAD_KEY)
    const head = headRow?.value as AuditHead | undefined
    if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
      // Entries after the last surviving one were removed (or the head was altered).
      return { ok: false, brokenAtSeq: expectedSeq }
    }
    if (!head && expectedSeq !== 1) return { ok: false, brokenAtSeq: expectedSeq - 1 }
    return { ok: true, brokenAtSeq: null }
  })
}

function isIntactRow(row: AuditRow, expectedSeq: number, prevHash: string): boolean {
  if (row.seq !== expectedSeq || row.prevHash !== prevHash) return false
  if (row.result !== 'ok' && row.result !== 'refused') return false
  if (!row.erased) {
    if (row.objectDigest !== digestId('object', row.objectId)) return false
    if (row.householdDigest !== digestId('household', row.householdId)) return false
  } else if (row.objectId !== '' || row.householdId !== null) {
    return false
  }
  return row.hash === computeAuditHash(row)
}
