/** Calendar-month arithmetic on 'YYYY-MM' strings through an absolute month index (year * 12 + month - 1). */
import type { IsoDate, YearMonth } from '../domain/types'

export function monthIndexOf(month: YearMonth | IsoDate): number {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return year * 12 + (m - 1)
}

export function yearMonthOf(index: number): YearMonth {
  const year = Math.floor(index / 12)
  const m = index - year * 12 + 1
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`
}

/** The twelve months of a calendar year. */
export function monthsOfYear(year: number): YearMonth[] {
  return Array.from({ length: 12 }, (_, i) => yearMonthOf(year * 12 + i))
}

/** Whole years between a birth date and a date (the age on that date). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years
}
