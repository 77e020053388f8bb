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
