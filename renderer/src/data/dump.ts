/**
 * Whole-database dump and restore (the reports engineer encrypts dumps into backup files). A dump is
 * every table's rows, as stored. Restore checks the dump's format, versions and every row (keys and
 * domain values against the engine's schemas) first, then replaces all data in one transaction and
 * appends a 'database.restore' entry to the restored audit chain.
 */
import type { DatabaseDump } from './api'
import { DataError } from './api'
import { adoptForeignChain, appendAudit, readAuditHead } from './audit'
import { currentKeyedHead } from './audit-anchor'
import { INSTALL_ID_KEY, runWrite, type DataContext } from './context'
import { contentTablesOf, fromContentRow } from './case-rows'
import {
  contentRowsOf,
  DATA_FORMAT_VERSION,
  isContentTable,
  STORED_TABLE_NAMES,
  TABLE_NAMES,
  TABLES_ADDED_LATER,
  type AuditRow,
  type CaseContentRow,
  type HouseholdRow,
  type MaatwerkDb,
  type MetaRow,
  type TableName,
} from './db'
import { AT_REST_CHECK_KEY, AT_REST_SEALED_KEY, mapDumpTables, openWith, sealWith } from './at-rest'
import { sealKeyCheck } from './at-rest-migration'
import { CASE_CONTENT_SEALED_KEY, contentKeyOf, sealedFlagValue, withContentMac } from './content-mac'
import { PORTFOLIO_SNAPSHOT_KEY } from './portfolio-revision'
import type { SealingKey } from './sealed-box'
import { DATA_ERROR_MESSAGES, toDataError } from './errors'
import {
  validateAssessment,
  validateCarer,
  validateDoNothing,
  validateHouseholdFields,
  validateMunicipality,
  validateLine,
  validatePerson,
  validateScenarioFields,
  type Issue,
} from './validation'

const DUMP_FORMAT = 'maatwerk.database'
const DUMP_FORMAT_VERSION = 1
export const DATA_FORMAT_KEY = 'dataFormatVersion'
const MAX_REPORTED_ISSUES = 50
/** meta rows about this device's at-rest key: never dumped, never restored (the restore sets its own). */
const DEVICE_META_KEYS: ReadonlySet<string> = new Set([
  AT_REST_CHECK_KEY,
  AT_REST_SEALED_KEY,
  CASE_CONTENT_SEALED_KEY,
])

/**
 * Every table as stored, except that sealed BSNs and notes are opened (a dump is only ever written
 * into an encrypted backup, which must open on another device with the passphrase alone) and the
 * at-rest key check, which belongs to this device's key, is left out.
 */
export async function dumpDatabase(
  db: MaatwerkDb,
  exportedAt: string,
  atRest: SealingKey | null = null,
): Promise<DatabaseDump> {
  try {
    const dump = await db.transaction('r', db.tables, async () => {
      const tables: Record<string, unknown[]> = {}
      // The content rows go back into the dump's case tables (a row per member, line and so on).
      const contents = contentTablesOf(await db.caseContents.toArray())
      for (const name of TABLE_NAMES)
        tables[name] = isContentTable(name) ? contents[name] : await db.table(name).toArray()
      tables['meta'] = (tables['meta'] as MetaRow[]).filter((row) => !DEVICE_META_KEYS.has(row.key))
      const formatRow = await db.meta.get(DATA_FORMAT_KEY)
      const auditHead = await currentKeyedHead(db)
      return {
        ...(auditHead ? { auditHead } : {}),
        format: DUMP_FORMAT,
        formatVersion: DUMP_FORMAT_VERSION,
        dataFormatVersion: typeof formatRow?.value === 'number' ? formatRow.value : DATA_FORMAT_VERSION,
        exportedAt,
        tables,
      } satisfies DatabaseDump
    })
    return { ...dump, tables: await mapDumpTables(dump.tables, openWith(atRest)) }
  } catch (error) {
    throw toDataError(error)
  }
}

