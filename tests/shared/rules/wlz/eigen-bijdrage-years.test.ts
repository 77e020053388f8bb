/**
 * wlz.eigen-bijdrage across the years (Besluit langdurige zorg art. 3.3.1.7: the amounts change every
 * 1 January by ministerial regeling). Sourced years are computed from their own amounts; a year whose
 * amounts could not be sourced (2016–2019) is refused with a finding, never an error. Also the pgb
 * reduction (art. 3.3.2.2 lid 4) and the extra vermogensvrijstelling (art. 3.3.1.2 lid 1 sub b).
 * Expected values are arithmetic from the cited figures (shared/parameters/wlz.ts).
 */
import { describe, expect, it } from 'vitest'
import { WLZ_EIGEN_BIJDRAGE, entryAt, hasWlzAmounts, valueAt, type Person } from '#shared'
import {
  extraVrijstellingCount,
  intramuralContribution,
  lageMonthsForStayFrom,
  pgbReductionApplies,
  wlzParamsAt,
} from '#shared/rules/wlz/eigen-bijdrage'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

function wlzAmounts(date: string) {
  const v = valueAt(WLZ_EIGEN_BIJDRAGE, date)
  if (!hasWlzAmounts(v)) throw new Error(`no Wlz amounts on ${date}`)
  return v
}

const client = (net: number, extra: Partial<Person> = {}): Person =>
  person({
    id: 'p1',
    birthDate: '1935-05-14',
    income: { kind: 'aow', netMonthlyCents: net },
    wlzIndication: { from: '2015-01-01' },
    ...extra,
  })
/** A Wlz stay at an agreed € 250,00 an etmaal: far above any bijdrage. */
const stay = (startDate: string, extra: Partial<Parameters<typeof line>[0]> = {}) =>
  line({
    provisionId: 'wlz.verblijf',
    personId: 'p1',
    unit: 'etmaal',
    volume: 7,
    rateCents: 250_00,
    startDate,
    ...extra,
  })
const yearOf = (startDate: string, months = 12) => ({ startDate, horizonMonths: months })

describe('Wlz amounts per year (WLZ_EIGEN_BIJDRAGE)', () => {
  it.each([
    // [date, lage minimum, lage maximum, hoge maximum, pgb reduction, extra vermogensvrijstelling]
    ['2015-01-01', 158_60, 832_60, 2_284_60, 136_00, 10_000_00], // Blz as enacted
    ['2020-01-01', 168_00, 881_60, 2_419_40, 144_20, 10_253_00], // stcrt. 2019, 54031
    ['2021-01-01', 171_40, 899_80, 2_469_20, 147_00, 10_376_00], // stcrt. 2020, 50558
    ['2022-01-01', 174_00, 913_20, 2_506_00, 149_20, 10_542_00], // stcrt. 2021, 42808
  ] as const)(
    'on %s: lage %i–%i, hoge max %i, pgb reduction %i, vrijstelling %i',
    (date, min, max, hoge, pgb, vrij) => {
      const v = wlzAmounts(date)
      expect([v.lageMinCents, v.lageMaxCents, v.hogeMaxCents, v.pgbReductionCents]).toEqual([
        min,
        max,
        hoge,
        pgb,
      ])
      expect(v.extraVermogensvrijstellingCents).toBe(vrij)
    },
  )

  it('has no amounts for 2016 to 2019 and says so in the data (confidence L, unverified)', () => {
    for (const date of ['2016-01-01', '2017-06-30', '2018-12-31', '2019-12-31']) {
      const e = entryAt(WLZ_EIGEN_BIJDRAGE, date)
      expect(hasWlzAmounts(e.value)).toBe(false)
      expect([e.confidence, e.verified]).toEqual(['L', false])
    }
    expect(wlzParamsAt('2019-12-31', 2).available).toBe(false)
    expect(wlzParamsAt('2020-01-01', 2).available).toBe(true)
    expect(wlzParamsAt('2015-12-31', 2).available).toBe(true)
    // Before the Wlz (1 January 2015): unavailable, not an error.
    expect(wlzParamsAt('2014-12-31', 2)).toEqual({ available: false, entry: null })
  })

  it('marks the carried 2023–2024 and stand-in 2025–2026 amounts unverified (L)', () => {
    for (const date of ['2023-01-01', '2024-12-31', '2025-01-01', '2026-01-01']) {
      const e = entryAt(WLZ_EIGEN_BIJDRAGE, date)
      expect([e.confidence, e.verified]).toEqual(['L', false])
    }
  })
})

