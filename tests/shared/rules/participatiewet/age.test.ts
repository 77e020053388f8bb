import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

describe('participatiewet.age', () => {
  it('blocks reintegration for a minor until the 18th birthday', () => {
    const teen = person({ id: 't', birthDate: '2008-06-15', role: 'child' })
    const r = run(
      household([teen]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 't', volume: 2 })]),
    )
    expect(findingsOf(r, 'participatiewet.age')[0]?.month).toBe('2026-01')
    expect(month(r, '2026-05')['gemeente-participatie']).toBe(0)
    expect(month(r, '2026-07')['gemeente-participatie']).toBeGreaterThan(0)
  })
})
