import { describe, expect, it } from 'vitest'
import { line } from '../../support/build'
import { findingsOf } from '../../support/engine'
import { withCarer, growingCare } from './fixtures'

describe('mantelzorg.respite-recommended', () => {
  it('warns for an intensive carer without respite', () => {
    expect(findingsOf(withCarer(10, { id: 'c' }), 'mantelzorg.respite-recommended')).toHaveLength(1)
  })
  it('is silent when the scenario has respite for the person cared for', () => {
    const respite = line({
      provisionId: 'wmo.kortdurend-verblijf',
      personId: 'm',
      unit: 'etmaal',
      frequency: 'month',
      volume: 2,
    })
    expect(findingsOf(withCarer(10, { id: 'c' }, [respite]), 'mantelzorg.respite-recommended')).toHaveLength(
      0,
    )
  })
})

describe('mantelzorg.respite-recommended names its month', () => {
  it('dates the recommendation from the month the carer becomes intensive', () => {
    expect(findingsOf(growingCare(), 'mantelzorg.respite-recommended')[0]?.month).toBe('2026-04')
  })
})
