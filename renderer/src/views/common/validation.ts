/**
 * Reading what a consultant types. The rules a value must meet (bounds, required fields, an end after
 * its start, the elfproef of a BSN) are the case-file schemas' (shared/case-file/schema.ts), checked by
 * `useDraftForm`; this module only turns text into the stored shape and says when the text itself
 * cannot be read: a date that is no day, an amount or a number that is no number. Its errors use the
 * same vocabulary as the schemas (`FieldError`), so a form, the data layer and a case-file import say
 * the same thing in the same words.
 */
import type { CentsInput, IsoDateInput } from '#shared/domain/types'
import { isCalendarDate, MIN_YEAR } from '#shared/case-file/calendar'
import type { CaseFileErrorCode } from '#shared/case-file/errors'
import { addDays } from '#shared/domain/dates'
import type { FormatLanguage } from '../../format/format'
import {
  formatAmountInput,
  formatNumberInput,
  parseAmountText,
  parseNumberText,
  parseWholeEurosText,
} from '../../format/number-text'

/**
 * The codes a form adds to the case-file codes: text that cannot be read as the stored value. They
 * are translated from `forms.<code>`; case-file codes from `casefile.<code>`.
 */
type InputErrorCode =
  | 'date'
  | 'dateFuture'
  | 'dateTooOld'
  | 'amount'
  | 'number'
  | 'textTooShort'
  | 'characters'
  | 'procedureFuture'
  | 'procedureBefore'
  | 'municipalityCode'
  | 'wholeEuros'
  | 'evaluationBeforeStart'

/** A problem with one field: a case-file code or an input code, with its parameters. */
export type FieldError = {
  code: CaseFileErrorCode | InputErrorCode
  params?: Record<string, string | number>
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: FieldError }

/** Adds calendar days to a date-only value: the calendar module's. */
export { addDays }

export { localToday } from '../../format/today'

/**
 * A date as the date field hands it over ('YYYY-MM-DD', '' for none, or refused text): null when
 * empty and not required. The case file knows days from 1900 (`MIN_YEAR`); an earlier one is
 * `dateTooOld`. `notAfter` is a plausibility bound of the form (a birth date in the future).
 */
export function readDate(
  value: string,
  options: { required?: boolean; notAfter?: IsoDateInput } = {},
): Read<IsoDateInput | null> {
  if (value === '')
    return options.required ? { ok: false, error: { code: 'required' } } : { ok: true, value: null }
  if (/^\d{4}-/.test(value) && Number(value.slice(0, 4)) < MIN_YEAR)
    return { ok: false, error: { code: 'dateTooOld' } }
  if (!isCalendarDate(value)) return { ok: false, error: { code: 'date' } }
  if (options.notAfter && value > options.notAfter) return { ok: false, error: { code: 'dateFuture' } }
  return { ok: true, value }
}

/** Birth dates: required, real, not in the future. */
export function readBirthDate(value: string, today: IsoDateInput): Read<IsoDateInput | null> {
  return readDate(value, { required: true, notAfter: today })
}

/**
 * Reads a euro amount in the notation of the interface's language (format/number-text.ts: '1.234,56'
 * in Dutch, '1,234.56' in English; '€' and spaces allowed) into cents; empty is 0. A negative amount is
 * refused as `tooSmall` (the schema's own word for it speaks of cents, which the form never shows).
 */
export function parseEuroToCents(text: string, language?: FormatLanguage): Read<CentsInput> {
  if (text.replace(/[€\s]/g, '') === '') return { ok: true, value: 0 }
  const cents = parseAmountText(text, language)
  if (cents === null) return { ok: false, error: { code: 'amount' } }
  if (cents < 0) return { ok: false, error: { code: 'tooSmall', params: { minimum: 0 } } }
  return { ok: true, value: cents }
}

/** Cents as an editable amount in the interface's notation: 123456 → '1234,56' (nl), '1234.56' (en). */
export function centsToEuroInput(cents: CentsInput, language?: FormatLanguage): string {
  return formatAmountInput(cents, language)
}

/**
 * Whole euros (a budget) in the interface's notation ('14.500.000' in Dutch, '14,500,000' in English)
 * into cents; empty is null (no budget), text with cents or no amount is `wholeEuros`.
 */
export function parseWholeEuros(text: string, language?: FormatLanguage): Read<CentsInput | null> {
  if (text.trim() === '') return { ok: true, value: null }
  const cents = parseWholeEurosText(text, language)
  return cents === null ? { ok: false, error: { code: 'wholeEuros' } } : { ok: true, value: cents }
}

/**
 * A number in the interface's notation ('7,5' or '1.500' in Dutch, '7.5' or '1,500' in English); empty
 * is null unless required. Whether it may be negative, a fraction or this large is the schema's to say.
 */
export function parseDecimal(
  text: string,
  options: { required?: boolean; language?: FormatLanguage } = {},
): Read<number | null> {
  if (text.trim() === '')
    return options.required ? { ok: false, error: { code: 'required' } } : { ok: true, value: null }
  const value = parseNumberText(text, options.language)
  return value === null ? { ok: false, error: { code: 'number' } } : { ok: true, value }
}

/** A number as an editable value in the interface's notation: 7.5 → '7,5' (nl), '7.5' (en). */
export function numberToInput(value: number | null | undefined, language?: FormatLanguage): string {
  return formatNumberInput(value, language)
}
