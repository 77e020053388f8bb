/**
 * Validation of an imported tariff table (rows already read from CSV or XLSX as text cells). The whole
 * file is checked before anything is applied: every problem is reported with its row number (the
 * header is row 1) and a message code the renderer translates; nothing is returned to apply unless
 * every row is valid.
 *
 * Columns (header names, case-insensitive): provisionId, deliveryForm, rate (euro, '31,80' or
 * '31.80'), from, to (optional, inclusive), source, example (optional: ja/nee, yes/no, true/false).
 */
import type { CentsInput, DeliveryForm, IsoDateInput, Provision, TariffEntry } from '../domain/types'
import { addDays, isIsoDate, yearOf } from '../domain/dates'
import { formatCentsDecimalComma, indexCents, isEuroAmountText, parseEuroText } from '../domain/money'

/** The columns of a tariff table, in the order the export writes them. */
const TARIFF_COLUMNS = ['provisionId', 'deliveryForm', 'rate', 'from', 'to', 'source', 'example'] as const
const REQUIRED_TARIFF_COLUMNS = ['provisionId', 'deliveryForm', 'rate', 'from', 'source'] as const
const DELIVERY_FORMS: readonly DeliveryForm[] = [
  'zin',
  'pgb',
  'pgb-netwerk',
  'mantelzorg',
  'volunteer',
  'algemeen',
]

/**
 * The highest rate a tariff file may set: the case file's bound on any amount
 * (CASE_FILE_MAX_AMOUNT_CENTS, € 999.999,99 — the catalogue's `amount-too-large` text names it), so an imported tariff can always be saved and summed
 * exactly.
 */
export const TARIFF_MAX_RATE_CENTS = 100_000_000 - 1

export type TariffImportErrorCode =
  | 'empty-file'
  | 'missing-column'
  | 'unknown-provision'
  | 'unknown-delivery-form'
  | 'delivery-form-not-offered'
  | 'missing-value'
  | 'non-numeric-amount'
  | 'negative-amount'
  | 'amount-too-large'
  | 'invalid-date'
  | 'end-before-start'
  | 'duplicate-row'
  | 'overlapping-period'

type TariffImportError = {
  /** Row in the file (1 = header, data from 2); 0 for file-level problems. */
  row: number
  column: string | null
  code: TariffImportErrorCode
  params: Record<string, string | number>
}

type TariffImportRow = {
  row: number
  entry: TariffEntry
}

export type TariffImportResult =
  { ok: true; rows: TariffImportRow[] } | { ok: false; errors: TariffImportError[]; rows: TariffImportRow[] }

/** True for a real calendar date in 'YYYY-MM-DD' form (the calendar module's check). */
export function isRealIsoDate(value: string): value is IsoDateInput {
  return isIsoDate(value)
}

/**
 * Parses a euro amount written the Dutch ('1.234,56', '31,80') or the plain way ('31.80') into cents;
 * null when it is not a number.
 */
export function parseEuroToCents(text: string): CentsInput | null {
  return parseEuroText(text)
}

function normaliseHeader(header: string): string {
  const h = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '')
  const aliases: Record<string, string> = {
    provisionid: 'provisionId',
    voorziening: 'provisionId',
    deliveryform: 'deliveryForm',
    leveringsvorm: 'deliveryForm',
    rate: 'rate',
    tarief: 'rate',
    from: 'from',
    vanaf: 'from',
    to: 'to',
    tot: 'to',
    totenmet: 'to',
    source: 'source',
    bron: 'source',
    example: 'example',
    voorbeeld: 'example',
  }
  return aliases[h] ?? header.trim()
}

function parseFlag(text: string): boolean {
  return ['ja', 'yes', 'true', '1', 'j', 'y'].includes(text.trim().toLowerCase())
}

/**
 * Validates a tariff table. `table` is the file as rows of text cells, the first row the header.
 * Checks every row (unknown provision, delivery form not offered, missing or non-numeric or negative
 * amounts, invalid dates, an end before its start) and then the rows together (duplicates, overlapping
 * periods for the same provision and delivery form).
 */
