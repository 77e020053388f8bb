/**
 * Acceptance: households computed by hand from the law, checked through the public engine contract
 * only (a case file in the documented format → parseCaseFile → evaluateScenario). Every expected
 * amount is arithmetic from a cited figure, written out in the comment above it; no engine code is
 * called to compute an expectation.
 *
 * Figures used (2026 unless stated; sources as in docs/legal-reference.md):
 *  - Abonnementstarief Wmo 2026 € 21,80 per month (Wmo 2015 art. 2.1.4a lid 4 and 2.1.4 lid 3 as
 *    amended by Stcrt. 2025, 35082; CAK "Verandering eigen bijdrage Wmo 2026").
 *  - Bijstand norms incl. vakantietoeslag (Participatiewet art. 20–24): 1 Jan 2025 single € 1.345,45;
 *    from the law texts of 1 July 2025, 1 January 2026 and 1 July 2026 (wetten.overheid.nl
 *    BWBR0015703 via MinBZK/regelrecht-corpus; conf. H, H, M), in that order:
 *    single (art. 21 sub a) € 1.369,06 / € 1.401,50 / € 1.419,46; couple (sub b) € 1.955,80 /
 *    € 2.002,13 / € 2.027,79; 18–20 single (art. 20 lid 1 sub a) 2026 € 345,99 / € 350,42; couple
 *    both 18–20 (sub b) € 691,98 / € 700,84; couple one 18–20 (sub c) € 1.347,06 / € 1.364,32;
 *    AOW-age single (art. 22 sub a) € 1.564,69 / € 1.587,34; AOW-age couple (sub b and c)
 *    € 2.144,16 / € 2.176,10; inrichting (art. 23 lid 1) single € 443,76 / € 449,44, couple
 *    € 690,27 / € 699,11, verhoging (lid 2) € 47,00 / € 106,00 in both 2026 texts.
 *  - Inkomstenvrijlating 2026: 25% of net earnings, at most € 285,00 per month, six consecutive
 *    months from the first month with earnings, 27+ (Pw art. 31 lid 2 sub n); then for a single
 *    parent 12,5%, at most € 177,66 (sub r) — the same amounts in the texts of 1 January and 1 July 2026.
 *  - Wlz / beschermd-wonen contribution 2026 (Besluit langdurige zorg and Uitvoeringsbesluit Wmo 2015,
 *    texts valid from 1 January 2026, read via MinBZK/regelrecht-corpus; the same amounts in both):
 *    lage = 10% of income (Blz art. 3.3.2.2 lid 1), minimum € 212,60, maximum € 1.115,80 per month
 *    (lid 3); hoge maximum € 3.061,80 and no minimum (art. 3.3.2.1 lid 2); the first 4 months of a
 *    stay at the lage bijdrage (art. 3.3.2.2 lid 1 sub a); with an mpt or pgb the income is € 7.727,60
 *    a year lower (art. 3.3.2.4 lid 1) and the lage bijdrage € 182,20 a month lower (lid 4);
 *    no recorded box-3 assets, so no vermogensinkomensbijtelling;
 *    no lage bijdrage for an income at most the art. 23 Pw norms plus the minimum (lid 9: 2026
 *    € 443,76 + € 47,00 + € 212,60 = € 703,36 single). Hoge estimate = net income − (zak- en kleedgeld
 *    € 4.925 + aftrekpost € 1.294 from AOW age or € 2.315 below it + the premium deduction € 1.987 +
 *    5,32% of the income, at least € 3.029,45 at AOW age, less the zorgtoeslag amount € 1.483 (less
 *    13,67% above € 26.820) + an extra vrijlating of 25% above € 11.830 / € 9.406) / 12, on the yearly
 *    income (Regeling langdurige zorg art. 4.3–4.6, text of 2026; for beschermd wonen standing in for
 *    the Wmo figures). The CAK works on the verzamelinkomen of year t-2 and the vermogen; the engine
 *    estimates on the recorded net income — that estimate is what these tests pin.
 *  - AOW age 67 for everyone reaching it in 2023–2027 (SVB); AOW and AIO start on the day AOW age is
 *    reached (Algemene Ouderdomswet art. 7a: the right starts on the day the pensioengerechtigde
 *    leeftijd is reached — since 2012 no longer from the first of that month).
 */
import { describe, expect, it } from 'vitest'
import type { ScenarioResult } from '#shared'
import {
  evaluateCase,
  inMonth,
  perMonth,
  times,
  type CaseSpec,
  type LineSpec,
  type MemberSpec,
} from './case-text'

const TARIEF_2026 = 21_80

type Amount = Pick<LineSpec, 'volume' | 'unit' | 'frequency' | 'rateCents'>

/** `volume` `unit`s a week, at an agreed rate where one is given. */
function weekly(volume: number, unit: string, rateCents?: number): Amount {
  return { volume, unit, frequency: 'week', ...(rateCents !== undefined ? { rateCents } : {}) }
}

/** `volume` `unit`s a month, at an agreed rate where one is given. */
function monthly(volume: number, unit: string, rateCents?: number): Amount {
  return { volume, unit, frequency: 'month', ...(rateCents !== undefined ? { rateCents } : {}) }
}

/** `volume` `unit`s in total over the line's months, at an agreed rate where one is given. */
function once(volume: number, unit: string, rateCents?: number): Amount {
  return { volume, unit, frequency: 'total', ...(rateCents !== undefined ? { rateCents } : {}) }
}

/** An arrangement line of a provision for a person, from 1 January 2026 unless `extra` says otherwise. */
function lineOf(
  id: string,
  provisionId: string,
  personId: string,
  amount: Amount,
  extra: Partial<LineSpec> = {},
): LineSpec {
  return { id, provisionId, personId, startDate: '2026-01-01', ...amount, ...extra }
}

/** Hulp bij het huishouden, 4 hours a month at an agreed € 35,00: € 140,00 a month. */
function hbh(id: string, personId: string, startDate = '2026-01-01'): LineSpec {
  return lineOf(id, 'wmo.hulp-bij-het-huishouden', personId, monthly(4, 'hour', 35_00), { startDate })
}

/** Individuele begeleiding, 8 hours a month at an agreed € 70,00: € 560,00 a month. */
function begeleiding(id: string, personId: string, startDate = '2026-01-01'): LineSpec {
  return lineOf(id, 'wmo.begeleiding-individueel', personId, monthly(8, 'hour', 70_00), { startDate })
}

/** Wlz-verblijf, 7 etmalen a week at an agreed € 250,00: € 250,00 × days in the month (far above any bijdrage). */
function wlzStay(id: string, personId: string, startDate = '2026-01-01'): LineSpec {
  return lineOf(id, 'wlz.verblijf', personId, weekly(7, 'etmaal', 250_00), { startDate })
}

