/**
 * The Maatwerk IndexedDB database: one Dexie subclass with typed tables, schema versions as dated
 * constants, and named upgrade functions (docs/conventions.md, "Dexie docs"; docs/security-model.md#data-at-rest-and-data-safety).
 *
 * Keys. Ids inside a case file (`p1`, `s1`, `l1`) are only unique within their household, so every
 * case table uses a compound primary key that starts with the household id (itself a UUID for cases
 * made here, or the file's id for imported ones). No table uses `++id`: primary keys cannot change in
 * a Dexie upgrade (dexie#1148), so they are stable strings from v1. Only what `where()` uses is indexed.
 *
 * Rows wrap the domain object in `value` instead of spreading it, so bookkeeping fields
 * (`householdId`, `position`, timestamps) can never collide with domain fields and an export gives
 * back exactly what was imported.
 *
 * A shipped version is never edited: add a new constant, a new `version(n)` call and a named upgrader.
 */
import { Dexie, type Table, type Transaction } from 'dexie'
import type { LegacyDoNothingSource, StoredPortfolioSnapshot } from './api'
import { normaliseLegacySelection } from './legacy-do-nothing'
import {
  portfolioRevisionMiddleware,
  type PortfolioChange,
  type PortfolioChangeEntry,
} from './portfolio-revision'
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  DoNothingSelection,
  Household,
  MunicipalityConfig,
  Person,
  Scenario,
  ZrmAssessment,
} from '#shared/domain/types'

/** The data-format version written to `meta`; bump it when stored rows change meaning. */
export const DATA_FORMAT_VERSION = 1

export type HouseholdRow = {
  id: string
  value: Omit<Household, 'members' | 'carers'>
  example: boolean
  origin: CaseFile['origin'] | null
  memberCount: number
  scenarioCount: number
  createdAt: string
  updatedAt: string
  /** Raised by one on every committed change (optimistic concurrency); absent on rows before it. */
  version?: number
  /**
   * For imported households: HMAC of the file's own household id under this install's import key,
   * so a re-import is recognised without the external id (which may hold an identifier) being
   * stored; and a digest of the imported content, to tell "already here" from "changed since".
   */
  importKey?: string
  importDigest?: string
  /**
   * The scenario the consultant last changed (a working preference, not case content: kept out of
   * exports and case files; no index, so no schema version). The arrangement tab opens it.
   */
  lastEditedScenarioId?: string
  /**
   * HMAC of the household's whole stored content (content-mac.ts), written in the same transaction
   * as every case write; absent on rows from before it until the start-up pass gives them one.
   */
  contentMac?: string
}

/** A household member without its ZRM assessment (that lives in `assessments`). */
export type MemberRow = {
  householdId: string
  id: string
  position: number
  value: Person
  createdAt: string
  updatedAt: string
}

export type CarerRow = {
  householdId: string
  id: string
  position: number
  value: Carer
  createdAt: string
  updatedAt: string
}

export type AssessmentRow = {
  householdId: string
  personId: string
  value: ZrmAssessment
  createdAt: string
  updatedAt: string
}

/** A scenario without its lines (those live in `lines`). */
export type ScenarioRow = {
  householdId: string
  id: string
  position: number
  value: Omit<Scenario, 'lines'>
  createdAt: string
  updatedAt: string
}

export type LineRow = {
  householdId: string
  scenarioId: string
  id: string
  position: number
  value: ArrangementLine
  createdAt: string
  updatedAt: string
}

/**
 * v6: everything of a household's case except its household row — members, carers, assessments,
 * scenarios, lines and the do-nothing selection — in one row, keyed by the household (issue 13, bulk
 * work). Each entry keeps the shape it had as a row of its own table (v1–v5), with its position and
 * stamps, so the case is assembled, sealed, dumped and MAC'd exactly as before. Writing a household is
 * two rows (this one and the household row) instead of about ten: IndexedDB's cost is per row written
 * (docs/architecture.md, "Bulk work at scale").
 */
