import { describe, expect, it } from 'vitest'
import {
  MONEY_MESSAGES,
  allocateCents,
  divideRoundHalfUp,
  eurosToCents,
  indexCents,
  multiplyCents,
  percentOfCents,
  roundHalfUp,
  splitEvenly,
  sumCents,
} from '../../../shared'

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
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateCents(5, [70, 30])).toEqual([4, 1])
  })
  it('skips zero ratios when distributing the remainder', () => {
    expect(allocateCents(10, [0, 1, 1])).toEqual([0, 5, 5])
    expect(allocateCents(3, [0, 1, 1])).toEqual([0, 2, 1])
  })
  it('keeps the sign of a negative total', () => {
    expect(allocateCents(-100, [1, 1, 1])).toEqual([-34, -33, -33])
  })
  it('rejects ratios that are all zero or negative', () => {
    expect(() => allocateCents(10, [0, 0])).toThrow(MONEY_MESSAGES.badRatios)
    expect(() => allocateCents(10, [-1, 2])).toThrow(MONEY_MESSAGES.badRatios)
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
    expect(sumCents([1, 2, 3])).toBe(6)
    expect(() => sumCents([1.5])).toThrow(MONEY_MESSAGES.notInteger)
  })
})