/**
 * A copy of a database this version could not upgrade, read without opening it through Dexie (which
 * would try the upgrade again): every object store as the older version left it, rows as stored
 * (sealed BSNs and notes stay sealed), in one read-only transaction. Nothing is written; the database
 * stays at its old version. Rejects when there is no such database.
 */
export async function dumpUntouchedDatabase(
  factory: IDBFactory,
  name: string,
  exportedAt: string,
): Promise<DatabaseDump> {
  const db = await openUnversioned(factory, name)
  try {
    const storeNames = [...db.objectStoreNames]
    const tables: Record<string, unknown[]> = {}
    const outOfLineKeys: Record<string, unknown[]> = {}
    if (storeNames.length > 0) {
      const transaction = db.transaction(storeNames, 'readonly')
      await Promise.all(
        storeNames.map(async (storeName) => {
          const store = transaction.objectStore(storeName)
          tables[storeName] = await requestResult(store.getAll())
          if (store.keyPath === null) outOfLineKeys[storeName] = await requestResult(store.getAllKeys())
        }),
      )
    }
    const formatRow = (tables['meta'] as MetaRow[] | undefined)?.find((row) => row.key === DATA_FORMAT_KEY)
    return {
      format: DUMP_FORMAT,
      formatVersion: DUMP_FORMAT_VERSION,
      dataFormatVersion: typeof formatRow?.value === 'number' ? formatRow.value : 1,
      exportedAt,
      tables,
      untouched: { databaseVersion: db.version, outOfLineKeys },
    }
  } finally {
    db.close()
  }
}

/** Opens the named database at whatever version it has; refuses to create one that does not exist. */
function openUnversioned(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name)
    request.onupgradeneeded = () => {
      // No database by that name: abort, so that reading a copy never creates an empty one.
      request.transaction?.abort()
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(new DataError('not-found', DATA_ERROR_MESSAGES.openFailed))
    request.onblocked = () => reject(new DataError('unknown', DATA_ERROR_MESSAGES.openFailed))
  })
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(toDataError(request.error))
  })
}

type RowCheck = (row: Record<string, unknown>) => void

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function requireKeys(row: Record<string, unknown>, strings: string[], numbers: string[] = []): void {
  for (const key of strings) if (!isString(row[key])) throw new Error(key)
  for (const key of numbers) if (!isNumber(row[key])) throw new Error(key)
}

function domainValue<T>(row: Record<string, unknown>): T {
  if (typeof row['value'] !== 'object' || row['value'] === null) throw new Error('value')
  return row['value'] as T
}

/** Per table: the key fields a row must have and the schema its domain value must pass. */
const ROW_CHECKS: Record<TableName, RowCheck> = {
  households: (row) => {
    requireKeys(row, ['id', 'createdAt', 'updatedAt'], ['memberCount', 'scenarioCount'])
    validateHouseholdFields(domainValue(row))
  },
  members: (row) => {
    requireKeys(row, ['householdId', 'id', 'createdAt', 'updatedAt'], ['position'])
    validatePerson(domainValue(row))
  },
  carers: (row) => {
    requireKeys(row, ['householdId', 'id', 'createdAt', 'updatedAt'], ['position'])
    validateCarer(domainValue(row))
  },
  assessments: (row) => {
    requireKeys(row, ['householdId', 'personId', 'createdAt', 'updatedAt'])
    validateAssessment(domainValue(row))
  },
  scenarios: (row) => {
    requireKeys(row, ['householdId', 'id', 'createdAt', 'updatedAt'], ['position'])
    validateScenarioFields(domainValue(row))
  },
  lines: (row) => {
    requireKeys(row, ['householdId', 'scenarioId', 'id', 'createdAt', 'updatedAt'], ['position'])
    validateLine(domainValue(row))
  },
  municipalityProfiles: (row) => {
    requireKeys(row, ['code', 'createdAt', 'updatedAt'])
    validateMunicipality(domainValue(row))
  },
  audit: (row) => requireKeys(row, ['at', 'action', 'objectType', 'hash', 'prevHash'], ['seq']),
  meta: (row) => requireKeys(row, ['key']),
  doNothing: (row) => {
    requireKeys(row, ['householdId', 'createdAt', 'updatedAt'])
    validateDoNothing(domainValue(row))
  },
}

