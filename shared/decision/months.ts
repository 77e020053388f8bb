/**
 * Calendar-month helpers for the decision views. Pure string arithmetic on 'YYYY-MM' and
 * 'YYYY-MM-DD', so no time zone can move a month.
 */
import type { IsoDate, YearMonth } from '../domain/types'

export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7)
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  const [y, m] = month.split('-').map(Number)
  const index = (y ?? 0) * 12 + ((m ?? 1) - 1) + count
  const year = Math.floor(index / 12)
  const mon = (index % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(mon).padStart(2, '0')}`
}

/** The months of a scenario's horizon, first month = the month of its start date. */
export function horizonMonthList(startDate: IsoDate, horizonMonths: number): YearMonth[] {
  const first = monthOf(startDate)
  return Array.from({ length: Math.max(0, horizonMonths) }, (_, i) => addMonths(first, i))
}

export function daysInMonth(month: YearMonth): number {
  const [y, m] = month.split('-').map(Number)
  const year = y ?? 0
  if (m === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m ?? 0) ? 30 : 31
}

/** Whether a period [startDate, endDate] overlaps the calendar month. */
export function isActiveInMonth(month: YearMonth, startDate: IsoDate, endDate?: IsoDate | null): boolean {
  if (monthOf(startDate) > month) return false
  if (endDate && monthOf(endDate) < month) return false
  return true
}

/** Average weeks per month over a Gregorian year (365.2425 / 12 / 7). */
export const WEEKS_PER_MONTH = 365.2425 / 12 / 7
