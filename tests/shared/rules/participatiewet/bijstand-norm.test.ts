import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { INSTITUTION_NORM_INCREASE, valueAt } from '#shared'
import { BIJSTAND, N, noIndex, bijstandIn } from './fixtures'

const INC = (date = '2026-01-01') => valueAt(INSTITUTION_NORM_INCREASE, date)

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
  describe('kostendelersnorm beside art. 22a lid 3, 23 lid 3 and 24 (bug: housemates were ignored or counted twice)', () => {
    const housemate = (id: string) => person({ id, birthDate: '1990-06-06', role: 'housemate' })
    const share = (a: number) => cents(N('couple') * (40 + a * 30), 100 * a)

    it('gives a couple whose spouse has no right (a student of 22) one share when a housemate lives in (art. 24 sub a, 22a lid 2)', () => {
      const student = person({
        id: 'st',
        birthDate: '2004-02-02',
        role: 'partner',
        income: { kind: 'student', netMonthlyCents: 0 },
      })
      // A = housemate + belanghebbende + spouse of 21+ = 3; one rechthebbende spouse, one share.
      expect(bijstandIn([esra, student, housemate('h')])).toBe(share(3))
      // Without the housemate art. 24 sub a holds: 50% of the gehuwdennorm.
      expect(bijstandIn([esra, student])).toBe(cents(N('couple'), 2))
    })

    it('gives spouses of 19 and 25 with housemates the lid 3 amount plus the older spouse’s share (art. 22a lid 3)', () => {
      const young = person({ id: 'y', birthDate: '2007-03-01', role: 'partner', income: BIJSTAND })
      const lid3 = N('couple18to20') - N('single18to20')
      // A counts the housemates and the spouse of 21+, not the spouse under 21.
      expect(bijstandIn([esra, young, housemate('h1')])).toBe(lid3 + share(2))
      expect(bijstandIn([esra, young, housemate('h1'), housemate('h2')])).toBe(lid3 + share(3))
      // Without housemates: the norm of art. 20 for one spouse under 21.
      expect(bijstandIn([esra, young])).toBe(N('coupleOne18to20'))
    })

    it('gives the spouse at home the alleenstaande kostendelersnorm when the other is in an inrichting (art. 23 lid 3)', () => {
      const partner = person({ id: 'p', birthDate: '1985-01-01', role: 'partner', income: BIJSTAND })
      const r = run(
        household([esra, partner, housemate('h')]),
        scenario([line({ provisionId: 'wmo.opvang', personId: 'p', unit: 'etmaal', volume: 7 })], {
          assumptions: noIndex,
        }),
      )
      expect(month(r, '2026-01')['gemeente-bijstand']).toBe(
        N('institutionSingle') + INC().singleCents + share(2),
      )
    })
  })
})

describe('a spouse under 18 has no right to bijstand (Pw art. 13 lid 1 sub f, art. 11 lid 4, art. 24; bug: taken as a jongere of art. 20)', () => {
  // Partner born 1 September 2008: 17 until 31 August 2026, 18 on 1 September 2026 (ages count on the
  // first of the month), 21 on 1 September 2029. Client of 31 on bijstand. Text of 1 January 2025.
  const client = person({ id: 'c', birthDate: '1995-01-01', income: BIJSTAND })
  const partner = person({
    id: 'p',
    birthDate: '2008-09-01',
    role: 'partner',
    income: { kind: 'none', netMonthlyCents: 0 },
  })
  const housemate = person({ id: 'h', birthDate: '1990-06-06', role: 'housemate' })
  const share = (a: number, date: string) => cents(N('couple', date) * (40 + a * 30), 100 * a)

  it.each([
    // [month, expected]: art. 24 sub a (50% of the gehuwdennorm) while the spouse is 17; from the
    // month of the 18th birthday art. 20 lid 1 sub c (one spouse 18–20, the other 21+)
    ['2026-08', cents(N('couple', '2026-08-01'), 2)],
    ['2026-09', N('coupleOne18to20', '2026-09-01')],
  ])('in %s without housemates', (ym, expected) => {
    const r = run(household([client, partner]), scenario([], { horizonMonths: 12, assumptions: noIndex }))
    expect(month(r, ym)['gemeente-bijstand']).toBe(expected)
  })

  it.each([
    // with a housemate of 27+: at 17 the rechthebbende's share with A = housemate + client = 2
    // (art. 22a lid 1–2; the spouse under 21 is not counted); at 18 art. 22a lid 3: the fixed amount
    // (couple18to20 − single18to20) plus the client's share with A = 2
    ['2026-08', share(2, '2026-08-01')],
    ['2026-09', N('couple18to20', '2026-09-01') - N('single18to20', '2026-09-01') + share(2, '2026-09-01')],
  ])('in %s with a housemate of 27+', (ym, expected) => {
    const r = run(
      household([client, partner, housemate]),
      scenario([], { horizonMonths: 12, assumptions: noIndex }),
    )
    expect(month(r, ym)['gemeente-bijstand']).toBe(expected)
  })

  it('names art. 24 in the finding while the spouse is under 18', () => {
    const r = run(household([client, partner]), scenario([], { horizonMonths: 12, assumptions: noIndex }))
    const f = findingsOf(r, 'participatiewet.bijstand-norm')
    // July: the norm of the text of 1 July 2026 (art. 21 sub b € 2.027,79) is recorded too.
    expect(f.map((x) => [x.month, x.params.article])).toEqual([
      ['2026-01', '24'],
      ['2026-07', '24'],
      ['2026-09', '20-22a'],
    ])
  })
})
