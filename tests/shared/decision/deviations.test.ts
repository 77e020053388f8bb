import { describe, expect, it } from 'vitest'
import { cents } from '#shared/domain/money'
import {
  chooseScenario,
  countDeviations,
  deviationCostCents,
  findDeviation,
  withDeviation,
} from '#shared/decision/deviations'
import type { Deviation, Scenario } from '#shared/domain/types'
import { flatResult } from './result-fixtures'

const base: Scenario = { id: 'a', name: 'A', startDate: '2026-01-01', horizonMonths: 12, lines: [] }
const deviation: Deviation = {
  ruleId: 'wmo.gebruikelijke-hulp',
  lineId: 'l1',
  reason: 'partner ziek',
  decidedOn: '2026-01-10',
}

describe('deviations', () => {
  it('matches a finding on rule and line, not a finding on another line', () => {
    const s = withDeviation(base, deviation)
    expect(findDeviation(s, { ruleId: 'wmo.gebruikelijke-hulp', lineId: 'l1' })).toBe(deviation)
    expect(findDeviation(s, { ruleId: 'wmo.gebruikelijke-hulp', lineId: 'l2' })).toBeUndefined()
  })

  it('replaces a deviation for the same finding instead of adding a second', () => {
    const s = withDeviation(withDeviation(base, deviation), { ...deviation, reason: 'nieuw' })
    expect(s.deviations).toHaveLength(1)
    expect(countDeviations(withDeviation(s, { ...deviation, lineId: 'l9' }))).toBe(2)
  })

  it('prices a deviation at the cost of its line', () => {
    const result = flatResult('2026-01', 1, {})
    result.lines = [{ lineId: 'l1', eligible: true, payer: 'gemeente-wmo', totalCents: cents(12_345) }]
    expect(deviationCostCents(deviation, result)).toBe(12_345)
    expect(deviationCostCents({ ...deviation, lineId: null }, result)).toBeNull()
  })
})

describe('chooseScenario', () => {
  it('marks one scenario chosen and clears the mark on the previous one', () => {
    const previous = { ...base, id: 'b', chosen: { on: '2025-12-01', reasoning: 'oud' } }
    const changed = chooseScenario([base, previous], 'a', '2026-01-15', 'goedkoper en Anja ontlast')
    expect(changed).toEqual([
      { ...base, chosen: { on: '2026-01-15', reasoning: 'goedkoper en Anja ontlast' } },
      { ...previous, chosen: null },
    ])
  })
})