function member(
  id: string,
  birthDate: string,
  role: MemberSpec['role'],
  income?: [string, number],
  extra: Partial<MemberSpec> = {},
): MemberSpec {
  return {
    id,
    birthDate,
    role,
    ...(income ? { income: { kind: income[0], netMonthlyCents: income[1] } } : {}),
    ...extra,
  }
}

function year2026(members: MemberSpec[], lines: LineSpec[], extra: Partial<CaseSpec> = {}): ScenarioResult {
  return evaluateCase({ members, lines, startDate: '2026-01-01', horizonMonths: 12, ...extra })
}

function findingKeys(r: ScenarioResult, ruleId: string): string[] {
  return r.findings.filter((f) => f.ruleId === ruleId).map((f) => f.messageKey)
}

// -------------------------------------------------------------------------------------------------

describe('Wmo abonnementstarief per CAK unit (Wmo 2015 art. 2.1.4a lid 4)', () => {
  it('1. a single client of AOW age pays € 21,80 every month of 2026', () => {
    const r = year2026([member('ma', '1950-03-10', 'client', ['aow', 1_600_00])], [hbh('l1', 'ma')])
    // 21,80 × 12 = 261,60 for the year; the municipality keeps 140,00 − 21,80 = 118,20 a month.
    expect(perMonth(r, 'client')).toEqual(times(12, 21_80))
    expect(r.totalByPayer.client).toBe(21_80 * 12)
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 140_00 - 21_80))
  })

  it('2. a married couple, both of AOW age and both with Wmo support, pay one tarief together', () => {
    // Art. 2.1.4a: "de gehuwde cliënt en diens echtgenoot tezamen" — one € 21,80, not two.
    const r = year2026(
      [
        member('ma', '1948-02-02', 'client', ['aow', 1_200_00]),
        member('pa', '1946-07-07', 'partner', ['aow', 1_200_00]),
      ],
      [hbh('l1', 'ma'), begeleiding('l2', 'pa')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 21_80))
    // Municipality: 140,00 + 560,00 − 21,80 = 678,20 a month.
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 140_00 + 560_00 - 21_80))
  })

  it('3. an adult son living at home with his own Wmo support pays his own tarief besides his parents', () => {
    // CAK: "ouders en kinderen zijn nooit partners" — the son (30) is an ongehuwde cliënt of his own.
    // Parents (both AOW age) 21,80 + son 21,80 = 43,60 a month.
    const r = year2026(
      [
        member('ma', '1950-01-20', 'client', ['aow', 1_200_00]),
        member('pa', '1949-11-11', 'partner', ['aow', 1_200_00]),
        member('son', '1996-05-01', 'child', ['benefit', 1_100_00]),
      ],
      [hbh('l1', 'ma'), begeleiding('l2', 'son')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 2 * TARIEF_2026))
  })

  it('4. the exemption for a couple with a partner below AOW age covers the couple, not their adult son', () => {
    // Client 75 with HbH, partner 63 (below AOW age) → couple € 0 (Uitvoeringsbesluit Wmo 2015:
    // meerpersoonshuishouden waarvan cliënt of partner de AOW-leeftijd niet heeft bereikt).
    // Son 27 with begeleiding → his own € 21,80.
    const r = year2026(
      [
        member('ma', '1950-08-08', 'client', ['aow', 1_300_00]),
        member('pa', '1962-08-20', 'partner', ['work', 2_000_00]),
        member('son', '1998-04-04', 'child', ['work', 1_500_00]),
      ],
      [hbh('l1', 'ma'), begeleiding('l2', 'son')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, TARIEF_2026))
  })

  it('5. a couple starts paying when the younger partner reaches AOW age (67 on 2026-06-15)', () => {
    // Partner born 1959-06-15 reaches 67 on 2026-06-15 (AOW age 67 in 2026, SVB).
    // Reading (ambiguous, not verified against the Uitvoeringsbesluit text): the CAK sets the
    // bijdrage per calendar month; the engine charges from the month in which AOW age is reached
    // (docs/example-cases.md#bakker). Jan–May € 0, Jun–Dec € 21,80 → 7 × 21,80 = 152,60.
    const r = year2026(
      [
        member('ma', '1955-01-01', 'client', ['aow', 1_300_00]),
        member('pa', '1959-06-15', 'partner', ['work', 1_000_00]),
      ],
      [hbh('l1', 'ma')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(5, 0), ...times(7, TARIEF_2026)])
  })

  it('6. a partner living in a care home stays the partner: the couple is still exempt below AOW age', () => {
    // The unit follows the recorded relation (married), not the address: CAK treats spouses as one
    // unit unless duurzaam gescheiden; admission to a care home is not a separation.
    const r = year2026(
      [
        member('ma', '1950-03-03', 'client', ['aow', 1_300_00]),
        member('pa', '1961-09-09', 'partner', ['benefit', 1_100_00], { livesIn: false }),
      ],
      [hbh('l1', 'ma')],
    )
    expect(r.totalByPayer.client).toBe(0)
  })

  it('7. Wlz samenloop: client pays the Wlz lage bijdrage, the partner pays no Wmo bijdrage', () => {
    // Client (81) receives Wlz vpt at home → lage bijdrage (Wlz at home always pays lage):
    // 10% × (1.500,00 + 1.300,00) = 280,00 a month, within [212,60; 1.115,80].
    // Partner (78) has HbH: no Wmo bijdrage while the partner pays a Wlz eigen bijdrage (CAK "Wel of
    // geen eigen bijdrage voor Wmo betalen"). Client payer = 280,00 only.
    const r = year2026(
      [
        member('ma', '1945-04-04', 'client', ['aow', 1_500_00], { wlzFrom: '2025-10-01' }),
        member('pa', '1948-05-05', 'partner', ['aow', 1_300_00]),
      ],
      [lineOf('l1', 'wlz.vpt', 'ma', weekly(7, 'etmaal', 150_00)), hbh('l2', 'pa')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 280_00))
    // The municipality bears the whole HbH: 140,00 a month.
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 140_00))
    expect(findingKeys(r, 'wmo.eigen-bijdrage')).toContain('findings.wmo.eigen-bijdrage-wlz-samenloop')
  })

  it('8. a hulpmiddel in eigendom: the tarief every month until the cost price (€ 100,00) is reached', () => {
    // Wmo 2015 art. 2.1.4a lid 6: the bijdrage does not exceed the cost price; Uitvoeringsbesluit Wmo
    // 2015 art. 3.10b lid 3: the tarief comes off the cost price every month; lid 6: a month whose
    // tarief is more than the cost price left is not collected. 4 × 21,80 = 87,20; then 12,80 is
    // left, less than 21,80, so the fifth month is not collected; the municipality bears 12,80.
    const r = year2026(
      [member('ma', '1950-06-06', 'client', ['aow', 1_400_00])],
      [lineOf('l1', 'wmo.hulpmiddel', 'ma', once(1, 'piece', 100_00))],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 21_80), ...times(8, 0)])
    expect(r.totalByPayer.client).toBe(87_20)
    expect(r.totalByPayer['gemeente-wmo']).toBe(12_80)
  })

  it('9. a cheap aid whose cost price (€ 15,00) is below one month’s tarief costs the client nothing', () => {
    // Art. 3.10b lid 6: the cost price left (15,00) is lower than the month's tarief (21,80): not collected.
    const r = year2026(
      [member('ma', '1950-06-06', 'client', ['aow', 1_400_00])],
      [lineOf('l1', 'wmo.hulpmiddel', 'ma', once(1, 'piece', 15_00))],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 0))
    expect(r.totalByPayer['gemeente-wmo']).toBe(15_00)
  })
})

