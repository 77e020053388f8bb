import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

describe('participatiewet.age', () => {
  it('blocks reintegration for a minor until the 18th birthday', () => {
    const teen = person({ id: 't', birthDate: '2008-06-15', role: 'child' })
    const r = run(
      household([teen]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 't', volume: 2 })]),
    )
    expect(findingsOf(r, 'participatiewet.age')[0]?.month).toBe('2026-01')
    expect(month(r, '2026-05')['gemeente-participatie']).toBe(0)
    expect(month(r, '2026-07')['gemeente-participatie']).toBeGreaterThan(0)
  })

  it('names the birth date and the 18th birthday in the finding, and blocks a line of a single day in the horizon', () => {
    const teen = person({ id: 't', birthDate: '2008-06-15', role: 'child' })
    const r = run(
      household([teen]),
      scenario([
        line({
          provisionId: 'pw.jobcoach',
          personId: 't',
          volume: 2,
          startDate: '2026-03-02',
          endDate: '2026-03-02',
        }),
      ]),
    )
    expect(findingsOf(r, 'participatiewet.age')).toMatchObject([
      {
        month: '2026-03',
        messageKey: 'findings.participatiewet.age-minor',
        params: { birthDate: '2008-06-15', from: '2026-06-15' },
      },
    ])
    expect(r.lines[0]?.totalCents).toBe(0)
  })

  it('blocks a reintegration line that starts on or after the AOW date, naming that date', () => {
    const senior = person({ id: 's', birthDate: '1958-01-10' })
    const r = run(
      household([senior]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 's', volume: 2, startDate: '2026-01-01' })]),
    )
    const [finding] = findingsOf(r, 'participatiewet.age')
    expect(finding).toMatchObject({
      month: '2026-01',
      messageKey: 'findings.participatiewet.age-aow',
      params: { birthDate: '1958-01-10' },
    })
    expect(typeof finding?.params.aowDate).toBe('string')
    expect(r.lines[0]?.totalCents).toBe(0)
  })
})
