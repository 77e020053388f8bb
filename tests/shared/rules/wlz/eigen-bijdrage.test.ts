/**
 * wlz.eigen-bijdrage — CAK lage/hoge eigen bijdrage (Wlz art. 3.2.5; Besluit langdurige zorg
 * art. 3.3.2.1–3.3.2.2; CAK "Hoge en lage eigen bijdrage"). Expected values are arithmetic from
 * the parameter series; the engine's amounts are labelled estimates on recorded net income.
 * Since 2019 (stb. 2018, 444) the lage bijdrage runs four months, since 2018 (stb. 2017, 460) it is
 * 10% of the income: the expectations below follow that (they said six months and 12.5% before).
 */
import { describe, expect, it } from 'vitest'
import { hasWlzAmounts, WLZ_EIGEN_BIJDRAGE, valueAt, evaluateScenario, EXAMPLE_VAN_DEN_BERG } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'
import { lageMonthsForStayFrom } from '#shared/rules/wlz/eigen-bijdrage'

/** The Wlz amounts in force on `date` (a year with sourced amounts). */
function wlzAmounts(date: string) {
  const v = valueAt(WLZ_EIGEN_BIJDRAGE, date)
  if (!hasWlzAmounts(v)) throw new Error(`no Wlz amounts on ${date}`)
  return v
}

const P = wlzAmounts('2026-01-01')
const lage = (incomeCents: number): number =>
  Math.min(P.lageMaxCents, Math.max(P.lageMinCents, cents(incomeCents * P.lagePercent, 100)))
/**
 * The hoge bijdrage of a single resident at AOW age on € 1.725,00 net a month in 2026 (Regeling
 * langdurige zorg art. 4.3–4.6, yearly on 20.700): zak- en kleedgeld 4.925 + aftrekpost 1.294; premium
 * 1.987 + 5,32% × 20.700 = 3.088,24 (≥ 3.029,45) less the zorgtoeslag amount 1.483 = 1.605,24; extra
 * vrijlating 25% × (20.700 − 4.925 − 1.294 − 1.605,24 − 11.830) = 261,44; 8.085,68 / 12 = 673,81 →
 * 1.725,00 − 673,81.
 */