// -------------------------------------------------------------------------------------------------

describe('Wlz eigen bijdrage (Wlz art. 3.2.5; Besluit langdurige zorg art. 3.3.2.1–3.3.2.2)', () => {
  it('10. Van den Berg in a care home: four months lage, then hoge', () => {
    // Single, 83, net AOW + pension 1.725,00. Jan–Apr lage: 10% × 1.725,00 = 172,50 < minimum → 212,60.
    // May–Dec hoge (Rlz 2026 art. 4.3–4.6, yearly, on 12 × 1.725,00 = 20.700,00): zak- en kleedgeld
    // 4.925 + aftrekpost 1.294; premium 1.987 + 5,32% × 20.700 = 3.088,24 (≥ 3.029,45) less the
    // zorgtoeslag amount 1.483 (income below 26.820) = 1.605,24; extra vrijlating 25% × (20.700 − 4.925 −
    // 1.294 − 1.605,24 − 11.830) = 25% × 1.045,76 = 261,44. Deductions 8.085,68 / 12 = 673,81 →
    // 1.725,00 − 673,81 = 1.051,19 (≤ 3.061,80).
    const r = year2026(
      [member('vdb', '1942-05-14', 'client', ['aow', 1_725_00], { wlzFrom: '2025-12-01' })],
      [wlzStay('l1', 'vdb')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 212_60), ...times(8, 1_051_19)])
  })

  it('11. a low income pays the minimum lage bijdrage, then a hoge bijdrage above it', () => {
    // Single, 35 (below AOW age), benefit 1.000,00. Lage: 10% = 100,00 < minimum → 212,60 (the
    // income is above 443,76 + 47,00 + 212,60 = 703,36, so lid 9 does not apply).
    // Hoge (yearly, 12.000,00): 4.925 + 2.315; premium 1.987 + 5,32% × 12.000 = 2.625,40 (no minimum
    // below AOW age) less 1.483 = 1.142,40; extra vrijlating: 12.000 − 7.240 − 1.142,40 = 3.617,60 is
    // below 9.406 → 0. Deductions 8.382,40 / 12 = 698,53 → 1.000,00 − 698,53 = 301,47.
    const r = year2026(
      [member('p', '1990-09-09', 'client', ['benefit', 1_000_00], { wlzFrom: '2025-12-01' })],
      [wlzStay('l1', 'p')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 212_60), ...times(8, 301_47)])
  })

  it('12. a high income pays the lage maximum, then the hoge maximum', () => {
    // Net 12.000,00: lage 10% = 1.200,00 > 1.115,80 → 1.115,80; hoge: even all deductions (at most
    // 4.925 + 1.294 + 5.797,61 + 25% of the rest a year) leave far more than 3.061,80 → 3.061,80.
    const r = year2026(
      [member('p', '1944-01-10', 'client', ['pension', 12_000_00], { wlzFrom: '2025-12-01' })],
      [wlzStay('l1', 'p')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 1_115_80), ...times(8, 3_061_80)])
  })

  it('13. a partner at home keeps the client at the lage bijdrage on the couple’s income, all year', () => {
    // CAK: lage bijdrage while the partner lives at home; income of both: 10% × (1.500,00 +
    // 1.300,00) = 280,00. The partner's HbH carries no Wmo bijdrage (samenloop).
    const r = year2026(
      [
        member('ma', '1944-03-03', 'client', ['aow', 1_500_00], { wlzFrom: '2025-12-01' }),
        member('pa', '1946-03-03', 'partner', ['aow', 1_300_00]),
      ],
      [wlzStay('l1', 'ma'), hbh('l2', 'pa')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 280_00))
  })

  it('14. Wlz at home with a pgb pays the lage bijdrage from the first month, never the hoge, less the pgb reduction', () => {
    // Modulair pakket thuis as pgb, 20 hours a week at € 50,00. With an mpt or pgb the income counts
    // 7.727,60 / 12 = 643,97 lower (Blz art. 3.3.2.4 lid 1): 10% × (1.725,00 − 643,97) = 108,10 <
    // 212,60 → 212,60; an unmarried client with a pgb or mpt gets the reduction of art. 3.3.2.2 lid 4
    // (€ 182,20): 212,60 − 182,20 = 30,40.
    const r = year2026(
      [member('p', '1942-05-14', 'client', ['aow', 1_725_00], { wlzFrom: '2025-12-01' })],
      [lineOf('l1', 'wlz.mpt', 'p', weekly(20, 'hour', 50_00), { deliveryForm: 'pgb' })],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 30_40))
  })
})

// -------------------------------------------------------------------------------------------------

