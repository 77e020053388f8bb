/**
 * Reading and writing case files (docs/architecture.md#case-file). `parseCaseFile` never throws: whatever the input, it
 * returns the valid case file or the list of every problem found, by path. `serializeCaseFile` writes a
 * canonical text (fixed key order, 2-space indent), so exporting the same case twice gives the same bytes
 * and `parseCaseFile(serializeCaseFile(file))` gives the file back.
 */
import { ZRM_DOMAINS, type CaseFile, type Household, type Scenario } from '../domain/types'
import { checkBornAfterToday, checkCaseFile, checkScenarioReferences } from './consistency'
import { caseFileError, formatPath, fromZodIssue, type CaseFileError } from './errors'
import { migrateCaseFile } from './migrate'
import { CASE_FILE_FORMAT, caseFileSchema } from './schema'

/** Larger files are refused before parsing: a real household is a few kilobytes. */
export const CASE_FILE_MAX_BYTES = 5 * 1024 * 1024
/** At most this many problems are listed (then one `tooManyErrors`): enough to fix, not a flood. */
export const CASE_FILE_MAX_ERRORS = 200

export type CaseFileParseResult = { ok: true; value: CaseFile } | { ok: false; errors: CaseFileError[] }

/** UTF-8 byte length, computed without TextEncoder (shared/ has no DOM or Node types). */
function utf8ByteLength(text: string, stopAbove: number): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= stopAbove; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function fail(errors: CaseFileError[]): CaseFileParseResult {
  return { ok: false, errors }
}

const PATH_SEGMENT = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g

/** Splits a formatted path back into segments: 'scenarios[0].lines' → ['scenarios', 0, 'lines']. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = []
  for (const match of path.matchAll(PATH_SEGMENT)) {
    if (match[1] !== undefined) segments.push(Number(match[1]))
    else if (match[2] !== undefined) segments.push(String(JSON.parse(match[2])))
    else if (match[3] !== undefined) segments.push(match[3])
  }
  return segments
}

/** Document order: the order a reader meets the fields in the canonical file (key order, then index). */
function compareDocumentOrder(a: string, b: string): number {
  const sa = pathSegments(a)
  const sb = pathSegments(b)
  for (let i = 0; i < Math.min(sa.length, sb.length); i += 1) {
    const x = sa[i]
    const y = sb[i]
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return compareKeys(String(x), String(y))
  }
  return sa.length - sb.length
}

function dedupeAndCap(errors: CaseFileError[]): CaseFileError[] {
  const seen = new Set<string>()
  const unique: CaseFileError[] = []
  for (const error of errors) {
    const key = `${error.path}\u0000${error.code}\u0000${JSON.stringify(error.params)}`
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(error)
  }
  // Stable sort: problems at the same path keep the order they were found in.
  unique.sort((x, y) => compareDocumentOrder(x.path, y.path))
  if (unique.length <= CASE_FILE_MAX_ERRORS) return unique
  const rest = unique.length - CASE_FILE_MAX_ERRORS
  return [...unique.slice(0, CASE_FILE_MAX_ERRORS), caseFileError('', 'tooManyErrors', { count: rest })]
}

/** What a caller can tell the parser that a file cannot: today's date, for birth dates in the future. */
export type CaseFileParseOptions = { today?: string }

function validate(raw: unknown, options: CaseFileParseOptions = {}): CaseFileParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail([caseFileError('', 'notAnObject')])
  const format = (raw as Record<string, unknown>).format
  // Another kind of JSON: one clear message instead of a list of every field it lacks.
  if (format !== CASE_FILE_FORMAT) {
    return fail([caseFileError('format', 'wrongFormat', { expected: CASE_FILE_FORMAT })])
  }
  const migrated = migrateCaseFile(raw)
  if (!migrated.ok) return fail(migrated.errors)

  const today: CaseFileError[] = []
  if (options.today !== undefined)
    checkBornAfterToday(migrated.value, options.today, (issue) =>
      today.push(caseFileError(formatPath(issue.path), issue.code, issue.params)),
    )
  const parsed = caseFileSchema.safeParse(migrated.value)
  if (parsed.success) return today.length === 0 ? { ok: true, value: parsed.data } : fail(dedupeAndCap(today))

  const errors = [...today, ...parsed.error.issues.flatMap((issue) => fromZodIssue(issue, migrated.value))]
  // The schema's own consistency refinements are skipped once any field failed; run them on the raw
  // data so the list is complete (duplicates with the schema's are removed below).
  checkCaseFile(migrated.value, (issue) =>
    errors.push(caseFileError(formatPath(issue.path), issue.code, issue.params)),
  )
  // A birth date after today says it all: the weaker "after every scenario" at the same place goes.
  const future = new Set(today.map((e) => e.path))
  return fail(dedupeAndCap(errors.filter((e) => !(e.code === 'bornAfterScenarios' && future.has(e.path)))))
}