export type CaseContentRow = {
  householdId: string
  members: MemberRow[]
  carers: CarerRow[]
  assessments: AssessmentRow[]
  scenarios: ScenarioRow[]
  lines: LineRow[]
  doNothing: DoNothingRow | null
}

type MunicipalityProfileRow = {
  code: string
  value: MunicipalityConfig
  createdAt: string
  updatedAt: string
}

/**
 * One audit entry. The hash covers digests of `objectId` and `householdId` (not the raw ids), so an
 * erased household's entries can drop the raw ids (GDPR art. 17) without breaking the chain.
 */
export type AuditRow = {
  seq: number
  at: string
  actor: string
  device: string
  action: string
  objectType: string
  objectId: string
  householdId: string | null
  result: 'ok' | 'refused'
  objectDigest: string
  householdDigest: string
  erased: boolean
  /** True for entries hashed with the chain key (HMAC); absent on entries from before the key. */
  keyed?: boolean
  prevHash: string
  hash: string
}

export type MetaRow = { key: string; value: unknown }

/**
 * A household's cost-of-doing-nothing selection (shared/decision/escalation.ts): case data, so it is
 * audited, dumped, restored, erased and exported with the household. At most one row per household.
 */
export type DoNothingRow = {
  householdId: string
  value: DoNothingSelection
  createdAt: string
  updatedAt: string
}

/**
 * A household's evaluated portfolio entry (monthly cost per budget line, what the tables show of
 * it), stored so the portfolio opens without reading or evaluating every case. Current only while
 * `caseVersion` equals the household's `updatedAt` and `fingerprint` equals the fingerprint of the
 * active profile, parameters and engine for its provisions (shared/portfolio/result-key.ts). A
 * derived cache: not part of a dump, cleared by a restore, never audited.
 *
 * Compact on purpose (issue 13): the series is one typed array and the rest of the entry one JSON
 * string, so 30,000 rows decode as a few values each instead of a nested object graph each. Written
 * and read only through data/stored-results-reader.ts (`encodeStoredResult` / `decodeStoredResult`),
 * which also reads the first format (`entry` as a nested object).
 */
export type PortfolioResultRow = {
  householdId: string
  caseVersion: string
  fingerprint: string
  /** The entry without its series: see `encodeStoredResult`. */
  head: string
  /** Absolute month index of the first month of the series. */
  startMonth: number
  /** Cents per month and slot (`SERIES_STRIDE` slots per month); 32-bit where every value fits. */
  values: Float64Array | Int32Array
}

/**
 * The portfolio's derived state (issue 13, data/portfolio-revision.ts): the revision row, replaced in
 * the same transaction as every write the portfolio depends on, and the snapshot row, the aggregated
 * first page of the portfolio together with the revision and fingerprint it reflects, and the change
 * rows of the portfolio's change feed (one per revision, the newest few hundred). A derived cache:
 * not part of a dump, never audited, skipped in read-only mode.
 */
type PortfolioStateRow =
  | { key: 'revision'; value: string; seq?: number }
  | { key: 'snapshot'; value: StoredPortfolioSnapshot }
  | { key: `change:${string}`; value: PortfolioChange | PortfolioChangeEntry }

// v1 — 2026-11-28: the first release.
export const SCHEMA_V1 = {
  households: 'id',
  members: '[householdId+id], householdId',
  carers: '[householdId+id], householdId',
  assessments: '[householdId+personId], householdId',
  scenarios: '[householdId+id], householdId',
  lines: '[householdId+scenarioId+id], householdId, [householdId+scenarioId]',
  municipalityProfiles: 'code',
  audit: 'seq',
  meta: 'key',
} as const

// v2 — 2026-11-28: audit entries indexed by household, so a household's history (and its erasure)
// reads only its own entries instead of scanning the whole log.
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  audit: 'seq, householdId',
} as const

