/** The months of a budget year, from the calendar module (shared/domain/dates.ts). */
import type { YearMonth } from '../domain/types'
import { formatYearMonth } from '../domain/dates'

/** The twelve months of a calendar year. */
export function monthsOfYear(year: number): YearMonth[] {
  return Array.from({ length: 12 }, (_, i) => formatYearMonth(year, i + 1))
}
