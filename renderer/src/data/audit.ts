/**
 * The audit log: an append-only, hash-chained table written in the same transaction as the change it
 * records (BIO2 8.15.01 fields: action, object, result, origin device, actor, timestamp; 8.15.05/06
 * tamper evidence). Entries never hold names, BSNs or free text: only ids and fixed action names.
 *
 * Chain: `hash = HMAC-SHA-256(key, prevHash + canonical(entry))`, where the canonical form holds
 * digests of the object and household ids. The key is held outside IndexedDB (desktop: encrypted by
 * the operating system through Electron `safeStorage`; browser: see electron/SECURITY.md), so whoever
 * can edit the database cannot recompute a valid chain after changing or removing entries.
 *
 * Erasing a household (GDPR art. 17) blanks the raw ids of its entries and keeps the digests, so the
 * chain still verifies and no entry but the tombstone names the household. The head (last seq + hash)
 * is kept in `meta`, in the sentinel outside the database and in every backup; the start-up check
 * compares all of them (`verifyAuditChain`).
 *
 * Migration: logs written before the key existed carry plain SHA-256 hashes (rows without `keyed`).
 * Such a legacy prefix still verifies with the old formula; the first start with a key appends an
 * `audit.keyed` entry that links the keyed chain to the legacy head. A legacy row after a keyed row is
 * a break (nobody can "downgrade" part of the chain).
 *
 * Hashing is synchronous (`@noble/hashes`), because it runs inside the Dexie transaction that writes
 * the change: awaiting WebCrypto there would let IndexedDB auto-commit the transaction.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { Dexie } from 'dexie'
import type { AuditEntry } from './api'
import type { AuditRow, MaatwerkDb } from './db'

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** HMAC-SHA-256 of the UTF-8 encoding of `text` under `key`, as 64 lowercase hex digits. */
function hmacSha256Hex(key: Uint8Array, text: string): string {
  return bytesToHex(hmac(sha256, key, utf8ToBytes(text)))
}

/** Length of an audit key in bytes (256 bits, the output size of SHA-256). */
export const AUDIT_KEY_BYTES = 32

const GENESIS_HASH = '0'.repeat(64)
const AUDIT_HEAD_KEY = 'auditHead'

type AuditHead = { seq: number; hash: string }

export type AuditInput = {
  action: string
  objectType: string
  objectId: string
  householdId: string | null
  result?: 'ok' | 'refused'
}

export type AuditContext = {
  actor: string
  device: string
  now: () => string
  /** The HMAC key of the chain (held outside IndexedDB). */
  key: Uint8Array
}

export function digestId(kind: 'object' | 'household', id: string | null): string {
  return id === null ? '' : sha256Hex(`${kind}:${id}`)
}

type HashedFields = Omit<AuditRow, 'hash' | 'objectId' | 'householdId' | 'erased' | 'keyed'>

function canonicalEntry(row: HashedFields): string {
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

/** The keyed hash of an entry (every entry written since the key exists). */
function computeAuditHash(row: HashedFields, key: Uint8Array): string {
  return hmacSha256Hex(key, row.prevHash + canonicalEntry(row))
}

/** The unkeyed hash of entries written before the key existed (verification of old logs only). */
export function computeLegacyAuditHash(row: HashedFields): string {
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
    keyed: true,
    hash: computeAuditHash(base, context.key),
  }
}

/**
 * The audit rows of a dump, ready to be restored on this device. A backup made on another device
 * carries a chain keyed under that device's key, which this device can never check: restored as it
 * is, the next start reported a tampered log (from entry 1) after every restore onto a new computer.
 *
 * Such a chain is taken over only when it is wholly foreign and whole: no keyed entry verifies under
 * this key (one that does means this device's own chain, whose breaks must stay visible), the
 * entries run 1, 2, 3 … each naming the hash before it, their digests fit their ids, and the entries
 * from before the key verify unkeyed. The backup file it came from is authenticated (AES-GCM under
 * the passphrase), so this is the history as that device wrote it. Its keyed entries are then hashed
 * again under this key, content unchanged (device, actor and time still say where each came from);
 * the restore records how many. Anything else is restored as it is, and the check reports it.
 */
