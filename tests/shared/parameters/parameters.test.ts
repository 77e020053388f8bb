import { describe, expect, it } from 'vitest'
import {
  ABONNEMENTSTARIEF,
  AOW_AGE,
  BESCHERMD_WONEN_BIJDRAGE,
  WLZ_EIGEN_BIJDRAGE,
  BIJSTAND_NORMS,
  INKOMSTENVRIJLATING,
  KOSTENDELERSNORM,
  INSTITUTION_NORM_INCREASE,
  MANTELZORG_THRESHOLDS,
  PARAMETER_MESSAGES,
  VERMOGENSGRENZEN,
  WML_PER_HOUR,
  aowDate,
  assertSeriesSorted,
  entryAt,
  indexCents,
  moneyAt,
  valueAt,
  type Series,
} from '#shared'

const ALL_SERIES: [string, Series<unknown>][] = [
  ['ABONNEMENTSTARIEF', ABONNEMENTSTARIEF],
  ['BESCHERMD_WONEN_BIJDRAGE', BESCHERMD_WONEN_BIJDRAGE],
  ['WLZ_EIGEN_BIJDRAGE', WLZ_EIGEN_BIJDRAGE],
  ['AOW_AGE', AOW_AGE],
  ['WML_PER_HOUR', WML_PER_HOUR],
  ['KOSTENDELERSNORM', KOSTENDELERSNORM],
  ['INKOMSTENVRIJLATING', INKOMSTENVRIJLATING],
  ['VERMOGENSGRENZEN', VERMOGENSGRENZEN],
  ['MANTELZORG_THRESHOLDS', MANTELZORG_THRESHOLDS],
  ...Object.entries(BIJSTAND_NORMS).map(([k, s]) => [`BIJSTAND_NORMS.${k}`, s] as [string, Series<unknown>]),
]

