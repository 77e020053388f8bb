/**
 * Acceptance, second set: households where real life differs from the six examples — couples, adult
 * children at home, Wlz samenloop, a partner reaching AOW age, a child turning 18 — computed by hand
 * from the law and the published amounts, checked through the public engine contract only (a case
 * file in the documented format → parseCaseFile → evaluateScenario). No engine code computes an
 * expectation; every amount is arithmetic from a cited figure, written out next to it.
 *
 * Figures (sources as in docs/legal-reference.md):
 *  - Abonnementstarief Wmo per month: 2025 € 21,00; 2026 € 21,80 (Wmo 2015 art. 2.1.4a lid 4 as
 *    amended by Stcrt. 2025, 35082; CAK). Beyond 2026 the scenario's indexation applies.
 *  - Uitvoeringsbesluit Wmo 2015 art. 3.8: the bijdrage never exceeds the cost price of the support;
 *    none for a rolstoel (lid 4 sub d, per Schulinck); minors only for woningaanpassingen
 *    (Rijksoverheid); none for a client and spouse of whom one is below AOW age (CAK "Maximale eigen
 *    bijdrage": "Bent u getrouwd of heeft u een partner? En heeft minimaal één van u de AOW-leeftijd
 *    nog niet bereikt? Dan hoeft u geen eigen bijdrage te betalen").
 *  - One unit is "de ongehuwde cliënt of de gehuwde cliënt en diens echtgenoot tezamen" (art. 2.1.4a);
 *    parents and children are never partners (CAK), so an adult child is a unit of their own.
 *  - A client (or partner) who pays a Wlz eigen bijdrage pays no Wmo bijdrage (CAK "Wel of geen
 *    eigen bijdrage voor Wmo betalen").
 *  - Wlz lage bijdrage 2026: 10% of income, minimum € 212,60 (Besluit langdurige zorg art. 3.3.2.2,
 *    text of 2026, see hand-computed.test.ts); Wlz care at home always pays the lage bijdrage; with an
 *    mpt or pgb the income counts € 7.727,60 a year lower (art. 3.3.2.4 lid 1) and the bijdrage is
 *    € 182,20 a month lower (art. 3.3.2.2 lid 4).
 *  - Hulpmiddelen in eigendom: the tarief comes off the cost price every month; a month whose tarief
 *    is more than the cost price left is not collected (Uitvoeringsbesluit Wmo 2015 art. 3.10b).
 *  - Bijstand 2026 (Participatiewet art. 20, 21, 22, 22a; law texts of 1 January and 1 July 2026 via
 *    MinBZK/regelrecht-corpus, from 1 July conf. M): couple 21+ € 2.002,13, from July € 2.027,79;
 *    AOW-age couple € 2.144,16, from July € 2.176,10 (AIO via the SVB from the AOW date, Pw art. 47a
 *    ff.); single € 1.401,50, from July € 1.419,46; single 18–20 € 345,99, from July € 350,42.
 *    Kostendelers count from 27 (art. 22a since 1 January 2023). With 0% indexation the July 2026
 *    amounts hold in 2027.
 *  - Inkomstenvrijlating: 25% of net earnings, at most € 285,00 a month (the same in both 2026 texts),
 *    six consecutive months from the first month with earnings, 27+ (Pw art. 31 lid 2 sub n).
 *  - WML per hour from 1 January 2026 € 14,71: the default shadow price of an informal hour.
 *  - Mantelzorg: intensive at ≥ 8 hours a week for ≥ 3 months (CBS/SCP); overloaded above the stated
 *    capacity or at EDIZ-plus ≥ 9.
 *  - AOW age 67 for everyone reaching it in 2023–2027 (SVB).
 * Cost of a weekly volume in a month: volume × rate × days / 7, rounded half-up to a cent once per
 * line and month (docs/architecture.md#engine-contract).
 */
import { describe, expect, it } from 'vitest'
import { evaluateScenario, parseCaseFile, type Payer, type ScenarioResult } from '#shared'
import { caseFileObject, perMonth, times, type CaseSpec, type LineSpec, type MemberSpec } from './case-text'

const TARIEF_2025 = 21_00
const TARIEF_2026 = 21_80

