/**
 * The vermogensinkomensbijtelling in the Wlz and beschermd-wonen eigen bijdrage (Blz art. 3.3.1.2,
 * 3.3.2.3 lid 1 sub c, 3.3.2.4 lid 1; 4% since 2019, stb. 2018, 444): a share of the box-3 vermogen
 * above a threshold of the peiljaar (two years back) counts as income: the heffingvrij vermogen (Wet IB
 * 2001 art. 5.5) in the Blz texts of 2017–2022, the aanslaggrens of Wet IB 2001 art. 9.4 lid 1 sub c
 * from the Blz text of 2024 (art. 3.3.1.2 lid 2). Amounts are written as arithmetic from those figures;
 * the 2026 bijdrage reads peiljaar 2024 (aanslaggrens € 36.952 a person, Wet IB 2001 text of 2024).
 */
import { describe, expect, it } from 'vitest'
import {
  BESCHERMD_WONEN_BIJDRAGE,
  BOX3_AANSLAGGRENS,
  HEFFINGSVRIJ_VERMOGEN,
  INTRAMURAL_LAGE_REGIME,
  VERMOGENSINKOMENSBIJTELLING,
  hasWlzAmounts,
  WLZ_EIGEN_BIJDRAGE,
  valueAt,
} from '#shared'
import { bijtellingAt } from '#shared/rules/wlz/eigen-bijdrage'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'

/** The Wlz amounts in force on `date` (a year with sourced amounts). */
function wlzAmounts(date: string) {
  const v = valueAt(WLZ_EIGEN_BIJDRAGE, date)
  if (!hasWlzAmounts(v)) throw new Error(`no Wlz amounts on ${date}`)
  return v
}

const P = wlzAmounts('2026-01-01')
const GRENS_2024 = valueAt(BOX3_AANSLAGGRENS, '2024-01-01').perPersonCents
const PCT_2026 = valueAt(VERMOGENSINKOMENSBIJTELLING, '2026-01-01').percent

