import { describe, expect, it } from 'vitest'
import {
  formatCents,
  formatCentsWhole,
  formatDate,
  formatDateInput,
  formatNumber,
  formatTimestamp,
  formatYearMonth,
  parseDateText,
} from '../../../renderer/src/format/format'

// Intl puts a no-break space between the euro sign and the amount; compare with plain spaces.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ')

describe('formatCents', () => {
  it.each([
    [123456, '€ 1.234,56'],
    [2180, '€ 21,80'],
    [0, '€ 0,00'],
    [-4947652, '€ -49.476,52'],
  ])('formats %i cents as %s', (cents, expected) => {
    expect(plain(formatCents(cents))).toBe(expected)
  })

  it('rounds to whole euros for dense tables', () => {
    expect(plain(formatCentsWhole(123456))).toBe('€ 1.235')
  })
})

describe('formatDate and formatYearMonth', () => {
  it('writes date-only values as dd-mm-jjjj without any time-zone shift', () => {
    expect(formatDate('2026-01-01')).toBe('01-01-2026')
    expect(formatDate('2027-09-20')).toBe('20-09-2027')
    expect(formatDate(null)).toBe('—')
    expect(formatYearMonth('2026-03')).toBe('mrt 2026')
  })
})

describe('formatTimestamp', () => {
  it('shows UTC timestamps in Amsterdam time, across the switch to summer time', () => {
    expect(formatTimestamp('2026-03-29T00:30:00Z')).toContain('01:30')
    expect(formatTimestamp('2026-03-29T01:30:00Z')).toContain('03:30')
  })
})

describe('parseDateText', () => {
  it.each([
    ['05-03-2026', '2026-03-05'],
    ['5-3-2026', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['05032026', '2026-03-05'],
    ['2026-03-05', '2026-03-05'], // ISO stays accepted
    [' 29-02-2028 ', '2028-02-29'], // leap year
  ])('reads %j as %s (day first, whatever the browser language)', (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: 'date', iso })
  })
  it.each([
    '31-02-2026',
    '29-02-2027',
    '00-01-2026',
    '12-13-2026',
    '05-03-26',
    '03/05',
    'morgen',
    '2026-02-30',
  ])('refuses %j', (text) => {
    expect(parseDateText(text)).toEqual({ kind: 'invalid' })
  })
  it('treats blank as empty', () => {
    expect(parseDateText('  ')).toEqual({ kind: 'empty' })
  })
})

describe('English formatting (issue 15: the English interface formats the English way)', () => {
  it.each([
    [123456, '€1,234.56'],
    [2180, '€21.80'],
    [-4947652, '-€49,476.52'],
  ])('formats %i cents as %s in English', (cents, expected) => {
    expect(plain(formatCents(cents, 'en'))).toBe(expected)
  })

  it('keeps the Dutch notation when asked for Dutch, whatever the default', () => {
    expect(plain(formatCents(123456, 'nl'))).toBe('€ 1.234,56')
    expect(plain(formatCentsWhole(123456, 'en'))).toBe('€1,235')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5')
  })

  it('writes dates with the month as a word in English, and months as English abbreviations', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026')
    expect(formatDate('2027-09-20', 'en')).toBe('20 Sep 2027')
    expect(formatDate('2026-03-05', 'nl')).toBe('05-03-2026')
    expect(formatYearMonth('2026-03', 'en')).toBe('Mar 2026')
    expect(formatYearMonth('2026-05', 'nl')).toBe('mei 2026')
  })

  it('keeps the date field in dd-mm-jjjj in both languages, readable back by parseDateText', () => {
    expect(formatDateInput('2026-03-05')).toBe('05-03-2026')
    expect(parseDateText(formatDateInput('2026-03-05'))).toEqual({ kind: 'date', iso: '2026-03-05' })
    expect(formatDateInput(null)).toBe('')
  })

  it('follows the app language when no language is given', async () => {
    const { default: i18next } = await import('i18next')
    const instance = i18next
    await instance.init({ lng: 'en', resources: {}, initAsync: false })
    try {
      expect(plain(formatCents(123456))).toBe('€1,234.56')
      expect(formatDate('2026-03-05')).toBe('5 Mar 2026')
    } finally {
      await instance.changeLanguage('nl')
    }
    expect(plain(formatCents(123456))).toBe('€ 1.234,56')
  })
})