describe('Beschermd wonen contribution (Uitvoeringsbesluit Wmo 2015 art. 3.9–3.12)', () => {
  function bw(income: number): ScenarioResult {
    return year2026(
      [member('p', '1986-02-02', 'client', ['benefit', income])],
      [lineOf('l1', 'wmo.beschermd-wonen', 'p', weekly(7, 'etmaal', 100_00))],
    )
  }

  it('15. depends on income, not only the minimum: 1.600,00 and 3.000,00 net give different amounts', () => {
    // Four lage months (Uitvoeringsbesluit Wmo 2015 art. 3.12 as amended by Stb. 2018, 444), 10%.
    // The Regeling langdurige zorg 2026 deductions stand in (art. 4.3–4.6, yearly). Income 1.600,00:
    // lage 10% = 160,00 < 212,60 → 212,60; hoge on 19.200: 4.925 + 2.315; premium 1.987 + 5,32% ×
    // 19.200 = 3.008,44 − 1.483 = 1.525,44; extra vrijlating 25% × (19.200 − 7.240 − 1.525,44 − 9.406) =
    // 257,14; deductions 9.022,58 / 12 = 751,88 → 1.600,00 − 751,88 = 848,12.
    expect(perMonth(bw(1_600_00), 'client')).toEqual([...times(4, 212_60), ...times(8, 848_12)])
    // Income 3.000,00: lage 300,00; hoge on 36.000: premium 1.987 + 1.915,20 = 3.902,20, less the
    // zorgtoeslag amount 1.483 − 13,67% × (36.000 − 26.820) = 1.483 − 1.254,91 = 228,09 → 3.674,11;
    // extra vrijlating 25% × (36.000 − 7.240 − 3.674,11 − 9.406) = 3.919,97; deductions 14.834,08 /
    // 12 = 1.236,17 → 3.000,00 − 1.236,17 = 1.763,83.
    expect(perMonth(bw(3_000_00), 'client')).toEqual([...times(4, 300_00), ...times(8, 1_763_83)])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Bijstand norms (Participatiewet art. 20–24)', () => {
  it('16. single 21+: the norms of 1 January and 1 July 2025 and 2026 in their own months', () => {
    // Jun 2025 1.345,45; Jul–Dec 2025 1.369,06 (text of 1 July 2025); Jan–Jun 2026 1.401,50 (text of
    // 1 January 2026); Jul 2026 1.419,46 (text of 1 July 2026, art. 21 sub a).
    const r = evaluateCase({
      members: [member('p', '1990-01-01', 'client', ['bijstand', 0])],
      lines: [],
      startDate: '2025-06-01',
      horizonMonths: 14,
    })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([
      1_345_45,
      ...times(6, 1_369_06),
      ...times(6, 1_401_50),
      1_419_46,
    ])
    // The July 2026 norm is read in the law text: a sourced norm change, not the unverified warning.
    const july = r.findings.filter(
      (f) => f.ruleId === 'participatiewet.bijstand-norm' && f.month === '2026-07',
    )
    expect(july.map((f) => [f.messageKey, f.params['normCents']])).toEqual([
      ['findings.participatiewet.bijstand-norm', 1_419_46],
    ])
  })

  it('17. a couple 21+ gets the gehuwdennorm € 2.002,13, from July 2026 € 2.027,79', () => {
    // Art. 21 sub b: € 2.002,13 (text of 1 January 2026), € 2.027,79 (text of 1 July 2026).
    const r = year2026(
      [
        member('a', '1985-01-01', 'client', ['bijstand', 0]),
        member('b', '1987-01-01', 'partner', ['bijstand', 0]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 2_002_13), ...times(6, 2_027_79)])
  })

  it.each([
    // [label, members, norm Jan–Jun, norm Jul–Dec]: art. 20 lid 1 sub a, b and c (texts of 1 January
    // and 1 July 2026).
    [
      'a single 19-year-old: € 345,99, from July € 350,42',
      [member('a', '2007-03-01', 'client', ['bijstand', 0])],
      345_99,
      350_42,
    ],
    [
      'a couple both 19: € 691,98, from July € 700,84',
      [
        member('a', '2007-03-01', 'client', ['bijstand', 0]),
        member('b', '2007-05-01', 'partner', ['bijstand', 0]),
      ],
      691_98,
      700_84,
    ],
    [
      'a couple of a 19- and a 25-year-old: € 1.347,06, from July € 1.364,32',
      [
        member('a', '2007-03-01', 'client', ['bijstand', 0]),
        member('b', '2001-05-01', 'partner', ['bijstand', 0]),
      ],
      1_347_06,
      1_364_32,
    ],
  ])('18. the 18–20 band: %s', (_label, members, january, july) => {
    // Ages stay inside the band all year (21st birthdays in 2028 and later).
    const r = year2026(members, [])
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, january), ...times(6, july)])
  })

  it('19. kostendelersnorm: housemates count from their 27th birthday (A = 3, then 4 from September)', () => {
    // Art. 22a with housemates 27+ (since 2023): Jan–Aug two housemates count (h3 is 26):
    // ((40% + 3 × 30%) / 3) × 2.002,13 = 2.002,13 × 130 / 300 = 867,5897 → 867,59 (Jan–Jun); from
    // July B = 2.027,79 (text of 1 July 2026): 2.027,79 × 130 / 300 = 878,709 → 878,71 (Jul–Aug).
    // h3 turns 27 on 2026-09-01, so from September A = 4: 2.027,79 × 160 / 400 = 811,116 → 811,12.
    const r = year2026(
      [
        member('p', '1980-01-01', 'client', ['bijstand', 0]),
        member('h1', '1995-01-01', 'housemate', ['work', 2_000_00]),
        member('h2', '1997-06-01', 'housemate', ['work', 1_800_00]),
        member('h3', '1999-09-01', 'housemate', ['work', 1_700_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([
      ...times(6, 867_59),
      ...times(2, 878_71),
      ...times(4, 811_12),
    ])
  })

  it('20. art. 23: a single person in an inrichting gets € 443,76 + € 47,00 = € 490,76, from July € 496,44', () => {
    // Art. 23 lid 1 sub a and lid 2 sub a: 443,76 + 47,00 = 490,76 (text of 1 January 2026);
    // 449,44 + 47,00 = 496,44 (text of 1 July 2026).
    const r = year2026(
      [member('p', '1980-01-01', 'client', ['bijstand', 0], { wlzFrom: '2025-06-01' })],
      [wlzStay('l1', 'p')],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 490_76), ...times(6, 496_44)])
  })

  it('21. art. 23 lid 3: one spouse in an inrichting — the sum of both single norms', () => {
    // Inside: 443,76 + 47,00 = 490,76; at home: alleenstaande 1.401,50; together 1.892,26.
    // From July (text of 1 July 2026): 449,44 + 47,00 = 496,44 and 1.419,46; together 1.915,90.
    const r = year2026(
      [
        member('a', '1976-01-01', 'client', ['bijstand', 0], { wlzFrom: '2025-06-01' }),
        member('b', '1978-01-01', 'partner', ['bijstand', 0]),
      ],
      [wlzStay('l1', 'a')],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_892_26), ...times(6, 1_915_90)])
  })

  it('22. art. 24: a partner without a right (a student of 22) — 50% of the gehuwdennorm', () => {
    // 50% × 2.002,13 = 1.001,065 → 1.001,07 (half-up to the cent); from July 50% × 2.027,79 =
    // 1.013,895 → 1.013,90.
    const r = year2026(
      [
        member('a', '1990-01-01', 'client', ['bijstand', 0]),
        member('b', '2004-02-02', 'partner', ['student', 0]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_001_07), ...times(6, 1_013_90)])
  })

  it('23. inkomstenvrijlating for six consecutive months from the first month with earnings (1, 3, 8)', () => {
    // Earnings 400,00 net in January, March and August 2026, aged 30. Vrijlating 25% × 400,00 =
    // 100,00 (< € 285,00) in January and March — inside the six months January–June; August is the
    // eighth month: no vrijlating. January, March: 1.401,50 − (400,00 − 100,00) = 1.101,50;
    // February, April–June 1.401,50. From July the norm is 1.419,46 (text of 1 July 2026): August
    // 1.419,46 − 400,00 = 1.019,46; July and September–December 1.419,46.
    const changes = (month: string, next: string) => [
      { personId: 'p', from: `2026-${month}-01`, kind: 'work', netMonthlyCents: 400_00 },
      { personId: 'p', from: `2026-${next}-01`, kind: 'bijstand', netMonthlyCents: 0 },
    ]
    const r = year2026([member('p', '1996-01-01', 'client', ['bijstand', 0])], [], {
      incomeChanges: [...changes('01', '02'), ...changes('03', '04'), ...changes('08', '09')],
    })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([
      1_101_50,
      1_401_50,
      1_101_50,
      1_401_50,
      1_401_50,
      1_401_50,
      1_419_46,
      1_019_46,
      ...times(4, 1_419_46),
    ])
  })

  it('24. inkomstenvrijlating is capped at € 285,00 a month', () => {
    // Earnings 1.200,00: 25% = 300,00 > 285,00 → 285,00; bijstand 1.401,50 − (1.200,00 − 285,00) = 486,50.
    const r = year2026([member('p', '1990-01-01', 'client', ['work', 1_200_00])], [], {
      incomeChanges: [{ personId: 'p', from: '2026-01-01', kind: 'work', netMonthlyCents: 1_200_00 }],
    })
    // A person whose income is work from the start is not on bijstand: nothing is paid (the engine
    // computes bijstand only for recorded recipients). Recorded as a recipient with earnings:
    expect(r.totalByPayer['gemeente-bijstand']).toBe(0)
    const onBijstand = year2026([member('p', '1990-01-01', 'client', ['bijstand', 0])], [], {
      incomeChanges: [{ personId: 'p', from: '2026-01-01', kind: 'work', netMonthlyCents: 1_200_00 }],
      horizonMonths: 1,
    })
    expect(perMonth(onBijstand, 'gemeente-bijstand')).toEqual([486_50])
  })
})

