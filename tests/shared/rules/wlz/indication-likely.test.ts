import { describe, expect, it } from 'vitest'
import type { ZrmAssessment } from '#shared'
import { household, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('wlz.indication-likely', () => {
  it.each([
    [{ 'basale-adl': 1 }, true],
    [{ 'basale-adl': 2, 'lichamelijke-gezondheid': 1 }, true], // docs/example-cases.md#de-vries (ALS)
    [{ 'basale-adl': 2, 'geestelijke-gezondheid': 1 }, true],
    [{ 'basale-adl': 2, 'lichamelijke-gezondheid': 2 }, false],
    [{ 'basale-adl': 3, 'geestelijke-gezondheid': 2 }, false], // docs/example-cases.md#van-den-berg (early dementia)
  ] as [ZrmAssessment['scores'], boolean][])('scores %j: warning=%s', (scores, expected) => {
    const p = person({ id: 'p', birthDate: '1979-03-08', zrm: { assessedOn: '2025-12-01', scores } })
    expect(findingsOf(run(household([p]), scenario([])), 'wlz.indication-likely').length > 0).toBe(expected)
  })
  it('is silent once the person has a Wlz indication', () => {
    const p = person({
      id: 'p',
      birthDate: '1979-03-08',
      wlzIndication: { from: '2026-07-01' },
      zrm: { assessedOn: '2025-12-01', scores: { 'basale-adl': 1 } },
    })
    expect(findingsOf(run(household([p]), scenario([])), 'wlz.indication-likely')).toHaveLength(0)
  })
})