export function validateTariffTable(
  table: readonly (readonly string[])[],
  provisions: readonly Pick<Provision, 'id' | 'deliveryForms'>[],
): TariffImportResult {
  const errors: TariffImportError[] = []
  const header = table[0]
  const dataRows = table.slice(1).map((cells, i) => ({ row: i + 2, cells }))
  const nonEmpty = dataRows.filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  if (!header || nonEmpty.length === 0) {
    return { ok: false, errors: [{ row: 0, column: null, code: 'empty-file', params: {} }], rows: [] }
  }
  const columns = header.map(normaliseHeader)
  const missing = REQUIRED_TARIFF_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((column) => ({
        row: 1,
        column,
        code: 'missing-column' as const,
        params: { column },
      })),
      rows: [],
    }
  }
  const byId = new Map(provisions.map((p) => [p.id, p]))
  const cell = (cells: readonly string[], column: string): string => {
    const i = columns.indexOf(column)
    return i < 0 ? '' : (cells[i] ?? '').trim()
  }

  const rows: TariffImportRow[] = []
  for (const { row, cells } of nonEmpty) {
    const rowErrors: TariffImportError[] = []
    const err = (
      column: string,
      code: TariffImportErrorCode,
      params: Record<string, string | number> = {},
    ): void => {
      rowErrors.push({ row, column, code, params: { row, column, ...params } })
    }
    const provisionId = cell(cells, 'provisionId')
    const deliveryForm = cell(cells, 'deliveryForm')
    const rateText = cell(cells, 'rate')
    const from = cell(cells, 'from')
    const to = cell(cells, 'to')
    const source = cell(cells, 'source')

    const provision = byId.get(provisionId)
    if (provisionId === '') err('provisionId', 'missing-value')
    else if (!provision) err('provisionId', 'unknown-provision', { value: provisionId })
    if (deliveryForm === '') err('deliveryForm', 'missing-value')
    else if (!DELIVERY_FORMS.includes(deliveryForm as DeliveryForm))
      err('deliveryForm', 'unknown-delivery-form', { value: deliveryForm })
    else if (provision && !provision.deliveryForms.includes(deliveryForm as DeliveryForm))
      err('deliveryForm', 'delivery-form-not-offered', { value: deliveryForm, provision: provisionId })
    const rateCents = parseEuroToCents(rateText)
    if (rateText === '') err('rate', 'missing-value')
    else if (rateCents === null && !isEuroAmountText(rateText))
      err('rate', 'non-numeric-amount', { value: rateText })
    else if (rateCents === null ? rateText.trim().startsWith('-') : rateCents < 0)
      err('rate', 'negative-amount', { value: rateText })
    else if (rateCents === null || rateCents > TARIFF_MAX_RATE_CENTS)
      err('rate', 'amount-too-large', { value: rateText })
    if (from === '') err('from', 'missing-value')
    else if (!isRealIsoDate(from)) err('from', 'invalid-date', { value: from })
    if (to !== '' && !isRealIsoDate(to)) err('to', 'invalid-date', { value: to })
    else if (to !== '' && isRealIsoDate(from) && to < from) err('to', 'end-before-start', { value: to, from })
    if (source === '') err('source', 'missing-value')

    if (rowErrors.length > 0) {
      errors.push(...rowErrors)
      continue
    }
    const example = cell(cells, 'example')
    const entry: TariffEntry = {
      provisionId,
      deliveryForm: deliveryForm as DeliveryForm,
      rateCents: rateCents as CentsInput,
      from,
      to: to === '' ? null : to,
      source,
      ...(example !== '' && parseFlag(example) ? { example: true } : {}),
    }
    rows.push({ row, entry })
  }

  // Rows together: exact duplicates first, then overlapping periods of the same tariff.
  const seen = new Map<string, TariffImportRow[]>()
  for (const r of rows) {
    const key = `${r.entry.provisionId}|${r.entry.deliveryForm}`
    const earlier = seen.get(key) ?? []
    for (const other of earlier) {
      const same =
        other.entry.from === r.entry.from &&
        (other.entry.to ?? null) === (r.entry.to ?? null) &&
        other.entry.rateCents === r.entry.rateCents
      if (same) {
        errors.push({
          row: r.row,
          column: null,
          code: 'duplicate-row',
          params: { row: r.row, other: other.row },
        })
        break
      }
      if (periodsOverlap(other.entry, r.entry)) {
        errors.push({
          row: r.row,
          column: 'from',
          code: 'overlapping-period',
          params: {
            row: r.row,
            other: other.row,
            provision: r.entry.provisionId,
            deliveryForm: r.entry.deliveryForm,
          },
        })
        break
      }
    }
    seen.set(key, [...earlier, r])
  }
  errors.sort((a, b) => a.row - b.row)
  return errors.length === 0 ? { ok: true, rows } : { ok: false, errors, rows }
}

/** Periods are inclusive; an open end runs indefinitely. */
function periodsOverlap(a: Pick<TariffEntry, 'from' | 'to'>, b: Pick<TariffEntry, 'from' | 'to'>): boolean {
  const aTo = a.to ?? '9999-12-31'
  const bTo = b.to ?? '9999-12-31'
  return a.from <= bTo && b.from <= aTo
}