// -------------------------------------------------------------------------------------------------

describe('AIO via the SVB from the day a spouse reaches AOW age (Pw art. 47a ff.)', () => {
  function couple(birthDate: string): ScenarioResult {
    return evaluateCase({
      members: [
        member('a', birthDate, 'client', ['bijstand', 0]),
        member('b', '1966-05-05', 'partner', ['bijstand', 0]),
      ],
      lines: [],
      startDate: '2026-01-01',
      horizonMonths: 4,
    })
  }

  it('25. born on the 1st: AOW age on 2026-03-01, the whole of March is AIO (€ 2.144,16)', () => {
    const r = couple('1959-03-01')
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([2_002_13, 2_002_13, 0, 0])
    expect(perMonth(r, 'svb')).toEqual([0, 0, 2_144_16, 2_144_16])
  })

  it('26. born on the 2nd: AOW age on 2026-03-02, 1 March is still municipal bijstand', () => {
    // March: municipality 2.002,13 × 1/31 = 64,584 → 64,58; SVB 2.144,16 × 30/31 = 2.074,99.
    const r = couple('1959-03-02')
    expect(inMonth(r, '2026-03', 'gemeente-bijstand')).toBe(64_58)
    expect(inMonth(r, '2026-03', 'svb')).toBe(2_074_99)
    expect(inMonth(r, '2026-04', 'svb')).toBe(2_144_16)
  })
})

// -------------------------------------------------------------------------------------------------

