import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { BIJSTAND, N, noIndex } from './fixtures'

describe('participatiewet.aow-transition', () => {
  it('ends bijstand on the AOW date, pro rata in that month, with a warning', () => {
    const older = person({ id: 'o', birthDate: '1959-06-15', income: BIJSTAND }) // 67 on 2026-06-15
    const r = run(household([older]), scenario([], { assumptions: noIndex }))
    expect(findingsOf(r, 'participatiewet.aow-transition')[0]).toMatchObject({
      month: '2026-06',
      severity: 'warning',
    })
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(N('single'))
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(cents(N('single') * 14, 30))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(0)
  })
  it('ends a reintegration line at AOW age', () => {
    const older = person({ id: 'o', birthDate: '1959-06-15' })
    const r = run(
      household([older]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 'o', volume: 2 })]),
    )
    expect(findingsOf(r, 'participatiewet.aow-transition')[0]?.lineId).toBeDefined()
    expect(month(r, '2026-07')['gemeente-participatie']).toBe(0)
  })
})
