/**
 * AIO for an alleenstaande (Participatiewet art. 22 sub a and art. 47a ff.): bijstand ends on the
 * AOW date and the SVB tops the income up to the AOW-age norm for singles; a pensioner whose AOW is
 * below that norm gets the difference from the SVB, never from the municipality. asOf 2026, no
 * indexation; expected values are arithmetic from BIJSTAND_NORMS.
 */
import { describe, expect, it } from 'vitest'
import { BIJSTAND_NORMS, valueAt } from '#shared'
import { household, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'

const noIndex = { assumptions: { indexationPercentPerYear: 0 } }
const N = (key: keyof typeof BIJSTAND_NORMS, date = '2026-01-01') => valueAt(BIJSTAND_NORMS[key], date)
const aio = (r: ReturnType<typeof run>) =>
  findingsOf(r, 'participatiewet.aow-transition').filter((f) => f.messageKey.includes('aio-svb'))

describe('AIO for a single person (art. 47a ff. Pw, paid by the SVB)', () => {
  it('moves a single bijstand recipient to the SVB on the AOW date, at the single AOW-age norm', () => {
    // Born 1959-05-01: AOW age (67) on 2026-05-01.
    const r = run(
      household([
        person({ id: 'o', birthDate: '1959-05-01', income: { kind: 'bijstand', netMonthlyCents: 0 } }),
      ]),
      scenario([], noIndex),
    )
    expect(month(r, '2026-04')).toMatchObject({ 'gemeente-bijstand': N('single'), svb: 0 })
    expect(month(r, '2026-05')).toMatchObject({ 'gemeente-bijstand': 0, svb: N('aowSingle') })
    expect(aio(r).map((f) => [f.month, f.messageKey])).toEqual([
      ['2026-05', 'findings.participatiewet.aio-svb-single-no-aow'],
    ])
  })

  it('splits the month of an AOW date on the 2nd: one day municipal bijstand, thirty days AIO', () => {
    const r = run(
      household([
        person({ id: 'o', birthDate: '1959-05-02', income: { kind: 'bijstand', netMonthlyCents: 0 } }),
      ]),
      scenario([], noIndex),
    )
    expect(month(r, '2026-05')['gemeente-bijstand']).toBe(cents(N('single'), 31))
    expect(month(r, '2026-05').svb).toBe(cents(N('aowSingle') * 30, 31))
  })

  it('tops up an AOW below the single AOW-age norm', () => {
    const r = run(
      household([
        person({ id: 'p', birthDate: '1950-02-01', income: { kind: 'aow', netMonthlyCents: 1_400_00 } }),
      ]),
      scenario([], noIndex),
    )
    expect(month(r, '2026-01').svb).toBe(N('aowSingle') - 1_400_00)
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(0)
    expect(aio(r).map((f) => f.messageKey)).toEqual(['findings.participatiewet.aio-svb-single'])
  })

  it('pays nothing and says nothing when the AOW reaches the norm (Van den Berg: € 1,725.00)', () => {
    const r = run(
      household([
        person({ id: 'p', birthDate: '1942-05-14', income: { kind: 'aow', netMonthlyCents: 1_725_00 } }),
      ]),
      scenario([], noIndex),
    )
    expect(r.totalByPayer.svb).toBe(0)
    expect(aio(r)).toEqual([])
  })
})
