/**
 * wmo.eigen-bijdrage for beschermd wonen on an income known to be incomplete. In the data as it is, a
 * month without the bijstand norms (before 2024) has no beschermd-wonen amounts either, so that
 * warning speaks first (eigen-bijdrage-income-missing.test.ts). The income control must hold as soon
 * as earlier beschermd-wonen amounts are added: this file gives the series a 2023 entry — a TEST
 * FIXTURE, the 2024 figures moved back a year, not a legal figure — and checks that a unit whose
 * bijstand is owed but not computed gets no figure, only a warning naming the months and the range:
 * from the bijdrage on the recorded income (the missing bijstand can only raise it) to the legal
 * maximum (Uitvoeringsbesluit Wmo 2015 art. 3.12 lid 3 for the lage bijdrage).
 */
import { describe, expect, it, vi } from 'vitest'
import { BESCHERMD_WONEN_BIJDRAGE, valueAt } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'

vi.mock('#shared/parameters/wlz', async (importOriginal) => {
  const original = await importOriginal<typeof import('#shared/parameters/wlz')>()
  const [first, ...rest] = original.BESCHERMD_WONEN_BIJDRAGE
  if (!first) throw new Error('no beschermd-wonen amounts')
  return {
    ...original,
    BESCHERMD_WONEN_BIJDRAGE: [
      { ...first, from: '2023-01-01', source: 'TEST FIXTURE: the 2024 entry moved back a year' },
      first,
      ...rest,
    ],
  }
})

const P2023 = valueAt(BESCHERMD_WONEN_BIJDRAGE, '2023-06-01')
const KEY = 'findings.engine.amounts-unavailable.beschermd-wonen-income-bijstand'
const noIndex = { indexationPercentPerYear: 0 }

const client = (income: { kind: 'bijstand' | 'work'; netMonthlyCents: number }) =>
  person({ id: 'p1', birthDate: '1985-02-01', income })
const bw = (startDate: string) =>
  // The example profile's tariffs start in 2024: an agreed rate gives the 2023 months a cost.
  line({
    provisionId: 'wmo.beschermd-wonen',
    personId: 'p1',
    unit: 'etmaal',
    volume: 7,
    startDate,
    rateCents: 120_00,
  })
const evaluate = (income: Parameters<typeof client>[0], startDate = '2023-11-01') =>
  run(
    household([client(income)]),
    scenario([bw(startDate)], { startDate: '2023-11-01', horizonMonths: 4, assumptions: noIndex }),
  )
const warningsOf = (r: ReturnType<typeof run>) =>
  findingsOf(r, 'wmo.eigen-bijdrage').filter((f) => f.messageKey === KEY)

describe('wmo.eigen-bijdrage beschermd wonen with bijstand owed but not computed (2023, fixture amounts)', () => {
  it('reads the fixture: the series has amounts in 2023', () => {
    expect(P2023.lageMinCents).toBeGreaterThan(0)
  })

  it('charges nothing and warns with the months and the range lage minimum–lage maximum', () => {
    const r = evaluate({ kind: 'bijstand', netMonthlyCents: 0 })
    expect(month(r, '2023-11').client).toBe(0)
    expect(month(r, '2023-12').client).toBe(0)
    const [w, ...more] = warningsOf(r)
    expect(more).toEqual([])
    expect(w?.severity).toBe('warning')
    expect(w?.legalBasis.law).toBe('Uitvoeringsbesluit Wmo 2015')
    // Recorded income without the bijstand: nil, so the lower end is the lage minimum (art. 3.12 lid 3).
    expect(w?.params).toEqual({
      fromMonth: '2023-11',
      untilMonth: '2023-12',
      firstMonth: '2024-01',
      minCents: P2023.lageMinCents,
      maxCents: P2023.lageMaxCents,
    })
    // January 2024, the third month of the stay (lage): the bijstand is paid and counted; 10% of it
    // is below the minimum.
    expect(month(r, '2024-01').client).toBe(valueAt(BESCHERMD_WONEN_BIJDRAGE, '2024-01-01').lageMinCents)
  })

  it('gives a stay that starts on 16 November the range for its 15 days (× 12 / 365)', () => {
    const r = evaluate({ kind: 'bijstand', netMonthlyCents: 0 }, '2023-11-16')
    const [w] = warningsOf(r)
    // The first month's range is the smaller: the period's range runs from it to a whole month's maximum.
    expect(w?.params.minCents).toBe(cents(P2023.lageMinCents * 12 * 15, 365))
    expect(w?.params.maxCents).toBe(P2023.lageMaxCents)
  })

  it('computes the bijdrage as usual on a complete income (work): no warning', () => {
    const r = evaluate({ kind: 'work', netMonthlyCents: 1_500_00 })
    expect(warningsOf(r)).toEqual([])
    expect(month(r, '2023-11').client).toBe(P2023.lageMinCents)
  })
})