describe('the dated figures', () => {
  it.each([
    // [date, lage percent, lage months, bijtelling percent]: each boundary of the series
    ['2017-12-31', 12.5, 6, 8],
    ['2018-01-01', 10, 6, 8], // stb. 2017, 460: 12,5% → 10%
    ['2018-12-31', 10, 6, 8],
    ['2019-01-01', 10, 4, 4], // stb. 2018, 444: six → four months, 8% → 4%
    ['2026-12-01', 10, 4, 4],
  ] as const)('on %s: lage %s%% for %s months, bijtelling %s%%', (date, pct, months, vib) => {
    expect(valueAt(INTRAMURAL_LAGE_REGIME, date)).toEqual({ lagePercent: pct, lageMonths: months })
    expect(valueAt(VERMOGENSINKOMENSBIJTELLING, date).percent).toBe(vib)
  })

  it('gives the 2026 Wlz and beschermd-wonen figures the regime in force (10%, four months)', () => {
    for (const v of [wlzAmounts('2026-01-01'), valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01')]) {
      expect([v.lagePercent, v.lageMonths]).toEqual([10, 4])
    }
    // The 2015 amounts carry the 2015 text's 12.5% and six months; 2020 the 10% and four months.
    expect([wlzAmounts('2015-06-01').lagePercent, wlzAmounts('2015-06-01').lageMonths]).toEqual([12.5, 6])
    expect([wlzAmounts('2020-06-01').lagePercent, wlzAmounts('2020-06-01').lageMonths]).toEqual([10, 4])
  })

  it('reads the heffingvrij vermogen and the aanslaggrens as the Wet IB 2001 texts print them', () => {
    expect(valueAt(HEFFINGSVRIJ_VERMOGEN, '2020-01-01').perPersonCents).toBe(30_846_00)
    expect(valueAt(HEFFINGSVRIJ_VERMOGEN, '2021-01-01').perPersonCents).toBe(50_000_00)
    expect(valueAt(HEFFINGSVRIJ_VERMOGEN, '2026-01-01').perPersonCents).toBe(59_357_00)
    expect(GRENS_2024).toBe(36_952_00)
    expect(valueAt(BOX3_AANSLAGGRENS, '2025-01-01').perPersonCents).toBe(37_395_00)
  })
})

describe('bijtellingAt', () => {
  it.each([
    // [label, recorded assets per person, month, expected cents per month]; 2026 reads peiljaar 2024,
    // whose aanslaggrens (Wet IB 2001 art. 9.4 lid 1 sub c) is € 36.952 a person
    ['nothing below the threshold', [30_000_00], '2026-03-01', 0],
    ['nothing at exactly the threshold', [36_952_00], '2026-03-01', 0],
    // 1 cent above: 4% × 0,01 / 12 rounds to nil
    ['nothing for one cent above it', [36_952_01], '2026-03-01', 0],
    // (37.252 − 36.952) × 4% = 12,00 a year → 1,00 a month
    ['a twelfth of 4% of the excess', [37_252_00], '2026-03-01', 1_00],
    // (100.000 − 36.952) × 4% = 2.521,92 a year → 210,16 a month
    ['rounded half-up once a month', [100_000_00], '2026-03-01', 210_16],
    // 2024 reads peiljaar 2022, aanslaggrens € 31.747: 68.253 × 4% = 2.730,12 → 227,51 a month
    ['2024: the aanslaggrens of 2022', [100_000_00], '2024-03-01', 227_51],
    // 2023 (the 2022 definition kept): peiljaar 2021, heffingvrij vermogen € 50.000: 50.000 × 4% =
    // 2.000,00 → 166,667 → 166,67 a month
    ['2023: the heffingvrij vermogen of 2021', [100_000_00], '2023-03-01', 166_67],
    // 2018 reads peiljaar 2016: (100.000 − 24.437) × 8% = 6.045,04 a year → 503,753 → 503,75 a month
    ['8% before 2019, on the peiljaar’s heffingvrij vermogen', [100_000_00], '2018-03-01', 503_75],
    // a couple: 100.000 + 20.000 − 2 × 36.952 = 46.096 × 4% = 1.843,84 a year → 153,653 → 153,65
    ['a couple deducts the threshold of each', [100_000_00, 20_000_00], '2026-03-01', 153_65],
    // an unknown figure counts as nil: 0 + 100.000 − 2 × 36.952 = 26.096 × 4% = 1.043,84 → 86,99
    ['an unknown figure counts as nil', [null, 100_000_00], '2026-03-01', 86_99],
  ] as const)('%s', (_label, assets, date, expected) => {
    expect(bijtellingAt(assets, date).monthlyCents).toBe(expected)
  })

  it('knows the assets only when every counted person has a recorded figure (0 counts as recorded)', () => {
    expect(bijtellingAt([0], '2026-03-01').assetsKnown).toBe(true)
    expect(bijtellingAt([0, undefined], '2026-03-01').assetsKnown).toBe(false)
    expect(bijtellingAt([null], '2026-03-01').assetsKnown).toBe(false)
  })
})

const VERBLIJF = 'wlz.verblijf'
const stay = line({ provisionId: VERBLIJF, personId: 'p1', unit: 'etmaal', volume: 7 })
const client = (net: number, assetsCents?: number | null) =>
  person({
    id: 'p1',
    birthDate: '1942-05-14',
    income: { kind: 'aow', netMonthlyCents: net },
    wlzIndication: { from: '2025-01-01' },
    ...(assetsCents !== undefined ? { assetsCents } : {}),
  })
/**
 * The hoge deductions a month of a single resident at AOW age on € 3.000,00 net (Rlz 2026 art. 4.3–4.6,
 * yearly on 36.000; the bijtelling is added after them, Blz art. 3.3.2.3 lid 1 sub c): 4.925 + 1.294;
 * premium 1.987 + 5,32% × 36.000 = 3.902,20, less the zorgtoeslag amount 1.483 − 13,67% × (36.000 −
 * 26.820) = 228,09 → 3.674,11; extra vrijlating 25% × (36.000 − 6.219 − 3.674,11 − 11.830) = 3.569,22;
 * 13.462,33 / 12 = 1.121,86.
 */
const deductionsAow = 1_121_86

describe('wlz.eigen-bijdrage with the recorded assets', () => {
  // 136.952 − 36.952 = 100.000 × 4% = 4.000,00 a year → 333,33 a month
  const vib = cents((136_952_00 - GRENS_2024) * PCT_2026, 1200)

  it('adds the bijtelling to the income of the lage and the hoge bijdrage', () => {
    expect(vib).toBe(333_33)
    const r = run(household([client(3_000_00, 136_952_00)]), scenario([stay]))
    // lage: 10% × (3.000,00 + 333,33) = 333,333 → 333,33
    expect(month(r, '2026-01').client).toBe(cents((3_000_00 + vib) * 10, 100))
    // hoge: 3.000,00 + 333,33 − 1.121,86 = 2.211,47
    expect(month(r, '2026-05').client).toBe(3_000_00 + vib - deductionsAow)
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    expect(f.map((x) => x.messageKey)).toEqual([
      'findings.wlz.eigen-bijdrage-lage-first-months-assets',
      'findings.wlz.eigen-bijdrage-hoge-assets',
    ])
    expect(f[0]?.params).toMatchObject({ assetsKnown: 1, bijtellingCents: vib, peiljaar: 2024 })
    expect(f[0]?.params.minCents).toBe(P.lageMinCents)
  })

  it('boundary at the aanslaggrens: exactly € 36.952 adds nothing, € 37.252 adds € 1,00 a month', () => {
    const at = run(household([client(3_000_00, GRENS_2024)]), scenario([stay]))
    const none = run(household([client(3_000_00, 0)]), scenario([stay]))
    const above = run(household([client(3_000_00, GRENS_2024 + 300_00)]), scenario([stay]))
    expect(month(at, '2026-05').client).toBe(month(none, '2026-05').client)
    // (37.252 − 36.952) × 4% / 12 = 1,00 on the hoge bijdrage
    expect(month(above, '2026-05').client).toBe(month(at, '2026-05').client + 1_00)
  })

  it('reads the threshold of the peiljaar: December 2026 uses 2024, January 2027 uses 2025', () => {
    const assets = 37_452_00
    const r = run(household([client(3_000_00, assets)]), scenario([stay], { horizonMonths: 13 }))
    const byMonth = new Map(findingsOf(r, 'wlz.eigen-bijdrage').map((f) => [f.month, f.params]))
    // 2026: (37.452 − 36.952) × 4% / 12 = 1,666 → 1,67; 2027: 37.452 − 37.395 = 57 × 4% / 12 = 0,19
    expect(byMonth.get('2026-05')?.bijtellingCents).toBe(1_67)
    expect(byMonth.get('2027-01')?.bijtellingCents).toBe(19)
    expect(byMonth.get('2027-01')?.peiljaar).toBe(2025)
  })

  it('takes the couple’s assets together for the lage bijdrage on their joint income', () => {
    const h = household([
      client(1_200_00, 100_000_00),
      person({
        id: 'p2',
        birthDate: '1944-01-01',
        role: 'partner',
        income: { kind: 'aow', netMonthlyCents: 1_100_00 },
        assetsCents: 80_000_00,
      }),
    ])
    const r = run(h, scenario([stay]))
    // 100.000 + 80.000 − 2 × 36.952 = 106.096 × 4% = 4.243,84 a year → 353,653 → 353,65 a month;
    // lage: 10% × (1.200,00 + 1.100,00 + 353,65) = 265,365 → 265,37
    expect(month(r, '2026-07').client).toBe(265_37)
  })

  it('without assets shows the estimate as the lower end of a range up to the legal maximum, and says so', () => {
    const r = run(household([client(3_000_00)]), scenario([stay]))
    const f = findingsOf(r, 'wlz.eigen-bijdrage')
    // No bijtelling: hoge 3.000,00 − 1.121,86 = 1.878,14
    expect(month(r, '2026-05').client).toBe(3_000_00 - deductionsAow)
    expect(f.map((x) => x.messageKey)).toEqual([
      'findings.wlz.eigen-bijdrage-lage-first-months',
      'findings.wlz.eigen-bijdrage-hoge',
    ])
    expect(f[1]?.params).toMatchObject({
      assetsKnown: 0,
      amountCents: 3_000_00 - deductionsAow,
      minCents: 3_000_00 - deductionsAow,
      maxCents: P.hogeMaxCents,
    })
    expect(r.trace.find((t) => t.ruleId === 'wlz.eigen-bijdrage')?.outcome).toContain('assets unknown')
  })

  it('treats a recorded € 0 as known (no range), unlike an absent figure', () => {
    const r = run(household([client(3_000_00, 0)]), scenario([stay]))
    const f = findingsOf(r, 'wlz.eigen-bijdrage')[1]
    expect(f?.messageKey).toBe('findings.wlz.eigen-bijdrage-hoge-assets')
    expect(f?.params.minCents).toBe(0)
  })
})

describe('wmo.eigen-bijdrage beschermd wonen with the recorded assets (Uitvoeringsbesluit Wmo 2015)', () => {
  const B = valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01')
  const resident = (assetsCents?: number) =>
    person({
      id: 's',
      birthDate: '1990-08-17',
      income: { kind: 'work', netMonthlyCents: 2_000_00 },
      ...(assetsCents !== undefined ? { assetsCents } : {}),
    })
  const bw = line({ provisionId: 'wmo.beschermd-wonen', personId: 's', unit: 'etmaal', volume: 7 })

  it('adds the bijtelling to the hoge bijdrage: € 96.952 → (96.952 − 36.952) × 4% / 12 = € 200,00 a month', () => {
    const r = run(household([resident(96_952_00)]), scenario([bw]))
    // The Rlz 2026 deductions (standing in for beschermd wonen) below AOW age on 24.000 a year: 4.925 +
    // 2.315; premium 1.987 + 5,32% × 24.000 = 3.263,80 − 1.483 = 1.780,80; extra vrijlating 25% ×
    // (24.000 − 7.240 − 1.780,80 − 9.406) = 1.393,30; 10.414,10 / 12 = 867,84.
    const deductions = 867_84
    expect(month(r, '2026-05').client).toBe(2_000_00 + 200_00 - deductions)
    expect(findingsOf(r, 'wmo.eigen-bijdrage').at(-1)?.messageKey).toBe(
      'findings.wmo.eigen-bijdrage-beschermd-wonen-assets',
    )
  })

  it('deducts the extra vermogensvrijstelling of art. 3.2 lid 1 sub b in 2025, not in 2026', () => {
    // 2025: peiljaar 2023, aanslaggrens € 33.748; art. 3.2 lid 1 sub b (text of 2025) € 11.534 for a
    // client below AOW age: 100.000 − 33.748 − 11.534 = 54.718 × 4% = 2.188,72 → 182,39 a month.
    // 2026: the text has no sub b; peiljaar 2024, € 36.952: 63.048 × 4% = 2.521,92 → 210,16 a month.
    const r = run(
      household([resident(100_000_00)]),
      scenario([{ ...bw, startDate: '2025-01-01' }], { startDate: '2025-01-01', horizonMonths: 24 }),
    )
    const byMonth = new Map(findingsOf(r, 'wmo.eigen-bijdrage').map((f) => [f.month, f.params]))
    expect(byMonth.get('2025-05')?.bijtellingCents).toBe(182_39)
    expect(byMonth.get('2026-01')?.bijtellingCents).toBe(210_16)
  })

  it('without assets labels the amount as the lower end of the range', () => {
    const r = run(household([resident()]), scenario([bw]))
    const f = findingsOf(r, 'wmo.eigen-bijdrage').at(-1)
    expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-beschermd-wonen')
    expect(f?.params.minCents).toBe(f?.params.amountCents)
    expect(f?.params.maxCents).toBe(B.hogeMaxCents)
  })
})
