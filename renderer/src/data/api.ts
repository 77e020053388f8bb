/**
 * The data layer's contract with the stores (docs/architecture.md#data-flow): repositories are the only code touching
 * Dexie. They validate every write with the engine's schemas, stamp timestamps, and write each change
 * together with its audit entry in one transaction. Errors that the user must see come back as
 * `DataError` values thrown from the promise (kind + message key), never as partial writes.
 *
 * This file is the agreed interface; `renderer/src/data/index.ts` provides the implementation
 * (`openDataLayer`). Stores receive a `DataLayer` by injection, tests can pass a fake.
 */
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  CentsInput,
  DoNothingSelection,
  Household,
  IsoDateInput,
  MunicipalityConfig,
  Person,
  Scenario,
  ZrmAssessment,
} from '#shared/domain/types'
import type { CaseloadAnalysis } from './caseload-analysis'
import type { DemoPortfolioWriter } from './demo-portfolio'
import type { DemoChunkWritten } from './demo-generation'
import type { DemoGenerationRequest, DemoGenerationRun } from './demo-workers'
import type { PortfolioEntry } from '#shared/portfolio'

/** A subscription that can be cancelled (what Dexie's liveQuery(...).subscribe returns). */
export type Unsubscribe = () => void
export type Observer<T> = { next: (value: T) => void; error?: (error: unknown) => void }

export type HouseholdSummary = {
  id: string
  label: string
  memberCount: number
  scenarioCount: number
  /** Marked as demo data (the six example households). */
  example: boolean
  /** Imported from a case file (origin kept). */
  origin: CaseFile['origin'] | null
  updatedAt: string // UTC ISO timestamp
  createdAt: string
  /** Monthly gross cost of the chosen (or first) scenario in its first month, for sorting; null when none. */
  monthlyCostCents: CentsInput | null
}

/** Everything stored about one household, shaped like a case file (plus bookkeeping). */
export type CaseAggregate = {
  household: Household
  scenarios: Scenario[]
  example: boolean
  origin: CaseFile['origin'] | null
  updatedAt: string
  /**
   * The household's version: raised by one on every committed change. A write may name the version
   * it was based on; a different stored version means another window changed it (optimistic
   * concurrency, checked inside the write transaction).
   */
  version?: number
  /** The scenario last changed in this household, if any (HouseholdRow.lastEditedScenarioId). */
  lastEditedScenarioId?: string
  /** The cost-of-doing-nothing selection (absent or null when none was made). */
  doNothing?: DoNothingSelection | null
  /**
   * Set when the household's stored content no longer fits its content MAC (content-mac.ts): it was
   * changed outside Maatwerk. The content is shown as stored (for review) and every write to it is
   * refused until the consultant accepts it (`acceptCaseContent`, audited) or restores a backup.
   */
  contentChanged?: true
}

/** What a household-scoped write was based on (optimistic concurrency). */
export type WriteOptions = { expectedVersion?: number }

export type DataErrorKind =
  | 'validation' // the value breaks the schema (message lists the paths)
  | 'not-found'
  | 'quota' // disk/quota full; nothing written
  | 'read-only' // the database holds a newer data format than this app knows
  | 'conflict' // changed in another window since it was read, or a unique key taken
  | 'unavailable' // the database was removed, closed or replaced while open: nothing is written
  | 'unknown'

/**
 * One problem with a refused value. `path` is relative to the value passed to the method
 * (`birthDate`, `caresFor[1]`, `lines[0].personId`; for case files and dumps, from the file's root).
 * `message` is Dutch text; `code` + `params` let the renderer translate (`casefile.<code>`).
 */
export type DataIssue = {
  path: string
  message: string
  code?: string
  params?: Record<string, string | number>
}

export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly issues: DataIssue[] = [],
    /** Parameters of `message` (an i18n key), e.g. the megabytes a bulk import needs. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message)
    this.name = 'DataError'
  }
}

export type AuditEntry = {
  seq: number
  at: string // UTC ISO timestamp
  actor: string
  device: string
  action: string // e.g. 'household.create', 'line.update', 'case.import', 'household.delete'
  objectType: string
  objectId: string
  householdId: string | null
  result: 'ok' | 'refused'
  hash: string
  prevHash: string
  /** True when the household this entry concerned was erased: its ids were blanked, the chain kept. */
  erased?: boolean
}

