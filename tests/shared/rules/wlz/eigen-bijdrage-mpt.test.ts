/**
 * wlz.eigen-bijdrage for a modulair pakket thuis (mpt), Besluit langdurige zorg in the text valid from
 * 1 January 2026 (wetten.overheid.nl BWBR0035948/2026-01-01, read via MinBZK/regelrecht-corpus):
 *
 * - art. 3.3.2.2 lid 3: the lage bijdrage is at least € 212,60 and at most € 1.115,80 a month;
 * - lid 4: it is reduced by € 182,20 a month for a client (or spouses together) with an mpt or a pgb;
 * - art. 3.3.2.4 lid 1: the bijdrageplichtig inkomen is reduced by € 7.727,60 a year with an mpt or a
 *   pgb (a twelfth a month: 7.727,60 / 12 = 643,967 → 643,97);
 * - lid 5 and 6: with twenty hours or less of care in natura through an mpt in a month (and no pgb), the
 *   bijdrage is the minimum less the reduction: 212,60 − 182,20 = 30,40, whatever the income.
 *
 * Every expected amount is arithmetic from those figures, written next to it.
 */
import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const LOW_HOURS_AMOUNT = 212_60 - 182_20 // 30,40

const client = (net: number) =>
  person({
    id: 'p1',
    birthDate: '1950-05-14',
    income: { kind: 'aow', netMonthlyCents: net },
    wlzIndication: { from: '2025-01-01' },
  })
/** An mpt line of `hours` a month (or a week) at € 60,00 an hour. */
const mpt = (hours: number, extra: Partial<Parameters<typeof line>[0]> = {}): ReturnType<typeof line> =>
  line({
    provisionId: 'wlz.mpt',
    personId: 'p1',
    volume: hours,
    frequency: 'month',
    rateCents: 60_00,
    ...extra,
  })

describe('wlz.eigen-bijdrage — an mpt of twenty hours or less (Blz art. 3.3.2.2 lid 5 and 6)', () => {
  it('charges the minimum less the reduction at exactly twenty hours, whatever the income', () => {
    for (const net of [1_200_00, 3_000_00, 9_000_00]) {
      const r = run(household([client(net)]), scenario([mpt(20)]))
      expect(month(r, '2026-03').client).toBe(LOW_HOURS_AMOUNT)
    }
    const r = run(household([client(3_000_00)]), scenario([mpt(20)]))
    const f = findingsOf(r, 'wlz.eigen-bijdrage')[0]
    expect(f?.messageKey).toBe('findings.wlz.eigen-bijdrage-mpt-low-hours')
    expect([f?.params.mptHours, f?.params.amountCents, f?.params.minCents, f?.params.maxCents]).toEqual([
      20, 30_40, 30_40, 30_40,
    ])
  })

  it('charges the lage bijdrage on the income above twenty hours', () => {
    // 21 hours: 10% × (3.000,00 − 643,97) = 10% × 2.356,03 = 235,603 → 235,60; − 182,20 = 53,40.
    const r = run(household([client(3_000_00)]), scenario([mpt(21)]))
    expect(month(r, '2026-03').client).toBe(53_40)
    // A low income above twenty hours: 10% × (1.200,00 − 643,97) = 55,60 < 212,60 → 212,60 − 182,20.
    const low = run(household([client(1_200_00)]), scenario([mpt(21)]))
    expect(month(low, '2026-03').client).toBe(30_40)
    expect(findingsOf(low, 'wlz.eigen-bijdrage')[0]?.messageKey).toBe(
      'findings.wlz.eigen-bijdrage-lage-care-at-home',
    )
  })

  it('counts the hours of the month: 4,5 hours a week is 18 in February, 22,5 in a 35-day span no month has', () => {
    // February 2026: 4,5 × 28 / 7 = 18 hours → lid 5; March: 4,5 × 31 / 7 = 19,93 → lid 5;
    // 5 hours a week in March: 5 × 31 / 7 = 22,14 → the lage bijdrage (53,40 on 3.000,00, as above
    // with the same income: 10% × 2.356,03 = 235,60 − 182,20).
    const r = run(household([client(3_000_00)]), scenario([mpt(4.5, { frequency: 'week' })]))
    expect(month(r, '2026-02').client).toBe(30_40)
    expect(month(r, '2026-03').client).toBe(30_40)
    const five = run(household([client(3_000_00)]), scenario([mpt(5, { frequency: 'week' })]))
    expect(month(five, '2026-02').client).toBe(30_40) // 5 × 28 / 7 = 20 hours
    expect(month(five, '2026-03').client).toBe(53_40)
  })

  it('does not apply next to a pgb (lid 5 sub a)', () => {
    const pgb = line({
      provisionId: 'wlz.mpt',
      personId: 'p1',
      deliveryForm: 'pgb',
      volume: 2,
      frequency: 'month',
      rateCents: 60_00,
    })
    const r = run(household([client(3_000_00)]), scenario([mpt(10), pgb]))
    expect(month(r, '2026-03').client).toBe(53_40)
  })

  it('for spouses who both have an mpt: applies unless each received more than twenty hours (lid 6)', () => {
    const partner = person({
      id: 'p2',
      role: 'partner',
      birthDate: '1951-01-01',
      income: { kind: 'aow', netMonthlyCents: 1_000_00 },
      wlzIndication: { from: '2025-01-01' },
    })
    const h = household([client(3_000_00), partner])
    const oneLow = run(h, scenario([mpt(10), mpt(30, { personId: 'p2' })]))
    expect(month(oneLow, '2026-03').client).toBe(30_40)
    // Both above twenty: one lage bijdrage on the joint income: 10% × (4.000,00 − 643,97) = 335,603 →
    // 335,60; − 182,20 = 153,40.
    const bothHigh = run(h, scenario([mpt(25), mpt(30, { personId: 'p2' })]))
    expect(month(bothHigh, '2026-03').client).toBe(153_40)
  })
})