describe('a year without sourced Wlz amounts is refused cleanly, never an error', () => {
  // A client below AOW age on a benefit, and an explicit informal-hour value: the engine holds the
  // minimum wage (the default shadow price) and the AIO norms from 2024 only, so this keeps the test
  // about the Wlz amounts (as tests/shared/engine/rule-versions.test.ts does for 2019).
  const younger = client(1_725_00, {
    birthDate: '1960-03-03',
    income: { kind: 'benefit', netMonthlyCents: 1_725_00 },
  })
  const before2024 = (startDate: string, months = 12) => ({
    ...yearOf(startDate, months),
    assumptions: { indexationPercentPerYear: 0, informalHourValueCents: 14_71 },
  })

  it('2016: a nursing-home stay evaluates, charges nothing and says the figure is not available', () => {
    const r = run(household([younger]), scenario([stay('2016-01-01')], before2024('2016-01-01')))
    expect(month(r, '2016-06').client).toBe(0)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    expect(f.map((x) => [x.month, x.messageKey, x.severity, x.params.year])).toEqual([
      ['2016-01', 'findings.wlz.eigen-bijdrage-year-unavailable', 'warning', 2016],
    ])
    // The trace says it was not estimated and cites the gap entry.
    const trace = r.trace.filter((t) => t.ruleId === 'wlz.eigen-bijdrage')
    expect(trace[0]?.outcome).toMatch(/^NOT ESTIMATED from 2016-01/)
  })

  it('2019 into 2020: refused through December 2019, computed from the 2020 amounts from January', () => {
    // Stay from 1 October 2019 (four lage months, stb. 2018, 444): Oct–Dec refused; January 2020 is
    // the fourth lage month: 10% × 1.725,00 = 172,50 ≥ 168,00 → 172,50; from February the hoge
    // bijdrage below AOW age: 1.725,00 − (3.906 + 2.234) / 12 = 1.725,00 − 511,67 (6.140 / 12 =
    // 511,667) = 1.213,33.
    const r = run(household([younger]), scenario([stay('2019-10-01')], before2024('2019-10-01', 6)))
    expect(['2019-10', '2019-11', '2019-12'].map((m) => month(r, m).client)).toEqual([0, 0, 0])
    expect(month(r, '2020-01').client).toBe(172_50)
    expect(month(r, '2020-02').client).toBe(1_725_00 - 511_67)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    expect(f.map((x) => [x.month, x.messageKey])).toEqual([
      ['2019-10', 'findings.wlz.eigen-bijdrage-year-unavailable'],
      ['2020-01', 'findings.wlz.eigen-bijdrage-lage-first-months'],
      ['2020-02', 'findings.wlz.eigen-bijdrage-hoge'],
    ])
  })

  it('2015: the Blz as enacted, 12.5% for six months, then the hoge bijdrage with the 2015 deductions', () => {
    // Lage: 12,5% × 1.725,00 = 215,625 → 215,63 (≥ 158,60), January–June. Hoge from July, below
    // AOW age: 1.725,00 − (3.517 + 1.727) / 12 = 1.725,00 − 437,00 = 1.288,00 (≤ 2.284,60).
    const r = run(household([younger]), scenario([stay('2015-01-01')], before2024('2015-01-01')))
    expect(month(r, '2015-06').client).toBe(215_63)
    expect(month(r, '2015-07').client).toBe(1_288_00)
  })

  it('2024 (the 2022 amounts carried) is computed and marked unverified', () => {
    const r = run(household([client(1_725_00)]), scenario([stay('2024-01-01')], yearOf('2024-01-01', 1)))
    // 10% × 1.725,00 = 172,50 < 174,00 → 174,00.
    expect(month(r, '2024-01').client).toBe(174_00)
    expect(findingsOf(r, 'wlz.eigen-bijdrage')[0]?.params.unverified).toBe(1)
  })
})

