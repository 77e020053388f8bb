/**
 * nl-NL formatting of money and dates. Formatting happens only in the renderer; the engine works in
 * integer cents and date-only strings. Amounts and dates keep the Dutch notation in both languages
 * (dates dd-mm-jjjj), independent of the browser's or operating system's locale.
 */
import type { CentsInput, IsoDateInput, YearMonth } from '../../../shared/domain/types'

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const euroWhole = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
})
const numberNl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** 123456 → '€ 1.234,56'. */
export function formatCents(cents: CentsInput): string {
  return euro.format(cents / 100)
}

/** 123456 → '€ 1.235' (for charts and dense tables). */
export function formatCentsWhole(cents: CentsInput): string {
  return euroWhole.format(Math.round(cents / 100))
}

export function formatNumber(value: number): string {
  return numberNl.format(value)
}

const MONTHS_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
/**
 * The one display format for a date in either language: '2026-03-05' → '05-03-2026' (dd-mm-jjjj,
 * the Dutch administrative notation), never the browser's or the operating system's own order.
 * Date-only, so no time zone can shift the day. Empty → '—'.
 */
export function formatDate(date: IsoDateInput | null | undefined): string {
  if (!date) return '—'
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  return `${match[3]}-${match[2]}-${match[1]}`
}

/** What a typed date turned out to be. */
export type DateTextParse = { kind: 'empty' } | { kind: 'date'; iso: IsoDateInput } | { kind: 'invalid' }

function realDate(year: number, month: number, day: number): IsoDateInput | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  if (day > days) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Reads a typed date in the Dutch order, whatever the browser's language: 'dd-mm-jjjj' with '-', '/',
 * '.' or a space between the parts (one-digit day and month allowed: '5-3-2026'), eight digits
 * ('05032026'), or the ISO form 'jjjj-mm-dd'. A two-digit year is refused (which century?), and so is
 * a date that does not exist (31-02-2026).
 */
export function parseDateText(text: string): DateTextParse {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  if (match) {
    const iso = realDate(Number(match[1]), Number(match[2]), Number(match[3]))
    return iso ? { kind: 'date', iso } : { kind: 'invalid' }
  }
  match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed)
  if (match) {
    const iso = realDate(Number(match[3]), Number(match[2]), Number(match[1]))
    return iso ? { kind: 'date', iso } : { kind: 'invalid' }
  }
  return { kind: 'invalid' }
}

/** '2026-03' → 'mrt 2026'. */
export function formatYearMonth(month: YearMonth): string {
  const [y, m] = month.split('-').map(Number)
  if (!y || !m) return month
  return `${MONTHS_NL[m - 1] ?? ''} ${y}`
}

const timestampNl = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
})

/** A UTC timestamp shown in Europe/Amsterdam time (one shared formatter: building one costs ~0.5 ms). */
export function formatTimestamp(iso: string): string {
  return timestampNl.format(new Date(iso))
}
