import { describe, expect, it } from 'vitest'
import { household, person, scenario } from '../../support/build'
import { findingsOf, run } from '../../support/engine'

describe('wmo.procedure-deadlines', () => {
  const p = person({ id: 'p', birthDate: '1950-01-01' })
  it.each([
    // melding, onderzoek afgerond, aanvraag, beschikking → steps overdue (scenario start 2026-01-01 is "as of")
    ['2025-11-20', '2026-01-01', null, null, []], // exactly 6 weeks: on time
    ['2025-11-20', '2026-01-02', null, null, ['onderzoek']],
    ['2025-11-01', null, null, null, ['onderzoek']], // not done and past due as of the start
    ['2025-12-01', null, null, null, []], // not done, not yet due
    [null, null, '2025-12-01', '2025-12-15', []], // 2 weeks exactly
    [null, null, '2025-12-01', '2025-12-16', ['beschikking']],
  ])(
    'melding %s, onderzoek %s, aanvraag %s, beschikking %s → %j',
    (melding, onderzoekAfgerond, aanvraag, beschikking, steps) => {
      const r = run(
        household([p], [], { dates: { melding, onderzoekAfgerond, aanvraag, beschikking } }),
        scenario([]),
      )
      expect(findingsOf(r, 'wmo.procedure-deadlines').map((f) => f.params.step)).toEqual(steps)
    },
  )
})