describe('the Wlz amounts of 2015 and 2020 give the bijdrage the law sets (intramuralContribution)', () => {
  const single = (date: string, regime: 'lage' | 'hoge', income: number) =>
    intramuralContribution({
      regime,
      incomeMonthlyCents: income,
      couple: false,
      reachedAow: true,
      params: wlzAmounts(date),
    }).cents
  it.each([
    // 2015 (Blz as enacted, Rlz 2015): lage 12,5% × 1.725,00 = 215,625 → 215,63 (≥ 158,60);
    // hoge 1.725,00 − (3.517 + 965) / 12 = 1.725,00 − 373,50 = 1.351,50.
    ['2015-06-01', 'lage', 1_725_00, 215_63],
    ['2015-06-01', 'hoge', 1_725_00, 1_351_50],
    ['2015-06-01', 'lage', 12_000_00, 832_60],
    ['2015-06-01', 'hoge', 12_000_00, 2_284_60],
    // 2020 (stcrt. 2019, 54031): lage 10% × 1.725,00 = 172,50 (≥ 168,00); hoge 1.725,00 −
    // (3.906 + 1.249) / 12 = 1.725,00 − 429,58 (5.155 / 12 = 429,583) = 1.295,42.
    ['2020-06-01', 'lage', 1_725_00, 172_50],
    ['2020-06-01', 'hoge', 1_725_00, 1_295_42],
    ['2020-06-01', 'lage', 1_000_00, 168_00],
    ['2020-06-01', 'hoge', 12_000_00, 2_419_40],
  ] as const)('%s %s on %i → %i', (date, regime, income, expected) => {
    expect(single(date, regime, income)).toBe(expected)
  })

  it('keeps six lage months for a stay that began in 2018 and four from 2019 (stb. 2018, 444)', () => {
    expect(lageMonthsForStayFrom('2018-12-31')).toBe(6)
    expect(lageMonthsForStayFrom('2019-01-01')).toBe(4)
  })
})

describe('pgbReductionApplies (Blz art. 3.3.2.2 lid 4)', () => {
  const base = {
    ownPgb: false,
    ownMpt: false,
    hasPartner: false,
    partnerPgb: false,
    partnerMpt: false,
    wmoMaatwerk: false,
  }
  it.each([
    ['a: unmarried client with a pgb', { ownPgb: true }, true],
    ['unmarried client with an mpt in natura', { ownMpt: true }, false],
    ['b: spouses who both have a pgb', { hasPartner: true, ownPgb: true, partnerPgb: true }, true],
    ['b: one spouse a pgb, the other an mpt', { hasPartner: true, ownMpt: true, partnerPgb: true }, true],
    ['married, pgb, spouse without Wlz or Wmo care', { hasPartner: true, ownPgb: true }, false],
    [
      'c: married, pgb, spouse with Wmo maatwerk',
      { hasPartner: true, ownPgb: true, wmoMaatwerk: true },
      true,
    ],
    ['married, both mpt in natura', { hasPartner: true, ownMpt: true, partnerMpt: true }, false],
  ] as const)('%s', (_label, input, expected) => {
    expect(pgbReductionApplies({ ...base, ...input })).toBe(expected)
  })

  const mpt = (deliveryForm: 'zin' | 'pgb', personId = 'p1') =>
    line({
      provisionId: 'wlz.mpt',
      personId,
      deliveryForm,
      volume: 20,
      rateCents: 50_00,
      startDate: '2024-01-01',
    })

  it('takes the reduction off a single pgb holder’s lage bijdrage (2024)', () => {
    // 2024 (2022 amounts carried): lage 10% × 1.725,00 = 172,50 < 174,00 → 174,00 − 149,20 = 24,80.
    const r = run(household([client(1_725_00)]), scenario([mpt('pgb')], yearOf('2024-01-01')))
    expect(month(r, '2024-03').client).toBe(174_00 - 149_20)
    const f = findingsOf(r, 'wlz.eigen-bijdrage').filter(
      (x) => x.messageKey === 'findings.wlz.eigen-bijdrage-pgb-reduction',
    )
    expect(f.map((x) => [x.month, x.params.pgbReductionCents, x.params.amountCents])).toEqual([
      ['2024-01', 149_20, 24_80],
    ])
  })

  it('gives no reduction for an mpt in natura', () => {
    const r = run(household([client(1_725_00)]), scenario([mpt('zin')], yearOf('2024-01-01')))
    expect(month(r, '2024-03').client).toBe(174_00)
  })

  it('gives a married pgb holder the reduction only with Wmo maatwerk in the household (sub c)', () => {
    // Couple: lage on both incomes, 10% × (1.725,00 + 1.300,00) = 302,50; with the partner's Wmo
    // household help: 302,50 − 149,20 = 153,30.
    const partner = person({
      id: 'p2',
      role: 'partner',
      birthDate: '1938-02-02',
      income: { kind: 'aow', netMonthlyCents: 1_300_00 },
    })
    const hbh = line({
      provisionId: 'wmo.hulp-bij-het-huishouden',
      personId: 'p2',
      volume: 2,
      startDate: '2024-01-01',
    })
    const without = run(household([client(1_725_00), partner]), scenario([mpt('pgb')], yearOf('2024-01-01')))
    expect(month(without, '2024-03').client).toBe(302_50)
    const withWmo = run(
      household([client(1_725_00), partner]),
      scenario([mpt('pgb'), hbh], yearOf('2024-01-01')),
    )
    expect(month(withWmo, '2024-03').client).toBe(302_50 - 149_20)
  })
})