/** Every problem of a dump, by path (empty when it can be restored). */
function checkDump(dump: unknown): Issue[] {
  if (typeof dump !== 'object' || dump === null)
    return [{ path: '', message: DATA_ERROR_MESSAGES.dumpInvalid }]
  const record = dump as Record<string, unknown>
  const issues: Issue[] = []
  if (record['format'] !== DUMP_FORMAT)
    issues.push({ path: 'format', message: DATA_ERROR_MESSAGES.dumpInvalid })
  if (record['formatVersion'] !== DUMP_FORMAT_VERSION) {
    issues.push({ path: 'formatVersion', message: DATA_ERROR_MESSAGES.dumpInvalid })
  }
  const dataFormat = record['dataFormatVersion']
  if (!Number.isInteger(dataFormat) || (dataFormat as number) < 1) {
    issues.push({ path: 'dataFormatVersion', message: DATA_ERROR_MESSAGES.dumpInvalid })
  }
  const tables = record['tables']
  if (typeof tables !== 'object' || tables === null) {
    issues.push({ path: 'tables', message: DATA_ERROR_MESSAGES.dumpInvalid })
    return issues
  }
  const tableRecord = tables as Record<string, unknown>
  for (const name of Object.keys(tableRecord)) {
    if (!(TABLE_NAMES as readonly string[]).includes(name)) {
      issues.push({ path: `tables.${name}`, message: DATA_ERROR_MESSAGES.dumpInvalid })
    }
  }
  for (const name of TABLE_NAMES) {
    // A dump made before a table existed has no rows for it: that table is restored empty.
    const rows = tableRecord[name] ?? (TABLES_ADDED_LATER.includes(name) ? [] : undefined)
    if (!Array.isArray(rows)) {
      issues.push({ path: `tables.${name}`, message: DATA_ERROR_MESSAGES.dumpInvalid })
      continue
    }
    rows.forEach((row: unknown, index) => {
      if (issues.length >= MAX_REPORTED_ISSUES) return
      const path = `tables.${name}[${index}]`
      if (typeof row !== 'object' || row === null) {
        issues.push({ path, message: DATA_ERROR_MESSAGES.dumpInvalid })
        return
      }
      try {
        ROW_CHECKS[name](row as Record<string, unknown>)
      } catch (error) {
        if (error instanceof DataError && error.issues.length > 0) {
          for (const issue of error.issues)
            issues.push({ path: `${path}.${issue.path}`, message: issue.message })
        } else {
          const field = error instanceof Error ? error.message : ''
          issues.push({ path: field ? `${path}.${field}` : path, message: DATA_ERROR_MESSAGES.dumpInvalid })
        }
      }
    })
  }
  return issues
}

