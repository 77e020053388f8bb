/**
 * The kostendelersnorm for the AIO (Participatiewet art. 22a, applied to the SVB by art. 47a lid 2;
 * text of 1 January 2025). Lid 1: with kostendelende medebewoners the norm is ((40% + A × 30%) / A)
 * × B, A = the medebewoners plus the belanghebbende and his spouse of 21 or older, B = art. 22 sub b
 * for a belanghebbende at AOW age (B sub c) and art. 22 sub c for a younger spouse whose spouse
 * reached it (B sub b) — the same amount. Lid 2: a couple gets the sum of the shares of its
 * rechthebbende spouses. Lid 3: "rechthebbende gehuwden, waarvan een echtgenoot 18, 19 of 20 jaar is
 * en de andere echtgenoot 21 jaar of ouder" — so also a pensioner with a spouse of 18–20 — get a fixed
 * amount (sub a € 716,58 with, sub b € 332,17 without ten laste komende kinderen) plus the lid 1 norm
 * of the spouse of 21+. A kostendelende medebewoner is 27 or older and not a student (art. 19a lid 1,
 * read by the engine for members whose income kind is 'student'). Ages on the first of the month.
 * asOf 2026–2027, no indexation; expected values are arithmetic from BIJSTAND_NORMS and
 * KOSTENDELERSNORM.
 */
