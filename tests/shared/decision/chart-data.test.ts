import { describe, expect, it } from 'vitest'
import { shapeCarerLoad, shapeCumulativeCost, shapeStackedCostByYear } from '#shared/decision/chart-data'
import type { Household, Scenario } from '#shared/domain/types'
import { flatResult } from './result-fixtures'

describe('shapeStackedCostByYear', () => {
  it('gives one row per scenario and year with cash payers and no informal value', () => {
    const a = flatResult('2026-07', 12, { 'gemeente-wmo': 1_000, informal: 9_999 })
    const rows = shapeStackedCostByYear([{ id: 'a', name: 'A' }], [a])
    expect(rows.map((r) => r.key)).toEqual(['a:2026', 'a:2027'])
    expect(rows[0]?.['gemeente-wmo']).toBe(6 * 1_000)
    expect(rows[0]?.informal).toBe(0)
  })
})

describe('shapeCumulativeCost', () => {
  it('accumulates municipal cost month by month per scenario', () => {
    const a = flatResult('2026-01', 3, { 'gemeente-wmo': 100, client: 5 })
    const b = flatResult('2026-01', 3, { 'gemeente-jeugd': 40, zvw: 7 })
    const rows = shapeCumulativeCost([{ id: 'a' }, { id: 'b' }], [a, b], 'municipal')
    expect(rows).toEqual([
      { month: '2026-01', a: 100, b: 40 },
      { month: '2026-02', a: 200, b: 80 },
      { month: '2026-03', a: 300, b: 120 },
    ])
    expect(shapeCumulativeCost([{ id: 'a' }], [a], 'cash').at(-1)).toEqual({ month: '2026-03', a: 315 })
  })
})

describe('shapeCarerLoad', () => {
  const household: Pick<Household, 'carers'> = {
    carers: [
      {
        id: 'c1',
        name: 'Anja',
        relation: 'child',
        livesIn: false,
        caresFor: ['p1'],
        capacityHoursPerWeek: 10,
        workHoursPerWeek: 24,
        consent: true,
      },
    ],
  }
  const scenario: Scenario = {
    id: 's',
    name: 'S',
    startDate: '2026-01-01',
    horizonMonths: 4,
    lines: [
      {
        id: 'l1',
        provisionId: 'informal.mantelzorg',
        personId: 'p1',
        deliveryForm: 'mantelzorg',
        volume: 8,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
        carerId: 'c1',
      },
      {
        id: 'l2',
        provisionId: 'informal.mantelzorg',
        personId: 'p1',
        deliveryForm: 'mantelzorg',
        volume: 240,
        unit: 'minute',
        frequency: 'week',
        startDate: '2026-03-01',
        endDate: '2026-03-31',
        carerId: 'c1',
      },
    ],
  }

  it('sums the carer hours of the lines active each month, next to capacity', () => {
    const rows = shapeCarerLoad(household, scenario)
    expect(rows.map((r) => r.c1)).toEqual([8, 8, 12, 8])
    expect(rows[0]?.['c1:capacity']).toBe(10)
  })

  it('draws the hours given today as the baseline only when they are recorded', () => {
    expect(shapeCarerLoad(household, scenario)[0]).not.toHaveProperty('c1:today')
    const recorded = { carers: household.carers.map((c) => ({ ...c, hoursGivenTodayPerWeek: 6 })) }
    expect(shapeCarerLoad(recorded, scenario).map((r) => r['c1:today'])).toEqual([6, 6, 6, 6])
  })
})
