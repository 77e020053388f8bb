import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

const AMB = 'jeugd.ambulant'

describe('jeugdwet.respite-for-parents', () => {
  const bilal = person({ id: 'b', birthDate: '2018-04-14', role: 'child' })
  it('points out once that the parents of a child in youth care can get respite', () => {
    const r = run(
      household([bilal]),
      scenario([
        line({ provisionId: AMB, personId: 'b', volume: 2 }),
        line({ provisionId: 'jeugd.respijt', personId: 'b', unit: 'etmaal', frequency: 'month', volume: 2 }),
      ]),
    )
    expect(findingsOf(r, 'jeugdwet.respite-for-parents')).toHaveLength(1)
  })
  it('is silent without Jeugdwet lines', () => {
    const r = run(household([bilal]), scenario([]))
    expect(findingsOf(r, 'jeugdwet.respite-for-parents')).toHaveLength(0)
  })
})