export type StartupState =
  | { kind: 'ok' }
  | { kind: 'first-run' } // empty database and no sentinel: offer the example households
  // The sentinel says data existed: the database is empty, or (reason 'replaced') it is another
  // database than the one the sentinel was written for (a different install id).
  | { kind: 'data-missing'; expectedHouseholds: number; lastSeenAt: string; reason?: 'replaced' }
  | { kind: 'newer-format'; found: number; supported: number } // opened read-only
  | { kind: 'open-failed'; message: string }

export type DatabaseDump = {
  format: 'maatwerk.database'
  formatVersion: number
  dataFormatVersion: number
  exportedAt: string
  tables: Record<string, unknown[]>
  /** The audit chain's head and entry count when the dump was made (also in the backup header). */
  auditHead?: AuditHeadRecord
  /**
   * Set on a copy of a database this version could not upgrade (dump.ts `dumpUntouchedDatabase`): the
   * rows exactly as the older version left them, its IndexedDB version, and the keys of stores whose
   * rows do not carry their own key.
   */
  untouched?: { databaseVersion: number; outOfLineKeys: Record<string, unknown[]> }
}

/** An audit chain head as recorded outside the database (sentinel, backups). */
export type AuditHeadRecord = { seq: number; hash: string }

export type CaseRepository = {
  observeSummaries(observer: Observer<HouseholdSummary[]>): Unsubscribe
  observeCase(householdId: string, observer: Observer<CaseAggregate | null>): Unsubscribe
  loadCase(householdId: string): Promise<CaseAggregate | null>
  loadAllCases(): Promise<CaseAggregate[]>

  createHousehold(label: string): Promise<string>
  updateHousehold(
    household: Pick<Household, 'id' | 'label' | 'municipalityCode' | 'dates'>,
    options?: WriteOptions,
  ): Promise<void>
  duplicateHousehold(householdId: string, newLabel: string): Promise<string>
  /**
   * After review: accepts a household whose content was changed outside Maatwerk as it is now stored
   * (a new content MAC), with a `household.accept-content` audit entry. Nothing else changes.
   */
  acceptCaseContent(householdId: string): Promise<void>
  /** Hard delete across all tables; the audit keeps a tombstone without personal data. */
  deleteHousehold(householdId: string, options?: WriteOptions): Promise<void>
  /** Every closed case (a closing date recorded), read whole, for the retention list. */
  listClosedCases(): Promise<CaseAggregate[]>
  /**
   * Erases a closed case past its retention date (checked again inside the transaction; refused with
   * `data.errors.notPastRetention` otherwise), leaving an audit tombstone without names or raw id.
   */
  eraseAfterRetention(householdId: string, asOf: IsoDateInput): Promise<void>

  saveMember(householdId: string, member: Person, options?: WriteOptions): Promise<void>
  deleteMember(householdId: string, personId: string, options?: WriteOptions): Promise<void>
  saveAssessment(
    householdId: string,
    personId: string,
    assessment: ZrmAssessment,
    options?: WriteOptions,
  ): Promise<void>
  saveCarer(householdId: string, carer: Carer, options?: WriteOptions): Promise<void>
  deleteCarer(householdId: string, carerId: string, options?: WriteOptions): Promise<void>

  saveScenario(
    householdId: string,
    scenario: Omit<Scenario, 'lines'> & { lines?: ArrangementLine[] },
    options?: WriteOptions,
  ): Promise<void>
  deleteScenario(householdId: string, scenarioId: string, options?: WriteOptions): Promise<void>
  saveLine(
    householdId: string,
    scenarioId: string,
    line: ArrangementLine,
    options?: WriteOptions,
  ): Promise<void>
  deleteLine(householdId: string, scenarioId: string, lineId: string, options?: WriteOptions): Promise<void>
  /** Stores the household's cost-of-doing-nothing selection; null removes it. */
  saveDoNothing(
    householdId: string,
    selection: DoNothingSelection | null,
    options?: WriteOptions,
  ): Promise<void>

  /** Validates the whole file first, then writes it in one transaction (new ids when `asCopy`). */
  /**
   * The household always gets a new id (the file's own id may hold an identifier). The same file
   * imported before: refused as `conflict` / `data.errors.importSame` (params.householdId names the
   * stored one); the same household with other content: `data.errors.importChanged` — ask the user,
   * then import with `asCopy` to add it anyway.
   */
  importCaseFile(file: CaseFile, options?: { example?: boolean; asCopy?: boolean }): Promise<string>
  /**
   * The household as a case file (audited `case.export`). A household whose content no longer fits
   * its MAC is refused (`conflict` / `data.errors.exportChangedOutside`, audited with result
   * `refused`): accept the content after review first, or restore a backup.
   */
  exportCaseFile(householdId: string): Promise<CaseFile>
  /**
   * The household for a resident's access request (inzage): never refused; `contentChanged` says the
   * stored content no longer fits its MAC, so the document can say so. Not audited here: the caller
   * records the export once it is saved.
   */
  exportForAccess(householdId: string): Promise<{ caseFile: CaseFile; contentChanged: boolean }>
  /**
   * Bulk import (a team's export, a synthetic portfolio): each file validated on its own; valid files
   * written in chunked transactions; refused files reported with their problems.
   */
  importMany(
    files: { name: string; file: unknown }[],
    options?: {
      onProgress?: (done: number, total: number) => void
      example?: boolean
      /** Households imported before with other content: skipped and listed (default) or copied. */
      ifChanged?: 'skip' | 'copy'
      /**
       * Files generated on this device (the demo portfolio), never an external file: no re-import
       * identity is computed or kept for them (nothing to recognise; it saves a keyed hash and a
       * digest per household at 30,000 households).
       */
      generated?: boolean
    },
  ): Promise<ImportManyResult>
}

