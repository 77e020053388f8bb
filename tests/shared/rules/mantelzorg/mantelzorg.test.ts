import { describe, expect, it } from 'vitest'
import { MANTELZORG_THRESHOLDS, valueAt } from '../../../../shared'
import { carer, household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

const T = valueAt(MANTELZORG_THRESHOLDS, '2026-01-01')
const mother = person({ id: 'm', birthDate: '1942-05-14' })

function withCarer(
  hours: number,
  spec: Parameters<typeof carer>[0],
  extraLines = [] as ReturnType<typeof line>[],
  horizonMonths = 12,
) {
  return run(
    household([mother], [carer({ caresFor: ['m'], ...spec })]),
    scenario(
      [
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume: hours,
          carerId: spec.id,
        }),
        ...extraLines,
      ],
      { horizonMonths },
    ),
  )
}

describe('mantelzorg.intensive', () => {
  it.each([
    [T.intensiveHoursPerWeek, 12, true],
    [T.intensiveHoursPerWeek - 0.5, 12, false],
    [T.intensiveHoursPerWeek, T.intensiveMinMonths, true],
    [T.intensiveHoursPerWeek, T.intensiveMinMonths - 1, false],
  ])('%d h/week over %d months: intensive=%s', (hours, months, expected) => {
    const r = withCarer(hours, { id: 'c', capacityHoursPerWeek: 40 }, [], months)
    expect(r.carers[0]?.intensive).toBe(expected)
    expect(findingsOf(r, 'mantelzorg.intensive').length > 0).toBe(expected)
  })
})

describe('mantelzorg.overload', () => {
  it.each([
    [14, 10, null, true, 'capacity'],
    [10, 10, null, false, ''],
    [8, 10, T.overloadBurdenScore, true, 'burden'], // docs/example-cases.md#van-den-berg: Anja, burden 10 ≥ 9
    [8, 10, T.overloadBurdenScore - 1, false, ''],
    [30, 20, 11, true, 'both'],
  ])('%d h/week, capacity %d, burden %s: overloaded=%s', (hours, capacity, burden, expected, reason) => {
    const r = withCarer(hours, { id: 'c', capacityHoursPerWeek: capacity, burdenScore: burden })
    expect(r.carers[0]).toMatchObject({
      overloaded: expected,
      hoursPerWeek: hours,
      capacityHoursPerWeek: capacity,
    })
    const f = findingsOf(r, 'mantelzorg.overload')
    expect(f.length > 0).toBe(expected)
    if (expected) expect(f[0]?.params.reason).toBe(reason)
  })
})

describe('mantelzorg.respite-recommended', () => {
  it('warns for an intensive carer without respite', () => {
    expect(findingsOf(withCarer(10, { id: 'c' }), 'mantelzorg.respite-recommended')).toHaveLength(1)
  })
  it('is silent when the scenario has respite for the person cared for', () => {
    const respite = line({
      provisionId: 'wmo.kortdurend-verblijf',
      personId: 'm',
      unit: 'etmaal',
      frequency: 'month',
      volume: 2,
    })
    expect(findingsOf(withCarer(10, { id: 'c' }, [respite]), 'mantelzorg.respite-recommended')).toHaveLength(
      0,
    )
  })
})

describe('carer findings name their month', () => {
  it('dates intensive care from the start of the qualifying run and overload from the first month over capacity', () => {
    const r = run(
      household([mother], [carer({ id: 'c', caresFor: ['m'], capacityHoursPerWeek: 10 })]),
      scenario([
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume: 6,
          carerId: 'c',
          endDate: '2026-03-31',
        }),
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'm',
          deliveryForm: 'mantelzorg',
          volume: 12,
          carerId: 'c',
          startDate: '2026-04-01',
        }),
      ]),
    )
    expect(findingsOf(r, 'mantelzorg.intensive')[0]?.month).toBe('2026-04')
    expect(findingsOf(r, 'mantelzorg.overload')[0]?.month).toBe('2026-04')
    expect(findingsOf(r, 'mantelzorg.respite-recommended')[0]?.month).toBe('2026-04')
  })
})
