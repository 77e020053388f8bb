/**
 * wlz.eigen-bijdrage — CAK lage/hoge eigen bijdrage (Wlz art. 3.2.5; Besluit langdurige zorg
 * art. 3.3.2.1–3.3.2.2; CAK "Hoge en lage eigen bijdrage"). Expected values are arithmetic from
 * the parameter series; the engine's amounts are labelled estimates on recorded net income.
 */
import { describe, expect, it } from 'vitest'
import { WLZ_EIGEN_BIJDRAGE, valueAt, evaluateScenario, EXAMPLE_VAN_DEN_BERG } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'

const P = valueAt(WLZ_EIGEN_BIJDRAGE, '2026-01-01')
const lage = (incomeCents: number): number =>
  Math.min(P.lageMaxCents, Math.max(P.lageMinCents, cents(incomeCents * P.lagePercent, 100)))
const hogeSingleAow = (incomeCents: number): number =>
  Math.min(
    P.hogeMaxCents,
    Math.max(
      P.lageMinCents,
      incomeCents - cents(P.zakEnKleedgeldSingleYearCents + P.extraDeductionAowYearCents, 12),
    ),
  )

const VERBLIJF = 'wlz.verblijf'
const aowClient = (net: number) =>
  person({
    id: 'p1',
    birthDate: '1942-05-14',
    income: { kind: 'aow', netMonthlyCents: net },
    // Wlz care needs a CIZ indicatiebesluit (wlz.care-at-home).
    wlzIndication: { from: '2025-01-01' },
  })
const stay = (extra: Partial<Parameters<typeof line>[0]> = {}) =>
  line({ provisionId: VERBLIJF, personId: 'p1', unit: 'etmaal', volume: 7, ...extra })

describe('wlz.eigen-bijdrage (CAK lage and hoge eigen bijdrage)', () => {
  it('charges the lage bijdrage for the first 6 months of a stay and the hoge from the 7th (boundary 1 July)', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay()]))
    expect(month(r, '2026-01').client).toBe(lage(1_725_00))
    expect(month(r, '2026-06').client).toBe(lage(1_725_00))
    expect(month(r, '2026-07').client).toBe(hogeSingleAow(1_725_00))
    // 1,725.00 − (4,583 + 1,249) / 12 = 1,725.00 − 486.00
    expect(hogeSingleAow(1_725_00)).toBe(1_725_00 - 486_00)
    expect(findingsOf(r, 'wlz.eigen-bijdrage').map((f) => [f.month, f.params.regime])).toEqual([
      ['2026-01', 'lage'],
      ['2026-07', 'hoge'],
    ])
  })

  it('counts the 6 months from the admission date: admitted 15 January, still lage in July, hoge in August', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay({ startDate: '2026-01-15' })]))
    expect(month(r, '2026-07').client).toBe(lage(1_725_00))
    expect(month(r, '2026-08').client).toBe(hogeSingleAow(1_725_00))
  })

  it.each([
    ['a low income pays the lage minimum', 1_000_00, P.lageMinCents],
    ['12.5% of the income in between', 4_000_00, cents(4_000_00 * 125, 1000)],
    ['a high income pays the lage maximum', 10_000_00, P.lageMaxCents],
  ])('lage bijdrage: %s', (_label, income, expected) => {
    const r = run(household([aowClient(income)]), scenario([stay()]))
    expect(month(r, '2026-01').client).toBe(expected)
  })

  it('caps the hoge bijdrage at its maximum', () => {
    const r = run(household([aowClient(10_000_00)]), scenario([stay()]))
    expect(month(r, '2026-07').client).toBe(P.hogeMaxCents)
  })

  it('keeps the lage bijdrage on the joint income while a partner lives at home', () => {
    const h = household([
      aowClient(1_200_00),
      person({
        id: 'p2',
        birthDate: '1944-01-01',
        role: 'partner',
        income: { kind: 'aow', netMonthlyCents: 1_100_00 },
      }),
    ])
    const r = run(h, scenario([stay()]))
    expect(month(r, '2026-07').client).toBe(lage(1_200_00 + 1_100_00))
    expect(findingsOf(r, 'wlz.eigen-bijdrage').at(-1)?.messageKey).toBe(
      'findings.wlz.eigen-bijdrage-lage-partner-at-home',
    )
  })

  it('charges Wlz care at home (pgb) the lage bijdrage throughout', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay({ deliveryForm: 'pgb' })]))
    expect(month(r, '2026-12').client).toBe(lage(1_725_00))
  })

  it('charges nobody under 18', () => {
    const child = person({ id: 'p1', birthDate: '2012-03-01', role: 'child' })
    const r = run(household([child]), scenario([stay()]))
    expect(r.totalByPayer.client).toBe(0)
  })

  it('takes the contribution off the Wlz, so the payers still add up to the gross cost', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay()]))
    const gross = cents(7 * rate(VERBLIJF, 'zin', '2026-01-01') * 31, 7)
    expect(month(r, '2026-01').wlz + month(r, '2026-01').client).toBe(gross)
  })

  it('shows a realistic client cost in the Van den Berg care-home scenario (docs/example-cases.md#van-den-berg, scenario C)', () => {
    const s = EXAMPLE_VAN_DEN_BERG.scenarios.find((x) => x.id === 's-verpleeghuis')
    if (!s) throw new Error('scenario missing')
    const r = evaluateScenario({ household: EXAMPLE_VAN_DEN_BERG.household, scenario: s })
    for (const row of r.monthly.filter((x) => x.month.startsWith('2026'))) {
      expect(row.byPayer.client).toBeGreaterThanOrEqual(P.lageMinCents)
      expect(row.byPayer.client).toBeLessThanOrEqual(P.hogeMaxCents)
    }
    expect(month(r, '2026-07').client).toBeGreaterThan(1_000_00)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')[0]
    expect(f?.params.minCents).toBe(P.lageMinCents)
    expect(f?.params.maxCents).toBe(P.lageMaxCents)
    expect(r.trace.some((t) => t.ruleId === 'wlz.eigen-bijdrage' && t.outcome.includes('ESTIMATE'))).toBe(
      true,
    )
  })
})