/** Days in the months of 2026, January first. */
const DAYS_2026 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A weekly amount for `days` days, rounded half-up to the cent (hand arithmetic, not engine code). */
function forDays(weeklyCents: number, days: number): number {
  return Math.floor((weeklyCents * days) / 7 + 0.5)
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

type CarerSpec = {
  id: string
  caresFor: string[]
  capacityHoursPerWeek: number
  burdenScore: number | null
  personId?: string
  relation?: string
  livesIn?: boolean
}

type Extra = {
  carers?: CarerSpec[]
  /** Line id → the carer who gives it. */
  lineCarers?: Record<string, string>
  indexationPercentPerYear?: number
}

/** Parses the case file of `spec` (with carers and assumptions) and evaluates its scenario. */
function evaluate(spec: CaseSpec, extra: Extra = {}): ScenarioResult {
  const file = caseFileObject(spec) as {
    household: { carers: unknown[] }
    scenarios: { lines: { id: string; carerId: string | null }[]; assumptions?: unknown }[]
  }
  file.household.carers = (extra.carers ?? []).map((c) => ({
    id: c.id,
    name: c.id,
    relation: c.relation ?? 'child',
    livesIn: c.livesIn ?? false,
    caresFor: c.caresFor,
    capacityHoursPerWeek: c.capacityHoursPerWeek,
    workHoursPerWeek: 0,
    burdenScore: c.burdenScore,
    consent: true,
    ...(c.personId !== undefined ? { personId: c.personId } : {}),
  }))
  const scenario = file.scenarios[0]
  if (!scenario) throw new Error('no scenario')
  for (const line of scenario.lines) line.carerId = extra.lineCarers?.[line.id] ?? null
  if (extra.indexationPercentPerYear !== undefined)
    scenario.assumptions = { indexationPercentPerYear: extra.indexationPercentPerYear }
  const parsed = parseCaseFile(JSON.stringify(file))
  if (!parsed.ok) throw new Error(`case file refused: ${JSON.stringify(parsed.errors)}`)
  const first = parsed.value.scenarios[0]
  if (!first) throw new Error('no scenario after parsing')
  return evaluateScenario({ household: parsed.value.household, scenario: first })
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

function line(
  id: string,
  provisionId: string,
  personId: string,
  amount: Pick<LineSpec, 'volume' | 'unit' | 'frequency'> & { rateCents?: number },
  extra: Partial<LineSpec> = {},
): LineSpec {
  return { id, provisionId, personId, startDate: '2026-01-01', ...amount, ...extra }
}

const perWeek = (volume: number, unit: string, rateCents?: number) => ({
  volume,
  unit,
  frequency: 'week' as const,
  ...(rateCents !== undefined ? { rateCents } : {}),
})
const perMonthOf = (volume: number, unit: string, rateCents?: number) => ({
  volume,
  unit,
  frequency: 'month' as const,
  ...(rateCents !== undefined ? { rateCents } : {}),
})
const inTotal = (volume: number, unit: string, rateCents?: number) => ({
  volume,
  unit,
  frequency: 'total' as const,
  ...(rateCents !== undefined ? { rateCents } : {}),
})

/** Individuele begeleiding, 8 hours a month at an agreed € 70,00: € 560,00 a month. */
function begeleiding(id: string, personId: string, extra: Partial<LineSpec> = {}): LineSpec {
  return line(id, 'wmo.begeleiding-individueel', personId, perMonthOf(8, 'hour', 70_00), extra)
}

function year2026(members: MemberSpec[], lines: LineSpec[], extra: Extra = {}): ScenarioResult {
  return evaluate({ members, lines, startDate: '2026-01-01', horizonMonths: 12 }, extra)
}

function statuses(r: ScenarioResult, personId: string): (string | number | undefined)[] {
  return r.findings
    .filter((f) => f.ruleId === 'wmo.eigen-bijdrage' && f.personId === personId)
    .map((f) => f.params.status)
}

// -------------------------------------------------------------------------------------------------

describe('Wmo abonnementstarief: who forms one CAK unit (Wmo 2015 art. 2.1.4a)', () => {
  it('E1. a couple of AOW age whose joint Wmo cost (€ 20,00) is below the tarief pays € 20,00, not € 21,80 or 2 × € 10,00', () => {
    // Client: HbH 0,5 h a month at € 20,00 = € 10,00; partner: begeleiding 0,25 h at € 40,00 = € 10,00.
    // One unit, cost 10,00 + 10,00 = 20,00 < 21,80 → 20,00 (never above the cost price, Uitvoeringsbesluit
    // art. 3.8); the municipality keeps 20,00 − 20,00 = 0.
    const r = year2026(
      [
        member('ma', '1950-02-02', 'client', ['aow', 1_300_00]),
        member('pa', '1948-03-03', 'partner', ['aow', 1_300_00]),
      ],
      [
        line('l1', 'wmo.hulp-bij-het-huishouden', 'ma', perMonthOf(0.5, 'hour', 20_00)),
        line('l2', 'wmo.begeleiding-individueel', 'pa', perMonthOf(0.25, 'hour', 40_00)),
      ],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 10_00 + 10_00))
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 0))
  })

  it('E2. a widow of 80 and her son of 50 at home are two units, each paying € 21,80 (parent and child are never partners)', () => {
    // No exemption: she has no partner, so "één van u nog niet de AOW-leeftijd" cannot apply to the
    // son. 2 × 21,80 = 43,60 a month; municipality 2 × 560,00 − 43,60 = 1.076,40.
    const r = year2026(
      [
        member('ma', '1946-04-04', 'client', ['aow', 1_500_00]),
        member('son', '1976-05-05', 'child', ['benefit', 1_200_00]),
      ],
      [begeleiding('l1', 'ma'), begeleiding('l2', 'son')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 2 * TARIEF_2026))
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 2 * 560_00 - 2 * TARIEF_2026))
  })

  it('E3. a couple of AOW age of whom the partner lives in a care home without Wlz still pays one tarief', () => {
    // The unit is the married client and spouse, wherever the spouse lives; both have reached AOW
    // age, so € 21,80 a month for the client's begeleiding.
    const r = year2026(
      [
        member('ma', '1950-02-02', 'client', ['aow', 1_300_00]),
        member('pa', '1947-03-03', 'partner', ['aow', 1_300_00], { livesIn: false }),
      ],
      [begeleiding('l1', 'ma')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, TARIEF_2026))
  })

  it('E4. the couple exemption below AOW age does not reach the adult daughter; it also does not need the partner to have Wmo', () => {
    // Client 70 (AOW) with begeleiding, partner 60 (works), daughter 24 with her own begeleiding:
    // couple € 0; daughter € 21,80 (her own unit). Municipality 2 × 560,00 − 21,80.
    const r = year2026(
      [
        member('ma', '1956-01-01', 'client', ['aow', 1_300_00]),
        member('pa', '1966-01-01', 'partner', ['work', 2_000_00]),
        member('dau', '2002-01-01', 'child', ['student', 0]),
      ],
      [begeleiding('l1', 'ma'), begeleiding('l2', 'dau')],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, TARIEF_2026))
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 2 * 560_00 - TARIEF_2026))
    expect(statuses(r, 'ma')).toEqual(['exempt-couple-below-aow'])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Wmo and Wlz together (samenloop)', () => {
  it('E5. a partner admitted to the Wlz from 1 July: the couple pays the tarief until June, then only the Wlz bijdrage', () => {
    // Client 81 (AOW 1.500,00) with begeleiding; partner 82 (AOW 1.300,00), Wlz verblijf from 2026-07-01
    // at € 250,00 a day. Jan–Jun: both AOW age → € 21,80. From July the partner pays a Wlz bijdrage, so
    // neither pays the Wmo tarief; with the client at home the partner pays the lage bijdrage on the
    // joint income: 10% × (1.500,00 + 1.300,00) = 280,00 (within 212,60–1.115,80).
    const r = year2026(
      [
        member('ma', '1945-04-04', 'client', ['aow', 1_500_00]),
        member('pa', '1944-05-05', 'partner', ['aow', 1_300_00], { wlzFrom: '2026-07-01' }),
      ],
      [
        begeleiding('l1', 'ma'),
        line('l2', 'wlz.verblijf', 'pa', perWeek(7, 'etmaal', 250_00), { startDate: '2026-07-01' }),
      ],
    )
    expect(perMonth(r, 'gemeente-wmo')).toEqual([...times(6, 560_00 - TARIEF_2026), ...times(6, 560_00)])
    expect(perMonth(r, 'client')).toEqual([...times(6, TARIEF_2026), ...times(6, 280_00)])
  })

  it('E6. a mother in a Wlz care home does not free her adult son at home from his own tarief', () => {
    // The samenloop covers the Wlz client and partner; the son (55) is his own unit: € 21,80 a month.
    const r = year2026(
      [
        member('ma', '1941-04-04', 'client', ['aow', 1_500_00], { wlzFrom: '2025-10-01' }),
        member('son', '1971-05-05', 'child', ['work', 2_000_00]),
      ],
      [line('l1', 'wlz.verblijf', 'ma', perWeek(7, 'etmaal', 250_00)), begeleiding('l2', 'son')],
    )
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 560_00 - TARIEF_2026))
    expect(statuses(r, 'son')).toEqual(['charged'])
  })
  it('E14. an adult son paying a Wlz bijdrage does not exempt his parents: the samenloop covers only his own unit', () => {
    // Parents both of AOW age with begeleiding: € 21,80 a month; the son (40) in a Wlz care home pays
    // his own Wlz bijdrage, which does not touch his parents' Wmo tarief.
    const r = year2026(
      [
        member('ma', '1950-02-02', 'client', ['aow', 1_300_00]),
        member('pa', '1948-03-03', 'partner', ['aow', 1_300_00]),
        member('son', '1986-05-05', 'child', ['benefit', 1_200_00], {
          wlzFrom: '2025-10-01',
          livesIn: false,
        }),
      ],
      [begeleiding('l1', 'ma'), line('l2', 'wlz.verblijf', 'son', perWeek(7, 'etmaal', 250_00))],
    )
    expect(perMonth(r, 'gemeente-wmo')).toEqual(times(12, 560_00 - TARIEF_2026))
    expect(statuses(r, 'ma')).toEqual(['charged'])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Hulpmiddelen and woningaanpassingen in eigendom: monthly until the cost price', () => {
  it('E7. an aid of € 50,00 delivered in December 2025 is paid off across the tarief change of 1 January', () => {
    // Dec 2025: 21,00; Jan 2026: 21,80; Feb: 50,00 − 21,00 − 21,80 = 7,20 left, less than the tarief,
    // so not collected (Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 6); then nothing.
    const r = evaluate({
      members: [member('ma', '1948-06-06', 'client', ['aow', 1_400_00])],
      lines: [line('l1', 'wmo.hulpmiddel', 'ma', inTotal(1, 'piece', 50_00), { startDate: '2025-12-01' })],
      startDate: '2025-12-01',
      horizonMonths: 5,
    })
    expect(perMonth(r, 'client')).toEqual([TARIEF_2025, TARIEF_2026, 0, 0, 0])
    // What is paid comes back to the municipality, booked in the month the cost fell; 7,20 stays.
    expect(r.totalByPayer['gemeente-wmo']).toBe(50_00 - TARIEF_2025 - TARIEF_2026)
    expect(r.totalsByYear['2025']?.client).toBe(TARIEF_2025)
    expect(r.totalsByYear['2026']?.client).toBe(TARIEF_2026)
  })

  it('E8. an aid handed back on 15 March is charged only while in use: three months, not up to its cost price', () => {
    // € 100,00 aid in use 2026-01-01 … 2026-03-15: 3 × 21,80 = 65,40; the municipality bears
    // 100,00 − 65,40 = 34,60.
    const r = year2026(
      [member('ma', '1948-06-06', 'client', ['aow', 1_400_00])],
      [line('l1', 'wmo.hulpmiddel', 'ma', inTotal(1, 'piece', 100_00), { endDate: '2026-03-15' })],
    )
    expect(perMonth(r, 'client')).toEqual([...times(3, TARIEF_2026), ...times(9, 0)])
    expect(r.totalByPayer['gemeente-wmo']).toBe(100_00 - 3 * TARIEF_2026)
  })

  it('E9. a rolstoel carries no bijdrage and does not count towards the cap of other support', () => {
    // Rolstoel € 1.200,00 (Uitvoeringsbesluit art. 3.8 lid 4 sub d) with HbH 0,5 h a month at
    // € 20,00 = € 10,00: the bijdrage is capped at the HbH cost, 10,00 — not 21,80 against the chair.
    const r = year2026(
      [member('ma', '1948-06-06', 'client', ['aow', 1_400_00])],
      [
        line('l1', 'wmo.rolstoel', 'ma', inTotal(1, 'piece', 1_200_00)),
        line('l2', 'wmo.hulp-bij-het-huishouden', 'ma', perMonthOf(0.5, 'hour', 20_00)),
      ],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 10_00))
    expect(perMonth(r, 'gemeente-wmo')).toEqual([1_200_00, ...times(11, 0)])
  })

  it('E10. a hulpmiddel for a child of 12 carries no bijdrage: minors pay only for woningaanpassingen', () => {
    // Single mother (works) and son of 12 with a € 300,00 aid: nothing for the CAK; the municipality
    // bears € 300,00 in January.
    const r = year2026(
      [member('ma', '1986-01-01', 'client', ['work', 2_000_00]), member('kid', '2014-01-01', 'child')],
      [line('l1', 'wmo.hulpmiddel', 'kid', inTotal(1, 'piece', 300_00))],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 0))
    expect(perMonth(r, 'gemeente-wmo')).toEqual([300_00, ...times(11, 0)])
  })

  it('E11. a woningaanpassing for a child of a couple below AOW age is exempt with the couple', () => {
    const r = year2026(
      [
        member('ma', '1986-01-01', 'client', ['work', 2_000_00]),
        member('pa', '1985-01-01', 'partner', ['work', 2_000_00]),
        member('kid', '2014-01-01', 'child'),
      ],
      [line('l1', 'wmo.woningaanpassing', 'kid', inTotal(4_000, 'euro'))],
    )
    expect(perMonth(r, 'client')).toEqual(times(12, 0))
    expect(perMonth(r, 'gemeente-wmo')).toEqual([4_000_00, ...times(11, 0)])
  })
})

