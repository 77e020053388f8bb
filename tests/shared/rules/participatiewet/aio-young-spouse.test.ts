/**
 * AIO for a couple whose younger spouse is 18, 19 or 20 (Participatiewet, text of 1 January 2025):
 * art. 22 sub c covers only a younger spouse "21 jaar of ouder"; for a spouse of 18–20 the norm is the
 * jongerennorm of art. 20 — lid 1 sub c (gehuwden of whom one is 18–20 and the other 21 or older) or,
 * with a child at home, lid 2 sub c. The SVB pays from the day the older spouse reaches AOW age (art.
 * 47a ff.), and the couple moves to the AOW-age couple norm of art. 22 sub c in the month the younger
 * spouse turns 21 (ages count on the first of the month; a birthday on the 1st counts).
 * asOf 2026–2027, no indexation; expected values from BIJSTAND_NORMS.
 */
import { describe, expect, it } from 'vitest'
import type { Income } from '#shared'
import { household, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'
import { BIJSTAND, N, noIndex } from './fixtures'

/** Older spouse: born 1 May 1959, AOW age (67) on 1 May 2026. */
function youngCouple(
  youngerBirthDate: string,
  extra: { child?: boolean; older?: Income; younger?: Income } = {},
) {
  const members = [
    person({ id: 'o', birthDate: '1959-05-01', income: extra.older ?? BIJSTAND }),
    person({ id: 'y', role: 'partner', birthDate: youngerBirthDate, income: extra.younger ?? BIJSTAND }),
    ...(extra.child ? [person({ id: 'k', role: 'child', birthDate: '2024-09-01' })] : []),
  ]
  return run(household(members), scenario([], { horizonMonths: 24, assumptions: noIndex }))
}

describe('AIO with a younger spouse under 21 (art. 20 lid 1 and 2 sub c Pw, art. 47a ff.)', () => {
  // Younger spouse born 1 March 2006: 20 until 28 February 2027, 21 on 1 March 2027.
  const r = youngCouple('2006-03-01')

  it('pays bijstand at the art. 20 lid 1 sub c norm before the AOW date, nothing from the SVB', () => {
    expect(month(r, '2026-04')).toMatchObject({
      'gemeente-bijstand': N('coupleOne18to20', '2026-04-01'),
      svb: 0,
    })
  })

  it('moves the same norm to the SVB from the AOW date of the older spouse (not the art. 22 sub c norm)', () => {
    expect(month(r, '2026-05')).toMatchObject({
      'gemeente-bijstand': 0,
      svb: N('coupleOne18to20', '2026-05-01'),
    })
    expect(month(r, '2027-02').svb).toBe(N('coupleOne18to20', '2027-02-01'))
  })

  it('applies the AOW-age couple norm (art. 22 sub c) from the month the younger spouse turns 21', () => {
    expect(month(r, '2027-03').svb).toBe(N('aowCouple', '2027-03-01'))
  })

  it('keeps the art. 20 norm through March when the 21st birthday is on 2 March', () => {
    const later = youngCouple('2006-03-02')
    expect(month(later, '2027-03').svb).toBe(N('coupleOne18to20', '2027-03-01'))
    expect(month(later, '2027-04').svb).toBe(N('aowCouple', '2027-04-01'))
  })

  it('names the norm change in a finding in the month the younger spouse turns 21', () => {
    const keys = findingsOf(r, 'participatiewet.bijstand-norm').map((f) => [f.month, f.params.normKey])
    expect(keys).toContainEqual(['2027-03', 'aowCouple'])
  })

  it('uses art. 20 lid 2 sub c with a child at home', () => {
    const withChild = youngCouple('2006-03-01', { child: true })
    expect(month(withChild, '2026-05').svb).toBe(N('coupleOne18to20WithChildren', '2026-05-01'))
  })

  it('tops a couple not on bijstand up to the art. 20 norm: AOW of the older spouse counted', () => {
    const aow: Income = { kind: 'aow', netMonthlyCents: 600_00 }
    const notOnBijstand = youngCouple('2006-03-01', {
      older: aow,
      younger: { kind: 'none', netMonthlyCents: 0 },
    })
    expect(month(notOnBijstand, '2026-06').svb).toBe(N('coupleOne18to20', '2026-06-01') - 600_00)
    expect(month(notOnBijstand, '2027-03').svb).toBe(N('aowCouple', '2027-03-01') - 600_00)
  })
})
