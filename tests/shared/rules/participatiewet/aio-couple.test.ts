/**
 * AIO for a couple (Participatiewet art. 47a lid 1 sub b; norm art. 22 sub b and c; kostendelersnorm
 * art. 22a lid 1 with B = the AOW-age couple norm): from the day the first spouse reaches AOW age the
 * SVB, never the municipality, tops the couple's recorded income up to the AOW-age couple norm —
 * whether or not they were on bijstand before. asOf 2026, no indexation; expected values are
 * arithmetic from BIJSTAND_NORMS and KOSTENDELERSNORM.
 */
import { describe, expect, it } from 'vitest'
import { KOSTENDELERSNORM, valueAt, type Income } from '#shared'
import { household, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { BIJSTAND, N, noIndex } from './fixtures'

const aow = (netMonthlyCents: number): Income => ({ kind: 'aow', netMonthlyCents })
const aio = (r: ReturnType<typeof run>) =>
  findingsOf(r, 'participatiewet.aow-transition').filter((f) => f.messageKey.includes('aio-svb'))
const couple = (a: Parameters<typeof person>[0], b: Parameters<typeof person>[0]) =>
  household([person(a), person({ role: 'partner', ...b })])

describe('AIO for a couple not on bijstand (art. 47a lid 1 sub b Pw)', () => {
  it.each([
    // [case, income of the older, income of the younger, expected SVB per month]
    ['both past AOW age, AOW below the norm', aow(1_000_00), aow(1_000_00), N('aowCouple') - 2_000_00],
    [
      'one past AOW age (art. 22 sub c), the other with a pension',
      aow(1_100_00),
      { kind: 'pension', netMonthlyCents: 600_00 } as Income,
      N('aowCouple') - 1_700_00,
    ],
    [
      'income one cent below the norm',
      aow(N('aowCouple') - 1),
      { kind: 'none', netMonthlyCents: 0 } as Income,
      1,
    ],
    ['income exactly at the norm', aow(N('aowCouple')), { kind: 'none', netMonthlyCents: 0 } as Income, 0],
    ['income above the norm', aow(1_500_00), aow(1_500_00), 0],
  ])('%s', (_case, olderIncome, youngerIncome, expected) => {
    // January–June 2026: one norm (art. 22 of the text of 1 January 2026); the July rise is the next test.
    const r = run(
      couple(
        { id: 'o', birthDate: '1950-03-01', income: olderIncome },
        {
          id: 'y',
          birthDate: olderIncome.kind === 'aow' && youngerIncome.kind === 'aow' ? '1951-06-01' : '1965-06-01',
          income: youngerIncome,
        },
      ),
      scenario([], { horizonMonths: 6, assumptions: noIndex }),
    )
    expect(month(r, '2026-01').svb).toBe(expected)
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(0)
    expect(aio(r).map((f) => f.messageKey)).toEqual(
      expected > 0 ? ['findings.participatiewet.aio-svb-couple'] : [],
    )
  })

  it('tops an income at the January 2026 norm up from July 2026, when art. 22 sub b and c rise (text of 1 July 2026)', () => {
    const r = run(
      couple(
        { id: 'o', birthDate: '1950-03-01', income: aow(N('aowCouple')) },
        { id: 'y', birthDate: '1965-06-01', income: { kind: 'none', netMonthlyCents: 0 } },
      ),
      scenario([], { assumptions: noIndex }),
    )
    expect(month(r, '2026-06').svb).toBe(0)
    // € 2.176,10 − € 2.144,16 = € 31,94.
    expect(month(r, '2026-07').svb).toBe(N('aowCouple', '2026-07-01') - N('aowCouple'))
    expect(month(r, '2026-07').svb).toBe(31_94)
    expect(aio(r)).toMatchObject([{ month: '2026-07', personId: 'o' }])
  })

  it('starts on the AOW date of the older spouse: nothing in April, the whole month of May (AOW date 1 May)', () => {
    // Born 1959-05-01: AOW age (67) on 2026-05-01; the AOW is recorded from that date.
    const r = run(
      couple(
        { id: 'o', birthDate: '1959-05-01' },
        { id: 'y', birthDate: '1966-02-10', income: { kind: 'pension', netMonthlyCents: 400_00 } },
      ),
      scenario([], {
        assumptions: noIndex,
        incomeChanges: [{ personId: 'o', from: '2026-05-01', kind: 'aow', netMonthlyCents: 1_050_00 }],
      }),
    )
    expect(month(r, '2026-04').svb).toBe(0)
    expect(month(r, '2026-05').svb).toBe(N('aowCouple') - (1_050_00 + 400_00))
    expect(aio(r)).toMatchObject([{ month: '2026-05', personId: 'o' }])
  })

  it('pays the AOW month pro rata when the AOW date is the 2nd: thirty of thirty-one days', () => {
    const r = run(
      couple(
        { id: 'o', birthDate: '1959-05-02' },
        { id: 'y', birthDate: '1966-02-10', income: { kind: 'pension', netMonthlyCents: 400_00 } },
      ),
      scenario([], {
        assumptions: noIndex,
        incomeChanges: [{ personId: 'o', from: '2026-05-02', kind: 'aow', netMonthlyCents: 1_050_00 }],
      }),
    )
    expect(month(r, '2026-05').svb).toBe(cents((N('aowCouple') - (1_050_00 + 400_00)) * 30, 31))
    expect(month(r, '2026-06').svb).toBe(N('aowCouple') - (1_050_00 + 400_00))
  })

  it('pays no AIO to a pensioner couple without a recorded AOW (nothing to top up from)', () => {
    const r = run(
      couple({ id: 'o', birthDate: '1950-03-01' }, { id: 'y', birthDate: '1951-06-01' }),
      scenario([], { assumptions: noIndex }),
    )
    expect(r.totalByPayer.svb).toBe(0)
    expect(aio(r)).toEqual([])
  })

  it('applies the kostendelersnorm with B = the AOW-age couple norm when a housemate of 27+ lives in (art. 22a lid 1)', () => {
    const kdn = valueAt(KOSTENDELERSNORM, '2026-01-01')
    const r = run(
      household([
        person({ id: 'o', birthDate: '1950-03-01', income: aow(1_000_00) }),
        person({
          id: 's',
          birthDate: '1990-01-01',
          role: 'child',
          income: { kind: 'work', netMonthlyCents: 2_000_00 },
        }),
      ]),
      scenario([], { assumptions: noIndex }),
    )
    // A = the pensioner + one housemate: ((40% + 2 × 30%) / 2) × B.
    const norm = cents(N('aowCouple') * (kdn.basePercent + 2 * kdn.perPersonPercent), 100 * 2)
    expect(month(r, '2026-01').svb).toBe(norm - 1_000_00)
  })
})

describe('a couple on bijstand when one spouse reaches AOW age (art. 47a lid 1 sub b, art. 22 sub c Pw)', () => {
  const younger = { id: 't', birthDate: '1966-04-02', income: BIJSTAND }

  it.each([
    // [AOW date, municipal days, SVB days, days in the month]
    ['2026-06-01', 0, 30, 30],
    ['2026-06-02', 1, 29, 30],
    ['2026-06-30', 29, 1, 30],
  ])('AOW date %s: the municipality pays %i days, the SVB %i', (aowDate, munDays, svbDays, days) => {
    const birth = `1959${aowDate.slice(4)}`
    const r = run(
      couple({ id: 'k', birthDate: birth, income: BIJSTAND }, younger),
      scenario([], { assumptions: noIndex }),
    )
    expect(month(r, '2026-05')).toMatchObject({ 'gemeente-bijstand': N('couple'), svb: 0 })
    expect(month(r, '2026-06')['gemeente-bijstand']).toBe(
      munDays === 0 ? 0 : cents(N('couple') * munDays, days),
    )
    expect(month(r, '2026-06').svb).toBe(
      svbDays === days ? N('aowCouple') : cents(N('aowCouple') * svbDays, days),
    )
    // From July the norm of art. 22 sub c in the text of 1 July 2026.
    expect(month(r, '2026-07')).toMatchObject({ 'gemeente-bijstand': 0, svb: N('aowCouple', '2026-07-01') })
  })
})