// -------------------------------------------------------------------------------------------------

describe('The tarief in time: the AOW month and the year boundary', () => {
  it('E12. a partner reaching AOW age on 1 June: nothing January–May, € 21,80 from June', () => {
    // Born 1959-06-01: 67 on 2026-06-01; from then both partners have reached AOW age.
    const r = year2026(
      [
        member('ma', '1955-01-01', 'client', ['aow', 1_300_00]),
        member('pa', '1959-06-01', 'partner', ['work', 1_000_00]),
      ],
      [begeleiding('l1', 'ma')],
    )
    expect(perMonth(r, 'client')).toEqual([...times(5, 0), ...times(7, TARIEF_2026)])
  })

  it('E13. the tarief changes on 1 January: 2025 € 21,00, 2026 € 21,80, 2027 indexed by 3% (€ 22,45)', () => {
    // 21,80 × 1,03 = 22,454 → 22,45. Per year: 2025 2 × 21,00; 2026 12 × 21,80; 2027 2 × 22,45.
    const r = evaluate(
      {
        members: [member('ma', '1948-06-06', 'client', ['aow', 1_400_00])],
        lines: [begeleiding('l1', 'ma', { startDate: '2025-11-01' })],
        startDate: '2025-11-01',
        horizonMonths: 16,
      },
      { indexationPercentPerYear: 3 },
    )
    expect(perMonth(r, 'client')).toEqual([
      ...times(2, TARIEF_2025),
      ...times(12, TARIEF_2026),
      ...times(2, 22_45),
    ])
    expect(r.totalsByYear['2025']?.client).toBe(2 * TARIEF_2025)
    expect(r.totalsByYear['2026']?.client).toBe(12 * TARIEF_2026)
    expect(r.totalsByYear['2027']?.client).toBe(2 * 22_45)
  })
  it('E15. the AOW age of 67 years and 3 months in 2028: a partner born 10 February 1961 makes the couple pay from May 2028', () => {
    // AOW age 67 + 3 months for those reaching it in 2028 (SVB/NOS): 1961-02-10 + 67 y 3 m = 2028-05-10.
    // March and April 2028 exempt; May (the month AOW age is reached, as in E12) and June € 21,80
    // (0% indexation: the 2026 tarief holds).
    const r = evaluate(
      {
        members: [
          member('ma', '1955-01-01', 'client', ['aow', 1_300_00]),
          member('pa', '1961-02-10', 'partner', ['work', 1_000_00]),
        ],
        lines: [begeleiding('l1', 'ma', { startDate: '2028-03-01' })],
        startDate: '2028-03-01',
        horizonMonths: 4,
      },
      { indexationPercentPerYear: 0 },
    )
    expect(perMonth(r, 'client')).toEqual([0, 0, TARIEF_2026, TARIEF_2026])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Jeugdwet at the edges (Jeugdwet art. 1.1, 1.2)', () => {
  it('J1. a son turning 18 on 1 May: jeugdhulp to 30 April, Wmo from 1 May with his own tarief in May', () => {
    // Born 2008-05-01. Jeugd ambulant 2 h/week at € 100,00: Jan 31 days 885,71; Feb 800,00; Mar 885,71;
    // Apr 857,14; from May 0 (no continuation). Wmo begeleiding 1 h/week at € 70,00 from 2026-05-01:
    // May 310,00, Jun 300,00. Parents below AOW age are exempt, their adult son is not: € 21,80 from
    // May, his first month as an adult. No ouderbijdrage (abolished 2016): the client pays nothing before.
    const r = evaluate({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('pa', '1976-01-01', 'partner', ['work', 1_500_00]),
        member('son', '2008-05-01', 'child'),
      ],
      lines: [
        line('j1', 'jeugd.ambulant', 'son', perWeek(2, 'hour', 100_00)),
        line('w1', 'wmo.begeleiding-individueel', 'son', perWeek(1, 'hour', 70_00), {
          startDate: '2026-05-01',
        }),
      ],
      startDate: '2026-01-01',
      horizonMonths: 6,
    })
    const jeugd = DAYS_2026.slice(0, 4).map((d) => forDays(200_00, d))
    expect(jeugd).toEqual([885_71, 800_00, 885_71, 857_14])
    expect(perMonth(r, 'gemeente-jeugd')).toEqual([...jeugd, 0, 0])
    expect(perMonth(r, 'client')).toEqual([0, 0, 0, 0, TARIEF_2026, TARIEF_2026])
    expect(perMonth(r, 'gemeente-wmo')).toEqual([0, 0, 0, 0, 310_00 - TARIEF_2026, 300_00 - TARIEF_2026])
    const transition = r.findings.filter((f) => f.ruleId === 'jeugdwet.turns-18-transition')
    expect(transition.map((f) => [f.month, f.severity])).toEqual([['2026-05', 'warning']])
  })

  it('J2. a Wlz indication from 1 April stops jeugdhulp (art. 1.2) but not jeugdreclassering', () => {
    // Jeugd ambulant 2 h/week at € 100,00: Jan 885,71, Feb 800,00, Mar 885,71, then blocked.
    // Jeugdreclassering 1 traject a month at € 1.200,00 is not care the Wlz gives: all six months.
    const r = evaluate({
      members: [
        member('ma', '1980-01-01', 'client', ['work', 2_000_00]),
        member('kid', '2012-01-01', 'child', undefined, { wlzFrom: '2026-04-01' }),
      ],
      lines: [
        line('j1', 'jeugd.ambulant', 'kid', perWeek(2, 'hour', 100_00)),
        line('j2', 'jeugd.jeugdreclassering', 'kid', perMonthOf(1, 'piece', 1_200_00)),
      ],
      startDate: '2026-01-01',
      horizonMonths: 6,
    })
    expect(perMonth(r, 'gemeente-jeugd')).toEqual([
      885_71 + 1_200_00,
      800_00 + 1_200_00,
      885_71 + 1_200_00,
      ...times(3, 1_200_00),
    ])
    const blocked = r.findings.filter(
      (f) => f.ruleId === 'jeugdwet.wlz-voorliggend' && f.severity === 'blocking',
    )
    expect(blocked.map((f) => [f.lineId, f.month])).toEqual([['j1', '2026-04']])
    expect(r.totalByPayer.client).toBe(0)
  })

  it('J3. pleegzorg started before 18 runs on to 21 without a continuation decision', () => {
    // Born 2008-03-15: 18 on 2026-03-15, 21 on 2029-03-15. Pleegzorg 7 etmalen a week at € 40,00:
    // April 30 × 40,00 = 1.200,00 — still Jeugdwet after the 18th birthday; no Wmo tarief.
    const r = evaluate({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('kid', '2008-03-15', 'child'),
      ],
      lines: [line('p1', 'jeugd.pleegzorg', 'kid', perWeek(7, 'etmaal', 40_00))],
      startDate: '2026-01-01',
      horizonMonths: 6,
    })
    expect(perMonth(r, 'gemeente-jeugd')).toEqual(DAYS_2026.slice(0, 6).map((d) => d * 40_00))
    expect(r.totalByPayer.client).toBe(0)
  })
  it('J4. jeugdhulp that starts after the 18th birthday without continuation is blocked (art. 1.1)', () => {
    // Born 2007-06-01 (18 on 2025-06-01); a new jeugd ambulant line from 2026-01-01: nothing is paid.
    const r = year2026(
      [member('ma', '1975-01-01', 'client', ['work', 2_000_00]), member('kid', '2007-06-01', 'child')],
      [line('j1', 'jeugd.ambulant', 'kid', perWeek(2, 'hour', 100_00))],
    )
    expect(r.totalByPayer['gemeente-jeugd']).toBe(0)
    expect(r.lines.find((l) => l.lineId === 'j1')?.eligible).toBe(false)
    expect(r.findings.some((f) => f.ruleId === 'jeugdwet.age' && f.severity === 'blocking')).toBe(true)
  })

  it('J5. verlengde jeugdhulp ends the day before the 23rd birthday', () => {
    // Born 2003-06-10: 23 on 2026-06-10. Continuation 2 h/week at € 100,00: May 31 days 885,71;
    // June 1–9: 200,00 × 9 / 7 = 257,142… → 257,14; July 0.
    const r = evaluate({
      members: [
        member('ma', '1975-01-01', 'client', ['work', 2_000_00]),
        member('kid', '2003-06-10', 'child'),
      ],
      lines: [
        line('j1', 'jeugd.ambulant', 'kid', perWeek(2, 'hour', 100_00), {
          startDate: '2026-05-01',
          continuation: true,
        }),
      ],
      startDate: '2026-05-01',
      horizonMonths: 3,
    })
    expect(perMonth(r, 'gemeente-jeugd')).toEqual([forDays(200_00, 31), forDays(200_00, 9), 0])
    expect(forDays(200_00, 9)).toBe(257_14)
  })
})

