import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

describe('wmo.wlz-voorliggend', () => {
  const jan = person({ id: 'jan', birthDate: '1979-03-08', wlzIndication: { from: '2026-07-01' } })
  const lines = () => [
    line({ id: 'beg', provisionId: 'wmo.begeleiding-individueel', personId: 'jan', volume: 4 }),
    line({ id: 'hbh', provisionId: 'wmo.hulp-bij-het-huishouden', personId: 'jan', volume: 3 }),
    line({
      id: 'lift',
      provisionId: 'wmo.woningaanpassing',
      personId: 'jan',
      volume: 9500,
      unit: 'euro',
      frequency: 'total',
      startDate: '2026-08-01',
    }),
  ]

  it('blocks Wlz-covered Wmo care from the month the indication starts, not before', () => {
    const r = run(household([jan]), scenario(lines()))
    const f = findingsOf(r, 'wmo.wlz-voorliggend')
    expect(f.map((x) => [x.lineId, x.month])).toEqual([
      ['beg', '2026-07'],
      ['hbh', '2026-07'],
    ])
    expect(month(r, '2026-06')['gemeente-wmo']).toBeGreaterThan(0)
    expect(month(r, '2026-07')['gemeente-wmo']).toBe(0)
    expect(r.lines.find((l) => l.lineId === 'beg')?.eligible).toBe(false)
  })

  it('keeps a home adaptation a Wmo provision (Wmo 2015 art. 8.6a)', () => {
    const r = run(household([jan]), scenario(lines()))
    expect(r.lines.find((l) => l.lineId === 'lift')).toMatchObject({ eligible: true, totalCents: 9500_00 })
  })

  it('takes a Wlz indication assumed in the scenario', () => {
    const noIndication = person({ id: 'jan', birthDate: '1979-03-08' })
    const r = run(
      household([noIndication]),
      scenario(lines(), { wlzIndications: [{ personId: 'jan', from: '2026-07-01' }] }),
    )
    expect(findingsOf(r, 'wmo.wlz-voorliggend')).toHaveLength(2)
  })
})
