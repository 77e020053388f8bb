/**
 * AOW age (pensioengerechtigde leeftijd) per calendar year, and the AOW date of a birth date.
 * The AOW age is fixed per calendar year: a person reaches it in the year Y for which
 * birthDate + aowAge(Y) falls in Y. Beyond the last known year the last age holds (GAP: the ages
 * from 2032 are set five years ahead by law and not yet in the reference), flagged in the entry.
 */
import type { IsoDateInput, Series } from '../domain/types'
import { dateOfAge, yearOf } from '../domain/dates'
import { SRC } from './sources'

export type AowAge = { years: number; months: number }

export const AOW_AGE: Series<AowAge> = [
  { from: '1957-01-01', value: { years: 65, months: 0 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2013-01-01', value: { years: 65, months: 1 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2014-01-01', value: { years: 65, months: 2 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2015-01-01', value: { years: 65, months: 3 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2016-01-01', value: { years: 65, months: 6 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2017-01-01', value: { years: 65, months: 9 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2018-01-01', value: { years: 66, months: 0 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2019-01-01', value: { years: 66, months: 4 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2021-01-01', value: { years: 66, months: 6 }, source: SRC.svbAow, confidence: 'H' },
  { from: '2022-01-01', value: { years: 66, months: 9 }, source: SRC.svbAow, confidence: 'H' },
  {
    from: '2023-01-01',
    value: { years: 67, months: 0 },
    source: `${SRC.svbAow} ; ${SRC.rdAow2027} (67 in 2023–2027)`,
    confidence: 'H',
  },
  {
    from: '2028-01-01',
    value: { years: 67, months: 3 },
    source: SRC.nosAow2030,
    confidence: 'H',
    note: '67 + 3 months in 2028, 2029 and 2030.',
  },
  {
    from: '2031-01-01',
    value: { years: 67, months: 3 },
    source: SRC.syfersAow2031,
    confidence: 'M',
    note: 'GAP beyond 2031: the last known age is assumed to hold.',
  },
]

function ageForYear(year: number): AowAge {
  let found: AowAge = AOW_AGE[0]?.value ?? { years: 65, months: 0 }
  for (const entry of AOW_AGE) {
    if (yearOf(entry.from) <= year) found = entry.value
    else break
  }
  return found
}

/** The AOW age that applies to someone reaching it in `year`. */
export function aowAgeForYear(year: number): AowAge {
  return ageForYear(year)
}

/** The date on which a person born on `birthDate` reaches the AOW age. */
export function aowDate(birthDate: IsoDateInput): IsoDateInput {
  const birthYear = yearOf(birthDate)
  for (let year = birthYear + 60; year <= birthYear + 75; year++) {
    const age = ageForYear(year)
    const date = dateOfAge(birthDate, age.years, age.months)
    if (yearOf(date) === year) return date
  }
  // A year-step larger than the cohort gap (not in current law): take the last candidate.
  const last = ageForYear(birthYear + 75)
  return dateOfAge(birthDate, last.years, last.months)
}
