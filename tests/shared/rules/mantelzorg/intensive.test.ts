import { describe, expect, it } from 'vitest'
import { findingsOf } from '../../support/engine'
import { T, withCarer, growingCare } from './fixtures'

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

describe('mantelzorg.intensive names its month', () => {
  it('dates intensive care from the start of the qualifying run', () => {
    expect(findingsOf(growingCare(), 'mantelzorg.intensive')[0]?.month).toBe('2026-04')
  })
})
