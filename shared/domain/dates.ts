/**
 * Calendar arithmetic on date-only strings ('YYYY-MM-DD') and months ('YYYY-MM'), with pure integer
 * arithmetic: never the global Date, never the local time zone. Days are counted as integers since
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days-from-civil algorithm).
 */
import type { IsoDate, IsoDateInput, YearMonth } from './types'

export const DATE_MESSAGES = {
  badDate: 'Not a real calendar date in the form YYYY-MM-DD',
  badMonth: 'Not a month in the form YYYY-MM',
  badCount: 'Count must be a non-negative integer',
} as const

/**
 * Brands a string this module has just built as a real calendar date (the one place a plain string
 * becomes an IsoDateInput without a check: formatIsoDate's output is valid by construction).
 */
function asIsoDate(value: string): IsoDate {
  return value as IsoDate
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in a calendar month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return MONTH_DAYS[month - 1] ?? 0
}

export type DateParts = { year: number; month: number; day: number }

/** Parses an IsoDateInput; returns null unless it is a real calendar date. */
export function parseIsoDate(value: string): DateParts | null {
  // Read digit by digit (the engine parses dates in every month of every line: a regular expression
  // and three Number() calls here were a tenth of a household's evaluation): exactly 'YYYY-MM-DD', ASCII
  // digits only.
  if (typeof value !== 'string' || value.length !== 10) return null
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  const day = digitsAt(value, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

const DASH = 45
const ZERO = 48

/** The number written by `length` ASCII digits from `start`, or -1 when any of them is not a digit. */
function digitsAt(value: string, start: number, length: number): number {
  let n = 0
  for (let i = start; i < start + length; i++) {
    const digit = value.charCodeAt(i) - ZERO
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

/** An IsoDate from a string, checked: throws (DATE_MESSAGES.badDate) unless it is a real calendar date. */
export function isoDate(value: string): IsoDate {
  requireIsoDateParts(value)
  return asIsoDate(value)
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null
}

/** The parts of an IsoDateInput; throws (DATE_MESSAGES.badDate) unless it is a real calendar date. */
export function requireIsoDateParts(value: IsoDateInput): DateParts {
  const parts = parseIsoDate(value)
  if (!parts) throw new Error(`${DATE_MESSAGES.badDate}: ${JSON.stringify(value)}`)
  return parts
}

const requireDate = requireIsoDateParts

export function parseYearMonth(value: string): { year: number; month: number } | null {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== DASH) return null
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  if (year < 0 || month < 1 || month > 12) return null
  return { year, month }
}

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && parseYearMonth(value) !== null
}

function pad(n: number, width: number): string {
  // The common cases without padStart (months and days are formatted for every month of every line).
  if (width === 2 && n >= 10 && n < 100) return `${n}`
  if (width === 2 && n >= 0 && n < 10) return `0${n}`
  if (width === 4 && n >= 1000 && n < 10_000) return `${n}`
  return String(n).padStart(width, '0')
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return asIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)
}

export function formatYearMonth(year: number, month: number): YearMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`
}

/** Days since 1970-01-01 for a civil date (works for any proleptic Gregorian date). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function dayNumber(date: IsoDateInput): number {
  const { year, month, day } = requireDate(date)
  return dayNumberFromParts(year, month, day)
}

export function dateFromDayNumber(days: number): IsoDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return formatIsoDate(year, month, day)
}

/** Compares two IsoDates (lexicographic order equals date order for valid dates). */
export function compareIsoDates(a: IsoDateInput, b: IsoDateInput): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function addDays(date: IsoDateInput, days: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + days)
}

/**
 * Adds whole years and months; a day that does not exist in the target month becomes the last
 * day of that month (31 March + 1 month = 30 April; 29 February + 1 year = 28 February).
 */
export function addYearsMonths(date: IsoDateInput, years: number, months = 0): IsoDate {
  const { year, month, day } = requireDate(date)
  const total = year * 12 + (month - 1) + years * 12 + months
  const y = Math.floor(total / 12)
  const m = total - y * 12 + 1
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

/**
 * The date on which a person born on `birthDate` reaches `years` years (and `months` months) of
 * age. Someone born on 29 February turns a year older on 1 March in a common year (Dutch civil
 * practice counts the birthday as passed once 28 February has ended).
 */
export function dateOfAge(birthDate: IsoDateInput, years: number, months = 0): IsoDate {
  const { year, month, day } = requireDate(birthDate)
  const total = year * 12 + (month - 1) + years * 12 + months
  const y = Math.floor(total / 12)
  const m = total - y * 12 + 1
  const dim = daysInMonth(y, m)
  if (day > dim) return addDays(formatIsoDate(y, m, dim), 1)
  return formatIsoDate(y, m, day)
}

/** Age in completed years on `date`, or null when either is not a real date (a form being typed). */
export function ageOnOrNull(birthDate: string, date: string): number | null {
  return isIsoDate(birthDate) && isIsoDate(date) ? ageOn(birthDate, date) : null
}

/** Age in completed years on `date`. */
export function ageOn(birthDate: IsoDateInput, date: IsoDateInput): number {
  const b = requireDate(birthDate)
  const d = requireDate(date)
  let age = d.year - b.year
  if (dateOfAge(birthDate, age) > date) age--
  return age
}

/**
 * Age in completed years on the first day of a calendar month, by integer arithmetic (for the
 * engine's month walk): a birthday on the 1st counts in that month. Equals
 * `ageOn(birthDate, firstDayOfMonth)`, including for 29 February (a birthday on the 29th is never on
 * the 1st).
 */
export function ageOnFirstOfMonth(birth: DateParts, year: number, month: number): number {
  return year - birth.year - (month < birth.month || (month === birth.month && birth.day > 1) ? 1 : 0)
}

/** The calendar year of a date or a month. */
export function yearOf(value: IsoDateInput | YearMonth): number {
  const month = value.length === 7 ? parseYearMonth(value) : parseIsoDate(value)
  if (!month) throw new Error(`${DATE_MESSAGES.badDate}: ${JSON.stringify(value)}`)
  return month.year
}

/** An absolute month index (year × 12 + month − 1) of a date or a month, for month arithmetic. */
export function monthIndexOf(value: IsoDateInput | YearMonth): number {
  const p = value.length === 7 ? parseYearMonth(value) : parseIsoDate(value)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(value)}`)
  return p.year * 12 + (p.month - 1)
}

