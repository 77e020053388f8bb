import { describe, expect, it } from 'vitest'
import {
  addDays,
  centsToEuroInput,
  numberToInput,
  parseDecimal,
  parseEuroToCents,
  readBirthDate,
  readDate,
} from '../../../renderer/src/views/common/validation'

describe('readDate', () => {
  it('reads a real calendar date, nothing for an empty optional field, and refuses the rest', () => {
    expect(readDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' })
    expect(readDate('')).toEqual({ ok: true, value: null })
    expect(readDate('', { required: true })).toEqual({ ok: false, error: { code: 'required' } })
    expect(readDate('2026-02-29')).toEqual({ ok: false, error: { code: 'date' } })
    expect(readDate('31-12-2026')).toEqual({ ok: false, error: { code: 'date' } })
  })
})

describe('readBirthDate', () => {
  it('refuses empty, impossible, future and pre-1900 dates', () => {
    const code = (value: string) => {
      const read = readBirthDate(value, '2026-01-01')
      return read.ok ? null : read.error.code
    }
    expect(code('')).toBe('required')
    expect(code('1942-02-30')).toBe('date')
    expect(code('2026-01-02')).toBe('dateFuture')
    expect(code('1899-12-31')).toBe('dateTooOld')
    expect(code('1942-05-14')).toBeNull()
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
    ['250.000,00', 25_000_000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuroToCents(text)).toEqual({ ok: true, value: cents })
  })

  it('refuses text that is no amount, and a negative amount as below the minimum of 0', () => {
    expect(parseEuroToCents('twaalf')).toEqual({ ok: false, error: { code: 'amount' } })
    expect(parseEuroToCents('-5')).toEqual({ ok: false, error: { code: 'tooSmall', params: { minimum: 0 } } })
  })

  it('round-trips through the editable form', () => {
    for (const cents of [0, 5, 1_725_00, 123_456]) {
      expect(parseEuroToCents(centsToEuroInput(cents))).toEqual({ ok: true, value: cents })
    }
  })
})

describe('parseDecimal', () => {
  it('reads a decimal comma or point and leaves bounds to the schema', () => {
    expect(parseDecimal('2,5')).toEqual({ ok: true, value: 2.5 })
    expect(parseDecimal('-1')).toEqual({ ok: true, value: -1 })
    expect(parseDecimal('1000')).toEqual({ ok: true, value: 1000 })
    expect(parseDecimal('')).toEqual({ ok: true, value: null })
    expect(parseDecimal('', { required: true })).toEqual({ ok: false, error: { code: 'required' } })
    expect(parseDecimal('abc')).toEqual({ ok: false, error: { code: 'number' } })
    expect(parseDecimal('1,2,3')).toEqual({ ok: false, error: { code: 'number' } })
  })

  it('round-trips through the editable form', () => {
    for (const value of [0, 7.5, 14, 0.25])
      expect(parseDecimal(numberToInput(value))).toEqual({ ok: true, value })
    expect(numberToInput(null)).toBe('')
  })
})

describe('addDays', () => {
  it('crosses month and year ends on the calendar', () => {
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })
})