type ImportManyResult = {
  /** Ids of the households really stored (checked again after a quota error). */
  imported: string[]
  refused: { name: string; errors: DataIssue[] }[]
  /** Files imported before with the same content ("al aanwezig"): nothing written. */
  alreadyPresent?: { name: string; householdId: string }[]
  /** Files of a household imported before, now with other content: not written, for the user to decide. */
  changed?: { name: string; householdId: string }[]
}

export type MunicipalityRepository = {
  observeProfiles(observer: Observer<MunicipalityConfig[]>): Unsubscribe
  getActiveProfile(): Promise<MunicipalityConfig>
  saveProfile(profile: MunicipalityConfig): Promise<void>
  setActiveProfile(code: string): Promise<void>
}

export type AuditVerification = {
  ok: boolean
  brokenAtSeq: number | null
  /** What disagreed: an entry, the head in the database, the sentinel's head or a backup's head. */
  reason?: 'entry' | 'head' | 'sentinel' | 'backup'
}

export type AuditRepository = {
  list(options?: { householdId?: string; limit?: number }): Promise<AuditEntry[]>
  /**
   * Recomputes the keyed hash chain and compares its head with the head in `meta`, the sentinel's
   * (as read at open) and, when given, the newest backup's; false when any row was altered or removed.
   */
  verifyChain(anchors?: {
    backup?: { head: AuditHeadRecord; createdAt: string } | null
  }): Promise<AuditVerification>
  /**
   * Records an event that changes no data (an export, a viewed case) in the chain. Only ids and a
   * fixed action name: never names, BSNs or free text.
   */
  record(event: {
    action: AuditEventAction
    objectType: string
    objectId: string
    householdId: string | null
    /** 'refused' for an export the app did not make (default 'ok'). */
    result?: 'ok' | 'refused'
  }): Promise<void>
}

/** A household's stored portfolio entry with its key (see renderer/src/data/portfolio-results.ts). */
export type StoredPortfolioResult = {
  householdId: string
  /** The household's `updatedAt` the entry was computed from. */
  caseVersion: string
  /** Fingerprint of engine, parameters and the profile parts the household depends on. */
  fingerprint: string
  entry: PortfolioEntry
}

/** The aggregated portfolio as last computed, and what it reflects (data/db.ts `PortfolioStateRow`). */
export type StoredPortfolioSnapshot = {
  /** The portfolio revision the figures reflect: current only while it is still the stored revision. */
  revision: string
  /** A digest of the profile (budgets included), parameters, engine and snapshot format. */
  fingerprint: string
  writtenAt: string
  /** The store's own payload (the year reports); read back through the store's own check. */
  payload: unknown
}

