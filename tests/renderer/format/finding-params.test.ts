import { afterEach, describe, expect, it } from 'vitest'
import { formatFindingParams } from '../../../renderer/src/format/finding-params'
import { formatNumber } from '../../../renderer/src/format/format'
import { i18next, initI18n } from '../../../renderer/src/i18n'

const format = {
  cents: (c: number) => `€${c}`,
  date: (d: string) => `d:${d}`,
  month: (m: string) => `m:${m}`,
  number: (n: number) => `n:${n}`,
}

describe('formatFindingParams', () => {
  it('formats amounts, dates and months in finding params and leaves the rest', () => {
    const formatted = formatFindingParams(
      { cents: 2180, rateCents: 5000, from: '2026-07-01', month: '2027-09', hours: 8, name: 'Anja' },
      { format },
    )
    expect(formatted).toEqual({
      cents: '€2180',
      rateCents: '€5000',
      from: 'd:2026-07-01',
      month: 'm:2027-09',
      hours: 'n:8',
      name: 'Anja',
    })
  })

  it('writes amounts and dates the Dutch way unless told otherwise (the screens and the plan alike)', () => {
    const formatted = formatFindingParams({ cents: 21_80, from: '2026-03-05' })
    expect(String(formatted.cents).replace(/\s/g, ' ')).toBe('€ 21,80')
    expect(formatted.from).toBe('05-03-2026')
  })

  it('shows only the year of a date derived from the birth date in a pseudonymised plan', () => {
    const params = { adultFrom: '2026-07-14', until: '2031-07', aowDate: '2030-01-01', from: '2026-07-14' }
    expect(formatFindingParams(params, { format, birthDatePrecision: 'year' })).toEqual({
      adultFrom: '2026',
      until: '2031',
      aowDate: '2030',
      from: 'd:2026-07-14',
    })
    expect(formatFindingParams(params, { format }).adultFrom).toBe('d:2026-07-14')
  })

  describe('numbers in the interface language', () => {
    afterEach(() => {
      initI18n('nl')
    })

    it('writes a fractional number with a decimal comma in Dutch and a point in English', () => {
      initI18n('nl')
      expect(formatFindingParams({ hoursPerWeek: 1.5, carerAge: 14 })).toEqual({
        hoursPerWeek: '1,5',
        carerAge: '14',
      })
      initI18n('en')
      expect(formatFindingParams({ hoursPerWeek: 1.5, carerAge: 14 })).toEqual({
        hoursPerWeek: '1.5',
        carerAge: '14',
      })
    })

    it('puts the Dutch notation into the finding text, also in the nested hours-a-week count', () => {
      initI18n('nl')
      const raw = {
        carerName: 'Sem',
        carerAge: 14,
        personName: 'Anja',
        hoursPerWeek: 6.5,
        supportedHoursPerWeek: 1.5,
        excessHoursPerWeek: 5,
      }
      const text = i18next.t('findings.mantelzorg.young-carer', formatFindingParams(raw))
      expect(text).toContain('6,5 uur per week')
      expect(text).toContain('1,5 uur per week')
      expect(text).not.toMatch(/\d\.\d/)
      initI18n('en')
      const english = i18next.t('findings.mantelzorg.young-carer', formatFindingParams(raw))
      expect(english).toContain('6.5 hours a week')
      expect(english).toContain('1.5 hours a week')
    })

    it('leaves a year as it is (no thousands dot in 2024)', () => {
      initI18n('nl')
      expect(formatFindingParams({ peiljaar: 2024, normHours: 1234.5 })).toEqual({
        peiljaar: 2024,
        normHours: formatNumber(1234.5, 'nl'),
      })
      expect(formatNumber(1234.5, 'nl')).toBe('1.234,5')
    })
  })
})