type TariffChangeKind = 'added' | 'replaced' | 'ended' | 'unchanged'

/**
 * One change an import makes to one period of a provision and delivery form:
 * - `added`: a period the profile did not cover (or covered only partly, see `ended`);
 * - `replaced`: an existing period wholly inside an imported one (its rate or source changes);
 * - `ended`: an existing period that overlaps an imported one only partly: it is kept outside the
 *   imported period (`after` holds what remains of it: before and/or after the imported period);
 * - `unchanged`: the file repeats a period exactly as the profile has it.
 */
type TariffPeriodChange = {
  kind: TariffChangeKind
  /** The existing entry (null for an added period). */
  before: TariffEntry | null
  /** The entries that take its place: the imported entry, or the remaining parts of an ended one. */
  after: TariffEntry[]
}

type TariffImportGroup = {
  provisionId: string
  deliveryForm: DeliveryForm
  changes: TariffPeriodChange[]
}

export type TariffImportPlan = {
  /** The profile's tariff table after the import (sorted). */
  tariffs: TariffEntry[]
  /** Per provision and delivery form named in the file, what happens to each period. */
  groups: TariffImportGroup[]
  /** Whether anything changes at all (false when the file only repeats the profile). */
  changesSomething: boolean
}

const OPEN_END: IsoDateInput = '9999-12-31'

function tariffKey(t: Pick<TariffEntry, 'provisionId' | 'deliveryForm'>): string {
  return `${t.provisionId}|${t.deliveryForm}`
}

function sameEntry(a: TariffEntry, b: TariffEntry): boolean {
  return (
    a.from === b.from &&
    (a.to ?? null) === (b.to ?? null) &&
    a.rateCents === b.rateCents &&
    a.source === b.source &&
    (a.example ?? false) === (b.example ?? false)
  )
}

function compareTariffs(a: TariffEntry, b: TariffEntry): number {
  return (
    a.provisionId.localeCompare(b.provisionId) ||
    a.deliveryForm.localeCompare(b.deliveryForm) ||
    a.from.localeCompare(b.from)
  )
}

/**
 * The part of `entry` from `from` to `to` (inclusive), with the rate the engine would have used in
 * that part. An open-ended entry is indexed by the profile's percentage for every calendar year past
 * its own (shared/municipality/tariffs.ts); once it gets an end date it is no longer indexed inside
 * it, so each indexed year is fixed as its own period at the rate the lookup gave it — the years the
 * file does not name keep exactly the rate they had.
 */
function partOf(
  entry: TariffEntry,
  from: IsoDateInput,
  to: IsoDateInput | null,
  indexationPercentPerYear: number,
): TariffEntry[] {
  const openEnded = (entry.to ?? null) === null
  const firstYear = yearOf(entry.from)
  if (!openEnded || indexationPercentPerYear === 0) return [{ ...entry, from, to }]
  const parts: TariffEntry[] = []
  const lastYear = to === null ? null : yearOf(to)
  let start = from
  for (;;) {
    const year = yearOf(start)
    const years = year - firstYear
    const rateCents = indexCents(entry.rateCents, indexationPercentPerYear, years)
    const source =
      years === 0
        ? entry.source
        : `${entry.source}; indexed ${indexationPercentPerYear}%/year × ${years} (fixed by a tariff import)`
    // An open-ended remainder keeps indexing itself from its own year on, as the entry did.
    if (lastYear === null) {
      parts.push({ ...entry, rateCents, source, from: start, to: null })
      break
    }
    const yearEnd: IsoDateInput = `${year}-12-31`
    const end = to !== null && to < yearEnd ? to : yearEnd
    parts.push({ ...entry, rateCents, source, from: start, to: end })
    if (year >= lastYear) break
    start = `${year + 1}-01-01`
  }
  return parts
}

function changeStart(change: TariffPeriodChange): IsoDateInput {
  return change.before?.from ?? change.after[0]?.from ?? OPEN_END
}

/**
 * What a validated import does to the profile's tariffs. An import only adds and replaces the
 * periods it names: an existing period of the same provision and delivery form that lies wholly
 * inside an imported period is replaced; one that overlaps partly is ended where the imported period
 * starts (and resumes after it ends, if it ran on); every other period, and every other provision
 * and delivery form, stays exactly as it was. (Bug fixed here: importing two 2027 ZIN rates used to
 * delete every earlier ZIN period of those provisions, so existing cases lost their cost.)
 *
 * `imported` must be valid (validateTariffTable): its periods of one provision and form do not
 * overlap each other.
 */
