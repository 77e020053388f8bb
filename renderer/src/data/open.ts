/**
 * Opening the data layer: the database, the data-format guard, the sentinel check, the persistence
 * request, and the repositories wired to one shared context.
 */
import { createDemoPortfolioWriter } from './demo-portfolio'
import { runDemoInWorkers } from './demo-workers'
import { createCaseloadAnalysis } from './caseload-workers'
import { createPortfolioResultRepository } from './portfolio-results'
import type { DBCore, Middleware } from 'dexie'
import type { MunicipalityConfig } from '#shared/domain/types'
import { EXAMPLE_CASES } from '#shared/examples'
import {
  DataError,
  type AuditHeadRecord,
  type AuditRepository,
  type DatabaseDump,
  type DataLayer,
  type OpenDataLayerOptions,
  type Sentinel,
  type StartupState,
  type UnavailableReason,
} from './api'
import { anchorLegacyChain, appendAudit, AUDIT_KEY_BYTES, toAuditEntry, verifyAuditChain } from './audit'
import { createAnchoredSentinel } from './audit-anchor'
import { createCaseRepository, importExampleCases, removeExampleCases } from './case-repository'
import { INSTALL_ID_KEY, runWrite, type DataContext } from './context'
import { DATA_FORMAT_VERSION, MaatwerkDb, type AuditRow } from './db'
import { DATA_FORMAT_KEY, dumpDatabase, dumpUntouchedDatabase, restoreDatabase } from './dump'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import { contentKeyOf, isCaseContentSealed, sealCaseContent } from './content-mac'
import { checkAtRestKey, countPlainRows, forgetSealedComplete, migrateToSealed } from './at-rest-migration'
import { resolveImportKey } from './import-identity'
import { createSealingKey, type SealingKey } from './sealed-box'
import { createMunicipalityRepository, engineDefaultMunicipality } from './municipality-repository'

const DEFAULT_DATABASE_NAME = 'maatwerk'
const CREATED_AT_KEY = 'createdAt'

/**
 * Bulk work (imports, demo portfolios, restores) needs this many times its JSON size free: rows,
 * indexes, the transaction journal and Chromium's own bookkeeping (an estimate with room to spare, not
 * a measurement), plus a fixed margin for everything else the app writes.
 */
const STORAGE_HEADROOM_FACTOR = 3
const STORAGE_MARGIN_BYTES = 20 * 1024 * 1024

type StorageEstimate = { quota?: number; usage?: number }

/** Test seams that are not part of the public contract. */
export type DataLayerHooks = {
  /** DBCore middlewares (failure injection: quota, aborted writes). */
  middleware?: Middleware<DBCore>[]
  /** Replaces the engine's default municipality. */
  defaultMunicipality?: () => MunicipalityConfig | null
  /** Replaces `navigator.storage` for the persistence request and the free-space estimate. */
  storage?: { persist?: () => Promise<boolean>; estimate?: () => Promise<StorageEstimate> } | null
}

export function openDataLayer(options: OpenDataLayerOptions): Promise<DataLayer> {
  return openDataLayerWith(options, {})
}

type OpenedState = {
  startup: StartupState
  readOnly: boolean
  installId: string
  createdAt: string
}

type StorageLike = NonNullable<DataLayerHooks['storage']>

