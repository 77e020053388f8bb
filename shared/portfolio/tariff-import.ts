/**
 * Validation of an imported tariff table (rows already read from CSV or XLSX as text cells). The whole
 * file is checked before anything is applied: every problem is reported with its row number (the
 * header is row 1) and a message code the renderer translates; nothing is returned to apply unless
 * every row is valid.
 *
 * Columns (header names, case-insensitive): provisionId, deliveryForm, rate (euro, '31,80' or
 * '31.80'), from, to (optional, inclusive), source, example (optional: ja/nee, yes/no, true/false).
 */
import type { Cents, DeliveryForm, IsoDate, Provision, TariffEntry } from '../domain/types'

export const TARIFF_COLUMNS = [
  'provisionId',
  'deliveryForm',
  'rate',
  'from',
  'to',
  'source',
  'example',
] as const
export const REQUIRED_TARIFF_COLUMNS = ['provisionId', 'deliveryForm', 'rate', 'from', 'source'] as const
const DELIVERY_FORMS: readonly DeliveryForm[] = [
  'zin',
  'pgb',
  'pgb-netwerk',
  'mantelzorg',
  'volunteer',
  'algemeen',
]

export type TariffImportErrorCode =
  | 'empty-file'
  | 'missing-column'
  | 'unknown-provision'
  | 'unknown-delivery-form'
  | 'delivery-form-not-offered'
  | 'missing-value'
  | 'non-numeric-amount'
  | 'negative-amount'
  | 'invalid-date'
  | 'end-before-start'
  | 'duplicate-row'
  | 'overlapping-period'

export type TariffImportError = {
  /** Row in the file (1 = header, data from 2); 0 for file-level problems. */
  row: number
  column: string | null
  code: TariffImportErrorCode
  params: Record<string, string | number>
}

export type TariffImportRow = {
  row: number
  entry: TariffEntry
}

export type TariffImportResult =
  { ok: true; rows: TariffImportRow[] } | { ok: false; errors: TariffImportError[]; rows: TariffImportRow[] }

export function isRealIsoDate(value: string): value is IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const y = Number(value.slice(0, 4))
  const m = Number(value.slice(5, 7))
  const d = Number(value.slice(8, 10))
  if (m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number
  return d <= days
}

/**
 * Parses a euro amount written the Dutch ('1.234,56', '31,80') or the plain way ('31.80') into cents;
 * null when it is not a number.
 */
export function parseEuroToCents(text: string): Cents | null {
  let s = text.trim().replace(/^€\s*/, '').replace(/\s/g, '')
  if (s === '') return null
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.')
  else if (/^-?\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.')
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null
  const negative = s.startsWith('-')
  const [whole = '0', fraction = ''] = s.replace('-', '').split('.')
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return negative ? -cents : cents
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
    else if (rateCents === null) err('rate', 'non-numeric-amount', { value: rateText })
    else if (rateCents < 0) err('rate', 'negative-amount', { value: rateText })
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
      rateCents: rateCents as Cents,
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
export function periodsOverlap(
  a: Pick<TariffEntry, 'from' | 'to'>,
  b: Pick<TariffEntry, 'from' | 'to'>,
): boolean {
  const aTo = a.to ?? '9999-12-31'
  const bTo = b.to ?? '9999-12-31'
  return a.from <= bTo && b.from <= aTo
}

/**
 * Applies a validated import: for every provision and delivery form in the file, the file's periods
 * replace the profile's; other tariffs stay as they are.
 */
export function mergeTariffs(
  existing: readonly TariffEntry[],
  imported: readonly TariffEntry[],
): TariffEntry[] {
  const replaced = new Set(imported.map((t) => `${t.provisionId}|${t.deliveryForm}`))
  const kept = existing.filter((t) => !replaced.has(`${t.provisionId}|${t.deliveryForm}`))
  return [...kept, ...imported].sort(
    (a, b) =>
      a.provisionId.localeCompare(b.provisionId) ||
      a.deliveryForm.localeCompare(b.deliveryForm) ||
      a.from.localeCompare(b.from),
  )
}

/** The tariffs as a CSV table (same columns as the import, Dutch decimal comma, ';' separated). */
export function tariffsToTable(tariffs: readonly TariffEntry[]): string[][] {
  const header = ['provisionId', 'deliveryForm', 'rate', 'from', 'to', 'source', 'example']
  return [
    header,
    ...tariffs.map((t) => [
      t.provisionId,
      t.deliveryForm,
      centsToDecimalComma(t.rateCents),
      t.from,
      t.to ?? '',
      t.source,
      t.example ? 'ja' : 'nee',
    ]),
  ]
}

function centsToDecimalComma(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}