export function adoptForeignChain(
  rows: readonly AuditRow[],
  key: Uint8Array,
): { rows: AuditRow[]; rehashed: number } {
  const ordered = [...rows].sort((a, b) => a.seq - b.seq)
  const keyed = ordered.filter((row) => row.keyed === true)
  const unchanged = { rows: [...rows], rehashed: 0 }
  if (keyed.length === 0 || keyed.some((row) => row.hash === computeAuditHash(row, key))) return unchanged
  let prevHash = GENESIS_HASH
  let seenKeyed = false
  for (const [index, row] of ordered.entries()) {
    if (row.seq !== index + 1 || row.prevHash !== prevHash) return unchanged
    if (row.result !== 'ok' && row.result !== 'refused') return unchanged
    if (!row.erased) {
      if (row.objectDigest !== digestId('object', row.objectId)) return unchanged
      if (row.householdDigest !== digestId('household', row.householdId)) return unchanged
    } else if (row.objectId !== '' || row.householdId !== null) return unchanged
    if (row.keyed === true) seenKeyed = true
    else if (seenKeyed || row.hash !== computeLegacyAuditHash(row)) return unchanged
    prevHash = row.hash
  }
  const adopted: AuditRow[] = []
  prevHash = GENESIS_HASH
  for (const row of ordered) {
    if (row.keyed !== true) {
      adopted.push(row)
      prevHash = row.hash
      continue
    }
    const next = { ...row, prevHash }
    next.hash = computeAuditHash(next, key)
    adopted.push(next)
    prevHash = next.hash
  }
  return { rows: adopted, rehashed: keyed.length }
}

/** Reads the chain head. Call inside the writing transaction (the audit and meta tables in scope). */
export async function readAuditHead(db: MaatwerkDb): Promise<AuditHead | null> {
  const last = await db.audit.orderBy('seq').last()
  return last ? { seq: last.seq, hash: last.hash } : null
}

/** The head each open write transaction appended last (read by `appendedAuditHead`). */
const appendedHeads = new WeakMap<object, AuditHead>()

/**
 * The head this transaction appended, without another request: the anchor outside the database is
 * taken from it (audit-anchor.ts). A request issued after the write's own work could find IndexedDB
 * already committing. Null when the transaction appended nothing.
 */
