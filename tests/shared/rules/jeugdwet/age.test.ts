import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const AMB = 'jeugd.ambulant'
const deniz = person({ id: 'd', birthDate: '2009-09-20', role: 'child' }) // 18 on 2027-09-20

describe('jeugdwet.age', () => {
  it.each([
    ['starts after 18 without continuation', '2027-10-01', false, true],
    ['starts after 18 as continuation', '2027-10-01', true, false],
    ['starts before 18', '2026-01-01', false, false],
  ])('a line that %s: blocked=%s', (_label, startDate, continuation, blocked) => {
    const r = run(
      household([deniz]),
      scenario([line({ provisionId: AMB, personId: 'd', volume: 2, startDate, continuation })], {
        horizonMonths: 36,
      }),
    )
    expect(findingsOf(r, 'jeugdwet.age').length > 0).toBe(blocked)
    expect(r.lines[0]?.eligible).toBe(!blocked)
  })

  it('names the birth date and the 18th birthday when a line starts after 18 without continuation', () => {
    const r = run(
      household([deniz]),
      scenario([line({ provisionId: AMB, personId: 'd', volume: 2, startDate: '2027-10-01' })], {
        horizonMonths: 36,
      }),
    )
    expect(findingsOf(r, 'jeugdwet.age')[0]).toMatchObject({
      month: '2027-10',
      messageKey: 'findings.jeugdwet.age-adult-start',
      params: { birthDate: '2009-09-20', adultFrom: '2027-09-20' },
    })
  })

  it('stops continuation at the 23rd birthday', () => {
    const older = person({ id: 'o', birthDate: '2003-05-10', role: 'child' }) // 23 on 2026-05-10
    const r = run(
      household([older]),
      scenario([
        line({ provisionId: AMB, personId: 'o', volume: 2, startDate: '2020-01-01', continuation: true }),
      ]),
    )
    expect(findingsOf(r, 'jeugdwet.age')[0]).toMatchObject({
      month: '2026-05',
      messageKey: 'findings.jeugdwet.age-over-23',
    })
    expect(month(r, '2026-06')['gemeente-jeugd']).toBe(0)
    expect(month(r, '2026-04')['gemeente-jeugd']).toBeGreaterThan(0)
  })
})

describe('pleegzorg (jeugdwet.age, jeugdwet.turns-18-transition)', () => {
  const foster = person({ id: 'f', birthDate: '2008-03-10', role: 'child' }) // 18 on 2026-03-10, 21 on 2029-03-10
  const pz = (continuation: boolean) =>
    scenario(
      [
        line({
          provisionId: 'jeugd.pleegzorg',
          personId: 'f',
          unit: 'etmaal',
          frequency: 'month',
          volume: 30,
          continuation,
        }),
      ],
      {
        horizonMonths: 48,
      },
    )
  it('runs on past 18 without continuation and stops at 21', () => {
    const r = run(household([foster]), pz(false))
    expect(findingsOf(r, 'jeugdwet.turns-18-transition')[0]).toMatchObject({
      severity: 'info',
      messageKey: 'findings.jeugdwet.turns-18-pleegzorg',
    })
    expect(month(r, '2027-06')['gemeente-jeugd']).toBeGreaterThan(0)
    expect(findingsOf(r, 'jeugdwet.age')[0]).toMatchObject({
      month: '2029-03',
      messageKey: 'findings.jeugdwet.age-over-21',
    })
    expect(month(r, '2029-04')['gemeente-jeugd']).toBe(0)
  })
  it('runs to 23 with continuation', () => {
    const r = run(household([foster]), pz(true))
    expect(month(r, '2029-04')['gemeente-jeugd']).toBeGreaterThan(0)
  })
})
