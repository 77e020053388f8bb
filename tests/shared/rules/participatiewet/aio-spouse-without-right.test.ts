/**
 * AIO for a couple of whom one spouse has no right to (algemene) bijstand (Participatiewet, text of 1
 * January 2025). Art. 47a lid 2 makes hoofdstuk 2 and 3 apply to the SVB's AIO, so:
 * - a spouse under 18 has no right to bijstand (art. 13 lid 1 sub f), a student under 27 none to
 *   algemene bijstand (art. 13 lid 2 sub c); the right then goes to the other spouse alone (art. 11
 *   lid 4);
 * - without kostendelende medebewoners the spouse at AOW age gets 50% of the norm "die voor hem zou
 *   gelden als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd" (art. 24 sub
 *   a): half the norm for gehuwden both at AOW age (art. 22 sub b);
 * - with kostendelende medebewoners art. 24 does not apply (its sub a requires none): the norm is the
 *   one share of the rechthebbende spouse (art. 22a lid 2) with B = art. 22 sub b (lid 1, B sub c) and
 *   A = the housemates, the pensioner and the spouse only when 21 or over (lid 1);
 * - from the month the spouse is 18 on its first day, the couple has the jongerennorm of art. 20 lid 1
 *   sub c (one spouse 18–20, the other 21+), or with housemates art. 22a lid 3.
 * The SVB pays from the older spouse's AOW date (art. 47a lid 1 sub b); before it the municipality
 * pays the art. 24 norm built on the gehuwdennorm of art. 21 sub b. asOf 2026–2027, no indexation;
 * expected values are arithmetic from BIJSTAND_NORMS and KOSTENDELERSNORM.
 */