const HOGE_1725_AOW = 1_725_00 - 673_81

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
  it('charges the lage bijdrage for the first 4 months of a stay and the hoge from the 5th (boundary 1 May)', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay()]))
    expect(P.lageMonths).toBe(4)
    expect(month(r, '2026-01').client).toBe(lage(1_725_00))
    expect(month(r, '2026-04').client).toBe(lage(1_725_00))
    expect(month(r, '2026-05').client).toBe(HOGE_1725_AOW)
    expect(findingsOf(r, 'wlz.eigen-bijdrage').map((f) => [f.month, f.params.regime])).toEqual([
      ['2026-01', 'lage'],
      ['2026-05', 'hoge'],
    ])
  })

  it('counts the 4 months from the admission date: admitted 15 January, still lage in May, hoge in June', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay({ startDate: '2026-01-15' })]))
    expect(month(r, '2026-05').client).toBe(lage(1_725_00))
    expect(month(r, '2026-06').client).toBe(HOGE_1725_AOW)
  })

  it.each([
    // 10% × 1.000,00 = 100,00 < minimum 212,60
    ['a low income pays the lage minimum', 1_000_00, P.lageMinCents],
    // 10% × 4.000,00 = 400,00
    ['10% of the income in between', 4_000_00, cents(4_000_00 * 10, 100)],
    // 10% × 12.000,00 = 1.200,00 > maximum 1.115,80
    ['a high income pays the lage maximum', 12_000_00, P.lageMaxCents],
  ])('lage bijdrage: %s', (_label, income, expected) => {
    const r = run(household([aowClient(income)]), scenario([stay()]))
    expect(month(r, '2026-01').client).toBe(expected)
  })

  describe('the hoge bijdrage has no minimum (bug: it never fell below the lage minimum, Blz art. 3.3.2.1 lid 2)', () => {
    const below = (net: number) =>
      person({
        id: 'p1',
        birthDate: '1970-03-03',
        income: { kind: 'benefit', netMonthlyCents: net },
        wlzIndication: { from: '2025-01-01' },
      })
    it('charges a resident whose income the deductions take entirely nothing from the 5th month', () => {
      // Below AOW age: deductions (Rlz 2026 art. 4.3 sub a and 4.5 sub a) (4.925 + 2.315) / 12 =
      // 603,333 → 603,33 a month. 500,00 − 603,33 < 0 → hoge 0,00 (the old floor charged the lage
      // minimum 212,60).
      const r = run(household([below(500_00)]), scenario([stay({ startDate: '2026-03-01' })]))
      expect(month(r, '2026-07').client).toBe(0)
      const hoge = findingsOf(r, 'wlz.eigen-bijdrage').find((f) => f.params.regime === 'hoge')
      expect(hoge?.params.minCents).toBe(0)
    })
    it('charges the income less the deductions when that is below the lage minimum', () => {
      // Yearly 8.640: 4.925 + 2.315 + premium (1.987 + 5,32% × 8.640 = 2.446,65 − 1.483 = 963,65), no
      // extra vrijlating; 8.203,65 / 12 = 683,64 → 720,00 − 683,64 = 36,36, below the lage minimum of
      // 212,60 and still owed as it is.
      const r = run(household([below(720_00)]), scenario([stay()]))
      expect(month(r, '2026-07').client).toBe(36_36)
    })
  })

  describe('no lage bijdrage for an income at most the institution norm plus the minimum (Blz art. 3.3.2.2 lid 9)', () => {
    const onBijstand = (id: string, role: 'client' | 'partner', birthDate: string, wlz: boolean) =>
      person({
        id,
        birthDate,
        role,
        income: { kind: 'bijstand', netMonthlyCents: 0 },
        ...(wlz ? { wlzIndication: { from: '2025-01-01' } } : {}),
      })
    it('charges a single care-home resident on the institution norm nothing, of the CAK’s own motion', () => {
      // Art. 23 lid 1 and 2: 443,76 + 47,00 = 490,76 bijstand; lid 9 (2026 text): at most 490,76 +
      // the minimum 212,60 = 703,36 — the lage bijdrage is not owed.
      const r = run(household([onBijstand('p1', 'client', '1980-01-01', true)]), scenario([stay()]))
      expect(month(r, '2026-01')['gemeente-bijstand']).toBe(490_76)
      expect(r.totalByPayer.client).toBe(0)
      const f = findingsOf(r, 'wlz.eigen-bijdrage')
      expect(f[0]?.messageKey).toBe('findings.wlz.eigen-bijdrage-lage-waived-low-income')
      expect(f[0]?.params.thresholdCents).toBe(490_76 + 212_60)
      expect(f[0]?.params.minCents).toBe(P.lageMinCents)
      // From the 5th month the hoge bijdrage: 490,76 − 603,33 < 0 → 0 (lid 9 is not needed).
      expect(f.at(-1)?.messageKey).toBe('findings.wlz.eigen-bijdrage-hoge')
    })
    const single = (net: number) =>
      person({
        id: 'p1',
        birthDate: '1970-03-03',
        income: { kind: 'benefit', netMonthlyCents: net },
        wlzIndication: { from: '2025-01-01' },
      })
    it('waives it at exactly 703,36 a month and charges the minimum one cent above (2026)', () => {
      // 443,76 + 47,00 + 212,60 = 703,36: "gelijk aan of lager" — waived; 703,37 is above it.
      const at = run(household([single(703_36)]), scenario([stay()]))
      expect(month(at, '2026-02').client).toBe(0)
      const above = run(household([single(703_37)]), scenario([stay()]))
      expect(month(above, '2026-02').client).toBe(212_60)
    })
    it('uses the July 2026 institution norm from July: 449,44 + 47,00 + 212,60 = 709,04', () => {
      const r = run(household([single(705_00)]), scenario([stay({ startDate: '2026-05-01' })]))
      expect(month(r, '2026-06').client).toBe(212_60)
      expect(month(r, '2026-07').client).toBe(0)
    })
    it('compares a couple’s joint income with the norm for gehuwden: 690,27 + 106,00 + 212,60 = 1.008,87', () => {
      const spouse = (net: number) =>
        person({
          id: 'p2',
          birthDate: '1972-01-01',
          role: 'partner',
          income: { kind: 'benefit', netMonthlyCents: net },
        })
      const waived = run(household([single(500_00), spouse(508_87)]), scenario([stay()]))
      expect(month(waived, '2026-02').client).toBe(0)
      const owed = run(household([single(500_00), spouse(508_88)]), scenario([stay()]))
      expect(month(owed, '2026-02').client).toBe(212_60)
    })
    it('still charges the lage bijdrage when only one spouse is inside (art. 23 lid 3, not lid 1)', () => {
      const h = household([
        onBijstand('p1', 'client', '1976-01-01', true),
        onBijstand('p2', 'partner', '1978-01-01', false),
      ])
      const r = run(h, scenario([stay()]))
      // Art. 23 lid 3: 490,76 + 1.401,50 = 1.892,26; lage 10% = 189,226 < minimum → 212,60.
      expect(month(r, '2026-01')['gemeente-bijstand']).toBe(1_892_26)
      expect(month(r, '2026-01').client).toBe(P.lageMinCents)
    })
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

  it('charges Wlz care at home (pgb) the lage bijdrage throughout, less the pgb reduction (Blz art. 3.3.2.2 lid 4)', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay({ deliveryForm: 'pgb' })]))
    expect(month(r, '2026-12').client).toBe(lage(1_725_00) - P.pgbReductionCents)
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
    // Her net income 1.725,00 less the Rlz 2026 deductions at AOW age (HOGE_1725_AOW): 1.051,19.
    expect(month(r, '2026-07').client).toBe(1_051_19)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')[0]
    expect(f?.params.minCents).toBe(P.lageMinCents)
    expect(f?.params.maxCents).toBe(P.lageMaxCents)
    expect(r.trace.some((t) => t.ruleId === 'wlz.eigen-bijdrage' && t.outcome.includes('ESTIMATE'))).toBe(
      true,
    )
  })
  describe('a married couple who both receive Wlz care (bug: each spouse was charged on the joint income)', () => {
    const partner = (net: number) =>
      person({
        id: 'p2',
        birthDate: '1943-01-01',
        role: 'partner',
        income: { kind: 'aow', netMonthlyCents: net },
        wlzIndication: { from: '2025-01-01' },
      })
    // The couple's hoge bijdrage on 1.500,00 + 1.300,00 (Rlz 2026, yearly, joint 33.600): 7.661 +
    // 1.294; premium 2.944,60 + 2.816,92 = 5.761,52 less 2.833 − 13,67% × 6.780 = 1.906,17 → 3.855,35;
    // extra vrijlating 25% × (33.600 − 7.661 − 1.294 − 3.855,35 − 13.894) = 1.723,91; 14.534,26 / 12 =
    // 1.211,19 → 2.800,00 − 1.211,19 = 1.588,81 (hand-computed.test.ts, case 30).
    const HOGE_COUPLE_2800 = 1_588_81

    it('charges one lage bijdrage for the two, then one hoge once both stay beyond four months (Blz art. 3.3.2.1 lid 1 sub b, 3.3.2.2 lid 1 sub b)', () => {
      const r = run(
        household([aowClient(1_500_00), partner(1_300_00)]),
        scenario([stay(), stay({ personId: 'p2' })]),
      )
      expect(month(r, '2026-04').client).toBe(lage(2_800_00))
      expect(month(r, '2026-05').client).toBe(HOGE_COUPLE_2800)
      expect(findingsOf(r, 'wlz.eigen-bijdrage').map((f) => f.personId)).toEqual(['p1', 'p1'])
    })

    it('keeps the couple at one lage bijdrage while the partner stays within the first four months', () => {
      const r = run(
        household([aowClient(1_500_00), partner(1_300_00)]),
        scenario([stay(), stay({ personId: 'p2', startDate: '2026-04-01' })]),
      )
      // The client passed four months in May; the partner only in August (art. 3.3.2.2 lid 1 sub b).
      expect(month(r, '2026-07').client).toBe(lage(2_800_00))
      expect(month(r, '2026-08').client).toBe(HOGE_COUPLE_2800)
    })

    it('charges one lage bijdrage when one stays and the other has a vpt at home (art. 3.3.2.2 lid 2 sub b)', () => {
      const r = run(
        household([aowClient(1_500_00), partner(1_300_00)]),
        scenario([stay(), line({ provisionId: 'wlz.vpt', personId: 'p2', unit: 'etmaal', volume: 7 })]),
      )
      expect(month(r, '2026-01').client).toBe(lage(2_800_00))
      expect(month(r, '2026-12').client).toBe(lage(2_800_00))
    })
  })
  it.each([
    ['a student son of 26 keeps the lage bijdrage', '2000-01-10', 'student', true],
    ['a student son of 27 does not (studiefinanciering only under 27)', '1999-01-10', 'student', false],
    ['a working son of 22 does not', '2004-01-10', 'work', false],
  ] as const)('Blz art. 3.3.2.2 lid 1 sub c: %s', (_label, birthDate, kind, lageInJuly) => {
    const son = person({ id: 'k', birthDate, role: 'child', income: { kind, netMonthlyCents: 0 } })
    const r = run(household([aowClient(1_725_00), son]), scenario([stay()]))
    expect(month(r, '2026-07').client).toBe(lageInJuly ? lage(1_725_00) : HOGE_1725_AOW)
  })
})

describe('the lage months follow the regime in force when the stay began (INTRAMURAL_LAGE_REGIME)', () => {
  it.each([
    // [stay start, lage months]: six before 2019 (Blz 2015 text), four from 1 January 2019 (Stb. 2018, 444)
    ['2014-06-01', 6], // before the first dated entry: the 2015 entry, no error
    ['2018-12-31', 6],
    ['2019-01-01', 4],
  ] as const)('a stay from %s has %i lage months', (start, months) => {
    expect(lageMonthsForStayFrom(start)).toBe(months)
  })

  it('charges a resident admitted in 2014 the hoge bijdrage from the scenario’s first month', () => {
    const r = run(household([aowClient(1_725_00)]), scenario([stay({ startDate: '2014-06-01' })]))
    expect(month(r, '2026-01').client).toBe(HOGE_1725_AOW)
  })
})
