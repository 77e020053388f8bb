/**
 * Keeps the audit chain's head in the sentinel (outside IndexedDB), so that removing every entry
 * together with the head in `meta`, or dropping the newest entries, is noticed at the next start.
 *
 * The anchor is part of every save's completion: the write transaction checks at its start that the
 * chain still holds the anchored entry (`mayAdvance`) and takes the head it appends from the append
 * itself (audit.ts `appendedAuditHead`), so nothing done to the database after the commit can change
 * what is anchored; the anchor takes that head the moment the commit is known (`advance`), and the
 * save resolves only after the sentinel holds it (`write`; context.ts `runWrite`).
 *
 * Ordering when the process dies: the database commits first, the anchor follows. Dying in between
 * leaves the anchor one save behind the chain, which the start-up check accepts (the anchored entry
 * still exists with its hash); the anchor is never ahead of a committed chain (no false alarm) and is
 * never lowered, so a chain shorter than the anchor is always reported.
 *
 * The anchor only moves forward along the same chain: a head is anchored only when the entry at the
 * current anchor's sequence number is still there with the same hash (checked in the transaction,
 * which holds the whole database, so the chain cannot change between the check and the commit).
 * A chain cut back behind the anchor — before this start, or between two saves — leaves the anchor
 * where it was, so the check at the next start reports it instead of the anchor following the damage.
 *
 * Further rules:
 * - the first read is remembered: that is the head the start-up check compares the chain with;
 * - a chain that failed the start-up check (`hold`) never moves the anchor again in this session;
 * - a restore legitimately rewinds the chain: it starts only once the sentinel holds every head
 *   committed before it (`flush`; open.ts), so a kill right after its commit leaves the head its
 *   entry names as replaced, never an older one; between `release` and `settle` the anchor follows
 *   the database's head whatever it is;
 * - a start-up check that passed moves the anchor read at open to the verified head (`confirm`):
 *   after such a kill that anchor names an entry the restore removed, which no save could advance;
 * - writes from other connections (the demo workers) are anchored from a read after their commit
 *   (`captureHead`).
 * - an entry written without the key (an old, unkeyed log) is never anchored.
 */
import type { AuditHeadRecord, Sentinel, SentinelStore } from './api'
import type { MaatwerkDb } from './db'

type AnchorMode = 'follow' | 'held' | 'rebase'

type AnchoredSentinel = SentinelStore & {
  /** The audit head of the sentinel as first read (null: none recorded, or nothing read yet). */
  initialHead(): AuditHeadRecord | null
  /**
   * Inside the write transaction, before its work: whether a head this transaction appends may be
   * anchored — false for a held anchor, or a chain that no longer holds the anchored entry.
   */
  mayAdvance(): Promise<boolean>
  /** In a read transaction over `audit`: the head to anchor after a commit by another connection. */
  captureHead(): Promise<AuditHeadRecord | null>
  /**
   * Right after the commit, before anything else is awaited: takes `head` (from `captureHead`) as the
   * anchor unless a later one is already known. The next `write` records it.
   */
  advance(head: AuditHeadRecord | null): void
  /**
   * The chain passed the start-up check with `head` as its newest keyed entry: the anchor keeps
   * following it, from that head on.
   */
  confirm(head: AuditHeadRecord | null): void
  /** Resolves once every sentinel write queued so far has ended (landed or failed). */
  flush(): Promise<void>
  /** The chain failed the start-up check: the anchor stays where it is for the rest of the session. */
  hold(): void
  /** A restore is about to replace the chain: until `settle`, the anchor follows the database's head. */
  release(): void
  /** The restore ended; when it replaced the chain, the head read at open no longer applies. */
  settle(restored: boolean): void
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
  // The newest head known to be committed on the anchored chain (what the next sentinel write holds).
  let anchored: AuditHeadRecord | null = null
  let mode: AnchorMode = 'follow'
  let writes: Promise<void> = Promise.resolve()

  // Sentinel writes one after another, each with the newest anchor when its turn comes: an older
  // head never lands after a newer one. A failed write does not stop the ones after it.
  const writeWith = (value: Sentinel): Promise<void> => {
    const { audit: _ignored, ...rest } = value
    const run = writes.then(() => store.write(anchored ? { ...rest, audit: { ...anchored } } : rest))
    writes = run.catch(() => undefined)
    return run
  }

  return {
    async read() {
      const value = await store.read()
      if (initial === null) {
        const head = value?.audit && isAuditHeadRecord(value.audit) ? value.audit : null
        initial = { head }
        anchored = head
      }
      return value
    },
    write: (value: Sentinel) => writeWith(value),
    initialHead: () => initial?.head ?? null,
    mayAdvance() {
      // A Dexie request like the write's own first reads: issued before the work, never after it.
      const anchor = anchored
      if (mode === 'held') return Promise.resolve(false)
      if (mode === 'rebase' || anchor === null) return Promise.resolve(true)
      return db.audit.get(anchor.seq).then((entry) => entry?.keyed === true && entry.hash === anchor.hash)
    },
    async captureHead() {
      if (!(await this.mayAdvance())) return null
      const head = await currentKeyedHead(db)
      return head && (anchored === null || mode === 'rebase' || head.seq > anchored.seq) ? head : null
    },
    advance(head) {
      if (head === null || mode === 'held') return
      if (mode === 'rebase' || anchored === null || head.seq > anchored.seq) anchored = { ...head }
    },
    confirm(head) {
      if (mode === 'held') mode = 'follow'
      // The check compared the chain with the anchor as read at open and proved that `head` extends
      // it — or that the newest restore replaced the chain it belonged to (a kill between the
      // restore's commit and its anchor write). In that case the anchored entry is gone for good:
      // staying on it, no later save could move the anchor (`mayAdvance` finds it missing), and the
      // next kill right after a restore found an anchor that neither the chain nor that restore
      // named. Only that anchor is replaced; one a commit of this session moved stays with `advance`.
      const opened = initial?.head ?? null
      const unmoved =
        anchored === null || (opened !== null && anchored.seq === opened.seq && anchored.hash === opened.hash)
      if (head !== null && mode !== 'rebase' && unmoved) anchored = { ...head }
    },
    flush: () => writes,
    hold() {
      mode = 'held'
    },
    release() {
      mode = 'rebase'
    },
    settle(restored) {
      if (mode === 'rebase') mode = 'follow'
      if (restored) initial = { head: null }
    },
  }
}
