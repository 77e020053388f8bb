import { describe, expect, it } from 'vitest'
import { formatFindingParams } from '../../../renderer/src/format/finding-params'

const format = {
  cents: (c: number) => `€${c}`,
  date: (d: string) => `d:${d}`,
  month: (m: string) => `m:${m}`,
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
      hours: 8,
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
})
