/**
 * mantelzorg.hours-above-today: a scenario asking more hours of a carer than given today needs the
 * carer's willingness checked (Wmo 2015 art. 2.3.2 lid 1 and lid 4 sub c; docs/legal-reference.md#mantelzorg). The
 * intensive threshold comes from MANTELZORG_THRESHOLDS.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf } from '../../support/engine'
import { T, withCarer, growingCare } from './fixtures'

describe('mantelzorg.hours-above-today', () => {
  it.each([
    // [scenario hours, hours today, finding?, message]
    [7, 5, true, 'findings.mantelzorg.hours-above-today'],
    [10, 6, true, 'findings.mantelzorg.hours-above-today-intensive'],
    [6, 6, false, ''],
    [4, 6, false, ''],
    [
      T.intensiveHoursPerWeek,
      T.intensiveHoursPerWeek - 1,
      true,
      'findings.mantelzorg.hours-above-today-intensive',
    ],
    [
      T.intensiveHoursPerWeek - 0.5,
      T.intensiveHoursPerWeek - 1,
      true,
      'findings.mantelzorg.hours-above-today',
    ],
    [T.intensiveHoursPerWeek + 4, T.intensiveHoursPerWeek, true, 'findings.mantelzorg.hours-above-today'],
  ])('%d h/week in the scenario, %d today: finding %s', (hours, today, expected, messageKey) => {
    const r = withCarer(hours, { id: 'c', capacityHoursPerWeek: 40, hoursGivenTodayPerWeek: today })
    const f = findingsOf(r, 'mantelzorg.hours-above-today')
    expect(f.length > 0).toBe(expected)
    if (expected)
      expect(f[0]).toMatchObject({
        severity: 'warning',
        carerId: 'c',
        month: '2026-01',
        messageKey,
        params: {
          hoursPerWeek: hours,
          todayHoursPerWeek: today,
          extraHoursPerWeek: hours - today,
          thresholdHours: T.intensiveHoursPerWeek,
        },
      })
  })

  it('says nothing when the hours given today are not recorded', () => {
    expect(
      findingsOf(withCarer(20, { id: 'c', hoursGivenTodayPerWeek: null }), 'mantelzorg.hours-above-today'),
    ).toEqual([])
  })

  it('dates the finding in the first month above today’s hours', () => {
    // 6 h/week to March, 12 from April; today 8.
    const r = growingCare({ hoursGivenTodayPerWeek: 8 })
    const f = findingsOf(r, 'mantelzorg.hours-above-today')[0]
    expect(f?.month).toBe('2026-04')
    expect(f?.params.hoursPerWeek).toBe(12)
  })
})
