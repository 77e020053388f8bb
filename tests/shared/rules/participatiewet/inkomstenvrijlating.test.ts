import { describe, expect, it } from 'vitest'
import { household, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { BIJSTAND, N, noIndex } from './fixtures'

describe('participatiewet.inkomstenvrijlating', () => {
  const earnings = 1_180_00
  const change = [{ personId: 'e', from: '2026-07-01', kind: 'work' as const, netMonthlyCents: earnings }]
  it('exempts 25% of earnings, capped at €285 (2026), for 6 months from age 27', () => {
    const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
    const r = run(
      household([esra]),
      scenario([], { horizonMonths: 18, incomeChanges: change, assumptions: noIndex }),
    )
    const exempt = Math.min(cents(earnings * 25, 100), 285_00)
    // From July 2026 the norm of art. 21 sub a in the text of 1 July 2026; 2027 holds it (no indexation).
    const july = N('single', '2026-07-01')
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(N('single'))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(july - (earnings - exempt))
    expect(month(r, '2026-12')['gemeente-bijstand']).toBe(july - (earnings - exempt))
    expect(month(r, '2027-01')['gemeente-bijstand']).toBe(july - earnings) // the 6 months are over
  })

  it('then gives a single parent with a child under 12 a 12.5% exemption (capped)', () => {
    const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
    const elif = person({ id: 'k', birthDate: '2016-06-03', role: 'child' })
    const r = run(
      household([esra, elif]),
      scenario([], { horizonMonths: 18, incomeChanges: change, assumptions: noIndex }),
    )
    const exempt = Math.min(cents(earnings * 125, 1000), 177_66)
    expect(month(r, '2027-01')['gemeente-bijstand']).toBe(N('single', '2026-07-01') - (earnings - exempt))
    expect(findingsOf(r, 'participatiewet.inkomstenvrijlating').map((f) => [f.month, f.params.kind])).toEqual(
      [
        ['2026-07', 'regular'],
        ['2027-01', 'single-parent'],
      ],
    )
  })

  it('gives no exemption under 27', () => {
    const young = person({ id: 'e', birthDate: '2002-01-01', income: BIJSTAND })
    const r = run(
      household([young]),
      scenario([], { horizonMonths: 8, incomeChanges: change, assumptions: noIndex }),
    )
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single', '2026-07-01') - earnings)
  })
})