// -------------------------------------------------------------------------------------------------

describe('Participatiewet at the edges', () => {
  it('P1. one spouse reaches AOW age on 1 March: AIO via the SVB, while the municipality keeps the younger spouse’s jobcoach', () => {
    // a born 1959-03-01 (67 on 2026-03-01), b born 1966-05-05. Bijstand couple norm Jan–Feb € 2.002,13;
    // from March the AOW-age couple norm € 2.144,16 paid by the SVB. Jobcoach 1 h/week at € 70,00 for b
    // all four months (reintegration stays municipal); the one for a ends at his AOW date (art. 11).
    const r = evaluate({
      members: [
        member('a', '1959-03-01', 'client', ['bijstand', 0]),
        member('b', '1966-05-05', 'partner', ['bijstand', 0]),
      ],
      lines: [
        line('jb', 'pw.jobcoach', 'b', perWeek(1, 'hour', 70_00)),
        line('ja', 'pw.jobcoach', 'a', perWeek(1, 'hour', 70_00)),
      ],
      startDate: '2026-01-01',
      horizonMonths: 4,
    })
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([2_002_13, 2_002_13, 0, 0])
    expect(perMonth(r, 'svb')).toEqual([0, 0, 2_144_16, 2_144_16])
    // b: 310,00 (31 days), 280,00, 310,00, 300,00; a: 310,00 and 280,00, then nothing.
    expect(perMonth(r, 'gemeente-participatie')).toEqual([310_00 + 310_00, 280_00 + 280_00, 310_00, 300_00])
  })

  it('P2. the six months of inkomstenvrijlating run on across the year end (October–March)', () => {
    // Aged 40, earnings € 400,00 a month from 2026-10-01: vrijlating 25% = 100,00 (< 285,00) in
    // Oct, Nov, Dec 2026 and Jan, Feb, Mar 2027 → 1.419,46 (text of 1 July 2026) − 300,00 = 1.119,46;
    // April: 1.419,46 − 400,00 = 1.019,46. 0% indexation, so the July 2026 norm and cap hold in 2027.
    const r = evaluate(
      {
        members: [member('p', '1986-01-01', 'client', ['bijstand', 0])],
        lines: [],
        startDate: '2026-10-01',
        horizonMonths: 7,
        incomeChanges: [{ personId: 'p', from: '2026-10-01', kind: 'work', netMonthlyCents: 400_00 }],
      },
      { indexationPercentPerYear: 0 },
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([
      ...times(6, 1_419_46 - (400_00 - 100_00)),
      1_419_46 - 400_00,
    ])
  })

  it.each([
    ['a son of 20', '2006-02-01'],
    ['a son of 21', '2005-02-01'],
    ['a son of 26', '2000-02-01'],
  ])(
    'P3. kostendelersnorm: a single parent with %s at home keeps the single norm (housemates count from 27)',
    (_l, born) => {
      const r = year2026(
        [
          member('ma', '1975-01-01', 'client', ['bijstand', 0]),
          member('son', born, 'child', ['work', 1_500_00]),
        ],
        [],
      )
      // Art. 21 sub a: 1.401,50 (text of 1 January 2026), from July 1.419,46 (text of 1 July 2026).
      expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_401_50), ...times(6, 1_419_46)])
    },
  )

  it('P4. kostendelersnorm: a son of 27 makes two kostendelers (A = 2): 2.002,13 × (40 + 2 × 30) / 200 = 1.001,07', () => {
    // From July (text of 1 July 2026): 2.027,79 × 100 / 200 = 1.013,895 → 1.013,90.
    const r = year2026(
      [
        member('ma', '1975-01-01', 'client', ['bijstand', 0]),
        member('son', '1998-02-01', 'child', ['work', 1_500_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 1_001_07), ...times(6, 1_013_90)])
  })
  it('P5. a single 19-year-old living with his parents gets the jongerennorm: no kostendelersnorm below 21 (art. 22a lid 1)', () => {
    // Art. 20 lid 1 sub a: 345,99 (text of 1 January 2026), from July 350,42 (text of 1 July 2026).
    const r = year2026(
      [
        member('y', '2007-03-01', 'client', ['bijstand', 0]),
        member('mo', '1975-01-01', 'housemate', ['work', 2_000_00]),
        member('fa', '1974-01-01', 'housemate', ['work', 2_000_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 345_99), ...times(6, 350_42)])
  })

  it('P6. the same son turning 21 on 1 July: jongerennorm to June, then the kostendelersnorm with both parents (A = 3)', () => {
    // From July, B = 2.027,79 (art. 21 sub b, text of 1 July 2026): 2.027,79 × (40 + 3 × 30) / 300 =
    // 878,709 → 878,71.
    const r = year2026(
      [
        member('y', '2005-07-01', 'client', ['bijstand', 0]),
        member('mo', '1975-01-01', 'housemate', ['work', 2_000_00]),
        member('fa', '1974-01-01', 'housemate', ['work', 2_000_00]),
      ],
      [],
    )
    expect(perMonth(r, 'gemeente-bijstand')).toEqual([...times(6, 345_99), ...times(6, 878_71)])
  })
})

