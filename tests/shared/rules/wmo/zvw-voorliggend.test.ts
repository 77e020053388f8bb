import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('wmo.zvw-voorliggend', () => {
  it('warns that personal care at home for an adult is Zvw wijkverpleging, and still costs the line', () => {
    const r = run(
      household([person({ id: 'p', birthDate: '1950-01-01' })]),
      scenario([line({ provisionId: 'wmo.persoonlijke-verzorging', personId: 'p', volume: 2 })]),
    )
    const f = findingsOf(r, 'wmo.zvw-voorliggend')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ severity: 'warning', params: { suggestedProvision: 'zvw.wijkverpleging' } })
    expect(r.lines[0]?.eligible).toBe(true)
  })
  it('says nothing about a zvw.wijkverpleging line', () => {
    const r = run(
      household([person({ id: 'p', birthDate: '1950-01-01' })]),
      scenario([line({ provisionId: 'zvw.wijkverpleging', personId: 'p', volume: 2 })]),
    )
    expect(findingsOf(r, 'wmo.zvw-voorliggend')).toHaveLength(0)
  })
})