/**
 * Line and column (1-based) of a JSON syntax error, from the engine's message: V8 names the character
 * offset (`at position 42`) and newer versions also `(line 3 column 5)`; without either (a file cut
 * off), the end of the text.
 */
function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error)
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/.exec(message)
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return { line, column }
}

/**
 * Parses and validates a case file. Never throws. `options.today` (the caller's date; shared/ reads
 * no clock) also refuses birth dates after it.
 */
export function parseCaseFile(text: string, options: CaseFileParseOptions = {}): CaseFileParseResult {
  try {
    if (typeof text !== 'string') return fail([caseFileError('', 'notText')])
    const bytes = utf8ByteLength(text, CASE_FILE_MAX_BYTES)
    if (bytes > CASE_FILE_MAX_BYTES) {
      return fail([caseFileError('', 'tooLarge', { maxMegabytes: CASE_FILE_MAX_BYTES / (1024 * 1024) })])
    }
    // A byte-order mark from Windows editors is not content.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    let raw: unknown
    try {
      raw = JSON.parse(body)
    } catch (error) {
      // Where, never what: the parser's own text is English and quotes a piece of the file.
      return fail([caseFileError('', 'invalidJson', jsonErrorPosition(body, error))])
    }
    return validate(raw, options)
  } catch (error) {
    // Defence in depth: a bug in a check must not crash an import screen.
    const detail = error instanceof Error ? error.message : String(error)
    return fail([caseFileError('', 'invalidValue', { detail })])
  }
}

/** Validates an already-parsed value (e.g. from IndexedDB or a test) exactly as `parseCaseFile` does. */
export function validateCaseFile(value: unknown): CaseFileParseResult {
  try {
    return validate(value)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail([caseFileError('', 'invalidValue', { detail })])
  }
}

/**
 * The references of one scenario into its household (persons, carers), for a write of a single
 * scenario: `scenarioSchema` checks the scenario on its own, this adds what needs the household.
 * Paths are relative to the scenario ('lines[2].personId').
 */
export function findScenarioReferenceErrors(scenario: Scenario, household: Household): CaseFileError[] {
  const errors: CaseFileError[] = []
  checkScenarioReferences(scenario, household, [], (issue) =>
    errors.push(caseFileError(formatPath(issue.path), issue.code, issue.params)),
  )
  return errors
}

// ---------------------------------------------------------------------------------------------
// Serialisation

/**
 * The order keys are written in: the order of docs/architecture.md#case-file (identity first, then content), ZRM domains
 * in their official order. Keys not listed (none in a valid file) follow alphabetically.
 */
const KEY_ORDER: readonly string[] = [
  'format',
  'formatVersion',
  'household',
  'scenarios',
  'origin',
  'id',
  'label',
  'name',
  'municipalityCode',
  'dates',
  'melding',
  'onderzoekAfgerond',
  'aanvraag',
  'beschikking',
  'members',
  'carers',
  'birthDate',
  'role',
  'relation',
  'bsn',
  'livesIn',
  'income',
  'kind',
  'netMonthlyCents',
  'assetsCents',
  'wlzIndication',
  'zrm',
  'assessedOn',
  'scores',
  'targets',
  'history',
  ...ZRM_DOMAINS,
  'caresFor',
  'capacityHoursPerWeek',
  'workHoursPerWeek',
  'burdenScore',
  'consent',
  'personId',
  'description',
  'startDate',
  'horizonMonths',
  'assumptions',
  'indexationPercentPerYear',
  'informalHourValueCents',
  'lines',
  'provisionId',
  'deliveryForm',
  'volume',
  'unit',
  'frequency',
  'endDate',
  'carerId',
  'rateCents',
  'continuation',
  'provider',
  'note',
  'incomeChanges',
  'from',
  'deviations',
  'ruleId',
  'lineId',
  'reason',
  'decidedOn',
  'wlzIndications',
  'chosen',
  'on',
  'reasoning',
  'exportedAt',
  'exportedBy',
  'pseudonymised',
]
const KEY_RANK = new Map(KEY_ORDER.map((key, i) => [key, i]))

function compareKeys(a: string, b: string): number {
  const ra = KEY_RANK.get(a)
  const rb = KEY_RANK.get(b)
  if (ra !== undefined && rb !== undefined) return ra - rb
  if (ra !== undefined) return -1
  if (rb !== undefined) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so even a '__proto__' key stays data.
    return Object.fromEntries(
      Object.keys(value)
        .sort(compareKeys)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

/** The canonical text of a case file: fixed key order, 2-space indent, a final newline. */
export function serializeCaseFile(file: CaseFile): string {
  return `${JSON.stringify(canonical(file), null, 2)}\n`
}