// -------------------------------------------------------------------------------------------------

describe('Mantelzorg thresholds', () => {
  const mother = member('ma', '1944-01-01', 'client', ['aow', 1_500_00])
  function caring(hoursPerWeek: number, carer: Partial<CarerSpec>, endDate: string | null = null) {
    return year2026(
      [mother],
      [
        line('m1', 'informal.mantelzorg', 'ma', perWeek(hoursPerWeek, 'hour'), {
          deliveryForm: 'mantelzorg',
          endDate,
        }),
      ],
      {
        carers: [{ id: 'c1', caresFor: ['ma'], capacityHoursPerWeek: 10, burdenScore: 5, ...carer }],
        lineCarers: { m1: 'c1' },
      },
    )
  }
  const carerResult = (r: ScenarioResult) => r.carers.find((c) => c.carerId === 'c1')

  it.each([
    // [label, hours a week, carer, end date, intensive, overloaded]
    ['8 h/week all year: intensive', 8, {}, null, true, false],
    ['7,5 h/week: not intensive', 7.5, {}, null, false, false],
    ['8 h/week for two months only: not intensive', 8, {}, '2026-02-28', false, false],
    ['8 h/week for three months: intensive', 8, {}, '2026-03-31', true, false],
    ['10 h/week at a capacity of 10: not overloaded', 10, {}, null, true, false],
    ['10,5 h/week at a capacity of 10: overloaded', 10.5, {}, null, true, true],
    ['burden 8 (EDIZ-plus): not overloaded', 4, { burdenScore: 8 }, null, false, false],
    ['burden 9 (EDIZ-plus): overloaded', 4, { burdenScore: 9 }, null, false, true],
  ] as const)('M1. %s', (_label, hours, carer, endDate, intensive, overloaded) => {
    const c = carerResult(caring(hours, carer, endDate))
    expect(c?.intensive).toBe(intensive)
    expect(c?.overloaded).toBe(overloaded)
  })

  it('M2. the informal hours are valued at the 2026 minimum wage (€ 14,71 an hour) and kept apart from cash', () => {
    // 8 h/week × 14,71 × days / 7: January 8 × 1.471 × 31 / 7 = 52.115,4 → 521,15.
    const r = caring(8, {})
    const expected = DAYS_2026.map((d) => forDays(8 * 14_71, d))
    expect(expected[0]).toBe(521_15)
    expect(perMonth(r, 'informal')).toEqual(expected)
    expect(perMonth(r, 'client')).toEqual(times(12, 0))
  })

  function youngCarer(birthDate: string, hoursPerWeek: number): ScenarioResult {
    return year2026(
      [mother, member('kid', birthDate, 'child')],
      [
        line('m1', 'wmo.hulp-bij-het-huishouden', 'ma', perWeek(hoursPerWeek, 'hour'), {
          deliveryForm: 'mantelzorg',
        }),
      ],
      {
        carers: [
          {
            id: 'c1',
            caresFor: ['ma'],
            capacityHoursPerWeek: 10,
            burdenScore: 3,
            personId: 'kid',
            livesIn: true,
          },
        ],
        lineCarers: { m1: 'c1' },
      },
    )
  }
  const youngCarerMonths = (r: ScenarioResult) =>
    r.findings.filter((f) => f.ruleId === 'mantelzorg.young-carer').map((f) => f.month)

  it('M3. a carer of 15 doing 3 h/week of household tasks for her mother: above the 1 h the protocol expects', () => {
    expect(youngCarerMonths(youngCarer('2010-06-01', 3))).toEqual(['2026-01'])
  })

  it('M4. a carer of 15 doing 1 h/week: within what the protocol expects of a 13–17-year-old', () => {
    expect(youngCarerMonths(youngCarer('2010-06-01', 1))).toEqual([])
  })

  it('M5. a carer of 12 doing 1 h/week: nothing is expected of a child under 13', () => {
    expect(youngCarerMonths(youngCarer('2013-06-01', 1))).toEqual(['2026-01'])
  })

  it('M6. a carer turning 18 on 1 July is no longer a young carer from July', () => {
    // 3 h/week all year: warned once, in January; from July she is an adult (no limit).
    const r = youngCarer('2008-07-01', 3)
    expect(youngCarerMonths(r)).toEqual(['2026-01'])
  })
  it('M7. an intensive carer gets a respite recommendation, unless respite is in the plan', () => {
    const respite = (withRespite: boolean) =>
      year2026(
        [mother],
        [
          line('m1', 'informal.mantelzorg', 'ma', perWeek(12, 'hour'), { deliveryForm: 'mantelzorg' }),
          ...(withRespite
            ? [line('r1', 'wmo.kortdurend-verblijf', 'ma', perMonthOf(1, 'etmaal', 200_00))]
            : []),
        ],
        {
          carers: [{ id: 'c1', caresFor: ['ma'], capacityHoursPerWeek: 20, burdenScore: 5 }],
          lineCarers: { m1: 'c1' },
        },
      ).findings.filter((f) => f.ruleId === 'mantelzorg.respite-recommended').length
    expect(respite(false)).toBe(1)
    expect(respite(true)).toBe(0)
  })
})

