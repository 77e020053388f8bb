import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NEED_ASSESSMENT, suggestFirstArrangement, valueAt } from '#shared'
import { needHoursByScoreAt } from '#shared/decision/optimiser/needs'
import { carer, household, person } from '../support/build'

const HOURS_2026 = needHoursByScoreAt('2026-02-01')

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
    expect(hours.every((h) => h === HOURS_2026[1] || h === HOURS_2026[2])).toBe(true)
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

describe('the need assessment in force in the start month (bug: the latest entry of the series was read)', () => {
  // The national series has one entry (threshold 2, 6 h / 3 h). From 1 July 2026 this test raises the
  // threshold to 3 and the score-2 hours to 4, and takes the entry out afterwards.
  const july = {
    from: '2026-07-01',
    value: { ...valueAt(NEED_ASSESSMENT, '2026-01-01'), unmetNeedMaxScore: 3, score2HoursPerWeek: 4 },
    source: 'test: threshold and score-2 hours raised on 1 July 2026',
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
    birthDate: '1980-01-01',
    zrm: { assessedOn: '2026-01-01', scores: { 'geestelijke-gezondheid': 2, 'instrumentele-adl': 3 } },
  })
  let n = 0
  const ids = () => `n${++n}`
  const hoursOf = (startDate: string) =>
    suggestFirstArrangement(household([p]), startDate, ids)
      .lines.filter((l) => l.unit === 'hour')
      .map((l) => [l.provisionId, l.volume])

  it.each([
    // [start, default hours for score 1 and 2]: 30 June reads the old entry, 1 July the new
    ['2026-06-30', { 1: 6, 2: 3 }],
    ['2026-07-01', { 1: 6, 2: 4 }],
  ] as const)('shows the default hours in force on %s', (date, expected) => {
    expect(needHoursByScoreAt(date)).toEqual(expected)
  })

  it('suggests a score of 2 at 3 h in June and at 4 h from July; a score of 3 only from July', () => {
    const june = suggestFirstArrangement(household([p]), '2026-06-01', ids)
    const july1 = suggestFirstArrangement(household([p]), '2026-07-01', ids)
    expect(june.needs.map((x) => [x.domain, x.score])).toEqual([['geestelijke-gezondheid', 2]])
    expect(july1.needs.map((x) => [x.domain, x.score])).toEqual([
      ['geestelijke-gezondheid', 2],
      ['instrumentele-adl', 3],
    ])
    expect(hoursOf('2026-06-01').every(([, v]) => v === 3)).toBe(true)
    // The score-3 need takes the score-2 hours (needHoursPerWeek): 4 h, like the score-2 need.
    expect(hoursOf('2026-07-01').every(([, v]) => v === 4)).toBe(true)
    expect(hoursOf('2026-07-01').length).toBeGreaterThan(0)
  })
})