describe('Jeugdwet → Wmo at the 18th birthday', () => {
  it('27. jeugdhulp stops the day before the 18th birthday; Wmo runs from it; own tarief from the first adult month', () => {
    // Born 2008-03-15: 18 on 2026-03-15. Jeugd ambulant 2 h/week at € 100,00:
    // Jan 2 × 100 × 31/7 = 885,714 → 885,71; Feb 2 × 100 × 28/7 = 800,00; Mar 1–14: 2 × 100 × 14/7 =
    // 400,00; from April 0 (Jeugdwet art. 1.1: jeugdige < 18, no continuation recorded).
    // Wmo begeleiding 1 h/week at € 70,00 from 2026-03-15: Mar 17 days 70 × 17/7 = 170,00;
    // Apr 70 × 30/7 = 300,00; May 70 × 31/7 = 310,00.
    // Eigen bijdrage: the son is his own CAK unit (parents below AOW age do not exempt him); minors
    // pay nothing (Rijksoverheid: only woningaanpassingen) — reading: the first whole month of
    // adulthood is April (the CAK also charges from the month after the start), so € 21,80 from April.
    const r = evaluateCase({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('pa', '1977-01-01', 'partner', ['work', 1_500_00]),
        member('son', '2008-03-15', 'child'),
      ],
      lines: [
        lineOf('j1', 'jeugd.ambulant', 'son', weekly(2, 'hour', 100_00)),
        lineOf('w1', 'wmo.begeleiding-individueel', 'son', weekly(1, 'hour', 70_00), {
          startDate: '2026-03-15',
        }),
      ],
      startDate: '2026-01-01',
      horizonMonths: 5,
    })
    expect(perMonth(r, 'gemeente-jeugd')).toEqual([885_71, 800_00, 400_00, 0, 0])
    expect(perMonth(r, 'client')).toEqual([0, 0, 0, 21_80, 21_80])
    expect(perMonth(r, 'gemeente-wmo')).toEqual([0, 0, 170_00, 300_00 - 21_80, 310_00 - 21_80])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Bijzondere bijstand and individuele inkomenstoeslag (Pw art. 35, 36)', () => {
  it('28. individuele inkomenstoeslag only from 21 (art. 36 lid 1): blocked for a 20-year-old', () => {
    const r = year2026(
      [member('p', '2005-09-01', 'client', ['bijstand', 0])],
      [
        lineOf('l1', 'pw.individuele-inkomenstoeslag', 'p', once(300, 'euro'), {
          startDate: '2026-03-01',
          endDate: '2026-03-31',
        }),
      ],
    )
    const blocking = r.findings.filter((f) => f.lineId === 'l1' && f.severity === 'blocking')
    expect(blocking.map((f) => f.messageKey)).toContain(
      'findings.participatiewet.individuele-inkomenstoeslag-age',
    )
    expect(blocking[0]?.legalBasis.article).toBe('36')
    expect(r.lines.find((l) => l.lineId === 'l1')?.eligible).toBe(false)
  })

  it('29. bijzondere bijstand is open past AOW age and states its art. 35 conditions', () => {
    const r = year2026(
      [member('p', '1950-01-01', 'client', ['aow', 1_300_00])],
      [
        lineOf('l1', 'pw.bijzondere-bijstand', 'p', once(250, 'euro'), {
          startDate: '2026-02-01',
          endDate: '2026-02-28',
        }),
      ],
    )
    const f = r.findings.filter((x) => x.lineId === 'l1')
    expect(f.map((x) => x.messageKey)).toContain('findings.participatiewet.bijzondere-bijstand')
    expect(
      f.find((x) => x.messageKey === 'findings.participatiewet.bijzondere-bijstand')?.legalBasis.article,
    ).toContain('35')
    expect(r.lines.find((l) => l.lineId === 'l1')?.eligible).toBe(true)
  })
})

// -------------------------------------------------------------------------------------------------
// Edges where the engine disagreed with the law text (each fixed in shared/rules, see the report).

describe('Wlz eigen bijdrage of a married couple: one bijdrage for the two together (Blz art. 3.3.2.1–3.3.2.2)', () => {
  it('30. both spouses in a care home: lage on their joint income for four months, then one hoge', () => {
    // Art. 3.3.2.2 lid 1 sub b: "de gehuwde verzekerden tezamen" — 10% × (1.500,00 + 1.300,00) =
    // 280,00 for the couple, not 280,00 each. Art. 3.3.2.1 lid 1 sub b: then the hoge bijdrage of the
    // couple together (Rlz 2026, yearly, joint income 33.600): zak- en kleedgeld gehuwden 7.661 +
    // aftrekpost 1.294; premium per spouse (art. 4.4 lid 1 sub c) 1.987 + 5,32% × 18.000 = 2.944,60 and
    // 1.987 + 5,32% × 15.600 = 2.816,92 (each ≥ 2.697,37), together 5.761,52, less the zorgtoeslag
    // amount for gehuwden 2.833 − 13,67% × (33.600 − 26.820) = 2.833 − 926,83 = 1.906,17 → 3.855,35;
    // extra vrijlating 25% × (33.600 − 7.661 − 1.294 − 3.855,35 − 13.894) = 1.723,91; deductions
    // 14.534,26 / 12 = 1.211,19 → 2.800,00 − 1.211,19 = 1.588,81 (≤ 3.061,80).
    const r = year2026(
      [
        member('ma', '1944-03-03', 'client', ['aow', 1_500_00], { wlzFrom: '2025-12-01' }),
        member('pa', '1943-03-03', 'partner', ['aow', 1_300_00], { wlzFrom: '2025-12-01' }),
      ],
      [wlzStay('l1', 'ma'), wlzStay('l2', 'pa')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 280_00), ...times(8, 1_588_81)])
  })

  it('31. one spouse in a care home, the other with a vpt at home: one lage bijdrage for both', () => {
    // Art. 3.3.2.2 lid 2 sub b: the couple together, 10% × 2.800,00 = 280,00 a month, all year.
    const r = year2026(
      [
        member('ma', '1944-03-03', 'client', ['aow', 1_500_00], { wlzFrom: '2025-12-01' }),
        member('pa', '1943-03-03', 'partner', ['aow', 1_300_00], { wlzFrom: '2025-12-01' }),
      ],
      [wlzStay('l1', 'ma'), lineOf('l2', 'wlz.vpt', 'pa', weekly(7, 'etmaal', 150_00))],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 280_00))
  })
})

describe('Kostendelersnorm where one spouse has no right, is young, or lives in an inrichting (Pw art. 22a, 23, 24)', () => {
  it('32. art. 24 does not apply with a housemate: the rechthebbende spouse gets one kostendelers share', () => {
    // Art. 24 sub a only without kostendelende medebewoners. Art. 22a lid 1–2: A = housemate +
    // belanghebbende + spouse 21+ = 3; the couple's norm is the sum of the shares of the rechthebbende
    // spouses — one: 2.002,13 × (40 + 3 × 30) / 300 = 867,5897 → 867,59; from July (text of 1 July
    // 2026) 2.027,79 × 130 / 300 = 878,709 → 878,71.
    const r = year2026(
      [
        member('a', '1990-01-01', 'client', ['bijstand', 0]),
        member('b', '2002-02-02', 'partner', ['student', 0]),
        member('h', '1990-06-06', 'housemate', ['work', 2_000_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 867_59), ...times(6, 878_71)])
  })

  it('33. art. 22a lid 3: spouses of 19 and 25 with a housemate of 30', () => {
    // Lid 3 sub b (no children): the jongerennorm amount (€ 345,99 in 2026; the lid 3 amount equals
    // the alleenstaande 18–20 norm: € 269,51 in the 2022 text, € 266,29 in 2021) plus the
    // kostendelersnorm of the spouse of 21+: A = housemate + that spouse = 2 (the spouse under 21
    // does not count), 2.002,13 × (40 + 2 × 30) / 200 = 1.001,065 → 1.001,07. Together 1.347,06.
    // (Without the housemate it would also be 1.347,06; with two housemates it drops:)
    // A = 3: 2.002,13 × 130 / 300 = 867,59; + 345,99 = 1.213,58. From July (text of 1 July 2026: lid 3
    // sub b € 350,42, art. 21 sub b € 2.027,79): 2.027,79 × 130 / 300 = 878,71; + 350,42 = 1.229,13.
    const r = year2026(
      [
        member('a', '2007-03-01', 'client', ['bijstand', 0]),
        member('b', '2001-05-01', 'partner', ['bijstand', 0]),
        member('h1', '1996-06-06', 'housemate', ['work', 2_000_00]),
        member('h2', '1995-06-06', 'housemate', ['work', 2_000_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_213_58), ...times(6, 1_229_13)])
  })

  it('34. art. 23 lid 3 with a housemate: the spouse at home gets the alleenstaande kostendelersnorm', () => {
    // Inside: 443,76 + 47,00 = 490,76. At home, as alleenstaande with one housemate of 30 (art. 22a
    // lid 1, A = 2): 2.002,13 × 100 / 200 = 1.001,065 → 1.001,07. Sum 1.491,83. From July (text of
    // 1 July 2026): 449,44 + 47,00 = 496,44 and 2.027,79 × 100 / 200 = 1.013,895 → 1.013,90; sum 1.510,34.
    const r = year2026(
      [
        member('a', '1976-01-01', 'client', ['bijstand', 0], { wlzFrom: '2025-06-01' }),
        member('b', '1978-01-01', 'partner', ['bijstand', 0]),
        member('son', '1996-01-01', 'child', ['work', 1_800_00]),
      ],
      [wlzStay('l1', 'a')],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_491_83), ...times(6, 1_510_34)])
  })
})

