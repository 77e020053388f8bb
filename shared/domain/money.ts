/**
 * Money arithmetic on integer euro cents (`Cents`). Every amount the engine returns goes through
 * these helpers: exact integer arithmetic where possible, one half-up rounding where a fraction
 * arises, and allocation that distributes the remainder so no cent is lost (as dinero.js does).
 */
import type { Cents, CentsInput } from './types'

export const MONEY_MESSAGES = {
  notInteger: 'Cents must be a finite integer',
  notNonNegative: 'Cents must not be negative',
  badDivisor: 'Divisor must be a positive finite integer',
  badRatios: 'Allocation ratios must be finite, non-negative and not all zero',
  unsafe: 'Amount exceeds the safe integer range',
} as const

/**
 * Brands a number this module has just computed as integer cents (the helpers below only produce
 * integers; `cents` checks a value from elsewhere).
 */
function asCents(value: number): Cents {
  return value as Cents
}

/** Cents from a number, checked: throws (MONEY_MESSAGES.notInteger) unless it is a safe integer. */
export function cents(value: number): Cents {
  assertCents(value)
  return value
}

/**
 * A record of amounts (per payer, per year …) as Cents, each value checked: the one named way to
 * brand plain amounts in bulk — for a result built outside the engine (a fixture, an import).
 */
export function centsRecord<K extends string>(record: Readonly<Record<K, number>>): Record<K, Cents> {
  const out = {} as Record<K, Cents>
  for (const key of Object.keys(record) as K[]) out[key] = cents(record[key])
  return out
}

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/** Throws unless `value` is an integer number of cents (optionally ≥ 0). */
export function assertCents(value: number, { nonNegative = false } = {}): asserts value is Cents {
  if (!Number.isSafeInteger(value)) throw new Error(`${MONEY_MESSAGES.notInteger}: ${String(value)}`)
  if (nonNegative && value < 0) throw new Error(`${MONEY_MESSAGES.notNonNegative}: ${String(value)}`)
}

/** Rounds a (finite) number half away from zero to an integer: 0.5 → 1, -0.5 → -1. */
export function roundHalfUp(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`${MONEY_MESSAGES.notInteger}: ${String(value)}`)
  const sign = value < 0 ? -1 : 1
  const abs = Math.abs(value)
  // Guard against binary representation just below .5 (e.g. 1.005 * 100 = 100.49999…).
  const floor = Math.floor(abs)
  const frac = abs - floor
  const up = frac >= 0.5 - 1e-9 * Math.max(1, abs)
  return sign * (up ? floor + 1 : floor)
}

/**
 * Integer division of two integers, rounded half-up (away from zero) — exact, without floating
 * point fractions as long as both operands are safe integers.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new Error(`${MONEY_MESSAGES.badDivisor}: ${String(denominator)}`)
  }
  if (!Number.isSafeInteger(numerator)) throw new Error(`${MONEY_MESSAGES.unsafe}: ${String(numerator)}`)
  const sign = numerator < 0 ? -1 : 1
  const abs = Math.abs(numerator)
  const quotient = Math.floor(abs / denominator)
  const remainder = abs - quotient * denominator
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient)
}

/** Sum of cents; throws on a non-integer term. */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0
  for (const v of values) {
    assertCents(v)
    total += v
  }
  return asCents(total)
}

/** Multiplies cents by a factor (e.g. 1.03 for indexation) and rounds half-up once. */
export function multiplyCents(cents: CentsInput, factor: number): Cents {
  assertCents(cents)
  if (!Number.isFinite(factor)) throw new Error(`${MONEY_MESSAGES.notInteger}: factor ${String(factor)}`)
  return asCents(roundHalfUp(cents * factor))
}

/** `percent`% of an amount, rounded half-up (percent may be fractional, e.g. 12.5). */
export function percentOfCents(cents: CentsInput, percent: number): Cents {
  assertCents(cents)
  // Work in thousandths of a percent to stay exact for rates like 12.5 or 5.43.
  const milli = roundHalfUp(percent * 1000)
  return asCents(divideRoundHalfUp(cents * milli, 100_000))
}

/** Indexes an amount by `percentPerYear` compounded over `years`, rounding once. */
export function indexCents(cents: CentsInput, percentPerYear: number, years: number): Cents {
  if (years <= 0 || percentPerYear === 0) return asCents(cents)
  return multiplyCents(cents, Math.pow(1 + percentPerYear / 100, years))
}

