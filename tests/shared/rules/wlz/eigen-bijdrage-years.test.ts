/**
 * wlz.eigen-bijdrage across the years (Besluit langdurige zorg art. 3.3.1.7: the amounts change every
 * 1 January by ministerial regeling). Sourced years are computed from their own amounts; a year whose
 * amounts could not be sourced (2016) is refused with a finding, never an error. Also the reduction of
 * art. 3.3.2.2 lid 4 (pgb only in the 2015 text; mpt or pgb since 2017) and the extra
 * vermogensvrijstelling (art. 3.3.1.2 lid 1 sub b, gone in 2026).
 * Expected values are arithmetic from the amounts printed in the Blz texts of 1 January of each year
 * (wetten.overheid.nl BWBR0035948/<date>, read via MinBZK/regelrecht-corpus; 2020: stcrt. 2019, 54031).
 */
import { describe, expect, it } from 'vitest'
import { WLZ_EIGEN_BIJDRAGE, entryAt, hasWlzAmounts, valueAt, type Person } from '#shared'
import {
  extraVrijstellingCount,
  intramuralContribution,
  lageMonthsForStayFrom,
  lid4ReductionApplies,
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
    // [date, lage min, lage max, hoge max, lid-4 reduction, extra vermogensvrijstelling, art. 3.3.2.4
    // lid 1 mpt/pgb income reduction per year] — as printed in the Blz text of that date.
    ['2015-01-01', 158_60, 832_60, 2_284_60, 136_00, 10_000_00, 0], // Blz as enacted (no 3.3.2.4 reduction read)
    ['2017-01-01', 160_60, 842_80, 2_312_60, 137_60, 10_090_00, 6_030_00],
    ['2018-01-01', 161_80, 850_00, 2_332_60, 138_80, 10_141_00, 6_085_00],
    ['2019-01-01', 164_20, 861_80, 2_364_80, 140_80, 10_171_00, 6_103_00],
    ['2020-01-01', 168_00, 881_60, 2_419_40, 144_20, 10_253_00, 6_103_00], // stcrt. 2019, 54031; 2019 reduction
    ['2021-01-01', 171_40, 899_80, 2_469_20, 147_00, 10_376_00, 6_226_00],
    ['2022-01-01', 174_00, 913_20, 2_506_00, 149_20, 10_542_00, 6_325_00],
    ['2024-01-01', 200_40, 1_052_20, 2_887_40, 171_80, 10_850_00, 7_287_20],
    ['2025-01-01', 205_00, 1_076_60, 2_954_40, 175_80, 11_534_00, 7_456_20],
    ['2026-01-01', 212_60, 1_115_80, 3_061_80, 182_20, 0, 7_727_60], // no extra vrijstelling any more
  ] as const)(
    'on %s: lage %i–%i, hoge max %i, reduction %i, vrijstelling %i, mpt/pgb income %i',
    (date, min, max, hoge, reduction, vrij, incomeReduction) => {
      const v = wlzAmounts(date)
      expect([v.lageMinCents, v.lageMaxCents, v.hogeMaxCents, v.pgbReductionCents]).toEqual([
        min,
        max,
        hoge,
        reduction,
      ])
      expect(v.extraVermogensvrijstellingCents).toBe(vrij)
      expect(v.mptPgbIncomeReductionYearCents).toBe(incomeReduction)
    },
  )

  it.each([
    // Regeling langdurige zorg art. 4.3 (zak- en kleedgeld ongehuwd / gehuwden) and 4.5 (aftrekpost below
    // / at AOW age) of 2021, 2022 and 2026.
    ['2021-06-01', 3_906_00, 6_076_00, 1_867_00, 1_044_00],
    ['2022-06-01', 4_011_00, 6_239_00, 1_895_00, 1_059_00],
    ['2026-06-01', 4_925_00, 7_661_00, 2_315_00, 1_294_00],
  ] as const)('deducts the Regeling langdurige zorg amounts of %s', (date, single, couple, below, aow) => {
    const v = wlzAmounts(date)
    expect([
      v.zakEnKleedgeldSingleYearCents,
      v.zakEnKleedgeldCoupleYearCents,
      v.extraDeductionBelowAowYearCents,
      v.extraDeductionAowYearCents,
    ]).toEqual([single, couple, below, aow])
  })

  it('has no amounts for 2016 and says so in the data (confidence L, unverified)', () => {
    for (const date of ['2016-01-01', '2016-12-31']) {
      const e = entryAt(WLZ_EIGEN_BIJDRAGE, date)
      expect(hasWlzAmounts(e.value)).toBe(false)
      expect([e.confidence, e.verified]).toEqual(['L', false])
    }
    expect(wlzParamsAt('2016-12-31', 2).available).toBe(false)
    expect(wlzParamsAt('2017-01-01', 2).available).toBe(true)
    expect(wlzParamsAt('2015-12-31', 2).available).toBe(true)
    // Before the Wlz (1 January 2015): unavailable, not an error.
    expect(wlzParamsAt('2014-12-31', 2)).toEqual({ available: false, entry: null })
  })

  it('marks only the carried 2023 amounts as a low-confidence placeholder; 2024–2026 are read in the law', () => {
    expect([
      entryAt(WLZ_EIGEN_BIJDRAGE, '2023-06-01').confidence,
      entryAt(WLZ_EIGEN_BIJDRAGE, '2023-06-01').verified,
    ]).toEqual(['L', false])
    for (const date of ['2024-01-01', '2025-01-01', '2026-01-01'])
      expect(entryAt(WLZ_EIGEN_BIJDRAGE, date).verified).toBe(true)
    expect(entryAt(WLZ_EIGEN_BIJDRAGE, '2026-01-01').confidence).toBe('H')
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

  it('2016 into 2017: refused through December 2016, computed from the 2017 amounts from January', () => {
    // Stay from 1 October 2016: six lage months (the regime of the stay's first day). Oct–Dec refused;
    // January–March 2017 lage: 12,5% × 1.725,00 = 215,625 → 215,63 (160,60–842,80); from April the hoge
    // bijdrage below AOW age with the 2015 Rlz amounts standing in: 1.725,00 − (3.517 + 1.727) / 12 =
    // 1.725,00 − 437,00 = 1.288,00 (≤ 2.312,60).
    const r = run(household([younger]), scenario([stay('2016-10-01')], before2024('2016-10-01', 7)))
    expect(['2016-10', '2016-11', '2016-12'].map((m) => month(r, m).client)).toEqual([0, 0, 0])
    expect(month(r, '2017-01').client).toBe(215_63)
    expect(month(r, '2017-03').client).toBe(215_63)
    expect(month(r, '2017-04').client).toBe(1_288_00)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    expect(f.map((x) => [x.month, x.messageKey])).toEqual([
      ['2016-10', 'findings.wlz.eigen-bijdrage-year-unavailable'],
      ['2017-01', 'findings.wlz.eigen-bijdrage-lage-first-months'],
      ['2017-04', 'findings.wlz.eigen-bijdrage-hoge'],
    ])
  })

  it('2019 into 2020: four lage months from the 2019 and 2020 amounts, then the hoge bijdrage', () => {
    // Stay from 1 October 2019 (four lage months, Blz 2019 art. 3.3.2.2 lid 1 sub a): 10% × 1.725,00 =
    // 172,50 ≥ 164,20 (2019) and ≥ 168,00 (2020). From February 2020 the hoge bijdrage below AOW age
    // with the 2021 Rlz amounts standing in (art. 4.3–4.6, yearly 20.700): 3.906 + 1.867; premium 1.609
    // + 5,70% × 20.700 = 2.788,90 − 1.189 = 1.599,90; extra vrijlating 25% × (20.700 − 5.773 −
    // 1.599,90 − 7.041) = 1.571,53; 8.944,43 / 12 = 745,37 → 1.725,00 − 745,37 = 979,63.
    const r = run(household([younger]), scenario([stay('2019-10-01')], before2024('2019-10-01', 6)))
    expect(['2019-10', '2019-12', '2020-01'].map((m) => month(r, m).client)).toEqual([172_50, 172_50, 172_50])
    expect(month(r, '2020-02').client).toBe(979_63)
  })

  it('2015: the Blz as enacted, 12.5% for six months, then the hoge bijdrage with the 2015 deductions', () => {
    // Lage: 12,5% × 1.725,00 = 215,625 → 215,63 (≥ 158,60), January–June. Hoge from July, below
    // AOW age: 1.725,00 − (3.517 + 1.727) / 12 = 1.725,00 − 437,00 = 1.288,00 (≤ 2.284,60).
    const r = run(household([younger]), scenario([stay('2015-01-01')], before2024('2015-01-01')))
    expect(month(r, '2015-06').client).toBe(215_63)
    expect(month(r, '2015-07').client).toBe(1_288_00)
  })

  it('2023 (the 2022 amounts carried) is computed and marked unverified; 2024 is not', () => {
    const r = run(household([younger]), scenario([stay('2023-01-01')], before2024('2023-01-01', 13)))
    // 10% × 1.725,00 = 172,50 < 174,00 → 174,00 (2023, carried). Hoge from May, below AOW age, 2022
    // Rlz (art. 4.3–4.6, yearly 20.700): 4.011 + 1.895; premium 1.642 + 5,45% × 20.700 = 2.770,15 −
    // 1.250 = 1.520,15; extra vrijlating 25% × (20.700 − 5.906 − 1.520,15 − 7.319) = 1.488,71;
    // 8.914,86 / 12 = 742,91 → 1.725,00 − 742,91 = 982,09. January 2024, the 2025 Wmo deductions
    // standing in (no premium or extra vrijlating read): 1.725,00 − (4.583 + 2.234) / 12 = 1.156,92.
    expect(month(r, '2023-01').client).toBe(174_00)
    expect(month(r, '2023-05').client).toBe(982_09)
    expect(month(r, '2024-01').client).toBe(1_156_92)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    expect(f.map((x) => [x.month, x.params.unverified])).toEqual([
      ['2023-01', 1],
      ['2023-05', 1],
      ['2024-01', 0],
    ])
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
    // 2020 (stcrt. 2019, 54031; the 2021 Rlz amounts standing in): lage 10% × 1.725,00 = 172,50
    // (≥ 168,00); hoge at AOW age (yearly 20.700): 3.906 + 1.044; premium 1.609 + 1.179,90 = 2.788,90
    // (≥ 2.493,56) − 1.189 = 1.599,90; extra vrijlating 25% × (20.700 − 4.950 − 1.599,90 − 9.264) =
    // 1.221,53; 7.771,43 / 12 = 647,62 → 1.725,00 − 647,62 = 1.077,38.
    ['2020-06-01', 'lage', 1_725_00, 172_50],
    ['2020-06-01', 'hoge', 1_725_00, 1_077_38],
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

describe('lid4ReductionApplies (Blz art. 3.3.2.2 lid 4)', () => {
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
  ] as const)('2015 text — %s', (_label, input, expected) => {
    expect(lid4ReductionApplies({ regime: '2015', ...base, ...input })).toBe(expected)
  })
  it.each([
    ['a: unmarried client with a pgb', { ownPgb: true }, true],
    ['a: unmarried client with an mpt', { ownMpt: true }, true],
    ['b: married, an mpt, spouse without Wlz or Wmo care', { hasPartner: true, ownMpt: true }, true],
    ['b: married, both mpt in natura', { hasPartner: true, ownMpt: true, partnerMpt: true }, true],
    ['b: married, the spouse of the unit has a pgb', { hasPartner: true, partnerPgb: true }, true],
    ['no mpt or pgb in the unit (a stay or a vpt)', { hasPartner: true, wmoMaatwerk: true }, false],
  ] as const)('text since 2017 — %s', (_label, input, expected) => {
    expect(lid4ReductionApplies({ regime: '2017', ...base, ...input })).toBe(expected)
  })

  const mpt = (deliveryForm: 'zin' | 'pgb', personId = 'p1', startDate = '2024-01-01') =>
    line({
      provisionId: 'wlz.mpt',
      personId,
      deliveryForm,
      volume: 20,
      rateCents: 50_00,
      startDate,
    })
  // 2024: art. 3.3.2.4 lid 1 takes 7.287,20 / 12 = 607,267 → 607,27 a month off the income of the lage
  // bijdrage with an mpt or pgb; lid 4 then takes 171,80 off the bijdrage.

  it('takes both reductions off a single pgb holder’s lage bijdrage (2024)', () => {
    // 10% × (1.725,00 − 607,27) = 10% × 1.117,73 = 111,773 → 111,77 < 200,40 → 200,40 − 171,80 = 28,60.
    const r = run(household([client(1_725_00)]), scenario([mpt('pgb')], yearOf('2024-01-01')))
    expect(month(r, '2024-03').client).toBe(200_40 - 171_80)
    const f = findingsOf(r, 'wlz.eigen-bijdrage').filter(
      (x) => x.messageKey === 'findings.wlz.eigen-bijdrage-mpt-pgb-reduction',
    )
    expect(
      f.map((x) => [
        x.month,
        x.params.pgbReductionCents,
        x.params.incomeReductionYearCents,
        x.params.amountCents,
      ]),
    ).toEqual([['2024-01', 171_80, 7_287_20, 28_60]])
  })

  it('gives an mpt in natura of more than twenty hours the same reductions (2024)', () => {
    // 20 hours a week: about 86 hours a month, above the twenty of lid 5 → the lage bijdrage, 28,60.
    const r = run(household([client(1_725_00)]), scenario([mpt('zin')], yearOf('2024-01-01')))
    expect(month(r, '2024-03').client).toBe(28_60)
  })

  it('takes the income reduction before the percentage: a higher income shows it (2024)', () => {
    // 10% × (3.500,00 − 607,27) = 289,273 → 289,27 − 171,80 = 117,47 (without the income reduction:
    // 350,00 − 171,80 = 178,20).
    const r = run(household([client(3_500_00)]), scenario([mpt('pgb')], yearOf('2024-01-01')))
    expect(month(r, '2024-03').client).toBe(117_47)
  })

  it('gives a married mpt/pgb unit the reduction with or without Wmo maatwerk (2024, sub b)', () => {
    // Couple: lage on both incomes less the income reduction: 10% × (1.725,00 + 1.300,00 − 607,27) =
    // 10% × 2.417,73 = 241,773 → 241,77; less 171,80 = 69,97.
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
    expect(month(without, '2024-03').client).toBe(69_97)
    const withWmo = run(
      household([client(1_725_00), partner]),
      scenario([mpt('pgb'), hbh], yearOf('2024-01-01')),
    )
    expect(month(withWmo, '2024-03').client).toBe(69_97)
  })

  it('keeps the 2015 wording in 2015: a pgb is reduced, an mpt in natura is not', () => {
    // 12,5% × 1.725,00 = 215,625 → 215,63; a pgb: − 136,00 = 79,63; no art. 3.3.2.4 reduction read.
    const assumptions = { indexationPercentPerYear: 0, informalHourValueCents: 14_71 }
    const pgb = run(
      household([client(1_725_00)]),
      scenario([mpt('pgb', 'p1', '2015-01-01')], { ...yearOf('2015-01-01', 3), assumptions }),
    )
    expect(month(pgb, '2015-02').client).toBe(79_63)
    expect(findingsOf(pgb, 'wlz.eigen-bijdrage').map((x) => x.messageKey)).toContain(
      'findings.wlz.eigen-bijdrage-pgb-reduction',
    )
    const zin = run(
      household([client(1_725_00)]),
      scenario([mpt('zin', 'p1', '2015-01-01')], { ...yearOf('2015-01-01', 3), assumptions }),
    )
    expect(month(zin, '2015-02').client).toBe(215_63)
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
    // 2024 (Blz text of 2024: € 10.850): peiljaar 2022, aanslaggrens (Wet IB 2001 art. 9.4 lid 1 sub c)
    // 31.747. Vermogen 100.000 − 31.747 − 10.850 = 57.403; 4% = 2.296,12 a year → 191,34 a month.
    // Benefit 1.000,00, hoge from May: 1.000,00 + 191,34 − (4.583 + 2.234) / 12 = 1.191,34 − 568,08 =
    // 623,26.
    const young = client(1_000_00, {
      birthDate: '1980-01-01',
      income: { kind: 'benefit', netMonthlyCents: 1_000_00 },
      assetsCents: 100_000_00,
    })
    const r = run(household([young]), scenario([stay('2024-01-01')], yearOf('2024-01-01')))
    expect(month(r, '2024-05').client).toBe(623_26)
    const hoge = findingsOf(r, 'wlz.eigen-bijdrage').find((f) => f.month === '2024-05')
    expect([hoge?.params.bijtellingCents, hoge?.params.extraVrijstellingCents]).toEqual([191_34, 10_850_00])
  })

  it('gives a client at AOW age none (2024)', () => {
    // Vermogen 100.000 − 31.747 = 68.253; 4% = 2.730,12 a year → 227,51 a month.
    const r = run(
      household([client(1_725_00, { assetsCents: 100_000_00 })]),
      scenario([stay('2024-01-01')], yearOf('2024-01-01')),
    )
    const hoge = findingsOf(r, 'wlz.eigen-bijdrage').find((f) => f.month === '2024-05')
    expect([hoge?.params.bijtellingCents, hoge?.params.extraVrijstellingCents]).toEqual([227_51, 0])
  })

  it('is gone from 2026 (Stb. 2025, 255; the Blz text of 2026 has no lid 1 sub b)', () => {
    expect(wlzAmounts('2026-01-01').extraVermogensvrijstellingCents).toBe(0)
  })
})
