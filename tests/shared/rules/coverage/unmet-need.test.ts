import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NEED_ASSESSMENT, valueAt } from '#shared'
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
  it('leaves the months after a line ends open: the need is uncovered from the month after', () => {
    const r = run(
      household([p]),
      scenario([
        line({
          provisionId: 'algemeen.schuldhulp',
          personId: 'p',
          deliveryForm: 'algemeen',
          unit: 'piece',
          frequency: 'total',
          endDate: '2026-06-30',
        }),
      ]),
    )
    expect(r.coverage.find((c) => c.domain === 'financien')?.covered).toBe(false)
    const financien = findingsOf(r, 'coverage.unmet-need').filter((f) => f.params.domain === 'financien')
    expect(financien.map((f) => f.month)).toEqual(['2026-07'])
  })
})

describe('coverage.unmet-need reads NEED_ASSESSMENT per month', () => {
  // The national series has one entry; these tests add a threshold of 3 from 1 July 2026 for their
  // duration, and take it out again afterwards.
  const july = {
    from: '2026-07-01',
    value: { ...valueAt(NEED_ASSESSMENT, '2026-01-01'), unmetNeedMaxScore: 3 },
    source: 'test: threshold raised on 1 July 2026',
    confidence: 'L' as const,
  }
  beforeAll(() => {
    NEED_ASSESSMENT.push(july)
  })
  afterAll(() => {
    NEED_ASSESSMENT.splice(NEED_ASSESSMENT.indexOf(july), 1)
  })
  const p = person({
    id: 'p',
    birthDate: '1960-01-01',
    zrm: { assessedOn: '2025-12-01', scores: { tijdsbesteding: 3 } },
  })

  it('does not count a score of 3 as a need through 30 June', () => {
    const r = run(household([p]), scenario([], { horizonMonths: 6 }))
    expect(findingsOf(r, 'coverage.unmet-need')).toEqual([])
  })

  it('counts it from 1 July, dated in July', () => {
    const r = run(household([p]), scenario([], { horizonMonths: 7 }))
    expect(findingsOf(r, 'coverage.unmet-need')).toMatchObject([{ month: '2026-07', params: { score: 3 } }])
  })
})