describe('parameter series', () => {
  it.each(ALL_SERIES)('%s is sorted, sourced, and covers 2024–2026', (_name, series) => {
    assertSeriesSorted(series)
    for (const entry of series) {
      expect(entry.source.length).toBeGreaterThan(5)
      expect(['H', 'M', 'L']).toContain(entry.confidence)
      // Derived or GAP values are never presented as verified.
      if (entry.confidence === 'L') expect(entry.verified).toBe(false)
    }
    expect(() => entryAt(series, '2024-01-01')).not.toThrow()
  })

  it.each([
    ['ABONNEMENTSTARIEF', ABONNEMENTSTARIEF],
    ['WML_PER_HOUR', WML_PER_HOUR],
    ...Object.entries(BIJSTAND_NORMS),
  ] as [string, Series<number>][])('%s never falls over time (derived years included)', (_name, series) => {
    for (let i = 1; i < series.length; i++) {
      expect(series[i]?.value ?? 0).toBeGreaterThanOrEqual(series[i - 1]?.value ?? 0)
    }
  })

  it('holds a value from its date until the next entry (1 January switch)', () => {
    expect(valueAt(ABONNEMENTSTARIEF, '2024-12-31')).toBe(20_60)
    expect(valueAt(ABONNEMENTSTARIEF, '2025-01-01')).toBe(21_00)
    expect(valueAt(ABONNEMENTSTARIEF, '2025-12-31')).toBe(21_00)
    expect(valueAt(ABONNEMENTSTARIEF, '2026-01-01')).toBe(21_80)
  })

  it('switches the bijstand norm on 1 January and 1 July (2024-07 sourced; 2025-07 to 2026-07 from the law text)', () => {
    expect(valueAt(BIJSTAND_NORMS.single, '2024-06-30')).toBe(1_283_83)
    expect(valueAt(BIJSTAND_NORMS.single, '2024-07-01')).toBe(1_308_45)
    expect(valueAt(BIJSTAND_NORMS.single, '2025-06-30')).toBe(1_345_45)
    expect(valueAt(BIJSTAND_NORMS.single, '2025-07-01')).toBe(1_369_06)
    expect(valueAt(BIJSTAND_NORMS.couple, '2025-07-01')).toBe(1_955_80)
    expect(valueAt(BIJSTAND_NORMS.single, '2026-01-01')).toBe(1_401_50)
    expect(valueAt(BIJSTAND_NORMS.single, '2026-06-30')).toBe(1_401_50)
    const jul2026 = entryAt(BIJSTAND_NORMS.single, '2026-07-01')
    expect(jul2026).toMatchObject({ from: '2026-07-01', value: 1_419_46, confidence: 'M', verified: true })
    expect(jul2026.source).toContain('https://wetten.overheid.nl/BWBR0015703/2026-07-01')
    expect(jul2026.note).toMatch(/publication_date .*\(2025-10-29\)/)
    expect(valueAt(BIJSTAND_NORMS.couple, '2026-07-01')).toBe(2_027_79)
  })

  it('takes every norm of 1 July 2025, 1 January 2026 and 1 July 2026 from the law text of that date (art. 20–23, 31, 34)', () => {
    // [series, 1 July 2025, 1 January 2026, 1 July 2026], as the texts print them.
    const cases: [Series<number>, number, number, number][] = [
      [BIJSTAND_NORMS.single, 1_369_06, 1_401_50, 1_419_46], // art. 21 sub a
      [BIJSTAND_NORMS.couple, 1_955_80, 2_002_13, 2_027_79], // art. 21 sub b
      [BIJSTAND_NORMS.single18to20, 337_98, 345_99, 350_42], // art. 20 lid 1 sub a, lid 2 sub a
      [BIJSTAND_NORMS.couple18to20, 675_96, 691_98, 700_84], // art. 20 lid 1 sub b
      [BIJSTAND_NORMS.couple18to20WithChildren, 1_067_12, 1_092_41, 1_106_40], // art. 20 lid 2 sub b
      [BIJSTAND_NORMS.coupleOne18to20, 1_315_88, 1_347_06, 1_364_32], // art. 20 lid 1 sub c
      [BIJSTAND_NORMS.coupleOne18to20WithChildren, 1_707_04, 1_747_49, 1_769_88], // art. 20 lid 2 sub c
      [BIJSTAND_NORMS.aowSingle, 1_530_21, 1_564_69, 1_587_34], // art. 22 sub a
      [BIJSTAND_NORMS.aowCouple, 2_094_98, 2_144_16, 2_176_10], // art. 22 sub b and c
      [BIJSTAND_NORMS.institutionSingle, 433_49, 443_76, 449_44], // art. 23 lid 1 sub a
      [BIJSTAND_NORMS.institutionCouple, 674_29, 690_27, 699_11], // art. 23 lid 1 sub b
    ]
    for (const [series, jul2025, jan2026, jul2026] of cases) {
      expect([
        valueAt(series, '2025-07-01'),
        valueAt(series, '2026-01-01'),
        valueAt(series, '2026-07-01'),
      ]).toEqual([jul2025, jan2026, jul2026])
      expect(entryAt(series, '2025-07-01')).toMatchObject({ confidence: 'H', verified: true })
      expect(entryAt(series, '2026-01-01')).toMatchObject({ confidence: 'H', verified: true })
      expect(entryAt(series, '2026-07-01')).toMatchObject({ confidence: 'M', verified: true })
    }
    expect(valueAt(BIJSTAND_NORMS.single18to20, '2025-07-01')).toBe(337_98)
    // Art. 23 lid 2: € 45,00 / € 101,00 from 1 July 2025, € 47,00 / € 106,00 in both 2026 texts.
    expect(
      ['2025-07-01', '2026-01-01', '2026-07-01'].map((d) => entryAt(INSTITUTION_NORM_INCREASE, d)),
    ).toMatchObject([
      { from: '2025-07-01', value: { singleCents: 45_00, coupleCents: 101_00 }, confidence: 'H' },
      { from: '2026-01-01', value: { singleCents: 47_00, coupleCents: 106_00 }, confidence: 'H' },
      { from: '2026-07-01', value: { singleCents: 47_00, coupleCents: 106_00 }, confidence: 'M' },
    ])
    // Art. 31 lid 2 sub n and r: € 278,00 / € 173,87 from 1 July 2025; € 285,00 / € 177,66 in 2026.
    expect(
      ['2025-07-01', '2026-01-01', '2026-07-01'].map((d) => {
        const { capCents, singleParentCapCents } = valueAt(INKOMSTENVRIJLATING, d)
        return [capCents, singleParentCapCents]
      }),
    ).toEqual([
      [278_00, 173_87],
      [285_00, 177_66],
      [285_00, 177_66],
    ])
    // Art. 34 lid 3 and lid 2 sub d: € 7.770 / € 15.540 / € 65.500 from 1 July 2025, then € 8.000 / € 16.000 / € 67.500.
    expect(valueAt(VERMOGENSGRENZEN, '2025-06-30').singleCents).toBe(7_575_00)
    expect(valueAt(VERMOGENSGRENZEN, '2025-07-01')).toEqual({
      singleCents: 7_770_00,
      coupleOrSingleParentCents: 15_540_00,
      eigenWoningCents: 65_500_00,
    })
    expect(valueAt(VERMOGENSGRENZEN, '2026-07-01')).toEqual({
      singleCents: 8_000_00,
      coupleOrSingleParentCents: 16_000_00,
      eigenWoningCents: 67_500_00,
    })
  })

  it('has a dated entry on every 1 January and 1 July from 2025 for every norm, the vrijlating caps and the institution increase included', () => {
    const all = [...Object.values(BIJSTAND_NORMS), INKOMSTENVRIJLATING, INSTITUTION_NORM_INCREASE]
    for (const series of all as Series<unknown>[]) {
      for (const from of ['2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01'])
        expect(entryAt(series, from).from).toBe(from)
      // No unverified stand-in from 1 July 2025 on: each of those half-years is read in its law text.
      for (const entry of series.filter((e) => e.from >= '2025-07-01')) {
        expect(entry.verified).toBe(true)
        expect(entry.source).toMatch(/^Participatiewet, text valid from /)
      }
    }
  })

  it('takes the 2025 vrijlating caps and institution norms from the law text (art. 31 lid 2 sub n/r, art. 23)', () => {
    expect(valueAt(INKOMSTENVRIJLATING, '2025-01-01').capCents).toBe(273_00)
    expect(valueAt(INKOMSTENVRIJLATING, '2025-01-01').singleParentCapCents).toBe(170_61)
    expect(valueAt(BIJSTAND_NORMS.institutionSingle, '2025-01-01')).toBe(426_03)
    expect(valueAt(BIJSTAND_NORMS.institutionCouple, '2025-01-01')).toBe(662_69)
    expect(valueAt(INSTITUTION_NORM_INCREASE, '2025-01-01')).toEqual({
      singleCents: 45_00,
      coupleCents: 101_00,
    })
  })

  it('throws before the first entry rather than guessing', () => {
    expect(() => valueAt(ABONNEMENTSTARIEF, '2019-12-31')).toThrow(PARAMETER_MESSAGES.beforeFirst)
  })

  it('indexes money beyond the last known year, per whole year, and reports it', () => {
    const known = moneyAt(ABONNEMENTSTARIEF, '2026-12-31', 3)
    expect(known).toMatchObject({ value: 21_80, indexedYears: 0 })
    const next = moneyAt(ABONNEMENTSTARIEF, '2027-01-01', 3)
    expect(next).toMatchObject({ value: indexCents(21_80, 3, 1), indexedYears: 1 })
    expect(moneyAt(ABONNEMENTSTARIEF, '2028-06-01', 3).value).toBe(indexCents(21_80, 3, 2))
  })

  it('takes the WML per hour as the shadow price, switching 1 January and 1 July', () => {
    expect(valueAt(WML_PER_HOUR, '2025-06-30')).toBe(14_06)
    expect(valueAt(WML_PER_HOUR, '2025-07-01')).toBe(14_40)
    expect(valueAt(WML_PER_HOUR, '2026-01-01')).toBe(14_71)
  })

  it('counts housemates for the kostendelersnorm from 27 since 2023 (21 before)', () => {
    expect(valueAt(KOSTENDELERSNORM, '2022-12-31').minHousemateAge).toBe(21)
    expect(valueAt(KOSTENDELERSNORM, '2023-01-01').minHousemateAge).toBe(27)
  })
})

describe('aowDate', () => {
  it.each([
    ['1958-01-20', '2025-01-20'], // 67 in 2025
    ['1960-11-15', '2027-11-15'], // 67 in 2027
    ['1961-01-15', '2028-04-15'], // 67 + 3 months in 2028
    ['1963-04-02', '2030-07-02'], // docs/example-cases.md#bakker: Truus, 67 + 3 months
    ['1956-03-01', '2022-12-01'], // 66 + 9 months in 2022
    ['1942-05-14', '2007-05-14'], // 65 before 2013
  ])('born %s reaches AOW age on %s', (birth, expected) => {
    expect(aowDate(birth)).toBe(expected)
  })
})