export type PortfolioResultRepository = {
  /**
   * The IndexedDB database the rows live in, for the portfolio worker to read them itself
   * (data/stored-results-reader.ts); absent where a worker cannot reach them.
   */
  readonly databaseName?: string
  /**
   * Where the portfolio's workers read cases themselves for what-ifs (data/portfolio-case-source.ts):
   * this database and the session's at-rest key. Absent where they cannot (a database given as an
   * IndexedDB factory of its own, a key without a WebCrypto handle): then cases are read on this thread.
   */
  readonly caseSource?: { databaseName: string; atRestKey: CryptoKey | null }
  /** Every household's version, every stored result and the portfolio revision, in one read transaction. */
  readSnapshot(): Promise<{
    versions: Map<string, string>
    results: StoredPortfolioResult[]
    revision: string | null
  }>
  /** The portfolio revision and the stored snapshot, in one read transaction (two small reads). */
  readPortfolioState(): Promise<{ revision: string | null; snapshot: StoredPortfolioSnapshot | null }>
  /** The portfolio revision and every household's version, in one read transaction. */
  readRevisionAndVersions(): Promise<{ revision: string | null; versions: Map<string, string> }>
  /**
   * Stores the snapshot when its revision is still the stored revision (otherwise a write came in
   * since: nothing is stored). A revision of null means "none stored yet" (a database from before the
   * revision, with no write since): a first revision is then stored with it, in the same transaction.
   * Skipped in read-only mode. True when it was stored.
   */
  savePortfolioSnapshot(
    snapshot: Omit<StoredPortfolioSnapshot, 'writtenAt' | 'revision'> & { revision: string | null },
  ): Promise<boolean>
  /** Every household's version (household id → updatedAt), read from an index only. */
  readVersions(): Promise<Map<string, string>>
  /**
   * The named households' cases (missing ids are left out), in one read transaction. Each one's
   * content MAC is checked: a household changed outside Maatwerk comes back as stored, marked
   * `contentChanged` (nothing is logged: opening it does).
   */
  loadCases(ids: readonly string[]): Promise<CaseAggregate[]>
  /**
   * Stores households' results (the one way to write them: each becomes the compact row of
   * `encodeStoredResult`, data/stored-results-reader.ts). Skipped in read-only mode.
   */
  saveResults(results: readonly StoredPortfolioResult[]): Promise<void>
  deleteResults(householdIds: readonly string[]): Promise<void>
  clearResults(): Promise<void>
  /**
   * A change feed: the household versions, again after every change the portfolio depends on. Reads
   * only the change rows when they say what changed (`onRead` is told what each update had to read:
   * nothing, the change rows, or every version).
   */
  observeVersions(
    observer: Observer<Map<string, string>>,
    options?: { onRead?: (read: 'none' | 'changes' | 'all') => void },
  ): Unsubscribe
  /** A stamp of the active profile's code and every profile's last change, again after each change. */
  observeProfileStamp(observer: Observer<string>): Unsubscribe
}
export type RemoveExamplesOptions = {
  onProgress?: (done: number, total: number) => void
  /** Asked before each chunk: true stops the removal there (the chunks done stay done). */
  shouldStop?: () => boolean
  /** Households per transaction (tests use small chunks; the default suits 30,000). */
  chunkSize?: number
}

export type RemoveExamplesResult = { removed: number; total: number; cancelled: boolean }

/** Events without a data change that the audit log records (issue 12 item 7). */
export type AuditEventAction =
  | 'case.view'
  | 'report.plan-pdf'
  | 'report.comparison-export'
  | 'report.portfolio-export'
  | 'report.inzage-export'
  | 'case.export-file'
  | 'backup.create'
  | 'backup.automatic'

