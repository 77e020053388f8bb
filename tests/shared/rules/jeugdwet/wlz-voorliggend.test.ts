import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const AMB = 'jeugd.ambulant'

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