describe('More households at the edges', () => {
  it('35. a couple 21+ with a housemate of 30: two kostendelers shares (A = 3)', () => {
    // Art. 22a lid 1–2: 2 × 2.002,13 × (40 + 3 × 30) / 300 = 1.735,1793 → 1.735,18; from July (text of
    // 1 July 2026) 2 × 2.027,79 × 130 / 300 = 1.757,418 → 1.757,42.
    const r = year2026(
      [
        member('a', '1985-01-01', 'client', ['bijstand', 0]),
        member('b', '1987-01-01', 'partner', ['bijstand', 0]),
        member('h', '1990-06-06', 'housemate', ['work', 2_000_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_735_18), ...times(6, 1_757_42)])
  })

  it('36. no inkomstenvrijlating below 27 (art. 31 lid 2 sub n)', () => {
    // Aged 25, earnings 400,00 in January: bijstand 1.401,50 − 400,00 = 1.001,50.
    const r = year2026([member('p', '2000-06-01', 'client', ['bijstand', 0])], [], {
      horizonMonths: 1,
      incomeChanges: [{ personId: 'p', from: '2026-01-01', kind: 'work', netMonthlyCents: 400_00 }],
    })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([1_001_50])
  })

  it('37. a single parent with a child under 12: 25% for six months, then 12,5% (sub n, then sub r)', () => {
    // Earnings 800,00 every month. Jan–Jun: 25% = 200,00 (< 285,00) → 1.401,50 − 600,00 = 801,50.
    // Jul–Dec: 12,5% = 100,00 (< 177,66) → 1.419,46 (text of 1 July 2026) − 700,00 = 719,46.
    const r = year2026(
      [member('p', '1995-01-01', 'client', ['bijstand', 0]), member('k', '2020-05-05', 'child')],
      [],
      { incomeChanges: [{ personId: 'p', from: '2026-01-01', kind: 'work', netMonthlyCents: 800_00 }] },
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 801_50), ...times(6, 719_46)])
  })

  it('38. a woningaanpassing for a minor: the single parent pays the tarief until the cost price', () => {
    // € 500,00 adaptation for the child (minors pay only for woningaanpassingen, charged to the
    // parent's unit; a single parent is not a couple, so no exemption below AOW age).
    // 2026: 12 × 21,80 = 261,60, leaving 238,40. 2027: the tarief indexed by the example
    // municipality's 3% a year: 21,80 × 1,03 = 22,454 → 22,45; 10 × 22,45 = 224,50 leaves 13,90, less
    // than a tarief, so not collected (Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 6). Horizon
    // 2026-01 … 2027-12.
    const r = evaluateCase({
      members: [member('ma', '1985-01-01', 'client', ['work', 2_000_00]), member('k', '2015-05-05', 'child')],
      lines: [lineOf('l1', 'wmo.woningaanpassing', 'k', once(500, 'euro'))],
      startDate: '2026-01-01',
      horizonMonths: 24,
    })
    const client = perMonth(r, 'client')
    expect(client).toEqual([...times(12, 21_80), ...times(10, 22_45), 0, 0])
    expect(r.totalByPayer['gemeente-wmo']).toBe(13_90)
  })

  it('39. beschermd wonen with a partner at home: the lage bijdrage on the joint income all year', () => {
    // Uitvoeringsbesluit Wmo 2015 (lage/hoge as in the Wlz): partner at home → lage,
    // 10% × (1.600,00 + 1.200,00) = 280,00 a month.
    const r = year2026(
      [
        member('a', '1986-02-02', 'client', ['benefit', 1_600_00]),
        member('b', '1985-02-02', 'partner', ['work', 1_200_00]),
      ],
      [lineOf('l1', 'wmo.beschermd-wonen', 'a', weekly(7, 'etmaal', 100_00))],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 280_00))
  })

  it('40. verlengde jeugdhulp past 18 stays Jeugdwet: no Wmo tarief, costs continue (Jeugdwet art. 1.1)', () => {
    // Born 2008-03-15, continuation recorded: 2 h/week at € 100,00 continues after the 18th birthday.
    // April 2 × 100 × 30/7 = 857,142 → 857,14; no eigen bijdrage (Jeugdwet has none since 2016).
    const r = evaluateCase({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('son', '2008-03-15', 'child'),
      ],
      lines: [lineOf('j1', 'jeugd.ambulant', 'son', weekly(2, 'hour', 100_00), { continuation: true })],
      startDate: '2026-01-01',
      horizonMonths: 5,
    })
    expect(inMonth(r, '2026-04', 'gemeente-jeugd')).toBe(857_14)
    expect(r.totalByPayer.client).toBe(0)
  })
})

describe('The AOW date of a birthday that does not exist in the AOW month', () => {
  it('41. born 29 February 1960: AOW age 67 on 1 March 2027, so AIO from March (not 28 February)', () => {
    // AOW age 67 in 2027 (SVB). 2027 has no 29 February: the birthday is taken to fall on 1 March
    // (SVB practice for 29 February; reading, not verified against the AOW text). February stays
    // municipal bijstand in full, March is the SVB's in full.
    const r = evaluateCase({
      members: [
        member('a', '1960-02-29', 'client', ['bijstand', 0]),
        member('b', '1966-05-05', 'partner', ['bijstand', 0]),
      ],
      lines: [],
      startDate: '2027-02-01',
      horizonMonths: 2,
    })
    expect(inMonth(r, '2027-02', 'svb')).toBe(0)
    expect(inMonth(r, '2027-02', 'gemeente-bijstand')).toBeGreaterThan(0)
    expect(inMonth(r, '2027-03', 'gemeente-bijstand')).toBe(0)
    expect(inMonth(r, '2027-03', 'svb')).toBeGreaterThan(0)
  })
})

