/**
 * Amounts and numbers as a consultant types them, in the notation of the interface's language. Dutch:
 * a decimal comma and dots between thousands ('1.234,56'); English: a decimal point and commas between
 * thousands ('1,234.56'). A field shows its value in that notation and reads it back the same way, so
 * what the app writes into a field is always read as the same value.
 *
 * Dutch also takes the plain way with a point ('31.80', '7.5'), as before. English never takes a comma
 * as a decimal separator: '12,5' is refused rather than guessed (it could be 12.5 or 125).
 */
import type { CentsInput } from '#shared/domain/types'
import { formatCentsDecimalComma, parseEuroText } from '#shared/domain/money'
import { activeFormatLanguage, type FormatLanguage } from './format'

/** Thousands grouped with `separator`: '1,234,567' (en) or '1.234.567' (nl). */
function groupedWhole(separator: ',' | '.'): string {
  const s = separator === '.' ? '\\.' : ','
  return `\\d{1,3}(?:${s}\\d{3})+`
}

const EN_AMOUNT = new RegExp(`^(${groupedWhole(',')}|\\d+)(?:\\.(\\d{0,2}))?$`)
const EN_NUMBER = new RegExp(`^-?(?:${groupedWhole(',')}|\\d+)(?:\\.\\d+)?$`)
const NL_GROUPED_NUMBER = new RegExp(`^-?${groupedWhole('.')}(?:,\\d+)?$`)

/** Leaves a currency sign and spaces (also the non-breaking ones Intl writes) out of typed text. */
function withoutSignAndSpaces(text: string): string {
  return text.replace(/[€\s\u00a0\u202f]/g, '')
}

/**
 * A euro amount in cents, exactly (no floating point), with or without '€', spaces and a leading minus;
 * null when the text is empty or no amount in the language's notation. Dutch: '1.234,56', '1234,5',
 * '31.80'; English: '1,234.56', '1234.5', '1,234'.
 */
export function parseAmountText(
  text: string,
  language: FormatLanguage = activeFormatLanguage(),
): CentsInput | null {
  if (language === 'nl') return parseEuroText(text)
  let s = withoutSignAndSpaces(text)
  const negative = s.startsWith('-')
  if (negative) s = s.slice(1)
  const match = EN_AMOUNT.exec(s)
  if (!match) return null
  const cents = Number((match[1] ?? '').replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return negative ? -cents : cents
}

/** Cents as an editable amount, whole euros without decimals: 123456 → '1234,56' (nl) or '1234.56' (en). */
export function formatAmountInput(
  cents: CentsInput,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  const dutch = formatCentsDecimalComma(cents, { trimWholeEuros: true })
  return language === 'nl' ? dutch : dutch.replace(',', '.')
}

/**
 * A number typed in the language's notation; null when it is none. Dutch: '7,5', '7.5', '1.500' (grouped
 * thousands), '1.500,5'; English: '7.5', '1,500', '1,500.5'. A leading minus is read; whether the value
 * may be negative is the schema's to say.
 */
export function parseNumberText(
  text: string,
  language: FormatLanguage = activeFormatLanguage(),
): number | null {
  const trimmed = withoutSignAndSpaces(text)
  let plain: string
  if (language === 'en') {
    if (!EN_NUMBER.test(trimmed)) return null
    plain = trimmed.replace(/,/g, '')
  } else if (NL_GROUPED_NUMBER.test(trimmed)) plain = trimmed.replace(/\./g, '').replace(',', '.')
  else {
    plain = trimmed.replace(',', '.')
    if (!/^-?\d+(\.\d+)?$/.test(plain)) return null
  }
  const value = Number(plain)
  return Number.isFinite(value) ? value : null
}

/** A number as an editable value, not grouped: 7.5 → '7,5' (nl) or '7.5' (en); '' for none. */
export function formatNumberInput(
  value: number | null | undefined,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  if (value == null) return ''
  return language === 'nl' ? String(value).replace('.', ',') : String(value)
}

/**
 * Whole euros (a budget) in cents: '14.500.000', '14500000' or with ',00' (nl); '14,500,000', '14500000'
 * or with '.00' (en). Null otherwise (also for cents: a budget is whole euros).
 */
export function parseWholeEurosText(
  text: string,
  language: FormatLanguage = activeFormatLanguage(),
): CentsInput | null {
  const s = withoutSignAndSpaces(text)
  const [group, decimal] = language === 'nl' ? (['.', ','] as const) : ([',', '.'] as const)
  const pattern = new RegExp(`^(${groupedWhole(group)}|\\d+)(?:\\${decimal}00?)?$`)
  const match = pattern.exec(s)
  if (!match) return null
  const cents = Number((match[1] ?? '').split(group).join('')) * 100
  return Number.isSafeInteger(cents) ? cents : null
}

/** A budget as entered: whole euros grouped in the language's way ('14.500.000' or '14,500,000'). */
export function formatWholeEurosInput(
  cents: CentsInput,
  language: FormatLanguage = activeFormatLanguage(),
): string {
  if (!Number.isInteger(cents / 100)) return formatAmountInput(cents, language)
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB'
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(cents / 100)
}
