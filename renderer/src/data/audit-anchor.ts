/**
 * Keeps the audit chain's head in the sentinel (outside IndexedDB), so that removing every entry
 * together with the head in `meta`, or dropping the newest entries, is noticed at the next start.
 *
 * The wrapper sits between the data layer and the real sentinel store:
 * - the first read is remembered: that is the head the start-up check compares the chain with
 *   (later writes must not replace it before the comparison);
 * - every write carries the current head, but only once the chain passed the start-up check
 *   (`confirm`) or was legitimately replaced by a restore (`release`). Until then the head read at
 *   open is written back unchanged, so a database that failed the check can never lower the anchor
 *   and hide its own damage from the next start;
 * - an entry written without the key (an old, unkeyed log) is never written as the anchor.
 */
import type { AuditHeadRecord, Sentinel, SentinelStore } from './api'
import type { MaatwerkDb } from './db'

type AnchoredSentinel = SentinelStore & {
  /** The audit head of the sentinel as first read (null: none recorded, or nothing read yet). */
  initialHead(): AuditHeadRecord | null
  /** The chain passed the start-up check: from now on each write records the current head. */
  confirm(): void
  /** The chain was replaced by a restore: the old anchor no longer applies. */
  release(): void
}

export function isAuditHeadRecord(value: unknown): value is AuditHeadRecord {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    Object.keys(record).length === 2 &&
    typeof record['seq'] === 'number' &&
    Number.isInteger(record['seq']) &&
    record['seq'] >= 0 &&
    typeof record['hash'] === 'string' &&
    /^[0-9a-f]{64}$/.test(record['hash'])
  )
}

/** The newest keyed entry as an anchor; null when the log is empty or its newest entry is unkeyed. */
export async function currentKeyedHead(db: MaatwerkDb): Promise<AuditHeadRecord | null> {
  const last = await db.audit.orderBy('seq').last()
  return last && last.keyed === true ? { seq: last.seq, hash: last.hash } : null
}

export function createAnchoredSentinel(store: SentinelStore, db: MaatwerkDb): AnchoredSentinel {
  let initial: { head: AuditHeadRecord | null } | null = null
  let trusted = false
  return {
    async read() {
      const value = await store.read()
      if (initial === null)
        initial = { head: value?.audit && isAuditHeadRecord(value.audit) ? value.audit : null }
      return value
    },
    async write(value: Sentinel) {
      const head = trusted ? await currentKeyedHead(db) : (initial?.head ?? null)
      const { audit: _ignored, ...rest } = value
      await store.write(head ? { ...rest, audit: head } : rest)
    },
    initialHead: () => initial?.head ?? null,
    confirm() {
      trusted = true
    },
    release() {
      trusted = true
      initial = { head: null }
    },
  }
}
