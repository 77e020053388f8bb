import { describe, expect, it } from 'vitest'
import {
  MONEY_MESSAGES,
  allocateCents,
  cents,
  centsRecord,
  divideRoundHalfUp,
  eurosToCents,
  formatCentsDecimalComma,
  indexCents,
  multiplyCents,
  parseEuroText,
  percentOfCents,
  roundHalfUp,
  roundNumber,
  roundToDecimals,
  splitEvenly,
  sumCents,
} from '#shared'
import type { Cents } from '#shared'

describe('roundHalfUp', () => {
  it.each([
    [0.5, 1],
    [1.5, 2],
    [2.4999, 2],
    [-0.5, -1],
    [-1.5, -2],
    [100.49999999999999, 101], // 1.005 * 100 in binary floating point
    [0, 0],
  ])('rounds %d half away from zero to %d', (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected)
  })
  it('rejects NaN and Infinity', () => {
    expect(() => roundHalfUp(Number.NaN)).toThrow(MONEY_MESSAGES.notInteger)
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY)).toThrow(MONEY_MESSAGES.notInteger)
  })
})

describe('divideRoundHalfUp', () => {
  it.each([
    [7, 2, 4],
    [5, 2, 3],
    [4, 3, 1],
    [-7, 2, -4],
    [3 * 3540 * 31, 7, 47031], // 3 h/week at €35.40 in a 31-day month: 47031.43 → 47031
  ])('%d / %d = %d (half-up, exact)', (num, den, expected) => {
    expect(divideRoundHalfUp(num, den)).toBe(expected)
  })
  it('rejects a zero or fractional divisor', () => {
    expect(() => divideRoundHalfUp(1, 0)).toThrow(MONEY_MESSAGES.badDivisor)
    expect(() => divideRoundHalfUp(1, 1.5)).toThrow(MONEY_MESSAGES.badDivisor)
  })
})

describe('allocateCents', () => {
  it('never loses a cent and gives the remainder to the first parts', () => {
    expect(allocateCents(cents(100), [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateCents(cents(5), [70, 30])).toEqual([4, 1])
  })
  it('skips zero ratios when distributing the remainder', () => {
    expect(allocateCents(cents(10), [0, 1, 1])).toEqual([0, 5, 5])
    expect(allocateCents(cents(3), [0, 1, 1])).toEqual([0, 2, 1])
  })
  it('keeps the sign of a negative total', () => {
    expect(allocateCents(cents(-100), [1, 1, 1])).toEqual([-34, -33, -33])
  })
  it('rejects ratios that are all zero or negative', () => {
    expect(() => allocateCents(cents(10), [0, 0])).toThrow(MONEY_MESSAGES.badRatios)
    expect(() => allocateCents(cents(10), [-1, 2])).toThrow(MONEY_MESSAGES.badRatios)
  })
  it('splits evenly into parts that sum to the total', () => {
    const parts = splitEvenly(1000, 7)
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000)
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1)
  })
})

describe('percentages and indexation', () => {
  it('takes a percentage of cents half-up, also for fractional rates', () => {
    expect(percentOfCents(118000, 25)).toBe(29500)
    expect(percentOfCents(101, 12.5)).toBe(13) // 12.625 → 13
  })
  it('indexes compound per year and rounds once', () => {
    expect(indexCents(2180, 3, 1)).toBe(roundHalfUp(2180 * 1.03))
    expect(indexCents(2180, 3, 2)).toBe(roundHalfUp(2180 * 1.03 * 1.03))
    expect(indexCents(2180, 3, 0)).toBe(2180)
  })
  it('multiplies and converts euros to cents', () => {
    expect(multiplyCents(3240, 0.9)).toBe(2916)
    expect(eurosToCents(12345.675)).toBe(1234568)
  })
  it('sums integer cents and rejects fractions', () => {
    expect(sumCents([1, 2, 3].map(cents))).toBe(6)
    // A caller that bypasses the brand (an unchecked cast) still meets the runtime check.
    expect(() => sumCents([1.5 as Cents])).toThrow(MONEY_MESSAGES.notInteger)
  })
})

describe('parseEuroText (the one euro parser of shared/ and the renderer)', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,5', 123450],
    ['31,80', 3180],
    ['12,', 1200],
    ['€ 80', 8000],
    ['31.80', 3180],
    ['1.5', 150],
    ['1.234', 123400],
    ['1.234.567,89', 123456789],
    ['-12,34', -1234],
    [' 0,07 ', 7],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseEuroText(text)).toBe(cents)
  })

  it.each(['', 'abc', '1,234,56', '12.345,6.7', '1.23.4', '12,345', '--1', '1e3'])('rejects %j', (text) => {
    expect(parseEuroText(text)).toBeNull()
  })

  it('is exact where floating point is not (0.29 × 100 = 28.999…)', () => {
    expect(parseEuroText('0,29')).toBe(29)
    expect(parseEuroText('1.005,01')).toBe(100501)
  })
})

describe('formatCentsDecimalComma', () => {
  it.each([
    [123456, {}, '1234,56'],
    [3180, {}, '31,80'],
    [8000, { trimWholeEuros: true }, '80'],
    [8005, { trimWholeEuros: true }, '80,05'],
    [-5, {}, '-0,05'],
  ])('writes %d cents as %j', (cents, options, text) => {
    expect(formatCentsDecimalComma(cents, options)).toBe(text)
    expect(parseEuroText(text)).toBe(cents)
  })
})

describe('roundNumber and roundToDecimals (quantities that are not cents)', () => {
  it('round half away from zero, like roundHalfUp', () => {
    expect([roundNumber(2.5), roundNumber(-2.5), roundNumber(2.4999)]).toEqual([3, -3, 2])
  })

  it('pass a non-finite value through for the caller to report', () => {
    expect(roundNumber(Number.NaN)).toBeNaN()
    expect(roundToDecimals(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY)
  })

  it.each([
    [10 / 3, 2, 3.33],
    [20 / 3, 2, 6.67],
    [1.005, 2, 1.01],
    [0.1234565, 6, 0.123457],
  ])('rounds %d to %d decimals as %d', (value, decimals, rounded) => {
    expect(roundToDecimals(value, decimals)).toBe(rounded)
  })
})

describe('cents and centsRecord (the checked way to a Cents)', () => {
  it('accepts safe integers and refuses anything else with the exported message', () => {
    expect(cents(12_345)).toBe(12_345)
    expect(cents(-5)).toBe(-5)
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(() => cents(bad)).toThrow(MONEY_MESSAGES.notInteger)
  })
  it('checks every value of a record', () => {
    expect(centsRecord({ a: 1, b: 2 })).toEqual({ a: 1, b: 2 })
    expect(() => centsRecord({ a: 1, b: 0.5 })).toThrow(MONEY_MESSAGES.notInteger)
  })
})