/**
 * Splits `total` over `ratios` so the parts sum to exactly `total`: each part gets the floor of
 * its share and the remaining cents go one by one to the first parts (dinero.js `allocate`).
 */
export function allocateCents(total: Cents, ratios: readonly number[]): Cents[] {
  assertCents(total)
  let ratioSum = 0
  for (const r of ratios) {
    if (!Number.isFinite(r) || r < 0) throw new Error(MONEY_MESSAGES.badRatios)
    ratioSum += r
  }
  if (ratios.length === 0 || ratioSum <= 0) throw new Error(MONEY_MESSAGES.badRatios)
  const sign = total < 0 ? -1 : 1
  const abs = Math.abs(total)
  const parts = ratios.map((r) => Math.floor((abs * r) / ratioSum))
  let remainder = abs - parts.reduce((a, b) => a + b, 0)
  for (let i = 0; remainder > 0; i = (i + 1) % parts.length) {
    if ((ratios[i] ?? 0) > 0) {
      parts[i] = (parts[i] ?? 0) + 1
      remainder--
    }
  }
  return parts.map((p) => asCents(p * sign))
}

/** Splits `total` into `count` equal parts (the first parts get the remaining cents). */
export function splitEvenly(total: CentsInput, count: number): Cents[] {
  if (!Number.isSafeInteger(count) || count <= 0)
    throw new Error(`${MONEY_MESSAGES.badDivisor}: ${String(count)}`)
  return allocateCents(cents(total), new Array<number>(count).fill(1))
}

/** Euros (possibly fractional, e.g. a quoted 12345.67) to cents, half-up. */
export function eurosToCents(euros: number): Cents {
  return asCents(roundHalfUp(euros * 100))
}

/**
 * Parses a euro amount as people type it into cents, exactly (no floating point): Dutch notation
 * ('1.234,56', '1234,5', '31,80', '12,'), the plain way ('31.80', '1.5'), with or without '€', spaces
 * and a leading minus. Dots followed by three digits group thousands ('1.234' is € 1,234). Null when
 * the text is empty or not an amount.
 */
export function parseEuroText(text: string): Cents | null {
  const parts = euroTextParts(text)
  if (parts === null) return null
  const cents = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return asCents(parts.negative ? -cents : cents)
}

/**
 * True when the text is written as a euro amount (the notations parseEuroText reads), however large:
 * lets a caller tell "not a number" from "a number too large to hold exactly".
 */
export function isEuroAmountText(text: string): boolean {
  return euroTextParts(text) !== null
}

function euroTextParts(text: string): { negative: boolean; whole: string; fraction: string } | null {
  let s = text.replace(/[€\s]/g, '')
  const negative = s.startsWith('-')
  if (negative) s = s.slice(1)
  const dutch = /^(\d{1,3}(?:\.\d{3})*|\d+),(\d{0,2})$/.exec(s)
  const grouped = /^(\d{1,3}(?:\.\d{3})+)$/.exec(s)
  const plain = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (dutch) return { negative, whole: (dutch[1] ?? '').replace(/\./g, ''), fraction: dutch[2] ?? '' }
  if (grouped) return { negative, whole: (grouped[1] ?? '').replace(/\./g, ''), fraction: '' }
  if (plain) return { negative, whole: plain[1] ?? '', fraction: plain[2] ?? '' }
  return null
}

/**
 * Cents as a plain decimal-comma amount for files and input fields (not for display, which the
 * renderer formats with Intl): 123456 → '1234,56'; with `trimWholeEuros`, 8000 → '80'.
 */
export function formatCentsDecimalComma(cents: CentsInput, { trimWholeEuros = false } = {}): string {
  assertCents(cents)
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = Math.floor(abs / 100)
  const rest = abs % 100
  if (trimWholeEuros && rest === 0) return `${sign}${whole}`
  return `${sign}${whole},${String(rest).padStart(2, '0')}`
}

/**
 * Rounds a non-money quantity (hours, volumes, a solver's value) half away from zero to an integer,
 * like roundHalfUp, but passes a non-finite value through (a slider or solver may hand in NaN, which
 * the caller's validation then reports). The one place besides roundHalfUp where shared/ rounds.
 */
export function roundNumber(value: number): number {
  return Number.isFinite(value) ? roundHalfUp(value) : value
}

/** Rounds a non-money quantity (hours, volumes, percentages) half-up to `decimals` decimals. */
export function roundToDecimals(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return roundNumber(value * factor) / factor
}