import { describe, expect, it } from 'vitest'
import { KOSTENDELERSNORM, valueAt, type Income, type Person } from '#shared'
import { household, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'
import { BIJSTAND, N, noIndex } from './fixtures'

const NONE: Income = { kind: 'none', netMonthlyCents: 0 }
/** ((40% + A × 30%) / A) × B for one rechthebbende spouse (art. 22a lid 1). */
const share = (b: number, a: number, date: string) => {
  const kdn = valueAt(KOSTENDELERSNORM, date)
  return cents(b * (kdn.basePercent + a * kdn.perPersonPercent), 100 * a)
}
const housemate = person({ id: 'h', birthDate: '1990-06-06', role: 'housemate' })

/**
 * Older spouse born 1 May 1959: AOW age (67) on 1 May 2026. Younger spouse born `youngerBirthDate`,
 * with no income of its own; horizon January 2026 – December 2027.
 */
function couple(
  youngerBirthDate: string,
  extra: { older?: Income; younger?: Income; olderBirthDate?: string; others?: Person[] } = {},
) {
  const members = [
    person({ id: 'o', birthDate: extra.olderBirthDate ?? '1959-05-01', income: extra.older ?? BIJSTAND }),
    person({ id: 'y', role: 'partner', birthDate: youngerBirthDate, income: extra.younger ?? NONE }),
    ...(extra.others ?? []),
  ]
  return run(household(members), scenario([], { horizonMonths: 24, assumptions: noIndex }))
}

describe('AIO for a couple whose spouse is under 18 (art. 13 lid 1 sub f, art. 11 lid 4, art. 24, art. 47a Pw)', () => {
  // Younger spouse born 1 September 2008: 17 until 31 August 2026, 18 on 1 September 2026.
  const r = couple('2008-09-01')

  it.each([
    // [month, municipality, SVB]
    // before the AOW date: art. 24 sub a on the gehuwdennorm of art. 21 sub b, paid by the municipality
    ['2026-04', cents(N('couple', '2026-04-01'), 2), 0],
    // from the AOW date (1 May): art. 24 sub a on the AOW-age couple norm of art. 22 sub b, paid by the SVB
    ['2026-05', 0, cents(N('aowCouple', '2026-05-01'), 2)],
    ['2026-08', 0, cents(N('aowCouple', '2026-08-01'), 2)],
    // the month of the 18th birthday (on the 1st): art. 20 lid 1 sub c
    ['2026-09', 0, N('coupleOne18to20', '2026-09-01')],
  ])('in %s the municipality pays %i and the SVB %i', (ym, gemeente, svb) => {
    expect(month(r, ym)).toMatchObject({ 'gemeente-bijstand': gemeente, svb })
  })

  it('keeps art. 24 through the month of an 18th birthday on its 2nd day (ages count on the first of the month)', () => {
    const later = couple('2008-09-02')
    expect(month(later, '2026-09').svb).toBe(cents(N('aowCouple', '2026-09-01'), 2))
    expect(month(later, '2026-10').svb).toBe(N('coupleOne18to20', '2026-10-01'))
  })

  it('splits the month of the AOW date by days: art. 24 on art. 21 sub b before, on art. 22 sub b after', () => {
    // Born 15 May 1959: AOW age on 15 May 2026 — 14 municipal days, 17 SVB days of 31.
    const mid = couple('2008-09-01', { olderBirthDate: '1959-05-15' })
    expect(month(mid, '2026-05')).toMatchObject({
      'gemeente-bijstand': cents(cents(N('couple', '2026-05-01'), 2) * 14, 31),
      svb: cents(cents(N('aowCouple', '2026-05-01'), 2) * 17, 31),
    })
  })

  it.each([
    // [month, SVB] with a housemate of 27+: at 17 one share with A = housemate + pensioner = 2 (the
    // spouse under 21 is not counted, art. 22a lid 1 and 2); at 18 art. 22a lid 3 sub b: the fixed
    // amount (couple18to20 − single18to20) plus the pensioner's share with A = 2
    ['2026-08', share(N('aowCouple', '2026-08-01'), 2, '2026-08-01')],
    [
      '2026-09',
      N('couple18to20', '2026-09-01') -
        N('single18to20', '2026-09-01') +
        share(N('aowCouple', '2026-09-01'), 2, '2026-09-01'),
    ],
  ])('in %s with a housemate of 27+ the SVB pays %i', (ym, svb) => {
    const withHousemate = couple('2008-09-01', { others: [housemate] })
    expect(month(withHousemate, ym).svb).toBe(svb)
  })

  it('tops a couple not on bijstand up to the art. 24 norm: the AOW of the pensioner counted', () => {
    const notOnBijstand = couple('2008-09-01', { older: { kind: 'aow', netMonthlyCents: 600_00 } })
    expect(month(notOnBijstand, '2026-04').svb).toBe(0)
    expect(month(notOnBijstand, '2026-06').svb).toBe(cents(N('aowCouple', '2026-06-01'), 2) - 600_00)
    expect(month(notOnBijstand, '2026-09').svb).toBe(N('coupleOne18to20', '2026-09-01') - 600_00)
  })

  it('names art. 24 in the norm finding and the spouse-without-right variant of the AIO finding', () => {
    const norms = findingsOf(r, 'participatiewet.bijstand-norm').map((f) => [f.month, f.params.article])
    expect(norms).toContainEqual(['2026-05', '24'])
    expect(norms).toContainEqual(['2026-09', '20-22a'])
    const aio = findingsOf(r, 'participatiewet.aow-transition').filter((f) => f.messageKey.includes('aio'))
    expect(aio.map((f) => [f.month, f.messageKey])).toEqual([
      ['2026-05', 'findings.participatiewet.aio-svb-spouse-without-right-no-aow'],
    ])
  })
})

describe('AIO for a couple whose younger spouse is a student under 27 (art. 13 lid 2 sub c, art. 24, art. 47a Pw)', () => {
  const student: Income = { kind: 'student', netMonthlyCents: 0 }

  it('gives the pensioner 50% of the art. 22 sub b norm without housemates (art. 24 sub a)', () => {
    const r = couple('2004-03-01', { younger: student })
    expect(month(r, '2026-06').svb).toBe(cents(N('aowCouple', '2026-06-01'), 2))
  })

  it('counts a student spouse of 21+ in A with a housemate: one share with A = 3 (art. 22a lid 1 and 2)', () => {
    const r = couple('2004-03-01', { younger: student, others: [housemate] })
    expect(month(r, '2026-06').svb).toBe(share(N('aowCouple', '2026-06-01'), 3, '2026-06-01'))
  })

  it.each([
    // [case, others, expected SVB in June 2026]: a student of 19 has no right either, so art. 24 holds
    // instead of the jongerennorm of art. 20 lid 1 sub c; with a housemate one share, A = 2 (under 21).
    ['without a housemate: art. 24 sub a', [], cents(N('aowCouple', '2026-06-01'), 2)],
    [
      'with a housemate of 27+: one share, A = 2',
      [housemate],
      share(N('aowCouple', '2026-06-01'), 2, '2026-06-01'),
    ],
  ])('treats a student spouse of 19 as without a right, not as a jongere (%s)', (_case, others, expected) => {
    const r = couple('2007-01-01', { younger: student, others })
    expect(month(r, '2026-06').svb).toBe(expected)
  })

  it('moves to the AOW-age couple norm (art. 22 sub c) in the month the student turns 27', () => {
    // Born 1 March 2000: 27 on 1 March 2027.
    const r = couple('2000-03-01', { younger: student })
    expect(month(r, '2027-02').svb).toBe(cents(N('aowCouple', '2027-02-01'), 2))
    expect(month(r, '2027-03').svb).toBe(N('aowCouple', '2027-03-01'))
  })
})
