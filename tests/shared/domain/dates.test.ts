import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DATE_MESSAGES,
  addDays,
  addMonthsToYearMonth,
  addYearsMonths,
  ageOn,
  ageOnFirstOfMonth,
  dateFromDayNumber,
  dateOfAge,
  dayNumber,
  daysInMonth,
  daysInYearMonth,
  isIsoDate,
  listMonths,
  monthIndexOf,
  monthsBetween,
  parseIsoDate,
  parseYearMonth,
  requireIsoDateParts,
  yearMonthFromIndex,
  yearOf,
} from '#shared'

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-1-1', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%d-%d has %d days', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d)
  })

  it('counts days since 1970-01-01 and back, across leap years', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2)
    for (const d of ['1942-05-14', '2026-01-01', '2030-07-02', '2100-03-01', '1900-02-28']) {
      expect(dateFromDayNumber(dayNumber(d))).toBe(d)
    }
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })

  it('rejects a non-date with a precise message', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(DATE_MESSAGES.badDate)
    expect(parseIsoDate('nonsense')).toBeNull()
  })

  // The parsers read digit by digit (speed); they accept exactly what the plain patterns accept.
  it.each([
    '2026-01-0x',
    '2026/01/01',
    ' 2026-01-01',
    '2026-01-01 ',
    '+026-01-01',
    '2026-0a-01',
    '٢٠٢٦-01-01',
  ])('parseIsoDate(%j) is null', (value) => expect(parseIsoDate(value)).toBeNull())

  it('parses dates and months exactly as the patterns YYYY-MM-DD and YYYY-MM read them', () => {
    const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
    const yearMonth = /^(\d{4})-(\d{2})$/
    const char = fc.constantFrom(...'0123456789-/ x+:'.split(''))
    // Mostly date-shaped: four, two and two characters around two separators, each drawn anywhere.
    const part = (length: number) =>
      fc.oneof(
        fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, '0')),
        fc.array(char, { minLength: length, maxLength: length }).map((chars) => chars.join('')),
      )
    const text = fc.oneof(
      fc.array(char, { minLength: 6, maxLength: 11 }).map((chars) => chars.join('')),
      fc
        .tuple(part(4), fc.oneof(fc.constant('-'), char), part(2), fc.oneof(fc.constant('-'), char), part(2))
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(text, (value) => {
        const date = isoDate.exec(value)
        const expected =
          date &&
          Number(date[2]) >= 1 &&
          Number(date[2]) <= 12 &&
          Number(date[3]) >= 1 &&
          Number(date[3]) <= daysInMonth(Number(date[1]), Number(date[2]))
            ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }
            : null
        expect(parseIsoDate(value)).toEqual(expected)
        const month = yearMonth.exec(value.slice(0, 7))
        const expectedMonth =
          month && Number(month[2]) >= 1 && Number(month[2]) <= 12
            ? { year: Number(month[1]), month: Number(month[2]) }
            : null
        expect(parseYearMonth(value.slice(0, 7))).toEqual(expectedMonth)
      }),
      { numRuns: 3_000 },
    )
  })
})

describe('ages', () => {
  it.each([
    ['2009-09-20', '2027-09-19', 17],
    ['2009-09-20', '2027-09-20', 18],
    ['1963-04-02', '2030-04-01', 66],
    ['1963-04-02', '2030-04-02', 67],
    ['2008-02-29', '2026-02-28', 17], // a leap-day child turns 18 on 1 March in a common year
    ['2008-02-29', '2026-03-01', 18],
  ])('born %s is %d on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age)
  })

  it('finds the date of an age, with months', () => {
    expect(dateOfAge('2009-09-20', 18)).toBe('2027-09-20')
    expect(dateOfAge('1963-04-02', 67, 3)).toBe('2030-07-02')
    expect(dateOfAge('2008-02-29', 18)).toBe('2026-03-01')
    expect(addYearsMonths('2026-01-31', 0, 1)).toBe('2026-02-28')
  })
})

describe('months', () => {
  it('lists calendar months with their days, across a year end', () => {
    const months = listMonths('2026-11-15', 4)
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(months.map((m) => m.days)).toEqual([30, 31, 31, 28])
    expect(months[1]?.lastDay).toBe('2026-12-31')
  })
  it('adds months and counts the months between', () => {
    expect(addMonthsToYearMonth('2026-12', 1)).toBe('2027-01')
    expect(addMonthsToYearMonth('2026-01', -1)).toBe('2025-12')
    expect(monthsBetween('2026-01', '2028-12')).toBe(35)
  })
})

describe('ageOnFirstOfMonth (the engine month walk’s age)', () => {
  it.each(['2008-03-01', '2008-03-10', '2008-02-29', '2007-12-31', '1959-05-02', '1959-05-01'])(
    'equals ageOn on the first day of every month for a birth on %s',
    (birthDate) => {
      const birth = requireIsoDateParts(birthDate)
      for (const m of listMonths('2025-01-01', 48)) {
        expect(ageOnFirstOfMonth(birth, m.year, m.monthNumber), m.month).toBe(ageOn(birthDate, m.firstDay))
      }
    },
  )
})

describe('month indexes and years', () => {
  it('round-trips a month through its index', () => {
    for (const month of ['0001-01', '1999-12', '2026-02', '2199-07'])
      expect(yearMonthFromIndex(monthIndexOf(month))).toBe(month)
    expect(monthIndexOf('2026-03-31')).toBe(monthIndexOf('2026-03'))
    expect(monthIndexOf('2027-01') - monthIndexOf('2026-12')).toBe(1)
  })

  it('reads the year of a date or a month, and rejects anything else', () => {
    expect([yearOf('2026-07-01'), yearOf('2031-12')]).toEqual([2026, 2031])
    expect(() => yearOf('2026-02-30')).toThrow(DATE_MESSAGES.badDate)
  })

  it('counts the days of a month', () => {
    expect(['2024-02', '2025-02', '2026-04', '2026-12'].map(daysInYearMonth)).toEqual([29, 28, 30, 31])
  })
})