// v3 — 2026-11-30 (portfolio at scale, issue 13): stored portfolio results, and households indexed by
// `updatedAt` so the portfolio's change feed reads (id, version) pairs from the index alone.
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  households: 'id, updatedAt',
  portfolioResults: 'householdId',
} as const

// v4 — 2026-11-30 (issue 16, stores): the cost-of-doing-nothing selection moves from localStorage into
// the database, one row per household, so backups, case files and the inzage export carry it.
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  doNothing: 'householdId',
} as const

// v5 — 2026-12-01 (issue 13, portfolio open in seconds): the portfolio revision and snapshot.
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  portfolioState: 'key',
} as const

// v6 — 2026-12-02 (issue 13, bulk work at scale): a household's members, carers, assessments,
// scenarios, lines and do-nothing selection move into one `caseContents` row per household; their
// six tables go. A 30,000-household portfolio is then about 90,000 rows instead of 300,000.
export const SCHEMA_V6 = {
  households: SCHEMA_V5.households,
  caseContents: 'householdId',
  municipalityProfiles: SCHEMA_V5.municipalityProfiles,
  audit: SCHEMA_V5.audit,
  meta: SCHEMA_V5.meta,
  portfolioResults: SCHEMA_V5.portfolioResults,
  portfolioState: SCHEMA_V5.portfolioState,
  members: null,
  carers: null,
  assessments: null,
  scenarios: null,
  lines: null,
  doNothing: null,
} as const

export const SCHEMA_VERSION = 6

/**
 * v1 → v2: audit rows written by v1 get the erasure flag explicitly (`erased: false` where missing),
 * so every row has the same shape for the new index and for verification.
 */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  await tx
    .table('audit')
    .toCollection()
    .modify((row: Partial<AuditRow>) => {
      if (typeof row.erased !== 'boolean') row.erased = false
    })
}

/**
 * v2 → v3: nothing to convert. The results table starts empty, so the first portfolio opened after
 * the upgrade evaluates every household once (in the background, with a visible count) and stores it.
 */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  await tx.table('portfolioResults').clear()
}

/**
 * v3 → v4: each do-nothing selection kept in localStorage for a household that exists here becomes a
 * row (normalised to the schema: see `normaliseLegacySelection`). A value that cannot be read, or whose
 * household is not in this database, is left where it is: nothing is thrown away by the upgrade.
 * Returns the households whose value was moved (their localStorage keys may go once the database is open).
 */
export async function upgradeV3toV4(
  tx: Transaction,
  legacy: LegacyDoNothingSource | null,
  at: string,
): Promise<string[]> {
  const moved: string[] = []
  if (!legacy) return moved
  let entries: { householdId: string; text: string }[]
  try {
    entries = legacy.list()
  } catch {
    return moved // storage unreadable (private mode): nothing to move
  }
  for (const { householdId, text } of entries) {
    if (!(await tx.table('households').get(householdId))) continue
    const value = normaliseLegacySelection(text)
    if (!value) continue
    const row: DoNothingRow = { householdId, value, createdAt: at, updatedAt: at }
    await tx.table('doNothing').put(row)
    moved.push(householdId)
  }
  return moved
}

/** The v1–v5 tables whose rows v6 keeps in `caseContents` (in the order of a content row's fields). */
export const CONTENT_TABLES = ['members', 'carers', 'assessments', 'scenarios', 'lines', 'doNothing'] as const

/**
 * v5 → v6: each household's rows in the six content tables become its one `caseContents` row (in
 * the order they were stored; positions and stamps unchanged, so its content MAC still fits). Rows
 * of a household that no longer exists are kept too (their own content row), rather than dropped:
 * the upgrade never throws anything away. It runs inside IndexedDB's version-change transaction: a
 * crash or a failure anywhere leaves the v5 database as it was, and the old tables are deleted only
 * after every row was copied (Dexie deletes removed tables after the upgrade function).
 */
