import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, lineTotal, month, run } from '../../support/engine'

const BEG = 'wmo.begeleiding-individueel'

describe('wmo.client-age', () => {
  it.each([
    // [birth date, blocked?, first costed month]
    ['2008-01-01', false, '2026-01'], // 18 on 2026-01-01: allowed from the start
    ['2008-01-02', true, '2026-01'], // 18 on 2026-01-02: blocked one day, costed from the 2nd
    ['2008-06-15', true, '2026-06'], // the month of the 18th birthday is partly costed
    ['2012-03-01', true, null], // a minor for the whole year
  ])('born %s: blocked=%s, first costed month %s', (birth, blocked, firstMonth) => {
    const h = household([person({ id: 'p', birthDate: birth, role: 'child' })])
    const l = line({ provisionId: BEG, personId: 'p', volume: 2 })
    const r = run(h, scenario([l]))
    expect(findingsOf(r, 'wmo.client-age').length > 0).toBe(blocked)
    expect(r.lines[0]?.eligible).toBe(!blocked)
    const costed = r.monthly.find((m) => m.byPayer['gemeente-wmo'] + m.byPayer.client > 0)?.month ?? null
    expect(costed).toBe(firstMonth)
  })

  it('costs only the days from the 18th birthday in that month', () => {
    const h = household([person({ id: 'p', birthDate: '2008-06-15', role: 'child' })])
    const r = run(
      h,
      scenario([
        line({ provisionId: BEG, personId: 'p', volume: 7, startDate: '2026-06-01', endDate: '2026-06-30' }),
      ]),
    )
    const full = run(
      h,
      scenario([
        line({ provisionId: BEG, personId: 'p', volume: 7, startDate: '2026-07-01', endDate: '2026-07-30' }),
      ]),
    )
    // 16 of 30 days (15–30 June) against 30 of 31 days in July at the same rate: 16/30 ≈ half of a full month.
    expect(lineTotal(r, r.lines[0]?.lineId ?? '')).toBeLessThan(lineTotal(full, full.lines[0]?.lineId ?? ''))
    expect(month(r, '2026-06')['gemeente-wmo'] + month(r, '2026-06').client).toBeGreaterThan(0)
  })

  it('does not block a home adaptation for a minor', () => {
    const h = household([person({ id: 'p', birthDate: '2015-01-01', role: 'child' })])
    const r = run(
      h,
      scenario([
        line({
          provisionId: 'wmo.woningaanpassing',
          personId: 'p',
          volume: 8000,
          unit: 'euro',
          frequency: 'total',
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.client-age')).toHaveLength(0)
    expect(r.lines[0]?.totalCents).toBe(8000_00)
  })

  it('lifts the block when the consultant records a deviation, keeping the finding with the reason', () => {
    const h = household([person({ id: 'p', birthDate: '2012-03-01', role: 'child' })])
    const l = line({ provisionId: BEG, personId: 'p', volume: 2 })
    const r = run(
      h,
      scenario([l], {
        deviations: [
          {
            ruleId: 'wmo.client-age',
            lineId: l.id,
            reason: 'Jeugdwet-aanbieder ontbreekt',
            decidedOn: '2026-01-01',
          },
        ],
      }),
    )
    expect(findingsOf(r, 'wmo.client-age')[0]?.params.deviation).toBe('Jeugdwet-aanbieder ontbreekt')
    expect(r.lines[0]?.eligible).toBe(true)
    expect(r.lines[0]?.totalCents).toBeGreaterThan(0)
  })
})