export function planTariffImport(
  existing: readonly TariffEntry[],
  imported: readonly TariffEntry[],
  indexationPercentPerYear: number,
): TariffImportPlan {
  const importedByKey = new Map<string, TariffEntry[]>()
  for (const entry of imported) {
    const list = importedByKey.get(tariffKey(entry))
    if (list) list.push(entry)
    else importedByKey.set(tariffKey(entry), [entry])
  }
  const result: TariffEntry[] = existing.filter((t) => !importedByKey.has(tariffKey(t)))
  const groups: TariffImportGroup[] = []
  for (const [key, incoming] of importedByKey) {
    const first = incoming[0] as TariffEntry
    const changes: TariffPeriodChange[] = []
    const current = existing.filter((t) => tariffKey(t) === key)
    const toAdd: TariffEntry[] = []
    const kept: TariffEntry[] = []
    // Imported entries that repeat an existing period exactly change nothing.
    for (const entry of incoming) {
      const same = current.find((c) => sameEntry(c, entry))
      if (same) {
        changes.push({ kind: 'unchanged', before: same, after: [same] })
      } else {
        toAdd.push(entry)
      }
    }
    const replacing = new Set<TariffEntry>()
    for (const entry of current) {
      if (changes.some((c) => c.before === entry)) {
        kept.push(entry)
        continue
      }
      const overlapping = toAdd.filter((i) => periodsOverlap(i, entry))
      if (overlapping.length === 0) {
        kept.push(entry)
        continue
      }
      // The stretches of `entry` that no imported period covers, in date order.
      const covered = [...overlapping].sort((a, b) => a.from.localeCompare(b.from))
      const remaining: TariffEntry[] = []
      let cursor: IsoDateInput | null = entry.from
      const entryEnd = entry.to ?? OPEN_END
      for (const i of covered) {
        if (cursor === null) break
        if (i.from > cursor) {
          const gapEnd = addDays(i.from, -1)
          remaining.push(...partOf(entry, cursor, gapEnd, indexationPercentPerYear))
        }
        const iEnd = i.to ?? OPEN_END
        cursor = iEnd >= entryEnd ? null : addDays(iEnd, 1)
      }
      if (cursor !== null)
        remaining.push(...partOf(entry, cursor, entry.to ?? null, indexationPercentPerYear))
      kept.push(...remaining)
      if (remaining.length === 0) {
        covered.forEach((i) => replacing.add(i))
        changes.push({ kind: 'replaced', before: entry, after: covered })
      } else {
        changes.push({ kind: 'ended', before: entry, after: remaining })
      }
    }
    for (const entry of toAdd)
      if (!replacing.has(entry)) changes.push({ kind: 'added', before: null, after: [entry] })
    result.push(...kept, ...toAdd)
    changes.sort((a, b) => changeStart(a).localeCompare(changeStart(b)))
    groups.push({ provisionId: first.provisionId, deliveryForm: first.deliveryForm, changes })
  }
  groups.sort(
    (a, b) => a.provisionId.localeCompare(b.provisionId) || a.deliveryForm.localeCompare(b.deliveryForm),
  )
  result.sort(compareTariffs)
  return {
    tariffs: result,
    groups,
    changesSomething: groups.some((g) => g.changes.some((c) => c.kind !== 'unchanged')),
  }
}

/** The provision and delivery form pairs whose tariffs differ between two tables. */
export function changedTariffKeys(
  before: readonly TariffEntry[],
  after: readonly TariffEntry[],
): { provisionId: string; deliveryForm: DeliveryForm }[] {
  const group = (list: readonly TariffEntry[]) => {
    const map = new Map<string, string>()
    for (const t of [...list].sort(compareTariffs))
      map.set(
        tariffKey(t),
        `${map.get(tariffKey(t)) ?? ''}${JSON.stringify([t.from, t.to ?? null, t.rateCents])}`,
      )
    return map
  }
  const a = group(before)
  const b = group(after)
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys]
    .filter((k) => a.get(k) !== b.get(k))
    .sort()
    .map((k) => {
      const [provisionId = '', deliveryForm = 'zin'] = k.split('|')
      return { provisionId, deliveryForm: deliveryForm as DeliveryForm }
    })
}

/** The tariffs as a CSV table (same columns as the import, Dutch decimal comma, ';' separated). */
export function tariffsToTable(tariffs: readonly TariffEntry[]): string[][] {
  return [
    [...TARIFF_COLUMNS],
    ...tariffs.map((t) => [
      t.provisionId,
      t.deliveryForm,
      formatCentsDecimalComma(t.rateCents),
      t.from,
      t.to ?? '',
      t.source,
      t.example ? 'ja' : 'nee',
    ]),
  ]
}
