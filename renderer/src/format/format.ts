/**
 * Money, numbers and dates in the user's language. Formatting happens only in the renderer; the engine
 * works in integer cents and date-only strings. Dutch: `€ 1.234,56` and dates dd-mm-jjjj (the Dutch
 * administrative notation); English: `€1,234.56` and dates like `1 Mar 2026` — independent of the
 * browser's or operating system's locale. Every function takes the language as its last argument; left
 * out, the app's current language (i18next) is used, so a screen follows a language switch and a report
 * builder passes the language it was asked for. Date fields keep their own typed format
 * (`formatDateInput`, dd-mm-jjjj in both languages).
 */
import i18next from 'i18next'
import type { CentsInput, IsoDateInput, YearMonth } from '#shared/domain/types'

export type FormatLanguage = 'nl' | 'en'

/** The app's current language for formatting: English only when the interface is English. */
export function activeFormatLanguage(): FormatLanguage {
  return i18next.language === 'en' ? 'en' : 'nl'
}

const LOCALE: Record<FormatLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

type Formatters = {
  euro: Intl.NumberFormat
  euroWhole: Intl.NumberFormat
  number: Intl.NumberFormat
  percent: Intl.NumberFormat
  timestamp: Intl.DateTimeFormat
}
// Building an Intl formatter costs ~0.5 ms: one set per language, made on first use.
const formatters: Partial<Record<FormatLanguage, Formatters>> = {}
function formattersFor(language: FormatLanguage): Formatters {
  const existing = formatters[language]
  if (existing) return existing
  const locale = LOCALE[language]
  const made: Formatters = {
    euro: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
    euroWhole: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }),
    number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    timestamp: new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }),
  }
  formatters[language] = made
  return made
}

/** 123456 → '€ 1.234,56' (nl) or '€1,234.56' (en). */
export function formatCents(cents: CentsInput, language: FormatLanguage = activeFormatLanguage()): string {
  return formattersFor(language).euro.format(cents / 100)
}

/** 123456 → '€ 1.235' (nl) or '€1,235' (en), for charts and dense tables. */
export function formatCentsWhole(
  cents: CentsInput,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  return formattersFor(language).euroWhole.format(Math.round(cents / 100))
}

/** 1234.5 → '1.234,5' (nl) or '1,234.5' (en); at most two decimals. */
export function formatNumber(value: number, language: FormatLanguage = activeFormatLanguage()): string {
  return formattersFor(language).number.format(value)
}

/** 0.25 → '25%' (nl: '25%', en: '25%'), whole percentages. */
export function formatShare(share: number, language: FormatLanguage = activeFormatLanguage()): string {
  return formattersFor(language).percent.format(share)
}

const MONTHS: Record<FormatLanguage, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/**
 * A date for reading: '2026-03-05' → '05-03-2026' (nl, dd-mm-jjjj) or '5 Mar 2026' (en: day, month
 * name, year — no day/month order to misread), never the browser's or the operating system's own
 * order. Date-only, so no time zone can shift the day. Empty → '—'.
 */
export function formatDate(
  date: IsoDateInput | null | undefined,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  if (!date) return '—'
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  if (language === 'en') return `${Number(match[3])} ${MONTHS.en[Number(match[2]) - 1] ?? ''} ${match[1]}`
  return `${match[3]}-${match[2]}-${match[1]}`
}

/**
 * The text a date field holds: dd-mm-jjjj in both languages (the field's one typed format, read back by
 * `parseDateText`). Empty → ''.
 */
export function formatDateInput(date: IsoDateInput | null | undefined): string {
  if (!date) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? `${match[3]}-${match[2]}-${match[1]}` : date
}

/** What a typed date turned out to be. */
type DateTextParse = { kind: 'empty' } | { kind: 'date'; iso: IsoDateInput } | { kind: 'invalid' }

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

/** '2026-03' → 'mrt 2026' (nl) or 'Mar 2026' (en). */
export function formatYearMonth(month: YearMonth, language: FormatLanguage = activeFormatLanguage()): string {
  const [y, m] = month.split('-').map(Number)
  if (!y || !m) return month
  return `${MONTHS[language][m - 1] ?? ''} ${y}`
}

/** A UTC timestamp shown in Europe/Amsterdam time, in the language's date order. */
export function formatTimestamp(iso: string, language: FormatLanguage = activeFormatLanguage()): string {
  return formattersFor(language).timestamp.format(new Date(iso))
}
