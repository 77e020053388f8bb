/**
 * Tests that close the gaps a mutation probe found: each pins a boundary so that moving it turns a
 * test red (respite check and blocked lines, carer-hour rounding, the 18–20 bijstand band, the
 * month in which AOW age is reached).
 */
import { describe, expect, it } from 'vitest'
import { BIJSTAND_NORMS, MANTELZORG_THRESHOLDS, valueAt } from '#shared'
import { carer, household, line, person, scenario } from '../support/build'
import { cents, findingsOf, month, run } from '../support/engine'

const T = valueAt(MANTELZORG_THRESHOLDS, '2026-01-01')
const BIJSTAND = { kind: 'bijstand', netMonthlyCents: 0 } as const
const N = (key: keyof typeof BIJSTAND_NORMS, date = '2026-01-01') => valueAt(BIJSTAND_NORMS[key], date)
const noIndex = { indexationPercentPerYear: 0 }

describe('mantelzorg.respite-recommended ignores blocked respite lines', () => {
  it('still recommends respite when the only respite line is blocked (Wlz voorliggend)', () => {
    const mother = person({ id: 'm', birthDate: '1942-05-14', wlzIndication: { from: '2025-01-01' } })
    const r = run(
      household([mother], [carer({ id: 'c', caresFor: ['m'], capacityHoursPerWeek: 40 })]),
      scenario([
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume: T.intensiveHoursPerWeek + 4,
          carerId: 'c',
        }),
        line({
          provisionId: 'wmo.kortdurend-verblijf',
          personId: 'm',
          unit: 'etmaal',
          volume: 1,
          frequency: 'month',
        }),
      ]),
    )
    expect(r.lines[1]?.eligible).toBe(false)
    expect(findingsOf(r, 'mantelzorg.respite-recommended')).toHaveLength(1)
  })
})

describe('carer hours are rounded to two decimals (hours per week)', () => {
  it.each([
    [10 / 3, 3.33],
    [20 / 3, 6.67],
  ])('%d hours a week show as %d', (volume, shown) => {
    const mother = person({ id: 'm', birthDate: '1942-05-14' })
    const r = run(
      household([mother], [carer({ id: 'c', caresFor: ['m'], capacityHoursPerWeek: 40 })]),
      scenario([
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume,
          carerId: 'c',
        }),
      ]),
    )
    expect(r.carers[0]?.hoursPerWeek).toBe(shown)
  })
})

describe('the 18–20 bijstand band (art. 20 and 21 Pw), age on the first day of the month', () => {
  const run1 = (birthDate: string) =>
    run(household([person({ id: 'y', birthDate, income: BIJSTAND })]), scenario([], { assumptions: noIndex }))

  it('pays the jongerennorm until the month of the 21st birthday and the regular norm from the next', () => {
    const r = run1('2005-06-15') // 21 on 2026-06-15
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(N('single18to20'))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single', '2026-07-01'))
  })

  it('counts a 21st birthday on the 1st in that month', () => {
    const r = run1('2005-06-01')
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(N('single18to20'))
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(N('single'))
  })

  it('starts bijstand on the 18th birthday, pro rata in that month', () => {
    const r = run1('2008-03-10') // 18 on 2026-03-10: 22 of 31 days
    expect(month(r, '2026-02')['gemeente-bijstand']).toBe(0)
    expect(month(r, '2026-03')['gemeente-bijstand']).toBe(cents(N('single18to20') * 22, 31))
  })
})

describe('the month in which AOW age is reached', () => {
  it('pays no bijstand in a month that starts on the AOW date', () => {
    // Born 1959-05-01: AOW age (67) on 2026-05-01.
    const r = run(
      household([person({ id: 'o', birthDate: '1959-05-01', income: BIJSTAND })]),
      scenario([], { assumptions: noIndex }),
    )
    expect(month(r, '2026-04')['gemeente-bijstand']).toBe(N('single'))
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(0)
  })

  it('pays one day of bijstand when the AOW date is the 2nd', () => {
    const r = run(
      household([person({ id: 'o', birthDate: '1959-05-02', income: BIJSTAND })]),
      scenario([], { assumptions: noIndex }),
    )
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(cents(N('single'), 31))
  })
})
