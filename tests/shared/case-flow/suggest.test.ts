import { describe, expect, it } from 'vitest'
import { suggestFirstArrangement } from '#shared'
import { DEFAULT_NEED_HOURS_BY_SCORE } from '#shared/decision/optimiser/needs'
import { carer, household, person } from '../support/build'

describe('suggestFirstArrangement', () => {
  const adult = person({
    id: 'p',
    birthDate: '1980-01-01',
    zrm: { assessedOn: '2026-01-01', scores: { financien: 2, 'geestelijke-gezondheid': 1, huisvesting: 4 } },
  })
  const teen = person({
    id: 'k',
    role: 'child',
    birthDate: '2012-01-01',
    zrm: { assessedOn: '2026-01-01', scores: { 'geestelijke-gezondheid': 2 } },
  })
  let n = 0
  const ids = () => `id${++n}`

  it('suggests a provision for every need scored 1–2 — general provisions first, the Jeugdwet for a minor', () => {
    const s = suggestFirstArrangement(household([adult, teen]), '2026-02-01', ids)
    expect(s.needs.map((x) => [x.personId, x.domain, x.provisionId])).toEqual([
      ['p', 'financien', 'algemeen.schuldhulp'],
      ['p', 'geestelijke-gezondheid', expect.stringMatching(/^(wmo|algemeen)\./)],
      ['k', 'geestelijke-gezondheid', expect.stringMatching(/^jeugd\./)],
    ])
    const hours = s.lines.filter((l) => l.unit === 'hour' && l.personId === 'p').map((l) => l.volume)
    expect(
      hours.every((h) => h === DEFAULT_NEED_HOURS_BY_SCORE[1] || h === DEFAULT_NEED_HOURS_BY_SCORE[2]),
    ).toBe(true)
    expect(s.lines.every((l) => l.startDate === '2026-02-01')).toBe(true)
  })

  it('adds mantelzorg at the stated capacity only for carers who consented', () => {
    const s = suggestFirstArrangement(
      household(
        [adult],
        [
          carer({ id: 'c1', caresFor: ['p'], capacityHoursPerWeek: 6, consent: true }),
          carer({ id: 'c2', caresFor: ['p'], capacityHoursPerWeek: 4, consent: false }),
        ],
      ),
      '2026-02-01',
      ids,
    )
    expect(s.carers).toEqual([{ carerId: 'c1', hoursPerWeek: 6 }])
    expect(s.lines.filter((l) => l.deliveryForm === 'mantelzorg').map((l) => [l.carerId, l.volume])).toEqual([
      ['c1', 6],
    ])
  })

  it('suggests nothing when no need is scored 1–2 and no carer is recorded', () => {
    expect(
      suggestFirstArrangement(household([person({ id: 'x', birthDate: '1970-01-01' })]), '2026-02-01', ids)
        .lines,
    ).toEqual([])
  })
})