export async function openDataLayerWith(
  options: OpenDataLayerOptions,
  hooks: DataLayerHooks,
): Promise<DataLayer> {
  const now = options.now ?? (() => new Date().toISOString())
  const newId = options.newId ?? (() => crypto.randomUUID())
  const db = new MaatwerkDb(options.name ?? DEFAULT_DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    legacyDoNothing: options.legacyDoNothing ?? null,
    now,
  })
  for (const middleware of hooks.middleware ?? []) db.use(middleware)
  if (!(options.auditKey instanceof Uint8Array) || options.auditKey.length !== AUDIT_KEY_BYTES) {
    return createFailedLayer(new DataError('unknown', DATA_ERROR_MESSAGES.openFailed))
  }
  const auditContext = {
    actor: options.actor ?? 'local-user',
    device: options.device ?? 'this-device',
    now,
    key: options.auditKey,
  }
  // The sentinel carries the audit chain's head too (audit-anchor.ts).
  const sentinel = createAnchoredSentinel(options.sentinel, db)

  let atRest: SealingKey | null = null
  let importKey: Uint8Array
  let opened: OpenedState
  let atRestComplete = true
  let caseContentSealed: boolean
  // The version on disk before this open: an open that fails below the current schema is a failed
  // upgrade, which the user is told as such (the data stays as it was: the upgrade is one transaction).
  const storedVersion = await storedDatabaseVersion(
    options.indexedDB ?? globalThis.indexedDB,
    options.name ?? DEFAULT_DATABASE_NAME,
  )
  let dexieOpened = false
  try {
    if (options.atRestKey !== undefined) atRest = await createSealingKey(options.atRestKey)
    await db.open()
    dexieOpened = true
    // Sealed BSNs and notes that this key cannot open: refuse before anything is read or written.
    const keyState = await checkAtRestKey(db, atRest)
    if (keyState === 'mismatch' || keyState === 'missing-key') {
      const message =
        keyState === 'mismatch' ? DATA_ERROR_MESSAGES.atRestKeyMismatch : DATA_ERROR_MESSAGES.atRestKeyMissing
      throw new DataError('unavailable', message, [{ path: '', message }])
    }
    opened = await inspectDatabase(db, sentinel, now, newId)
    if (!opened.readOnly) {
      await db.transaction('rw', db.audit, db.meta, () => anchorLegacyChain(db, auditContext))
    }
    importKey = opened.readOnly
      ? (options.importKey ?? deriveImportKey(options.auditKey))
      : await resolveImportKey(db, options.importKey ?? deriveImportKey(options.auditKey), atRest)
    if (atRest !== null && !opened.readOnly) {
      // Plain fields from before (or from a session without the key) are sealed now; a failure
      // leaves them readable and the next start continues (at-rest-migration.ts).
      try {
        await migrateToSealed(db, atRest, contentKeyOf(auditContext.key))
      } catch {
        atRestComplete = false
      }
    } else if (atRest === null) {
      if (!opened.readOnly) await forgetSealedComplete(db)
      atRestComplete = (await countPlainRows(db)) === 0
    }
    // Households from before the content MAC get one now (trust on first use, content-mac.ts); a
    // failure leaves them readable without one, and the next start carries on.
    if (!opened.readOnly) {
      try {
        await sealCaseContent(db, auditContext)
      } catch {
        // Not sealed yet: a missing MAC stays tolerated (caseContentSealed false) until a pass completes.
      }
    }
    caseContentSealed = await isCaseContentSealed(db, contentKeyOf(auditContext.key))
  } catch (error) {
    db.close()
    const upgradeFailed = !dexieOpened && storedVersion !== null && storedVersion < db.verno * 10
    if (!upgradeFailed) return createFailedLayer(error)
    // The upgrade rolled back: the old database is as it was, and a copy of it can still be saved.
    const factory = options.indexedDB ?? globalThis.indexedDB
    const name = options.name ?? DEFAULT_DATABASE_NAME
    return createFailedLayer(error, DATA_ERROR_MESSAGES.upgradeFailed, () =>
      dumpUntouchedDatabase(factory, name, now()),
    )
  }
  // The upgrade committed: the selections it moved now live in the database only.
  for (const householdId of db.legacyDoNothingMoved) {
    try {
      options.legacyDoNothing?.remove(householdId)
    } catch {
      // A stale copy in localStorage is harmless: the upgrade that reads it never runs again.
    }
  }

  const storage: StorageLike | null | undefined =
    hooks.storage !== undefined ? hooks.storage : (globalThis.navigator as Navigator | undefined)?.storage
  const storagePersisted = await requestPersistence(storage)

  const unavailableListeners = new Set<(reason: UnavailableReason) => void>()
  const restoredListeners = new Set<() => void>()
  let closedByUs = false
  let lostReason: UnavailableReason | null = null
  /** The database stopped being ours: refuse every write from now on and tell the app once. */
  const markLost = (reason: UnavailableReason): void => {
    if (lostReason !== null || closedByUs) return
    lostReason = reason
    context.state.blocked = 'lost'
    for (const listener of unavailableListeners) listener(reason)
  }

  /**
   * Anchors the audit head and refreshes the sentinel. `head` is what the write transaction captured;
   * undefined reads it now (a commit by another connection, or after the start-up check).
   */
  const sentinelUpdates = new Set<Promise<void>>()
  const writeSentinel = (head?: AuditHeadRecord | null): Promise<void> => {
    const update = updateSentinel(head)
    sentinelUpdates.add(update)
    void update.finally(() => sentinelUpdates.delete(update))
    return update
  }
  /** Resolves once every sentinel update begun so far has ended (its write landed or failed). */
  const sentinelSettled = async (): Promise<void> => {
    await Promise.all([...sentinelUpdates])
    await sentinel.flush()
  }
  const updateSentinel = async (head?: AuditHeadRecord | null): Promise<void> => {
    try {
      // Synchronously on the commit's continuation when the head was captured, so the next write's
      // transaction already checks its chain against this head (audit-anchor.ts).
      if (head !== undefined) sentinel.advance(head)
      else sentinel.advance(await db.transaction('r', db.audit, () => sentinel.captureHead()))
      // Only a database that passed the start-up inspection (or was restored or accepted by the user)
      // may speak for the sentinel: a lost or unexplained-empty database must never lower it.
      if (context.state.blocked !== null || context.state.readOnly) return
      const householdCount = await db.households.count()
      if (context.state.blocked !== null) return
      await sentinel.write({
        installId: context.state.installId,
        createdAt: opened.createdAt,
        householdCount,
        lastSeenAt: now(),
      })
    } catch {
      // The change itself is committed; a sentinel that cannot be written only weakens the
      // silent-reset and truncation checks, it must not turn a saved change into an error.
    }
  }

  const context: DataContext = {
    db,
    now,
    newId,
    audit: auditContext,
    atRest,
    importKey,
    state: {
      readOnly: opened.readOnly,
      blocked: opened.startup.kind === 'data-missing' ? 'data-missing' : null,
      installId: opened.installId,
      caseContentSealed,
    },
    mayAnchorAuditHead: () => sentinel.mayAdvance(),
    afterChange: writeSentinel,
    onLost: (reason) => markLost(reason),
    ensureRoom: (bytes) => ensureRoom(storage, bytes),
  }

  // Another tab deleting the database, or a newer version upgrading it, asks us to close first.
  // Dexie's default closes and silently reopens (creating a fresh, empty database on the next
  // query); instead: close for good and stop. Returning false skips Dexie's default handler.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    markLost(event.newVersion ? 'upgrade' : 'deleted')
    db.close({ disableAutoOpen: true })
    return false
  })
  // The browser closed the connection itself (site data cleared, storage evicted): Dexie would
  // reopen automatically after its own close; switch that off once its handler has run.
  db.on('close', () => {
    if (closedByUs || lostReason !== null) return
    markLost('closed')
    queueMicrotask(() => db.close({ disableAutoOpen: true }))
  })

  const audit: AuditRepository = {
    async list(listOptions = {}) {
      try {
        const limit = listOptions.limit
        let rows: AuditRow[]
        if (listOptions.householdId !== undefined) {
          rows = await db.audit.where('householdId').equals(listOptions.householdId).reverse().sortBy('seq')
        } else {
          const newestFirst = db.audit.orderBy('seq').reverse()
          rows = await (limit !== undefined ? newestFirst.limit(limit) : newestFirst).toArray()
        }
        return (limit !== undefined ? rows.slice(0, limit) : rows).map(toAuditEntry)
      } catch (error) {
        throw toDataError(error)
      }
    },
    async verifyChain(anchors = {}) {
      try {
        const result = await verifyAuditChain(db, auditContext.key, {
          sentinel: sentinel.initialHead(),
          backup: anchors.backup ?? null,
        })
        // A chain that failed keeps the anchor where it is, so the next start reports it again.
        if (result.ok) {
          sentinel.confirm(result.head ?? null)
          await context.afterChange()
        } else sentinel.hold()
        return {
          ok: result.ok,
          brokenAtSeq: result.brokenAtSeq,
          ...(result.reason ? { reason: result.reason } : {}),
        }
      } catch (error) {
        throw toDataError(error)
      }
    },
    async record(event) {
      await runWrite(context, () => appendAudit(db, auditContext, [event]))
    },
  }

  // Workers open the database by name through the browser's own IndexedDB: not a fake one given here.
  const reachableByName = !options.indexedDB && (atRest === null || atRest.cryptoKey !== undefined)
  const workersReachDatabase = typeof Worker === 'function' && reachableByName
  // The portfolio's workers read the cases a what-if needs themselves (inline in tests, by name too).
  const portfolioResults = createPortfolioResultRepository(
    context,
    reachableByName ? { databaseName: db.name, atRestKey: atRest?.cryptoKey ?? null } : undefined,
  )
  const caseloadAnalysis = workersReachDatabase
    ? createCaseloadAnalysis(context, options.name ?? DEFAULT_DATABASE_NAME)
    : null
  return {
    startup: opened.startup,
    storagePersisted,
    cases: createCaseRepository(context),
    municipalities: createMunicipalityRepository(
      context,
      hooks.defaultMunicipality ?? engineDefaultMunicipality,
    ),
    portfolioResults,
    demoPortfolio: createDemoPortfolioWriter(context, portfolioResults),
    ...(workersReachDatabase
      ? {
          generateDemoInWorkers: (request, onChunk) =>
            runDemoInWorkers(context, options.name ?? DEFAULT_DATABASE_NAME, request, onChunk),
        }
      : {}),
    ...(caseloadAnalysis ? { caseloadAnalysis } : {}),
    audit,
    atRest: { enabled: atRest !== null, complete: atRestComplete },
    dumpDatabase: () => dumpDatabase(db, now(), atRest),
    async restoreDatabase(dump) {
      // The sentinel must hold the head the restore replaces before the restore commits: a kill
      // between the two then finds that head, which the restore entry names (audit.ts). A save's
      // anchor write still on its way at the commit left an older head no entry names: a false alarm.
      await sentinelSettled()
      // A restore legitimately rewinds the chain: its transaction anchors the restored head.
      sentinel.release()
      try {
        await restoreDatabase(context, dump)
      } catch (error) {
        sentinel.settle(false)
        throw error
      }
      sentinel.settle(true)
      // A restored database passed the dump's checks: it speaks for the sentinel again.
      if (context.state.blocked === 'data-missing') context.state.blocked = null
      await writeSentinel(null)
      for (const listener of [...restoredListeners]) listener()
    },
    async seedExamples() {
      await importExampleCases(context, EXAMPLE_CASES)
    },
    removeExamples: (options) => removeExampleCases(context, options),
    onRestored(listener) {
      restoredListeners.add(listener)
      return () => restoredListeners.delete(listener)
    },
    onUnavailable(listener) {
      unavailableListeners.add(listener)
      if (lostReason !== null) listener(lostReason)
      return () => unavailableListeners.delete(listener)
    },
    async acceptCurrentDatabase() {
      if (context.state.blocked !== 'data-missing') return
      context.state.blocked = null
      await writeSentinel()
    },
    close: () => {
      closedByUs = true
      caseloadAnalysis?.close()
      db.close()
    },
    setActor(actor) {
      auditContext.actor = actor
    },
  }
}

