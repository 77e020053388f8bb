/**
 * Case-file format migration. A file of an older `formatVersion` is upgraded step by step by named
 * upgraders (version n → n + 1) before it is validated against the current schema. Only version 1
 * exists today, so the registry is empty; version 2 adds one function here:
 *
 *   { from: 1, name: 'v1-to-v2-<what changed>', upgrade: (file) => ({ ...file, formatVersion: 2, … }) }
 *
 * and raises `CASE_FILE_VERSION`. Upgraders work on plain JSON (the old shape is not typed any more),
 * must be pure and must not throw on a well-formed old file; a throw is reported as `migrationFailed`.
 * A shipped upgrader is never edited.
 */
import { caseFileError, type CaseFileError } from './errors'
import { CASE_FILE_VERSION } from './schema'

type JsonObject = Record<string, unknown>

export type CaseFileUpgrader = {
  /** The version this upgrader reads; it returns version `from + 1`. */
  from: number
  /** A stable, descriptive name ('v1-to-v2-split-carer-hours'), reported in `applied`. */
  name: string
  upgrade: (file: JsonObject) => JsonObject
}

/** The registry of upgraders, ordered by `from`. */
export const CASE_FILE_UPGRADERS: readonly CaseFileUpgrader[] = []

export type MigrationResult =
  { ok: true; value: JsonObject; applied: string[] } | { ok: false; errors: CaseFileError[] }

function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Brings a parsed case file to the current format version. Refuses a version newer than this build
 * knows (the file must not be read by an older app: it would lose what it does not understand).
 * `upgraders` and `latest` are parameters so the chain itself can be tested before a v2 exists.
 */
export function migrateCaseFile(
  raw: unknown,
  upgraders: readonly CaseFileUpgrader[] = CASE_FILE_UPGRADERS,
  latest: number = CASE_FILE_VERSION,
): MigrationResult {
  if (!isJsonObject(raw)) return { ok: false, errors: [caseFileError('', 'notAnObject')] }
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, errors: [caseFileError('formatVersion', 'invalidVersion')] }
  }
  if (version > latest) {
    return { ok: false, errors: [caseFileError('formatVersion', 'unsupportedVersion', { version, latest })] }
  }
  let file: JsonObject = raw
  const applied: string[] = []
  for (let from = version; from < latest; from += 1) {
    const upgrader = upgraders.find((u) => u.from === from)
    if (upgrader === undefined) {
      return {
        ok: false,
        errors: [caseFileError('formatVersion', 'migrationMissing', { from, to: from + 1 })],
      }
    }
    let next: unknown
    try {
      next = upgrader.upgrade(file)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        errors: [caseFileError('formatVersion', 'migrationFailed', { from, to: from + 1, detail })],
      }
    }
    if (!isJsonObject(next) || next.formatVersion !== from + 1) {
      return {
        ok: false,
        errors: [
          caseFileError('formatVersion', 'migrationWrongVersion', {
            from,
            to: from + 1,
            name: upgrader.name,
          }),
        ],
      }
    }
    file = next
    applied.push(upgrader.name)
  }
  return { ok: true, value: file, applied }
}
