/**
 * nl-NL formatting of money and dates. Formatting happens only in the renderer; the engine works in
 * integer cents and date-only strings. Amounts and dates keep the Dutch notation in both languages.
 */
import type { Cents, IsoDate, YearMonth } from '../../../shared/domain/types'

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const euroWhole = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
})
const numberNl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** 123456 → '€ 1.234,56'. */
export function formatCents(cents: Cents): string {
  return euro.format(cents / 100)
}

/** 123456 → '€ 1.235' (for charts and dense tables). */
export function formatCentsWhole(cents: Cents): string {
  return euroWhole.format(Math.round(cents / 100))
}

export function formatNumber(value: number): string {
  return numberNl.format(value)
}

const MONTHS_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
const MONTHS_NL_LONG = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/** '2026-03-05' → '5 maart 2026'; date-only, so no time zone can shift the day. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '—'
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d) return date
  return `${d} ${MONTHS_NL_LONG[m - 1] ?? ''} ${y}`
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