// -------------------------------------------------------------------------------------------------

describe('One household over a whole year: every payer per month and per year', () => {
  /*
   * Household (2026):
   *  - a, client, born 1959-03-01 (67 on 2026-03-01), bijstand; b, partner, born 1966-05-05, bijstand.
   *  - son, born 2008-09-15 (18 on 2026-09-15).
   *  - nephew, housemate, born 2004-02-02 (22: no kostendeler), Wajong € 1.100,00, Wlz since 2025-10-01.
   *  - carer Els (a daughter living elsewhere) gives a 4 hours a week.
   * Lines: a begeleiding 8 h/month at € 70,00 (Wmo); a wijkverpleging 1 h/week at € 60,00 (Zvw);
   * son jeugd ambulant 2 h/week at € 100,00 (to 18); son Wmo begeleiding 1 h/week at € 70,00 from
   * 2026-09-15; b jobcoach 2 h/week at € 80,00 Jan–Jun (Pw); nephew mpt 10 h/week at € 50,00 (Wlz at
   * home); Els 4 h/week mantelzorg for a.
   */
  const r = evaluate(
    {
      members: [
        member('a', '1959-03-01', 'client', ['bijstand', 0]),
        member('b', '1966-05-05', 'partner', ['bijstand', 0]),
        member('son', '2008-09-15', 'child'),
        member('nephew', '2004-02-02', 'housemate', ['benefit', 1_100_00], { wlzFrom: '2025-10-01' }),
      ],
      lines: [
        begeleiding('l1', 'a'),
        line('l2', 'zvw.wijkverpleging', 'a', perWeek(1, 'hour', 60_00)),
        line('l3', 'jeugd.ambulant', 'son', perWeek(2, 'hour', 100_00)),
        line('l4', 'wmo.begeleiding-individueel', 'son', perWeek(1, 'hour', 70_00), {
          startDate: '2026-09-15',
        }),
        line('l5', 'pw.jobcoach', 'b', perWeek(2, 'hour', 80_00), { endDate: '2026-06-30' }),
        line('l6', 'wlz.mpt', 'nephew', perWeek(10, 'hour', 50_00)),
        line('l7', 'informal.mantelzorg', 'a', perWeek(4, 'hour'), { deliveryForm: 'mantelzorg' }),
      ],
      startDate: '2026-01-01',
      horizonMonths: 12,
    },
    {
      carers: [{ id: 'els', caresFor: ['a'], capacityHoursPerWeek: 10, burdenScore: 5 }],
      lineCarers: { l7: 'els' },
    },
  )

  // Municipality, Wmo: a 560,00 every month (couple with b below AOW age: no tarief); son from 15 Sep:
  // 70 × 16 / 7 = 160,00 in September, then 310,00, 300,00, 310,00 less his own € 21,80 (Oct–Dec).
  const wmo = [
    ...times(8, 560_00),
    560_00 + 160_00,
    560_00 + 310_00 - 21_80,
    560_00 + 300_00 - 21_80,
    560_00 + 310_00 - 21_80,
  ]
  // Municipality, Jeugdwet: 200,00 a week to 14 September (14 days: 400,00), nothing after.
  const jeugd = [...DAYS_2026.slice(0, 8).map((d) => forDays(200_00, d)), forDays(200_00, 14), 0, 0, 0]
  // Municipality, Participatiewet: jobcoach 160,00 a week January–June.
  const participatie = [...DAYS_2026.slice(0, 6).map((d) => forDays(160_00, d)), ...times(6, 0)]
  // Bijstand: couple norm January–February; from March the AIO (SVB) at the AOW-age couple norm
  // (art. 22 sub c): 2.144,16 March–June, 2.176,10 from July (text of 1 July 2026).
  const bijstand = [2_002_13, 2_002_13, ...times(10, 0)]
  const svb = [0, 0, ...times(4, 2_144_16), ...times(6, 2_176_10)]
  // Zvw: 60,00 a week.
  const zvw = DAYS_2026.map((d) => forDays(60_00, d))
  // Wlz: mpt 500,00 a week less the nephew's lage bijdrage (at home, about 43 hours a month, more than
  // the twenty of Blz art. 3.3.2.2 lid 5): with an mpt the income counts 7.727,60 / 12 = 643,97 lower
  // (art. 3.3.2.4 lid 1): 10% × (1.100,00 − 643,97) = 45,60 < minimum → 212,60; less the mpt
  // reduction of lid 4, 182,20 → 30,40. (1.100,00 is above 703,36, so lid 9 does not apply.)
  const wlz = DAYS_2026.map((d) => forDays(500_00, d) - 30_40)
  // Client: the nephew's Wlz bijdrage every month, the son's tarief October–December.
  const client = [...times(9, 30_40), ...times(3, 30_40 + 21_80)]
  // Informal: 4 h/week × € 14,71.
  const informal = DAYS_2026.map((d) => forDays(4 * 14_71, d))

  const expected: Record<Payer, number[]> = {
    'gemeente-wmo': wmo,
    'gemeente-jeugd': jeugd,
    'gemeente-participatie': participatie,
    'gemeente-bijstand': bijstand,
    svb,
    wlz,
    zvw,
    client,
    informal,
  }

  it.each(Object.keys(expected) as Payer[])('F1. %s per month', (payer) => {
    expect(perMonth(r, payer)).toEqual(expected[payer])
  })

  it('F2. per year and over the horizon, per payer', () => {
    const totals = Object.fromEntries(Object.entries(expected).map(([payer, months]) => [payer, sum(months)]))
    expect(r.totalsByYear['2026']).toEqual(totals)
    expect(r.totalByPayer).toEqual(totals)
    // Spot checks written out: Wmo 12 × 560,00 + 160,00 + 310,00 + 300,00 + 310,00 − 3 × 21,80.
    expect(totals['gemeente-wmo']).toBe(12 * 560_00 + 160_00 + 310_00 + 300_00 + 310_00 - 3 * 21_80)
    expect(totals.svb).toBe(4 * 2_144_16 + 6 * 2_176_10)
    expect(totals.client).toBe(12 * 30_40 + 3 * 21_80)
  })
})
