/**
 * Dated parameters: a series of `{ from, value, source, confidence }` entries, each holding from its
 * `from` date until the next entry's (PolicyEngine/OpenFisca style). Money series are indexed
 * beyond the last year with a known value — explicitly, and reported as such in the trace.
 */
import type { CentsInput, Dated, IsoDateInput, Series } from '../domain/types'
import { divideRoundHalfUp, indexCents } from '../domain/money'
import { yearOf } from '../domain/dates'

export const PARAMETER_MESSAGES = {
  empty: 'Parameter series is empty',
  beforeFirst: 'No parameter value before the first entry of the series',
  unsorted: 'Parameter series entries must be in ascending date order',
} as const

/** The entry in force on `date`; throws when the date precedes the whole series. */
export function entryAt<T>(series: Series<T>, date: IsoDateInput): Dated<T> {
  if (series.length === 0) throw new Error(PARAMETER_MESSAGES.empty)
  let found: Dated<T> | undefined
  for (const entry of series) {
    if (entry.from <= date) found = entry
    else break
  }
  if (!found) throw new Error(`${PARAMETER_MESSAGES.beforeFirst}: ${date} < ${series[0]?.from ?? ''}`)
  return found
}

/**
 * True when `series` has a value on `date` (the date is on or after its first entry). The engine asks
 * this once per series and month before it reads a series that starts late (docs/architecture.md#time:
 * months without figures), so a month before the first entry becomes a finding, not a crash.
 */
export function hasValueAt<T>(series: Series<T>, date: IsoDateInput): boolean {
  const first = series[0]
  return first !== undefined && first.from <= date
}

/** The first date on which every one of `series` has a value: the latest of their first entries. */
export function firstCommonDate(...series: readonly Series<unknown>[]): string {
  let latest = ''
  for (const s of series) {
    const first = s[0]
    if (!first) throw new Error(PARAMETER_MESSAGES.empty)
    if (first.from > latest) latest = first.from
  }
  return latest
}

/**
 * The entry in force on `date`, or the first entry when `date` precedes the series: for a line that
 * began before a law's commencement (a 2013 pleegzorg line evaluated from 2015), whose rules apply to
 * it from the commencement on. Only for rules (ages, periods), never for money amounts.
 */
export function entryFromCommencement<T>(series: Series<T>, date: IsoDateInput): Dated<T> {
  const first = series[0]
  if (first !== undefined && date < first.from) return first
  return entryAt(series, date)
}

/** The value in force on `date`. */
export function valueAt<T>(series: Series<T>, date: IsoDateInput): T {
  return entryAt(series, date).value
}

/** The calendar year of the last entry: the last year whose value is known. */
export function lastKnownYear<T>(series: Series<T>): number {
  const last = series[series.length - 1]
  if (!last) throw new Error(PARAMETER_MESSAGES.empty)
  return yearOf(last.from)
}

export type IndexedValue = {
  value: CentsInput
  entry: Dated<CentsInput>
  /** Years of indexation applied beyond the last known year (0 when the value is known). */
  indexedYears: number
}

/**
 * A money value on `date`; beyond the last known year it is the last value indexed by
 * `indexationPercentPerYear` per whole calendar year (docs/architecture.md#money-rules: indexation beyond the last
 * known year), rounded half-up once.
 */
export function moneyAt(
  series: Series<CentsInput>,
  date: IsoDateInput,
  indexationPercentPerYear: number,
): IndexedValue {
  const entry = entryAt(series, date)
  const years = Math.max(0, yearOf(date) - lastKnownYear(series))
  return { value: indexCents(entry.value, indexationPercentPerYear, years), entry, indexedYears: years }
}

/** Checks that a series is non-empty and sorted; used by the parameter tests. */
export function assertSeriesSorted<T>(series: Series<T>): void {
  if (series.length === 0) throw new Error(PARAMETER_MESSAGES.empty)
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1]
    const cur = series[i]
    if (prev && cur && !(prev.from < cur.from)) throw new Error(`${PARAMETER_MESSAGES.unsorted}: ${cur.from}`)
  }
}

/**
 * A value derived for a year without a source figure (a GAP in docs/legal-reference.md): `known` scaled by
 * the ratio `toValue / fromValue` of a related series. Always marked confidence L, unverified.
 */
export function derivedCents(known: CentsInput, fromValue: CentsInput, toValue: CentsInput): CentsInput {
  return divideRoundHalfUp(known * toValue, fromValue)
}
