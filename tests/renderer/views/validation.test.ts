import { describe, expect, it } from 'vitest'
import {
  centsToEuroInput,
  isRealIsoDate,
  parseBurdenScore,
  parseEuroToCents,
  parseHoursPerWeek,
  parseVolume,
  validateBirthDate,
} from '../../../renderer/src/views/case/validation'

describe('isRealIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-1', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected)
  })
})

describe('validateBirthDate', () => {
  it('refuses empty, impossible, future and pre-1900 dates', () => {
    expect(validateBirthDate('', '2026-01-01')?.key).toBe('required')
    expect(validateBirthDate('1942-02-30', '2026-01-01')?.key).toBe('date')
    expect(validateBirthDate('2026-01-02', '2026-01-01')?.key).toBe('dateFuture')
    expect(validateBirthDate('1899-12-31', '2026-01-01')?.key).toBe('dateTooOld')
    expect(validateBirthDate('1942-05-14', '2026-01-01')).toBeNull()
  })
})

describe('parseEuroToCents', () => {
  it.each([
    ['1.234,56', 123_456],
    ['1234,5', 123_450],
    ['€ 80', 8_000],
    ['1.725', 172_500],
    ['17.25', 1_725],
    ['', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuroToCents(text)).toEqual({ ok: true, cents })
  })

  it('refuses text, negative and absurd amounts with their own message', () => {
    expect(parseEuroToCents('twaalf')).toMatchObject({ ok: false, error: { key: 'amount' } })
    expect(parseEuroToCents('-5')).toMatchObject({ ok: false, error: { key: 'amountNegative' } })
    expect(parseEuroToCents('250.000,00')).toMatchObject({ ok: false, error: { key: 'amountAbsurd' } })
  })

  it('round-trips through the editable form', () => {
    for (const cents of [0, 5, 1_725_00, 123_456]) {
      expect(parseEuroToCents(centsToEuroInput(cents))).toEqual({ ok: true, cents })
    }
  })
})

describe('parseVolume', () => {
  it('accepts a decimal comma and refuses negative, non-numeric and more than a week holds', () => {
    expect(parseVolume('2,5', 'hour', 'week')).toEqual({ ok: true, value: 2.5 })
    expect(parseVolume('-1', 'hour', 'week')).toMatchObject({ ok: false, error: { key: 'volume' } })
    expect(parseVolume('abc', 'hour', 'week')).toMatchObject({ ok: false, error: { key: 'volume' } })
    expect(parseVolume('', 'hour', 'week')).toMatchObject({ ok: false, error: { key: 'volume' } })
    expect(parseVolume('169', 'hour', 'week')).toMatchObject({ ok: false, error: { key: 'volumeAbsurd' } })
    expect(parseVolume('168', 'hour', 'week')).toEqual({ ok: true, value: 168 })
    expect(parseVolume('8', 'etmaal', 'week')).toMatchObject({ ok: false, error: { key: 'volumeAbsurd' } })
    expect(parseVolume('31', 'etmaal', 'month')).toEqual({ ok: true, value: 31 })
  })
})

describe('carer figures', () => {
  it('keeps hours within a week and the EDIZ-plus score within 0–15', () => {
    expect(parseHoursPerWeek('14')).toEqual({ ok: true, value: 14 })
    expect(parseHoursPerWeek('200').ok).toBe(false)
    expect(parseHoursPerWeek('-2').ok).toBe(false)
    expect(parseBurdenScore('')).toEqual({ ok: true, value: null })
    expect(parseBurdenScore('10')).toEqual({ ok: true, value: 10 })
    expect(parseBurdenScore('16').ok).toBe(false)
    expect(parseBurdenScore('9,5').ok).toBe(false)
  })
})