describe('extra vermogensvrijstelling (Blz art. 3.3.1.2 lid 1 sub b)', () => {
  it.each([
    ['client below AOW age, no spouse counted', { clientBelowAow: true, spouse: null }, 1],
    ['client at AOW age, no spouse counted', { clientBelowAow: false, spouse: null }, 0],
    ['spouse at AOW age', { clientBelowAow: false, spouse: { reachedAow: true, owesOwnBijdrage: true } }, 1],
    [
      'spouse below AOW age, at home without a bijdrage',
      { clientBelowAow: true, spouse: { reachedAow: false, owesOwnBijdrage: false } },
      2,
    ],
    [
      'spouse below AOW age in the same Wlz unit',
      { clientBelowAow: true, spouse: { reachedAow: false, owesOwnBijdrage: true } },
      1,
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(extraVrijstellingCount(input)).toBe(expected)
  })

  it('deducts it from the vermogen of a client below AOW age before the 4% bijtelling (2024)', () => {
    // 2024 (2022 amounts carried, unverified): peiljaar 2022, heffingsvrij vermogen 50.650.
    // Vermogen 100.000 − 50.650 − 10.542 = 38.808; 4% = 1.552,32 a year → 129,36 a month. Benefit
    // 1.000,00, hoge from May: 1.000,00 + 129,36 − (4.583 + 2.234) / 12 = 1.129,36 − 568,08 = 561,28.
    const young = client(1_000_00, {
      birthDate: '1980-01-01',
      income: { kind: 'benefit', netMonthlyCents: 1_000_00 },
      assetsCents: 100_000_00,
    })
    const r = run(household([young]), scenario([stay('2024-01-01')], yearOf('2024-01-01')))
    expect(month(r, '2024-05').client).toBe(561_28)
    const hoge = findingsOf(r, 'wlz.eigen-bijdrage').find((f) => f.month === '2024-05')
    expect([hoge?.params.bijtellingCents, hoge?.params.extraVrijstellingCents]).toEqual([129_36, 10_542_00])
  })

  it('gives a client at AOW age none (2024)', () => {
    // Vermogen 100.000 − 50.650 = 49.350; 4% = 1.974,00 a year → 164,50 a month.
    const r = run(
      household([client(1_725_00, { assetsCents: 100_000_00 })]),
      scenario([stay('2024-01-01')], yearOf('2024-01-01')),
    )
    const hoge = findingsOf(r, 'wlz.eigen-bijdrage').find((f) => f.month === '2024-05')
    expect([hoge?.params.bijtellingCents, hoge?.params.extraVrijstellingCents]).toEqual([164_50, 0])
  })

  it('is left out from 2026 (Stb. 2025, 255 abolishes it; unverified)', () => {
    expect(wlzAmounts('2026-01-01').extraVermogensvrijstellingCents).toBe(0)
  })
})
