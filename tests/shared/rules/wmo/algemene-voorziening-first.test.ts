import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('wmo.algemene-voorziening-first', () => {
  const p = person({ id: 'p', birthDate: '1950-01-01' })
  it('points to a general provision that can replace dagbesteding (info)', () => {
    const r = run(
      household([p]),
      scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'p', unit: 'dagdeel', volume: 2 })]),
    )
    expect(findingsOf(r, 'wmo.algemene-voorziening-first')[0]).toMatchObject({
      severity: 'info',
      params: { generalProvisionId: 'algemeen.dagactiviteit' },
    })
  })
  it('is silent when the scenario already uses that general provision', () => {
    const r = run(
      household([p]),
      scenario([
        line({ provisionId: 'wmo.dagbesteding', personId: 'p', unit: 'dagdeel', volume: 1 }),
        line({
          provisionId: 'algemeen.dagactiviteit',
          personId: 'p',
          unit: 'dagdeel',
          deliveryForm: 'algemeen',
          volume: 2,
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.algemene-voorziening-first')).toHaveLength(0)
  })
})