export async function upgradeV5toV6(tx: Transaction): Promise<void> {
  const tables: Record<string, unknown[]> = {}
  for (const name of CONTENT_TABLES) tables[name] = await tx.table(name).toArray()
  await tx.table('caseContents').bulkAdd(contentRowsOf(tables))
}

/**
 * Groups rows of the six content tables (a v5 database, or a dump, whose format keeps them) into
 * content rows, one per household named, in the order met; positions and stamps unchanged.
 */
export function contentRowsOf(tables: Record<string, unknown[] | undefined>): CaseContentRow[] {
  const contents = new Map<string, CaseContentRow>()
  for (const name of CONTENT_TABLES) {
    for (const row of (tables[name] ?? []) as { householdId: string }[]) {
      let content = contents.get(row.householdId)
      if (!content) {
        content = {
          householdId: row.householdId,
          members: [],
          carers: [],
          assessments: [],
          scenarios: [],
          lines: [],
          doNothing: null,
        }
        contents.set(row.householdId, content)
      }
      if (name === 'doNothing') content.doNothing = row as DoNothingRow
      else (content[name] as unknown[]).push(row)
    }
  }
  return [...contents.values()]
}

type MaatwerkDbOptions = {
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /** The v3 localStorage selections to move in the v4 upgrade (none when absent). */
  legacyDoNothing?: LegacyDoNothingSource | null
  /** The clock for rows the upgrade writes (UTC ISO). */
  now?: () => string
}

export class MaatwerkDb extends Dexie {
  households!: Table<HouseholdRow, string>
  caseContents!: Table<CaseContentRow, string>
  municipalityProfiles!: Table<MunicipalityProfileRow, string>
  audit!: Table<AuditRow, number>
  meta!: Table<MetaRow, string>
  portfolioResults!: Table<PortfolioResultRow, string>
  portfolioState!: Table<PortfolioStateRow, string>
  /** Households whose localStorage selection the v4 upgrade moved in this open (see `upgradeV3toV4`). */
  readonly legacyDoNothingMoved: string[] = []

  constructor(name: string, options: MaatwerkDbOptions = {}) {
    super(name, {
      // Chrome ≥ 121 defaults to relaxed durability; case data must survive power loss (§4.2).
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    })
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2)
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeV2toV3)
    const legacy = options.legacyDoNothing ?? null
    const now = options.now ?? (() => new Date().toISOString())
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        this.legacyDoNothingMoved.push(...(await upgradeV3toV4(tx, legacy, now())))
      })
    // Nothing to convert: without a revision there is no snapshot, and the first open computes one.
    this.version(5).stores(SCHEMA_V5)
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeV5toV6)
    this.use(portfolioRevisionMiddleware())
  }
}

/**
 * Every table of a dump, in a fixed order; derived caches are not dumped. A dump keeps the case
 * tables of v1–v5 (a row per member, line and so on, each checked on its own at restore), whatever
 * the stored form: v6 stores the six content tables as one `caseContents` row per household.
 */
export const TABLE_NAMES = [
  'households',
  'members',
  'carers',
  'assessments',
  'scenarios',
  'lines',
  'municipalityProfiles',
  'audit',
  'meta',
  'doNothing',
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** The stored tables of case data (v6), in a fixed order: what a restore clears and fills. */
export const STORED_TABLE_NAMES = [
  'households',
  'caseContents',
  'municipalityProfiles',
  'audit',
  'meta',
] as const

/** Whether a dump table is kept in `caseContents` (v6). */
export function isContentTable(name: string): name is (typeof CONTENT_TABLES)[number] {
  return (CONTENT_TABLES as readonly string[]).includes(name)
}

/** Tables added after dumps were first written: a dump from before them restores them empty. */
export const TABLES_ADDED_LATER: readonly TableName[] = ['doNothing']
