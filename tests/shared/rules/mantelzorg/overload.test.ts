import { describe, expect, it } from 'vitest'
import { findingsOf } from '../../support/engine'
import { T, withCarer, growingCare } from './fixtures'

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

describe('mantelzorg.overload names its month', () => {
  it('dates overload from the first month over capacity', () => {
    expect(findingsOf(growingCare(), 'mantelzorg.overload')[0]?.month).toBe('2026-04')
  })
})
