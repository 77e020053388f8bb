/**
 * Calendar checks for case-file dates, done arithmetically (shared/ never touches `Date`: its parsing is
 * lenient — it rolls 2025-02-30 over to March — and time-zone dependent), through the calendar
 * module (shared/domain/dates.ts) with the year range a case file accepts.
 */
import { parseIsoDate } from '../domain/dates'

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/** Years a case file may mention: birth dates from 1900, plans up to 2199. */
export const MIN_YEAR = 1900
const MAX_YEAR = 2199

/** True for 'YYYY-MM-DD' naming a day that exists (2024-02-29 yes, 2025-02-29 and 2025-02-30 no). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const parts = parseIsoDate(value)
  return parts !== null && parts.year >= MIN_YEAR && parts.year <= MAX_YEAR
}

/** True for an ISO 8601 timestamp with a time zone ('2026-01-31T09:30:00Z', '…+01:00'). */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE_TIME.exec(value)
  return match !== null && isCalendarDate(match[1])
}