describe('Month boundaries of bijstand and Wmo age', () => {
  it('42. bijstand from the 16th: the norm pro rata for the days (16/31 of March)', () => {
    // 1.401,50 × 16 / 31 = 723,3548 → 723,35; April in full.
    const r = year2026([member('p', '1990-01-01', 'client', ['none', 0])], [], {
      horizonMonths: 4,
      incomeChanges: [{ personId: 'p', from: '2026-03-16', kind: 'bijstand', netMonthlyCents: 0 }],
    })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([0, 0, 723_35, 1_401_50])
  })

  it('43. a single person reaching AOW age on 2 March: one day municipal bijstand, then AIO (€ 1.564,69)', () => {
    // March: municipality 1.401,50 × 1/31 = 45,209 → 45,21; SVB 1.564,69 × 30/31 = 1.514,2161 → 1.514,22.
    const r = year2026([member('p', '1959-03-02', 'client', ['bijstand', 0])], [], { horizonMonths: 4 })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([1_401_50, 1_401_50, 45_21, 0])
    expect(perMonth(r, 'svb')).toEqual([0, 0, 1_514_22, 1_564_69])
  })

  it('44. art. 23 lid 1–2: a couple both in an inrichting gets € 690,27 + € 106,00 = € 796,27, from July € 805,11', () => {
    // Text of 1 July 2026: 699,11 + 106,00 = 805,11.
    const r = year2026(
      [
        member('a', '1976-01-01', 'client', ['bijstand', 0], { wlzFrom: '2025-06-01' }),
        member('b', '1978-01-01', 'partner', ['bijstand', 0], { wlzFrom: '2025-06-01' }),
      ],
      [wlzStay('l1', 'a'), wlzStay('l2', 'b')],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 796_27), ...times(6, 805_11)])
  })

  it('45. Wmo begeleiding for a 17-year-old is blocked until the 18th birthday (Wmo art. 1.1.1: cliënt 18+)', () => {
    // Born 2008-03-15. 1 h/week at € 70,00: Jan, Feb 0 (Jeugdwet age); March 15–31: 70 × 17/7 = 170,00.
    const r = evaluateCase({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('son', '2008-03-15', 'child'),
      ],
      lines: [lineOf('w1', 'wmo.begeleiding-individueel', 'son', weekly(1, 'hour', 70_00))],
      startDate: '2026-01-01',
      horizonMonths: 4,
    })
    expect(perMonth(r, 'gemeente-wmo')).toEqual([0, 0, 170_00, 300_00 - 21_80])
    expect(r.lines.find((l) => l.lineId === 'w1')?.eligible).toBe(false)
    expect(r.findings.some((f) => f.ruleId === 'wmo.client-age' && f.severity === 'blocking')).toBe(true)
  })
})

describe('Wlz lage bijdrage for a client who supports a child (Blz art. 3.3.2.2 lid 1 sub c)', () => {
  it('46. a widow in a care home with a student son of 22 at home stays at the lage bijdrage all year', () => {
    // Sub c: children with kinderbijslag, or with studiefinanciering while under 27 (2015 text).
    // 10% × 1.725,00 = 172,50 → the minimum 212,60 every month; with a working son: hoge from May.
    const stay = (sonIncome: [string, number]) =>
      year2026(
        [
          member('vdb', '1950-05-14', 'client', ['aow', 1_725_00], { wlzFrom: '2025-12-01' }),
          member('son', '2004-01-10', 'child', sonIncome),
        ],
        [wlzStay('l1', 'vdb')],
      )
    expect(perMonth(stay(['student', 0]), 'client')).toEqual(times(12, 212_60))
    // Working son (not supported): the hoge bijdrage of test 10, 1.051,19, from May.
    expect(perMonth(stay(['work', 1_500_00]), 'client')).toEqual([...times(4, 212_60), ...times(8, 1_051_19)])
  })
})

describe('Wlz bijdrage of a care-home resident on art. 23 bijstand (Blz art. 3.3.2.1 lid 2, 3.3.2.2 lid 9)', () => {
  it('47. a resident of 46 on the institution norm pays nothing: no lage bijdrage (lid 9), hoge nil', () => {
    // Bijstand art. 23 lid 1–2: 443,76 + 47,00 = 490,76 a month; from July 449,44 + 47,00 = 496,44.
    // Months 1–4, lage: the income 490,76 is at most 490,76 + the minimum 212,60 = 703,36, so the
    // lage bijdrage is not owed (Blz art. 3.3.2.2 lid 9, of the CAK's own motion since 2021).
    // Months 5–12, hoge: 490,76 − (4.925 + 2.315) / 12 = 490,76 − 603,33 < 0 → 0,00 (no minimum; the
    // premium deduction of Rlz art. 4.4 only lowers it further).
    const r = year2026(
      [member('p', '1980-01-01', 'client', ['bijstand', 0], { wlzFrom: '2025-06-01' })],
      [wlzStay('l1', 'p')],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 490_76), ...times(6, 496_44)])
    expect(perMonth(r, 'client')).toEqual(times(12, 0))
  })

  it('48. the same resident with a Wajong of € 800,00 and no bijstand pays 212,60 and then 112,11', () => {
    // Lage: 10% × 800,00 = 80,00 → minimum 212,60 (months 1–4); 800,00 is above 703,36, so lid 9
    // does not apply.
    // Hoge (yearly 9.600): 4.925 + 2.315; premium 1.987 + 5,32% × 9.600 = 2.497,72 − 1.483 = 1.014,72;
    // no extra vrijlating (9.600 − 7.240 − 1.014,72 < 9.406); 8.254,72 / 12 = 687,89 → 800,00 −
    // 687,89 = 112,11 (months 5–12), below the lage minimum and owed as it is.
    const r = year2026(
      [member('p', '1980-01-01', 'client', ['benefit', 800_00], { wlzFrom: '2025-06-01' })],
      [wlzStay('l1', 'p')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(4, 212_60), ...times(8, 112_11)])
  })
})

describe('bijstand in the month of the 21st birthday (Participatiewet art. 20 lid 1 sub a, art. 21 sub a)', () => {
  it('49. a single person turning 21 on 15 June 2026 keeps the jongerennorm all of June, the 21+ norm from July', () => {
    // Art. 20 and 21 set the norm "per kalendermaand" by age; the engine takes the age on the first
    // day of the month (modelling choice, unverified against municipal practice — some municipalities
    // split the birthday month per day). Jan–Jun € 345,99 (art. 20 lid 1 sub a, text of 1 January
    // 2026); Jul–Dec € 1.419,46 (art. 21 sub a, text of 1 July 2026).
    const r = year2026([member('y', '2005-06-15', 'client', ['bijstand', 0])], [])
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 345_99), ...times(6, 1_419_46)])
  })
})
