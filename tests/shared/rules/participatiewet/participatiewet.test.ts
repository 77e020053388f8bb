import { describe, expect, it } from 'vitest'
import { BIJSTAND_NORMS, INSTITUTION_NORM_INCREASE, valueAt, type Person } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'

const BIJSTAND = { kind: 'bijstand', netMonthlyCents: 0 } as const
const N = (key: keyof typeof BIJSTAND_NORMS, date = '2026-01-01') => valueAt(BIJSTAND_NORMS[key], date)
const noIndex = { indexationPercentPerYear: 0 }
const INC = (date = '2026-01-01') => valueAt(INSTITUTION_NORM_INCREASE, date)

function bijstandIn(members: Person[], ym = '2026-01', extra = {}): number {
  const r = run(household(members), scenario([], { horizonMonths: 12, assumptions: noIndex, ...extra }))
  return month(r, ym)['gemeente-bijstand']
}

describe('institutions and partners without a right (Participatiewet art. 23 and 24)', () => {
  const a = person({ id: 'a', birthDate: '1970-01-01', income: BIJSTAND })
  const b = person({ id: 'b', birthDate: '1972-01-01', role: 'partner', income: BIJSTAND })
  const opvang = (personId: string) =>
    line({ provisionId: 'wmo.opvang', personId, unit: 'etmaal', volume: 7, startDate: '2026-03-01' })

  it('gives a couple of whom one stays in an inrichting the sum of their single norms (art. 23 lid 3), from that month', () => {
    const r = run(household([a, b]), scenario([opvang('b')], { assumptions: noIndex }))
    expect(month(r, '2026-02')['gemeente-bijstand']).toBe(N('couple'))
    expect(month(r, '2026-03')['gemeente-bijstand']).toBe(
      N('single') + N('institutionSingle') + INC().singleCents,
    )
  })

  it('gives a couple both in an inrichting the couple institution norm plus its increase (art. 23 lid 1 sub b, lid 2)', () => {
    const r = run(household([a, b]), scenario([opvang('a'), opvang('b')], { assumptions: noIndex }))
    expect(month(r, '2026-03')['gemeente-bijstand']).toBe(N('institutionCouple') + INC().coupleCents)
  })

  it('gives the rechthebbende spouse of a student half the gehuwdennorm (art. 24)', () => {
    const student = person({
      id: 'b',
      birthDate: '2002-01-01',
      role: 'partner',
      income: { kind: 'student', netMonthlyCents: 0 },
    })
    expect(bijstandIn([a, student])).toBe(cents(N('couple'), 2))
  })
})

describe('AIO: a couple once one spouse reaches AOW age (Participatiewet art. 22 sub c, 47a)', () => {
  // Kees born 1959-06-15 reaches AOW age (67) on 2026-06-15; Truus is younger.
  const kees = person({ id: 'k', birthDate: '1959-06-15', income: BIJSTAND })
  const truus = person({ id: 't', birthDate: '1966-04-02', role: 'partner', income: BIJSTAND })
  const aowCouple = (date = '2026-01-01') => valueAt(BIJSTAND_NORMS.aowCouple, date)

  it('moves the couple from the municipality to the SVB on the AOW date, pro rata in that month', () => {
    const r = run(household([kees, truus]), scenario([], { assumptions: noIndex }))
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(N('couple'))
    expect(month(r, '2026-05').svb).toBe(0)
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(cents(N('couple') * 14, 30))
    expect(month(r, '2026-06').svb).toBe(cents(aowCouple() * 16, 30))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(0)
    expect(month(r, '2026-07').svb).toBe(aowCouple('2026-07-01')) // art. 22 sub c, text of 1 July 2026
    const f = findingsOf(r, 'participatiewet.aow-transition').find((x) => x.messageKey.includes('aio'))
    expect(f).toMatchObject({
      month: '2026-06',
      personId: 'k',
      messageKey: 'findings.participatiewet.aio-svb-no-aow',
    })
  })

  it('counts the recorded AOW of the older spouse against the AIO norm', () => {
    const aow = 1_000_00
    const r = run(
      household([kees, truus]),
      scenario([], {
        assumptions: noIndex,
        incomeChanges: [{ personId: 'k', from: '2026-06-15', kind: 'aow', netMonthlyCents: aow }],
      }),
    )
    expect(month(r, '2026-07').svb).toBe(aowCouple('2026-07-01') - aow)
  })

  it('keeps reintegration of the younger spouse with the municipality', () => {
    const r = run(
      household([kees, truus]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 't', volume: 2 })], { assumptions: noIndex }),
    )
    expect(month(r, '2026-07')['gemeente-participatie']).toBeGreaterThan(0)
  })
})

describe('inkomstenvrijlating runs six consecutive months from the first month with earnings (art. 31 lid 2 sub n)', () => {
  it('does not stretch over months without earnings', () => {
    const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
    const earnings = 1_000_00
    const r = run(
      household([esra]),
      scenario([], {
        horizonMonths: 12,
        assumptions: noIndex,
        incomeChanges: [
          { personId: 'e', from: '2026-02-01', kind: 'work', netMonthlyCents: earnings },
          { personId: 'e', from: '2026-03-01', kind: 'bijstand', netMonthlyCents: 0 },
          { personId: 'e', from: '2026-07-01', kind: 'work', netMonthlyCents: earnings },
        ],
      }),
    )
    const exempt = Math.min(cents(earnings * 25, 100), 285_00)
    expect(month(r, '2026-02')['gemeente-bijstand']).toBe(N('single') - (earnings - exempt))
    // February is month 1; July is month 6 of the period: still exempt. August is month 7: not.
    // From July the norm of art. 21 sub a in the text of 1 July 2026.
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single', '2026-07-01') - (earnings - exempt))
    expect(month(r, '2026-08')['gemeente-bijstand']).toBe(N('single', '2026-07-01') - earnings)
  })
})
