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
