/**
 * Validation of what a consultant types, where it is typed: pure functions returning an i18n key
 * (under `cases.validation.`) and its parameters, or null when the value is fine. Nothing invalid
 * reaches a store action.
 */
import type { Cents, Frequency, IsoDate, Unit } from '../../../../shared/domain/types'
import { addDays, formatIsoDate, isIsoDate } from '../../../../shared/domain/dates'
import { formatCentsDecimalComma, parseEuroText } from '../../../../shared/domain/money'

export type FieldError = { key: string; params?: Record<string, string | number> }

/** True for a real calendar date in 'YYYY-MM-DD' form (no 2026-02-30): the calendar module's check. */
export function isRealIsoDate(value: string): boolean {
  return isIsoDate(value)
}

export { addDays }

/** Today's date in the local calendar, as 'YYYY-MM-DD'. */
export function localToday(): IsoDate {
  const now = new Date()
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

export function validateDate(
  value: string,
  options: { required?: boolean; notAfter?: IsoDate; notBefore?: IsoDate } = {},
): FieldError | null {
  if (value === '') return options.required ? { key: 'required' } : null
  if (!isRealIsoDate(value)) return { key: 'date' }
  if (options.notAfter && value > options.notAfter) return { key: 'dateFuture' }
  if (options.notBefore && value < options.notBefore) return { key: 'dateTooOld' }
  return null
}

/** Birth dates: real, not in the future, not before 1900. */
export function validateBirthDate(value: string, today: IsoDate): FieldError | null {
  return validateDate(value, { required: true, notAfter: today, notBefore: '1900-01-01' })
}

/** The highest net monthly income we accept without doubting the input (€ 100.000). */
const MAX_MONTHLY_INCOME_CENTS = 10_000_000

/** Parses a Dutch-notation euro amount ('1.234,56', '1234,5', '€ 80') into cents. */
export function parseEuroToCents(
  text: string,
  maxCents: Cents = MAX_MONTHLY_INCOME_CENTS,
): { ok: true; cents: Cents } | { ok: false; error: FieldError } {
  if (text.replace(/[€\s]/g, '') === '') return { ok: true, cents: 0 }
  const cents = parseEuroText(text)
  if (cents === null) return { ok: false, error: { key: 'amount' } }
  if (cents < 0) return { ok: false, error: { key: 'amountNegative' } }
  if (cents > maxCents) return { ok: false, error: { key: 'amountAbsurd' } }
  return { ok: true, cents }
}

/** Cents as an editable Dutch amount: 123456 → '1234,56'. */
export function centsToEuroInput(cents: Cents): string {
  return formatCentsDecimalComma(cents, { trimWholeEuros: true })
}

const PER_WEEK: Record<Unit, number> = {
  minute: 7 * 24 * 60,
  hour: 7 * 24,
  dagdeel: 7 * 3,
  etmaal: 7,
  piece: 1_000,
  euro: 1_000_000,
}

/** The largest volume that can physically be delivered in the period (a week has 168 hours). */
export function maxVolume(unit: Unit, frequency: Frequency): number {
  const perWeek = PER_WEEK[unit]
  if (unit === 'piece' || unit === 'euro') return frequency === 'week' ? perWeek : perWeek * 5
  if (frequency === 'week') return perWeek
  if (frequency === 'month') return Math.ceil((perWeek * 31) / 7)
  // A total over the whole scenario: at most ten years of continuous delivery.
  return perWeek * 52 * 10
}

/** Parses a volume typed with a decimal comma or point; refuses negative, non-numeric and impossible values. */
export function parseVolume(
  text: string,
  unit: Unit,
  frequency: Frequency,
): { ok: true; value: number } | { ok: false; error: FieldError } {
  const cleaned = text.trim().replace(',', '.')
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, error: { key: 'volume' } }
  const value = Number(cleaned)
  if (!Number.isFinite(value) || value < 0) return { ok: false, error: { key: 'volume' } }
  const max = maxVolume(unit, frequency)
  if (value > max) return { ok: false, error: { key: 'volumeAbsurd', params: { max, period: frequency } } }
  return { ok: true, value }
}

/** Hours per week a person can give: 0–168. */
export function parseHoursPerWeek(
  text: string,
): { ok: true; value: number } | { ok: false; error: FieldError } {
  const cleaned = text.trim().replace(',', '.')
  const value = Number(cleaned)
  if (cleaned === '' || !Number.isFinite(value) || value < 0 || value > 168)
    return { ok: false, error: { key: 'hours' } }
  return { ok: true, value }
}

/** EDIZ-plus burden score: empty (unknown) or an integer 0–15. */
export function parseBurdenScore(
  text: string,
): { ok: true; value: number | null } | { ok: false; error: FieldError } {
  const cleaned = text.trim()
  if (cleaned === '') return { ok: true, value: null }
  const value = Number(cleaned)
  if (!Number.isInteger(value) || value < 0 || value > 15) return { ok: false, error: { key: 'burden' } }
  return { ok: true, value }
}

