/**
 * parseCaseFile and birth dates that cannot be: a member (or carer) born in the future was accepted
 * and computed as a household member from the scenario's first month (bug: a file with a birth
 * year typo such as 2062 for 1962 was silently evaluated). shared/ reads no clock, so the parser uses
 * the caller's `today`, the file's export moment, and the months its scenarios compute.
 */
import { describe, expect, it } from 'vitest'
import { parseCaseFile } from '#shared'
import { caseFileObject, type CaseSpec } from '../acceptance/case-text'

type Json = Record<string, unknown> & {
  household: { members: Record<string, unknown>[]; carers: Record<string, unknown>[] }
  scenarios: Record<string, unknown>[]
}

function file(birthDate: string, scenario: Partial<CaseSpec> = {}): Json {
  return caseFileObject({
    members: [
      {
        id: 'ma',
        birthDate: '1960-03-10',
        role: 'client',
        income: { kind: 'work', netMonthlyCents: 1_600_00 },
      },
      { id: 'kid', birthDate, role: 'child' },
    ],
    lines: [],
    startDate: '2026-01-01',
    horizonMonths: 12,
    ...scenario,
  }) as Json
}

function errorsOf(json: unknown, today?: string): { path: string; code: string; message: string }[] {
  const r = parseCaseFile(JSON.stringify(json), today !== undefined ? { today } : {})
  return r.ok ? [] : r.errors.map((e) => ({ path: e.path, code: e.code, message: e.message }))
}

describe('parseCaseFile: birth dates in the future', () => {
  it('refuses a member born after the last month of every scenario (2026-01 … 2026-12)', () => {
    const errors = errorsOf(file('2027-01-01'))
    expect(errors).toEqual([
      {
        path: 'household.members[1].birthDate',
        code: 'bornAfterScenarios',
        message: expect.stringContaining('2026-12') as string,
      },
    ])
  })

  it('accepts a child born on the last day of the last scenario month, and one born during the horizon', () => {
    expect(errorsOf(file('2026-12-31'))).toEqual([])
    expect(errorsOf(file('2026-06-15'))).toEqual([])
  })

  it('compares with the latest of several scenarios', () => {
    const json = file('2027-05-01')
    json.scenarios.push({ ...json.scenarios[0], id: 's2', startDate: '2027-01-01', horizonMonths: 6 })
    expect(errorsOf(json)).toEqual([])
    json.scenarios[1] = { ...json.scenarios[1], horizonMonths: 4 }
    expect(errorsOf(json).map((e) => e.code)).toEqual(['bornAfterScenarios'])
  })

  it('refuses a birth after the day the file was exported (one day of slack for the time zone)', () => {
    const json = { ...file('2025-11-03', { startDate: '2025-01-01', horizonMonths: 36 }) }
    json.origin = { exportedAt: '2025-11-01T23:30:00Z' }
    expect(errorsOf(json).map((e) => [e.path, e.code])).toEqual([
      ['household.members[1].birthDate', 'bornInFuture'],
    ])
    json.origin = { exportedAt: '2025-11-02T23:30:00Z' }
    expect(errorsOf(json)).toEqual([])
  })

  it('refuses a birth after the caller’s today, also for a carer who is not a member', () => {
    const json = file('2026-03-01')
    expect(errorsOf(json, '2026-02-28').map((e) => [e.path, e.code])).toEqual([
      ['household.members[1].birthDate', 'bornInFuture'],
    ])
    expect(errorsOf(json, '2026-03-01')).toEqual([])
    json.household.carers.push({
      id: 'c1',
      name: 'c1',
      relation: 'friend',
      livesIn: false,
      caresFor: ['ma'],
      capacityHoursPerWeek: 4,
      workHoursPerWeek: 0,
      consent: true,
      birthDate: '2026-04-01',
    })
    expect(errorsOf(json, '2026-03-01').map((e) => [e.path, e.code])).toEqual([
      ['household.carers[0].birthDate', 'bornInFuture'],
    ])
  })

  it('lists a future birth together with the file’s other problems', () => {
    const json2 = file('2030-01-01')
    ;(json2.household.members[0] as Record<string, unknown>).bsn = '123456789'
    expect(errorsOf(json2).map((e) => e.code)).toEqual(['invalidBsn', 'bornAfterScenarios'])
    // With today known, the birth after today is named once, not also as after every scenario.
    expect(errorsOf(json2, '2026-01-01').map((e) => e.code)).toEqual(['invalidBsn', 'bornInFuture'])
  })

  it('compares only the year in a pseudonymised file (birth dates coarsened to 1 July)', () => {
    // A baby born in March 2026 is written as 2026-07-01 in a pseudonymised export of April 2026.
    const json = file('2026-07-01', { startDate: '2026-01-01', horizonMonths: 3 })
    json.origin = { exportedAt: '2026-04-10T09:00:00Z', pseudonymised: true }
    expect(errorsOf(json, '2026-04-10')).toEqual([])
    const later = file('2027-07-01', { startDate: '2026-01-01', horizonMonths: 3 })
    later.origin = { exportedAt: '2026-04-10T09:00:00Z', pseudonymised: true }
    expect(errorsOf(later).map((e) => e.code)).toEqual(['bornInFuture'])
  })
})
