/**
 * AIO (SVB) with a spouse in an inrichting. Participatiewet art. 47a lid 2 (text of 1-1-2025) applies
 * hoofdstuk 3 — art. 23 included — to the SVB's AIO "tenzij in deze paragraaf anders is bepaald";
 * art. 47b only reads "het college" as the SVB in the articles it lists, art. 47c is about afstemming
 * and maatregelen, art. 47d about the aanvraag: none sets another norm. So the SVB applies art. 23:
 * lid 3 (one spouse inside) — the sum of the norm of each as alleenstaande, the pensioner at home at the
 * AOW-age norm for alleenstaanden (art. 22 sub a); lid 1 (both inside) — the institution norm for
 * gehuwden plus the statutory increase. Amounts are arithmetic from the dated norms (no indexation).
 */
import { describe, expect, it } from 'vitest'
import { BIJSTAND_NORMS, INSTITUTION_NORM_INCREASE, valueAt } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'
import { noIndex } from './fixtures'

const D = '2026-01-01'
const N = (key: keyof typeof BIJSTAND_NORMS) => valueAt(BIJSTAND_NORMS[key], D)
const INC = valueAt(INSTITUTION_NORM_INCREASE, D)

// Both past AOW age, AOW for a couple recorded as € 0 so the AIO is the whole norm.
const aow = { kind: 'aow', netMonthlyCents: 0 } as const
const inside = person({
  id: 'a',
  birthDate: '1945-02-02',
  income: aow,
  wlzIndication: { from: '2025-01-01' },
})
const home = person({ id: 'b', birthDate: '1947-03-03', role: 'partner', income: aow })
const stay = (personId: string) =>
  line({
    id: `stay-${personId}`,
    provisionId: 'wlz.verblijf',
    personId,
    unit: 'etmaal',
    volume: 7,
    rateCents: 250_00,
  })

describe('AIO with a spouse in an inrichting (art. 47a lid 2 with art. 23)', () => {
  it('one spouse inside: institution norm (single) + increase + AOW-age single norm for the spouse at home (lid 3)', () => {
    const r = run(household([inside, home]), scenario([stay('a')], { assumptions: noIndex }))
    const expected = N('institutionSingle') + INC.singleCents + N('aowSingle')
    expect(month(r, '2026-01').svb).toBe(expected)
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(0)
    expect(findingsOf(r, 'participatiewet.bijstand-norm')[0]?.params.article).toBe('23-3')
  })

  it('differs from the AOW-age couple norm it charged before (art. 22 sub b)', () => {
    expect(N('institutionSingle') + INC.singleCents + N('aowSingle')).not.toBe(N('aowCouple'))
  })

  it('both inside: the institution norm for gehuwden plus the increase (lid 1)', () => {
    const both = person({ ...home, wlzIndication: { from: '2025-01-01' } })
    const r = run(household([inside, both]), scenario([stay('a'), stay('b')], { assumptions: noIndex }))
    expect(month(r, '2026-01').svb).toBe(N('institutionCouple') + INC.coupleCents)
  })

  it('nobody inside: the AOW-age couple norm as before', () => {
    const r = run(household([inside, home]), scenario([], { assumptions: noIndex }))
    expect(month(r, '2026-01').svb).toBe(N('aowCouple'))
  })
})
