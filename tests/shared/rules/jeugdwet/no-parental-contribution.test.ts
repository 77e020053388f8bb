import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

const AMB = 'jeugd.ambulant'

describe('jeugdwet.no-parental-contribution', () => {
  const bilal = person({ id: 'b', birthDate: '2018-04-14', role: 'child' })
  it('tells once that there is no parental contribution, and never charges the client', () => {
    const r = run(household([bilal]), scenario([line({ provisionId: AMB, personId: 'b', volume: 2 })]))
    expect(findingsOf(r, 'jeugdwet.no-parental-contribution')).toHaveLength(1)
    expect(r.totalByPayer.client).toBe(0)
  })
  it('is silent without Jeugdwet lines', () => {
    const r = run(household([bilal]), scenario([]))
    expect(findingsOf(r, 'jeugdwet.no-parental-contribution')).toHaveLength(0)
  })
})
