/**
 * Month helpers for the decision views, over the calendar module (shared/domain/dates.ts): the
 * months of a horizon and whether a period touches a month.
 */
import type { IsoDateInput, YearMonth } from '../domain/types'
import { addMonthsToYearMonth, yearMonthOf } from '../domain/dates'

/** The months of a scenario's horizon, first month = the month of its start date. */
export function horizonMonthList(startDate: IsoDateInput, horizonMonths: number): YearMonth[] {
  const first = yearMonthOf(startDate)
  return Array.from({ length: Math.max(0, horizonMonths) }, (_, i) => addMonthsToYearMonth(first, i))
}

/** Whether a period [startDate, endDate] overlaps the calendar month. */
export function isActiveInMonth(
  month: YearMonth,
  startDate: IsoDateInput,
  endDate?: IsoDateInput | null,
): boolean {
  if (yearMonthOf(startDate) > month) return false
  if (endDate && yearMonthOf(endDate) < month) return false
  return true
}

/** Average weeks per month over a Gregorian year (365.2425 / 12 / 7). */
export const WEEKS_PER_MONTH = 365.2425 / 12 / 7