import { describe, expect, it } from 'vitest'
import { KOSTENDELERSNORM, valueAt, type Income, type Person } from '#shared'
import { household, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { N, noIndex } from './fixtures'

const aow = (netMonthlyCents: number): Income => ({ kind: 'aow', netMonthlyCents })
/** `shares` × ((40% + A × 30%) / A) × B, rounded half-up once (art. 22a lid 1 and 2). */
const kdn = (b: number, a: number, shares: number, date: string) => {
  const p = valueAt(KOSTENDELERSNORM, date)
  return cents(b * shares * (p.basePercent + a * p.perPersonPercent), 100 * a)
}
const adult = (id: string, birthDate = '1990-06-06', income?: Income): Person =>
  person({ id, birthDate, role: 'housemate', ...(income ? { income } : {}) })
function svb(members: Person[], ym: string): number {
  return month(run(household(members), scenario([], { horizonMonths: 24, assumptions: noIndex })), ym).svb
}

describe('AIO for an alleenstaande at AOW age with kostendelende medebewoners (art. 22a lid 1, B sub c)', () => {
  const pensioner = person({ id: 'o', birthDate: '1950-03-01', income: aow(600_00) })

  it.each([
    // [case, others, expected SVB in June 2026]
    ['no housemate: the single AOW-age norm (art. 22 sub a)', [], N('aowSingle', '2026-06-01') - 600_00],
    [
      'one housemate of 27+: A = 2',
      [adult('a')],
      kdn(N('aowCouple', '2026-06-01'), 2, 1, '2026-06-01') - 600_00,
    ],
    [
      'two housemates of 27+: A = 3',
      [adult('a'), adult('b', '1985-01-01')],
      kdn(N('aowCouple', '2026-06-01'), 3, 1, '2026-06-01') - 600_00,
    ],
    [
      'a housemate of 26 does not count (art. 19a lid 1: 27 or older)',
      [adult('a', '2000-01-01')],
      N('aowSingle', '2026-06-01') - 600_00,
    ],
    [
      'a student housemate does not count (art. 19a lid 1 sub d)',
      [adult('a', '1990-06-06', { kind: 'student', netMonthlyCents: 0 })],
      N('aowSingle', '2026-06-01') - 600_00,
    ],
  ])('%s', (_case, others, expected) => {
    expect(svb([pensioner, ...others], '2026-06')).toBe(expected)
  })

  it.each([
    // A housemate born 1 July 1999 is 27 on 1 July 2026 (counts from July); born 2 July 1999 from August.
    ['1999-07-01', '2026-07', kdn(N('aowCouple', '2026-07-01'), 2, 1, '2026-07-01') - 600_00],
    ['1999-07-02', '2026-07', N('aowSingle', '2026-07-01') - 600_00],
    ['1999-07-02', '2026-08', kdn(N('aowCouple', '2026-08-01'), 2, 1, '2026-08-01') - 600_00],
  ])(
    'a housemate born %s counts from the month of the 27th birthday on its first day: %s',
    (birth, ym, expected) => {
      expect(svb([pensioner, adult('a', birth)], ym)).toBe(expected)
    },
  )
})

describe('AIO for a couple with kostendelende medebewoners (art. 22a lid 1–3)', () => {
  const older = (income: Income = aow(900_00)) => person({ id: 'o', birthDate: '1958-03-01', income })
  const spouse = (birthDate: string, income: Income = aow(900_00)) =>
    person({ id: 'y', role: 'partner', birthDate, income })

  it('gives a couple both at AOW age two shares with A = 3 (lid 1 and 2)', () => {
    expect(svb([older(), spouse('1958-09-01'), adult('a')], '2026-06')).toBe(
      kdn(N('aowCouple', '2026-06-01'), 3, 2, '2026-06-01') - 1_800_00,
    )
  })

  it('gives a pensioner with a younger spouse of 21+ two shares with A = 3 (B = art. 22 sub c, the same amount)', () => {
    expect(
      svb([older(), spouse('1980-01-01', { kind: 'none', netMonthlyCents: 0 }), adult('a')], '2026-06'),
    ).toBe(kdn(N('aowCouple', '2026-06-01'), 3, 2, '2026-06-01') - 900_00)
  })

  describe('a spouse of 18–20 (lid 3)', () => {
    // Younger spouse born 1 October 2006: 20 until 30 September 2027, 21 on 1 October 2027.
    const none: Income = { kind: 'none', netMonthlyCents: 0 }
    const young = spouse('2006-10-01', none)
    const child = person({ id: 'k', role: 'child', birthDate: '2025-02-01' })

    it.each([
      // [case, others, month, expected SVB]
      [
        'sub b without children: € 332,17-equivalent plus the pensioner’s share with A = 2',
        [adult('a')],
        '2026-06',
        N('couple18to20', '2026-06-01') -
          N('single18to20', '2026-06-01') +
          kdn(N('aowCouple', '2026-06-01'), 2, 1, '2026-06-01') -
          900_00,
      ],
      [
        'sub a with a child at home: € 716,58-equivalent plus the pensioner’s share with A = 2',
        [adult('a'), child],
        '2026-06',
        N('couple18to20WithChildren', '2026-06-01') -
          N('single18to20', '2026-06-01') +
          kdn(N('aowCouple', '2026-06-01'), 2, 1, '2026-06-01') -
          900_00,
      ],
      [
        'the last month at 20 still lid 3',
        [adult('a')],
        '2027-09',
        N('couple18to20', '2027-09-01') -
          N('single18to20', '2027-09-01') +
          kdn(N('aowCouple', '2027-09-01'), 2, 1, '2027-09-01') -
          900_00,
      ],
      [
        'from the month of the 21st birthday lid 1–2: two shares with A = 3',
        [adult('a')],
        '2027-10',
        kdn(N('aowCouple', '2027-10-01'), 3, 2, '2027-10-01') - 900_00,
      ],
      [
        'without a housemate art. 20 lid 1 sub c (no kostendelersnorm)',
        [],
        '2026-06',
        N('coupleOne18to20', '2026-06-01') - 900_00,
      ],
    ])('%s', (_case, others, ym, expected) => {
      expect(svb([older(), young, ...others], ym)).toBe(expected)
    })

    it('records the number of kostendelers in the norm finding', () => {
      const r = run(
        household([older(), young, adult('a')]),
        scenario([], { horizonMonths: 24, assumptions: noIndex }),
      )
      const f = findingsOf(r, 'participatiewet.bijstand-norm').map((x) => [
        x.month,
        x.params.normKey,
        x.params.kostendelers,
      ])
      expect(f).toContainEqual(['2026-01', 'coupleOne18to20', 2])
      expect(f).toContainEqual(['2027-10', 'aowCouple', 3])
    })
  })
})