export type DataLayer = {
  startup: StartupState
  cases: CaseRepository
  municipalities: MunicipalityRepository
  /** Stored portfolio results (a derived cache; optional for fakes that have no portfolio). */
  portfolioResults?: PortfolioResultRepository
  audit: AuditRepository
  /** Every table, for backups; restore replaces all data in one transaction after validation. */
  dumpDatabase(): Promise<DatabaseDump>
  /**
   * Only after a failed upgrade: a copy of the database exactly as the older version left it (the
   * failed-migration screen saves it as an encrypted backup file). Reads only; changes nothing.
   */
  dumpUntouched?(): Promise<DatabaseDump>
  restoreDatabase(dump: DatabaseDump): Promise<void>
  /** Loads the six example households of docs/example-cases.md (marked as examples). */
  seedExamples(): Promise<void>
  /**
   * Removes every example household in chunks (one transaction and one counted audit entry each),
   * with progress; `shouldStop` is asked between chunks, so a cancel keeps whole households only.
   */
  removeExamples(options?: RemoveExamplesOptions): Promise<RemoveExamplesResult>
  /**
   * The demo portfolio's chunked writes: households with their evaluated results, one transaction
   * and one audit entry per chunk (demo-portfolio.ts). Absent in fakes without a database.
   */
  demoPortfolio?: DemoPortfolioWriter
  /**
   * The demo portfolio made in workers, each with its own connection to this database (issue 13:
   * the UI thread stays free; demo-workers.ts). Absent where workers cannot reach the database (tests
   * on a fake IndexedDB, a key without WebCrypto): then `demoPortfolio` on this thread.
   */
  generateDemoInWorkers?(
    request: DemoGenerationRequest,
    onChunk: (written: DemoChunkWritten) => void,
  ): DemoGenerationRun
  /**
   * The case list's analysis in a worker that reads the households itself (caseload-analysis.ts):
   * the UI thread gets only the facts. Absent where workers cannot reach the database (tests on a
   * fake IndexedDB, a key without WebCrypto): then the list analyses on this thread in slices.
   */
  caseloadAnalysis?: CaseloadAnalysis
  close(): void
  /** Sets who the following audit entries name as actor (the consultant's name or staff id). */
  setActor?(actor: string): void
  /**
   * Encryption at rest of BSNs and notes: whether this session has the key, and whether every stored
   * field is sealed (false while an interrupted migration still has plain rows to seal).
   */
  atRest?: { enabled: boolean; complete: boolean }
  /** Result of `navigator.storage.persist()` at open (null when the browser has no StorageManager). */
  storagePersisted?: boolean | null
  /**
   * Tells when the open database stops being ours: removed by another tab or the browser, closed by
   * the browser, upgraded by a newer version elsewhere, or replaced by a database with another install
   * id. From then on every write is refused ('unavailable') and the sentinel is left alone.
   */
  onUnavailable?(listener: (reason: UnavailableReason) => void): Unsubscribe
  /**
   * Tells after each restore of this database (every table replaced, every stored portfolio result
   * dropped), so what was read from the old data (an open portfolio) is read again.
   */
  onRestored?(listener: () => void): Unsubscribe
  /**
   * After the recovery screen: the user chose to go on with the database as it is (empty or another
   * install's). Re-bases the sentinel on it and allows writes again.
   */
  acceptCurrentDatabase?(): Promise<void>
}

export type UnavailableReason = 'deleted' | 'closed' | 'upgrade' | 'replaced'

/**
 * Where v3 and earlier kept the do-nothing selections (localStorage, one key per household). Read once,
 * by the v3 → v4 database upgrade; a value is removed only after the upgraded database opened.
 */
export type LegacyDoNothingSource = {
  /** Every stored selection: the household it belongs to and its raw text. */
  list(): { householdId: string; text: string }[]
  remove(householdId: string): void
}

export type OpenDataLayerOptions = {
  /** Database name; tests use a fresh name or a fresh fake IndexedDB. */
  name?: string
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /** Sentinel kept outside IndexedDB (Electron: a file in userData via the bridge; browser: localStorage). */
  sentinel: SentinelStore
  /**
   * The audit chain's HMAC key, held outside IndexedDB (desktop: `safeStorage` via the bridge;
   * browser: localStorage). 32 bytes.
   */
  auditKey: Uint8Array
  /**
   * The key that seals BSNs and notes at rest (32 bytes, derived from the device key; never stored in
   * IndexedDB). Absent: nothing is sealed, and a database that holds sealed fields is refused at open.
   */
  atRestKey?: Uint8Array
  /**
   * The HMAC key that recognises re-imports (32 bytes, derived from the device key). Absent: derived
   * from `auditKey` with its own label.
   */
  importKey?: Uint8Array
  actor?: string
  device?: string
  /** Injected clock (UTC ISO timestamps) and id generator, for deterministic tests. */
  now?: () => string
  newId?: () => string
  today?: () => IsoDateInput
  /** The v3 do-nothing selections to move into the database on upgrade (the app passes localStorage). */
  legacyDoNothing?: LegacyDoNothingSource | null
}

export type Sentinel = {
  installId: string
  createdAt: string
  householdCount: number
  lastSeenAt: string
  /** The audit chain head (absent in sentinels written before the keyed chain). */
  audit?: AuditHeadRecord
}
export type SentinelStore = {
  read(): Promise<Sentinel | null>
  write(value: Sentinel): Promise<void>
}
