import { describe, expect, it } from 'vitest'
import {
  formatAmountInput,
  formatNumberInput,
  formatWholeEurosInput,
  parseAmountText,
  parseNumberText,
  parseWholeEurosText,
} from '../../../renderer/src/format/number-text'

describe('parseAmountText', () => {
  it.each([
    ['1.234,56', 1_234_56],
    ['1234,5', 1_234_50],
    ['€ 80', 80_00],
    ['31.80', 31_80],
    ['1.234', 1_234_00],
    ['-2,50', -2_50],
  ])('reads the Dutch amount %s', (text, cents) => {
    expect(parseAmountText(text, 'nl')).toBe(cents)
  })

  it.each([
    ['1,234.56', 1_234_56],
    ['1234.5', 1_234_50],
    ['€1,234', 1_234_00],
    ['€ 80', 80_00],
    ['14,500,000.00', 14_500_000_00],
    ['-2.50', -2_50],
  ])('reads the English amount %s', (text, cents) => {
    expect(parseAmountText(text, 'en')).toBe(cents)
  })

  it('refuses in English what only reads as Dutch: a decimal comma or dots between thousands', () => {
    for (const text of ['12,5', '1.234,56', '1,23,456', '1.234.567', 'twelve', ''])
      expect(parseAmountText(text, 'en')).toBeNull()
  })

  it('writes an amount the same language reads back to the same cents', () => {
    for (const cents of [0, 5, 80_00, 1_234_56, 123_456_789_01])
      for (const language of ['nl', 'en'] as const)
        expect(parseAmountText(formatAmountInput(cents, language), language)).toBe(cents)
    expect(formatAmountInput(1_234_56, 'nl')).toBe('1234,56')
    expect(formatAmountInput(1_234_56, 'en')).toBe('1234.56')
    expect(formatAmountInput(80_00, 'en')).toBe('80')
  })
})

describe('parseNumberText', () => {
  it('reads Dutch numbers with a decimal comma (or point) and dots between thousands', () => {
    expect(parseNumberText('7,5', 'nl')).toBe(7.5)
    expect(parseNumberText('7.5', 'nl')).toBe(7.5)
    expect(parseNumberText('1.500', 'nl')).toBe(1500)
    expect(parseNumberText('1.500,5', 'nl')).toBe(1500.5)
    expect(parseNumberText('-2', 'nl')).toBe(-2)
  })

  it('reads English numbers with a decimal point and commas between thousands, never a decimal comma', () => {
    expect(parseNumberText('7.5', 'en')).toBe(7.5)
    expect(parseNumberText('1,500', 'en')).toBe(1500)
    expect(parseNumberText('1,500.5', 'en')).toBe(1500.5)
    expect(parseNumberText('7,5', 'en')).toBeNull()
    expect(parseNumberText('seven', 'en')).toBeNull()
  })

  it('writes a number the same language reads back', () => {
    expect(formatNumberInput(7.5, 'nl')).toBe('7,5')
    expect(formatNumberInput(7.5, 'en')).toBe('7.5')
    expect(formatNumberInput(null, 'en')).toBe('')
    for (const value of [0, 7.5, -2.25, 1500])
      for (const language of ['nl', 'en'] as const)
        expect(parseNumberText(formatNumberInput(value, language), language)).toBe(value)
  })
})

describe('parseWholeEurosText', () => {
  it('reads a budget as whole euros, the Dutch way, and refuses cents', () => {
    expect(parseWholeEurosText('14.500.000', 'nl')).toBe(1_450_000_000)
    expect(parseWholeEurosText('€ 14 500 000,00', 'nl')).toBe(1_450_000_000)
    expect(parseWholeEurosText('14500000', 'nl')).toBe(1_450_000_000)
    expect(parseWholeEurosText('14.500.000,01', 'nl')).toBeNull()
    expect(parseWholeEurosText('14,5', 'nl')).toBeNull()
  })

  it('reads a budget as whole euros, the English way, and refuses cents', () => {
    expect(parseWholeEurosText('14,500,000', 'en')).toBe(1_450_000_000)
    expect(parseWholeEurosText('€14,500,000.00', 'en')).toBe(1_450_000_000)
    expect(parseWholeEurosText('14500000', 'en')).toBe(1_450_000_000)
    expect(parseWholeEurosText('14,500,000.01', 'en')).toBeNull()
    expect(parseWholeEurosText('14.500.000', 'en')).toBeNull()
  })

  it('writes a budget grouped in the language’s way', () => {
    expect(formatWholeEurosInput(1_450_000_000, 'nl')).toBe('14.500.000')
    expect(formatWholeEurosInput(1_450_000_000, 'en')).toBe('14,500,000')
  })
})