/** The re-import HMAC key when the caller gives none (tests): independent of the audit key by its label. */
function deriveImportKey(auditKey: Uint8Array): Uint8Array {
  return hkdf(
    sha256,
    auditKey,
    utf8ToBytes('maatwerk import key'),
    utf8ToBytes('maatwerk import-identity v1'),
    32,
  )
}

/**
 * Refuses bulk work up front when the origin's storage cannot hold it: Chromium answers a full quota
 * mid-import by aborting and sometimes dropping the whole database, so asking first is the only safe
 * moment. No estimate available (old browsers, tests): no check.
 */
export async function ensureRoom(storage: StorageLike | null | undefined, bytes: number): Promise<void> {
  if (!storage?.estimate) return
  let estimate: StorageEstimate
  try {
    estimate = await storage.estimate()
  } catch {
    return
  }
  if (typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return
  const free = Math.max(0, estimate.quota - estimate.usage)
  const needed = bytes * STORAGE_HEADROOM_FACTOR + STORAGE_MARGIN_BYTES
  if (free < needed) {
    const megabytes = (value: number) => Math.max(1, Math.ceil(value / (1024 * 1024)))
    throw new DataError('quota', DATA_ERROR_MESSAGES.noRoom, [], {
      neededMb: megabytes(needed),
      freeMb: Math.floor(free / (1024 * 1024)),
    })
  }
}

/**
 * Reads the data-format version (writing it on a new database) and compares the household count with
 * the sentinel. Newer data than this app knows → read-only; data the sentinel remembers but the
 * database lacks → 'data-missing' (never an empty list without a word).
 */
async function inspectDatabase(
  db: MaatwerkDb,
  sentinelStore: OpenDataLayerOptions['sentinel'],
  now: () => string,
  newId: () => string,
): Promise<OpenedState> {
  // An unreadable sentinel counts as absent: it can only weaken the check, never block opening.
  const sentinel: Sentinel | null = await sentinelStore.read().catch(() => null)
  const meta = await db.transaction('rw', db.meta, async () => {
    const format = await db.meta.get(DATA_FORMAT_KEY)
    const installId = await db.meta.get(INSTALL_ID_KEY)
    const createdAt = await db.meta.get(CREATED_AT_KEY)
    if (format === undefined) {
      const fresh = { installId: newId(), createdAt: now() }
      await db.meta.bulkPut([
        { key: DATA_FORMAT_KEY, value: DATA_FORMAT_VERSION },
        { key: INSTALL_ID_KEY, value: fresh.installId },
        { key: CREATED_AT_KEY, value: fresh.createdAt },
      ])
      return { found: DATA_FORMAT_VERSION, ...fresh }
    }
    let id = typeof installId?.value === 'string' ? installId.value : null
    if (id === null) {
      // A database from before install ids were checked: it takes the sentinel's (or a new) one.
      id = sentinel?.installId ?? newId()
      await db.meta.put({ key: INSTALL_ID_KEY, value: id })
    }
    return {
      found: typeof format.value === 'number' ? format.value : Number.POSITIVE_INFINITY,
      installId: id,
      createdAt: typeof createdAt?.value === 'string' ? createdAt.value : now(),
    }
  })
  const base = { installId: meta.installId, createdAt: meta.createdAt }
  if (meta.found > DATA_FORMAT_VERSION) {
    return {
      ...base,
      readOnly: true,
      startup: { kind: 'newer-format', found: meta.found, supported: DATA_FORMAT_VERSION },
    }
  }
  const householdCount = await db.households.count()
  if (householdCount === 0 && sentinel && sentinel.householdCount > 0) {
    return {
      ...base,
      readOnly: false,
      startup: {
        kind: 'data-missing',
        expectedHouseholds: sentinel.householdCount,
        lastSeenAt: sentinel.lastSeenAt,
      },
    }
  }
  if (sentinel && sentinel.householdCount > 0 && sentinel.installId !== meta.installId) {
    // Households, but not the database the sentinel was written for (a profile reset, a copied or
    // swapped profile): never carry on in it as if nothing happened.
    return {
      ...base,
      readOnly: false,
      startup: {
        kind: 'data-missing',
        expectedHouseholds: sentinel.householdCount,
        lastSeenAt: sentinel.lastSeenAt,
        reason: 'replaced',
      },
    }
  }
  if (householdCount === 0 && !sentinel) return { ...base, readOnly: false, startup: { kind: 'first-run' } }
  try {
    await sentinelStore.write({ ...base, householdCount, lastSeenAt: now() })
  } catch {
    // See afterChange: a sentinel write failure must not block opening.
  }
  return { ...base, readOnly: false, startup: { kind: 'ok' } }
}

/** Asks the browser not to evict our storage (Electron may still prune: rely on backups too). */
async function requestPersistence(
  storage: { persist?: () => Promise<boolean> } | null | undefined,
): Promise<boolean | null> {
  if (!storage?.persist) return null
  try {
    return await storage.persist()
  } catch {
    return false
  }
}

/** A layer whose every call fails with the open error, so the app can show the recovery screen. */
/** The IndexedDB version of the named database as stored, or null (none yet, or not knowable). */
async function storedDatabaseVersion(factory: IDBFactory | undefined, name: string): Promise<number | null> {
  try {
    const databases = (await factory?.databases?.()) ?? []
    return databases.find((database) => database.name === name)?.version ?? null
  } catch {
    return null
  }
}

/**
 * @param message a `data.errors.*` key said instead of the error's own detail (a failed upgrade).
 * @param dumpUntouched after a failed upgrade: reads a copy of the old database as it is.
 */
function createFailedLayer(
  error: unknown,
  message?: string,
  dumpUntouched?: () => Promise<DatabaseDump>,
): DataLayer {
  const detail = message ?? toDataError(error).issues[0]?.message ?? DATA_ERROR_MESSAGES.openFailed
  const fail = (): Promise<never> => Promise.reject(new DataError('unknown', DATA_ERROR_MESSAGES.openFailed))
  const failObserver = (observer: { error?: (error: unknown) => void }) => {
    observer.error?.(new DataError('unknown', DATA_ERROR_MESSAGES.openFailed))
    return () => undefined
  }
  return {
    startup: { kind: 'open-failed', message: detail },
    storagePersisted: null,
    cases: {
      observeSummaries: failObserver,
      observeCase: (_id, observer) => failObserver(observer),
      loadCase: fail,
      loadAllCases: fail,
      createHousehold: fail,
      updateHousehold: fail,
      duplicateHousehold: fail,
      acceptCaseContent: fail,
      deleteHousehold: fail,
      listClosedCases: fail,
      eraseAfterRetention: fail,
      saveMember: fail,
      deleteMember: fail,
      saveAssessment: fail,
      saveCarer: fail,
      deleteCarer: fail,
      saveScenario: fail,
      deleteScenario: fail,
      saveLine: fail,
      deleteLine: fail,
      saveDoNothing: fail,
      importCaseFile: fail,
      exportCaseFile: fail,
      exportForAccess: fail,
      importMany: fail,
    },
    municipalities: {
      observeProfiles: failObserver,
      getActiveProfile: fail,
      saveProfile: fail,
      setActiveProfile: fail,
    },
    audit: { list: fail, verifyChain: fail, record: fail },
    onUnavailable: () => () => undefined,
    acceptCurrentDatabase: fail,
    dumpDatabase: fail,
    ...(dumpUntouched ? { dumpUntouched } : {}),
    restoreDatabase: fail,
    seedExamples: fail,
    removeExamples: fail,
    close: () => undefined,
  }
}
