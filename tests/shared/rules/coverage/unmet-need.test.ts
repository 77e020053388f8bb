import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('coverage.unmet-need', () => {
  const p = person({
    id: 'p',
    birthDate: '1960-01-01',
    zrm: { assessedOn: '2025-12-01', scores: { huisvesting: 1, financien: 2, tijdsbesteding: 3 } },
  })
  it('warns for each domain scored 1–2 that no line addresses', () => {
    const r = run(household([p]), scenario([]))
    expect(findingsOf(r, 'coverage.unmet-need').map((f) => f.params.domain)).toEqual([
      'huisvesting',
      'financien',
    ])
    expect(r.coverage).toEqual([
      { personId: 'p', domain: 'huisvesting', score: 1, covered: false },
      { personId: 'p', domain: 'financien', score: 2, covered: false },
      { personId: 'p', domain: 'tijdsbesteding', score: 3, covered: false },
    ])
  })
  it('counts a domain as covered by an allowed line that addresses it', () => {
    const r = run(
      household([p]),
      scenario([
        line({
          provisionId: 'algemeen.schuldhulp',
          personId: 'p',
          deliveryForm: 'algemeen',
          unit: 'piece',
          frequency: 'total',
        }),
      ]),
    )
    expect(findingsOf(r, 'coverage.unmet-need').map((f) => f.params.domain)).toEqual(['huisvesting'])
    expect(r.coverage.find((c) => c.domain === 'financien')?.covered).toBe(true)
  })
})
