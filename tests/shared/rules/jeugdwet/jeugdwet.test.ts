import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'

const AMB = 'jeugd.ambulant'
const deniz = person({ id: 'd', birthDate: '2009-09-20', role: 'child' }) // 18 on 2027-09-20

describe('jeugdwet.turns-18-transition', () => {
  const s = (continuation: boolean) =>
    scenario([line({ id: 'amb', provisionId: AMB, personId: 'd', volume: 2, continuation })], {
      horizonMonths: 36,
    })

  it('warns in the month of the 18th birthday and stops the costs on the birthday', () => {
    const r = run(household([deniz]), s(false))
    expect(findingsOf(r, 'jeugdwet.turns-18-transition').map((f) => [f.month, f.severity])).toEqual([
      ['2027-09', 'warning'],
    ])
    const r2027 = rate(AMB, 'zin', '2027-09-01')
    expect(month(r, '2027-09')['gemeente-jeugd']).toBe(cents(2 * r2027 * 19, 7)) // 1–19 September
    expect(month(r, '2027-10')['gemeente-jeugd']).toBe(0)
    expect(r.lines[0]?.eligible).toBe(true) // a stop, not a blocking finding
  })

  it('continues the line with continuation (verlengde jeugdhulp), with an info finding', () => {
    const r = run(household([deniz]), s(true))
    expect(findingsOf(r, 'jeugdwet.turns-18-transition')[0]).toMatchObject({
      severity: 'info',
      month: '2027-09',
    })
    expect(month(r, '2027-10')['gemeente-jeugd']).toBeGreaterThan(0)
  })
})

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

describe('jeugdwet.wlz-voorliggend', () => {
  it('blocks Jeugdwet care from the start of a child’s Wlz indication', () => {
    const child = person({
      id: 'c',
      birthDate: '2015-01-01',
      role: 'child',
      wlzIndication: { from: '2026-04-01' },
    })
    const r = run(household([child]), scenario([line({ provisionId: AMB, personId: 'c', volume: 2 })]))
    expect(findingsOf(r, 'jeugdwet.wlz-voorliggend')[0]?.month).toBe('2026-04')
    expect(month(r, '2026-03')['gemeente-jeugd']).toBeGreaterThan(0)
    expect(month(r, '2026-04')['gemeente-jeugd']).toBe(0)
  })
})

describe('jeugdwet.no-parental-contribution and jeugdwet.respite-for-parents', () => {
  const bilal = person({ id: 'b', birthDate: '2018-04-14', role: 'child' })
  it('tells once that there is no parental contribution, and never charges the client', () => {
    const r = run(
      household([bilal]),
      scenario([
        line({ provisionId: AMB, personId: 'b', volume: 2 }),
        line({ provisionId: 'jeugd.respijt', personId: 'b', unit: 'etmaal', frequency: 'month', volume: 2 }),
      ]),
    )
    expect(findingsOf(r, 'jeugdwet.no-parental-contribution')).toHaveLength(1)
    expect(r.totalByPayer.client).toBe(0)
    expect(findingsOf(r, 'jeugdwet.respite-for-parents')).toHaveLength(1)
  })
  it('is silent without Jeugdwet lines', () => {
    const r = run(household([bilal]), scenario([]))
    expect(findingsOf(r, 'jeugdwet.no-parental-contribution')).toHaveLength(0)
    expect(findingsOf(r, 'jeugdwet.respite-for-parents')).toHaveLength(0)
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