export function appendedAuditHead(transaction: object): AuditHead | null {
  return appendedHeads.get(transaction) ?? null
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
  const transaction = Dexie.currentTransaction
  if (transaction && head) appendedHeads.set(transaction, head)
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

/** `eraseHouseholdFromAudit` for many households at once (a bulk removal); same transaction rule. */
export async function eraseHouseholdsFromAudit(
  db: MaatwerkDb,
  householdIds: readonly string[],
): Promise<void> {
  if (householdIds.length === 0) return
  await db.audit
    .where('householdId')
    .anyOf([...householdIds])
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

/** The chain head as kept outside the database: last sequence number and its hash. */
type AuditAnchor = AuditHead

/** Heads recorded outside IndexedDB, compared with the chain at start-up. */
type AuditAnchors = {
  /** From the sentinel as it was read at open (null: an older sentinel without a head, or none). */
  sentinel?: AuditAnchor | null
  /** From the newest backup's header. */
  backup?: { head: AuditAnchor; createdAt: string } | null
}

/** Why a chain failed: an entry, the head in `meta`, the sentinel's head, a backup's head, or the key. */
type AuditBreakReason = 'entry' | 'head' | 'sentinel' | 'backup'

type AuditChainCheck = {
  ok: boolean
  brokenAtSeq: number | null
  reason?: AuditBreakReason
  /** Entries in the chain and whether any was written without the key (a log from before the key). */
  count?: number
  legacyEntries?: number
  /**
   * A chain that passed: its newest entry when keyed (null: empty, or its newest entry is unkeyed).
   * The anchor outside the database moves to it (audit-anchor.ts `confirm`), also when the sentinel
   * passed only because the newest restore named it as the head it replaced.
   */
  head?: AuditHead | null
}

/**
 * Recomputes the whole chain with the key and compares its head with every anchor; reports the first
 * sequence number at which it breaks and why.
 *
 * An anchor need not be the newest entry (the sentinel is written after the commit, a backup some
 * time ago), but the entry at its sequence number must exist, be keyed and carry exactly its hash. A
 * backup made before the newest restore is not compared (a restore legitimately rewinds the chain).
 */
export async function verifyAuditChain(
  db: MaatwerkDb,
  key: Uint8Array,
  anchors: AuditAnchors = {},
): Promise<AuditChainCheck> {
  return db.transaction('r', db.audit, db.meta, async () => {
    let expectedSeq = 1
    let prevHash = GENESIS_HASH
    let brokenAtSeq: number | null = null
    let seenKeyed = false
    let lastKeyed = false
    let legacyEntries = 0
    let lastRestoreAt = null as string | null
    let lastRestoreReplaced = null as string | null
    const wanted = new Set<number>()
    if (anchors.sentinel && anchors.sentinel.seq > 0) wanted.add(anchors.sentinel.seq)
    if (anchors.backup && anchors.backup.head.seq > 0) wanted.add(anchors.backup.head.seq)
    const found = new Map<number, { hash: string; keyed: boolean }>()
    await db.audit
      .orderBy('seq')
      .until(() => brokenAtSeq !== null, true)
      .each((row: AuditRow) => {
        if (!isIntactRow(row, expectedSeq, prevHash, key, !seenKeyed)) {
          brokenAtSeq = Math.min(row.seq, expectedSeq)
          return
        }
        if (row.keyed === true) seenKeyed = true
        else legacyEntries += 1
        lastKeyed = row.keyed === true
        if (row.action === 'database.restore') {
          lastRestoreAt = row.at
          lastRestoreReplaced = row.objectId
        }
        if (wanted.has(row.seq)) found.set(row.seq, { hash: row.hash, keyed: row.keyed === true })
        expectedSeq = row.seq + 1
        prevHash = row.hash
      })
    if (brokenAtSeq !== null) return { ok: false, brokenAtSeq, reason: 'entry' }
    const count = expectedSeq - 1
    const headRow = await db.meta.get(AUDIT_HEAD_KEY)
    const head = headRow?.value as AuditHead | undefined
    if (head && (head.seq !== count || head.hash !== prevHash)) {
      // Entries after the last surviving one were removed (or the head was altered).
      return { ok: false, brokenAtSeq: expectedSeq, reason: 'head', count }
    }
    if (!head && count > 0) return { ok: false, brokenAtSeq: count, reason: 'head', count }
    const anchorBreak = (anchor: AuditAnchor): number | null => {
      if (anchor.seq <= 0) return null
      const entry = found.get(anchor.seq)
      if (!entry) return count + 1 // the anchored entry (and everything after it) is gone
      return entry.hash === anchor.hash && entry.keyed ? null : anchor.seq
    }
    if (anchors.sentinel) {
      const at = anchorBreak(anchors.sentinel)
      // The process died between a restore's commit and the anchor following it: the sentinel still
      // holds the head the restore replaced, which the newest (keyed, so unforgeable) restore entry
      // names. Any other missing anchor — including the restored chain cut back — is a break.
      const replacedByRestore =
        lastRestoreReplaced === `replaced:${anchors.sentinel.seq}:${anchors.sentinel.hash}`
      if (at !== null && !replacedByRestore) return { ok: false, brokenAtSeq: at, reason: 'sentinel', count }
    }
    const backup = anchors.backup
    const restoredSince = backup && lastRestoreAt !== null && lastRestoreAt >= backup.createdAt
    if (backup && !restoredSince) {
      const at = anchorBreak(backup.head)
      if (at !== null) return { ok: false, brokenAtSeq: at, reason: 'backup', count }
    }
    const verifiedHead = count > 0 && lastKeyed ? { seq: count, hash: prevHash } : null
    return { ok: true, brokenAtSeq: null, count, legacyEntries, head: verifiedHead }
  })
}

/**
 * The first start with a key: when the newest entry was written without one, appends an
 * `audit.keyed` entry that links the keyed chain to it. Call inside a 'rw' transaction with
 * `audit` and `meta`. Returns whether it appended.
 */
export async function anchorLegacyChain(db: MaatwerkDb, context: AuditContext): Promise<boolean> {
  const last = await db.audit.orderBy('seq').last()
  if (!last || last.keyed === true) return false
  await appendAudit(db, context, [
    { action: 'audit.keyed', objectType: 'audit', objectId: 'audit', householdId: null },
  ])
  return true
}

function isIntactRow(
  row: AuditRow,
  expectedSeq: number,
  prevHash: string,
  key: Uint8Array,
  legacyAllowed: boolean,
): boolean {
  if (row.seq !== expectedSeq || row.prevHash !== prevHash) return false
  if (row.result !== 'ok' && row.result !== 'refused') return false
  if (!row.erased) {
    if (row.objectDigest !== digestId('object', row.objectId)) return false
    if (row.householdDigest !== digestId('household', row.householdId)) return false
  } else if (row.objectId !== '' || row.householdId !== null) {
    return false
  }
  if (row.keyed === true) return row.hash === computeAuditHash(row, key)
  return legacyAllowed && row.hash === computeLegacyAuditHash(row)
}
