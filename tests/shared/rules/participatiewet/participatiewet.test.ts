import { describe, expect, it } from 'vitest'
import { BIJSTAND_NORMS, INSTITUTION_NORM_INCREASE, valueAt, type Person } from '../../../../shared'
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

describe('participatiewet.bijstand-norm', () => {
  const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
  it.each([
    ['a single person 21+', [esra], N('single')],
    [
      'a single parent (same norm since 2015)',
      [esra, person({ id: 'k', birthDate: '2016-06-03', role: 'child' })],
      N('single'),
    ],
    [
      'a couple both 21+',
      [esra, person({ id: 'p', birthDate: '1985-01-01', role: 'partner', income: BIJSTAND })],
      N('couple'),
    ],
    [
      'a single person aged 19',
      [person({ id: 'y', birthDate: '2006-06-01', income: BIJSTAND })],
      N('single18to20'),
    ],
    // Kostendelersnorm: ((40% + A × 30%) / A) × gehuwdennorm, rounded half-up.
    [
      'a single person with one housemate aged 27+',
      [esra, person({ id: 'h', birthDate: '1990-01-01', role: 'housemate' })],
      cents(N('couple') * (40 + 2 * 30), 100 * 2),
    ],
    [
      'a single person with two housemates aged 27+',
      [
        esra,
        person({ id: 'h', birthDate: '1990-01-01', role: 'housemate' }),
        person({ id: 'i', birthDate: '1970-01-01', role: 'housemate' }),
      ],
      cents(N('couple') * (40 + 3 * 30), 100 * 3),
    ],
    [
      'a single parent with a child of 26 (housemates count from 27)',
      [esra, person({ id: 'c', birthDate: '1999-06-01', role: 'child' })],
      N('single'),
    ],
    [
      'a single person with a student housemate aged 30',
      [
        esra,
        person({
          id: 's',
          birthDate: '1996-01-01',
          role: 'housemate',
          income: { kind: 'student', netMonthlyCents: 0 },
        }),
      ],
      N('single'),
    ],
  ])('pays %s the norm in January 2026', (_label, members, expected) => {
    expect(bijstandIn(members)).toBe(expected)
  })

  it('matches the published kostendelersnorm check value for A = 2 (2026: € 1,001.07)', () => {
    expect(cents(N('couple') * (40 + 2 * 30), 100 * 2)).toBe(1_001_07)
  })

  it('applies the kostendelersnorm from the month a housemate turns 27', () => {
    const members = [esra, person({ id: 'c', birthDate: '1999-05-15', role: 'child' })] // 27 on 2026-05-15
    expect(bijstandIn(members, '2026-05')).toBe(N('single'))
    expect(bijstandIn(members, '2026-06')).toBe(cents(N('couple') * 100, 200))
  })

  it('switches on 1 January: 2025 norm in December, 2026 norm in January', () => {
    const r = run(household([esra]), scenario([], { startDate: '2025-12-01', horizonMonths: 2 }))
    expect(month(r, '2025-12')['gemeente-bijstand']).toBe(N('single', '2025-12-01'))
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(N('single'))
  })

  it('pays the institution norm plus the statutory increase while the person stays in opvang (art. 23 lid 1–2)', () => {
    const sander = person({ id: 's', birthDate: '2003-08-17', income: BIJSTAND })
    const r = run(
      household([sander]),
      scenario([line({ provisionId: 'wmo.opvang', personId: 's', unit: 'etmaal', volume: 7 })], {
        assumptions: noIndex,
      }),
    )
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(N('institutionSingle') + INC().singleCents)
  })

  it('records the norm with its source in the trace', () => {
    const r = run(household([esra]), scenario([]))
    const t = r.trace.find((e) => e.ruleId === 'participatiewet.bijstand-norm')
    expect(t?.parameters[0]).toMatchObject({ key: 'bijstandNorm.single', value: N('single') })
    expect(findingsOf(r, 'participatiewet.bijstand-norm')[0]?.params.normCents).toBe(N('single'))
  })
})

describe('participatiewet.inkomstenvrijlating', () => {
  const earnings = 1_180_00
  const change = [{ personId: 'e', from: '2026-07-01', kind: 'work' as const, netMonthlyCents: earnings }]
  it('exempts 25% of earnings, capped at €285 (2026), for 6 months from age 27', () => {
    const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
    const r = run(
      household([esra]),
      scenario([], { horizonMonths: 18, incomeChanges: change, assumptions: noIndex }),
    )
    const exempt = Math.min(cents(earnings * 25, 100), 285_00)
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(N('single'))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single') - (earnings - exempt))
    expect(month(r, '2026-12')['gemeente-bijstand']).toBe(N('single') - (earnings - exempt))
    expect(month(r, '2027-01')['gemeente-bijstand']).toBe(N('single') - earnings) // the 6 months are over
  })

  it('then gives a single parent with a child under 12 a 12.5% exemption (capped)', () => {
    const esra = person({ id: 'e', birthDate: '1987-02-11', income: BIJSTAND })
    const elif = person({ id: 'k', birthDate: '2016-06-03', role: 'child' })
    const r = run(
      household([esra, elif]),
      scenario([], { horizonMonths: 18, incomeChanges: change, assumptions: noIndex }),
    )
    const exempt = Math.min(cents(earnings * 125, 1000), 177_66)
    expect(month(r, '2027-01')['gemeente-bijstand']).toBe(N('single') - (earnings - exempt))
    expect(findingsOf(r, 'participatiewet.inkomstenvrijlating').map((f) => [f.month, f.params.kind])).toEqual(
      [
        ['2026-07', 'regular'],
        ['2027-01', 'single-parent'],
      ],
    )
  })

  it('gives no exemption under 27', () => {
    const young = person({ id: 'e', birthDate: '2002-01-01', income: BIJSTAND })
    const r = run(
      household([young]),
      scenario([], { horizonMonths: 8, incomeChanges: change, assumptions: noIndex }),
    )
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single') - earnings)
  })
})

describe('participatiewet.age and participatiewet.aow-transition', () => {
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

  it('ends bijstand on the AOW date, pro rata in that month, with a warning', () => {
    const older = person({ id: 'o', birthDate: '1959-06-15', income: BIJSTAND }) // 67 on 2026-06-15
    const r = run(household([older]), scenario([], { assumptions: noIndex }))
    expect(findingsOf(r, 'participatiewet.aow-transition')[0]).toMatchObject({
      month: '2026-06',
      severity: 'warning',
    })
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(N('single'))
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(cents(N('single') * 14, 30))
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(0)
  })

  it('ends a reintegration line at AOW age', () => {
    const older = person({ id: 'o', birthDate: '1959-06-15' })
    const r = run(
      household([older]),
      scenario([line({ provisionId: 'pw.jobcoach', personId: 'o', volume: 2 })]),
    )
    expect(findingsOf(r, 'participatiewet.aow-transition')[0]?.lineId).toBeDefined()
    expect(month(r, '2026-07')['gemeente-participatie']).toBe(0)
  })
})

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
    expect(month(r, '2026-07').svb).toBe(aowCouple())
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
    expect(month(r, '2026-07').svb).toBe(aowCouple() - aow)
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
    expect(month(r, '2026-07')['gemeente-bijstand']).toBe(N('single') - (earnings - exempt))
    expect(month(r, '2026-08')['gemeente-bijstand']).toBe(N('single') - earnings)
  })
})