/** The month of an absolute month index (inverse of monthIndexOf). */
export function yearMonthFromIndex(index: number): YearMonth {
  const year = Math.floor(index / 12)
  return formatYearMonth(year, index - year * 12 + 1)
}

/** Days in the calendar month of a YearMonth. */
export function daysInYearMonth(month: YearMonth): number {
  const p = parseYearMonth(month)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(month)}`)
  return daysInMonth(p.year, p.month)
}

export function yearMonthOf(date: IsoDateInput): YearMonth {
  requireDate(date)
  return date.slice(0, 7)
}

export function firstDayOfMonth(month: YearMonth): IsoDate {
  const p = parseYearMonth(month)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(month)}`)
  return formatIsoDate(p.year, p.month, 1)
}

export function lastDayOfMonth(month: YearMonth): IsoDate {
  const p = parseYearMonth(month)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(month)}`)
  return formatIsoDate(p.year, p.month, daysInMonth(p.year, p.month))
}

export function addMonthsToYearMonth(month: YearMonth, count: number): YearMonth {
  const p = parseYearMonth(month)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(month)}`)
  const total = p.year * 12 + (p.month - 1) + count
  const y = Math.floor(total / 12)
  return formatYearMonth(y, total - y * 12 + 1)
}

/** Number of months from `from` to `to` (0 when equal; negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = parseYearMonth(from)
  const b = parseYearMonth(to)
  if (!a || !b) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(a ? to : from)}`)
  return b.year * 12 + b.month - (a.year * 12 + a.month)
}

export type MonthInfo = {
  month: YearMonth
  year: number
  monthNumber: number
  firstDay: IsoDate
  lastDay: IsoDate
  /** Day numbers (days since 1970-01-01) of the first and last day. */
  firstDayNumber: number
  lastDayNumber: number
  days: number
}

/** The `count` calendar months starting with the month of `start`. */
export function listMonths(start: IsoDateInput | YearMonth, count: number): MonthInfo[] {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new Error(`${DATE_MESSAGES.badCount}: ${String(count)}`)
  const ym = start.length === 7 ? start : yearMonthOf(start)
  const p = parseYearMonth(ym)
  if (!p) throw new Error(`${DATE_MESSAGES.badMonth}: ${JSON.stringify(start)}`)
  const out: MonthInfo[] = []
  let year = p.year
  let month = p.month
  for (let i = 0; i < count; i++) {
    const days = daysInMonth(year, month)
    const firstDayNumber = dayNumberFromParts(year, month, 1)
    out.push({
      month: formatYearMonth(year, month),
      year,
      monthNumber: month,
      firstDay: formatIsoDate(year, month, 1),
      lastDay: formatIsoDate(year, month, days),
      firstDayNumber,
      lastDayNumber: firstDayNumber + days - 1,
      days,
    })
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return out
}

/** Whole days between two dates (`to` − `from`). */
export function daysBetween(from: IsoDateInput, to: IsoDateInput): number {
  return dayNumber(to) - dayNumber(from)
}