export async function restoreDatabase(context: DataContext, dump: DatabaseDump): Promise<void> {
  if (dump.untouched) {
    // A copy of data this version could not upgrade: restoring it would skip the upgrade it needs.
    throw new DataError('validation', DATA_ERROR_MESSAGES.dumpUntouched, [
      { path: 'untouched', message: DATA_ERROR_MESSAGES.dumpUntouched },
    ])
  }
  const issues = checkDump(dump)
  if (issues.length > 0) throw new DataError('validation', DATA_ERROR_MESSAGES.dumpInvalid, issues)
  if (dump.dataFormatVersion > DATA_FORMAT_VERSION) {
    // Data from a newer app: restoring it here would mean writing rows this version cannot read.
    throw new DataError('read-only', DATA_ERROR_MESSAGES.dumpNewer, [
      { path: 'dataFormatVersion', message: DATA_ERROR_MESSAGES.dumpNewer },
    ])
  }
  const { db } = context
  await context.ensureRoom?.(JSON.stringify(dump.tables).length)
  // BSNs and notes are sealed under this device's key before the transaction opens; the key check
  // is this device's own (a dump carries none; one from elsewhere would lock this database).
  const atRest = context.atRest
  const tables = atRest ? await mapDumpTables(dump.tables, sealWith(atRest)) : dump.tables
  const keyCheck = atRest ? await sealKeyCheck(atRest) : null
  // A chain written on another device is hashed again under this device's key (audit.ts).
  const adopted = adoptForeignChain((tables['audit'] ?? []) as AuditRow[], context.audit.key)
  const adoptedTables = adopted.rehashed > 0 ? { ...tables, audit: adopted.rows } : tables
  // Every household is given the MAC of its content as restored here (content-mac.ts): the backup
  // file is authenticated (AES-GCM under the passphrase), so its content is trusted as it was saved.
  const contentKey = contentKeyOf(context.audit.key)
  const contents = contentRowsOf(adoptedTables)
  const restoredTables: Record<string, unknown[]> = {
    ...adoptedTables,
    households: macHouseholds((adoptedTables['households'] ?? []) as HouseholdRow[], contents, contentKey),
  }
  await runWrite(
    context,
    async () => {
      // The chain being replaced: its head goes into the restore entry, so the log itself says which
      // history the restore set aside (the safety backup made just before holds that history).
      const replaced = await readAuditHead(db)
      for (const name of STORED_TABLE_NAMES) await db.table(name).clear()
      // Stored portfolio results describe the replaced data: none of them may survive a restore.
      await db.portfolioResults.clear()
      // So is the aggregated snapshot (the writes above already changed the revision it would need).
      await db.portfolioState.delete(PORTFOLIO_SNAPSHOT_KEY)
      await db.caseContents.bulkAdd(contents)
      for (const name of TABLE_NAMES) {
        if (isContentTable(name)) continue
        const rows = restoredTables[name] ?? []
        await db
          .table(name)
          .bulkAdd(
            name === 'meta' ? (rows as MetaRow[]).filter((row) => !DEVICE_META_KEYS.has(row.key)) : rows,
          )
      }
      if (keyCheck !== null) await db.meta.put({ key: AT_REST_CHECK_KEY, value: keyCheck })
      await db.meta.put({ key: CASE_CONTENT_SEALED_KEY, value: sealedFlagValue(contentKey) })
      await db.meta.put({ key: DATA_FORMAT_KEY, value: DATA_FORMAT_VERSION })
      // The install stays the same install: a backup from elsewhere must not change who we are.
      await db.meta.put({ key: INSTALL_ID_KEY, value: context.state.installId })
      await appendAudit(db, context.audit, [
        ...(adopted.rehashed > 0
          ? [
              {
                action: 'audit.adopted',
                objectType: 'audit',
                objectId: `rehashed:${adopted.rehashed}`,
                householdId: null,
              },
            ]
          : []),
        {
          action: 'database.restore',
          objectType: 'database',
          objectId: restoreObjectId(replaced),
          householdId: null,
        },
      ])
    },
    { allowDataMissing: true },
  )
  context.state.caseContentSealed = true
}

/** The dump's household rows, each with the content MAC of its content row as it will be restored. */
function macHouseholds(
  households: readonly HouseholdRow[],
  contents: readonly CaseContentRow[],
  contentKey: Uint8Array,
): HouseholdRow[] {
  const contentOf = new Map(contents.map((content) => [content.householdId, content]))
  return households.map((household) => {
    const { contentMac: _stale, ...row } = household
    return withContentMac(contentKey, fromContentRow(row, contentOf.get(row.id)))
  })
}

/** The restore entry's object: the replaced chain head as `replaced:<seq>:<hash>` (or `replaced:none`). */
function restoreObjectId(head: { seq: number; hash: string } | null): string {
  return head ? `replaced:${head.seq}:${head.hash}` : 'replaced:none'
}
