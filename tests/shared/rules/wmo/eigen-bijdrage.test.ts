import { describe, expect, it } from 'vitest'
import {
  BESCHERMD_WONEN_BIJDRAGE,
  DEFAULT_MUNICIPALITY,
  indexCents,
  valueAt,
  type MunicipalityConfig,
} from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'

const HBH = 'wmo.hulp-bij-het-huishouden'
const single = person({
  id: 'p1',
  birthDate: '1950-03-10',
  income: { kind: 'aow', netMonthlyCents: 1_600_00 },
})

describe('wmo.eigen-bijdrage (abonnementstarief per household per month)', () => {
  it('charges a single AOW-age client the 2026 tariff of €21.80 and takes it off the municipality', () => {
    const r = run(household([single]), scenario([line({ provisionId: HBH, personId: 'p1', volume: 3 })]))
    const gross = cents(3 * rate(HBH, 'zin', '2026-01-01') * 31, 7)
    expect(month(r, '2026-01').client).toBe(21_80)
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(gross - 21_80)
    expect(r.totalsByYear['2026']?.client).toBe(21_80 * 12)
  })

  it('switches on 1 January: €21.00 in December 2025, €21.80 in January 2026', () => {
    const r = run(
      household([single]),
      scenario([line({ provisionId: HBH, personId: 'p1', volume: 3, startDate: '2025-12-01' })], {
        startDate: '2025-12-01',
        horizonMonths: 2,
      }),
    )
    expect(month(r, '2025-12').client).toBe(21_00)
    expect(month(r, '2026-01').client).toBe(21_80)
  })

  it('indexes the tariff beyond 2026 by the scenario indexation', () => {
    const r = run(
      household([single]),
      scenario([line({ provisionId: HBH, personId: 'p1', volume: 3 })], {
        horizonMonths: 13,
        assumptions: { indexationPercentPerYear: 2 },
      }),
    )
    expect(month(r, '2027-01').client).toBe(indexCents(21_80, 2, 1))
  })

  it('charges no eigen bijdrage to a couple when one partner is below AOW age', () => {
    const h = household([
      person({ id: 'p1', birthDate: '1979-03-08' }),
      person({ id: 'p2', birthDate: '1981-10-30', role: 'partner' }),
    ])
    const r = run(h, scenario([line({ provisionId: HBH, personId: 'p1', volume: 3 })]))
    expect(r.totalByPayer.client).toBe(0)
    expect(findingsOf(r, 'wmo.eigen-bijdrage')[0]?.messageKey).toBe('findings.wmo.eigen-bijdrage-exempt')
  })

  it('starts charging a couple in the month the younger partner reaches AOW age (67 + 3 months)', () => {
    // docs/example-cases.md#bakker: Truus born 1963-04-02 reaches AOW age on 2030-07-02; Kees already has AOW.
    const h = household([
      person({ id: 'truus', birthDate: '1963-04-02' }),
      person({
        id: 'kees',
        birthDate: '1958-01-20',
        role: 'partner',
        income: { kind: 'aow', netMonthlyCents: 1_500_00 },
      }),
    ])
    const s = scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'truus', volume: 3 })], {
      horizonMonths: 60,
      assumptions: { indexationPercentPerYear: 3 },
    })
    const r = run(h, s)
    expect(month(r, '2030-06').client).toBe(0)
    expect(month(r, '2030-07').client).toBe(indexCents(21_80, 3, 2030 - 2026))
    expect(findingsOf(r, 'wmo.eigen-bijdrage').map((f) => f.month)).toEqual(['2026-01', '2030-07'])
  })

  it('never charges more than that month’s Wmo cost', () => {
    const r = run(
      household([single]),
      scenario([line({ provisionId: HBH, personId: 'p1', volume: 5, unit: 'minute', frequency: 'month' })]),
    )
    const gross = cents(5 * rate(HBH, 'zin', '2026-01-01'), 60)
    expect(gross).toBeLessThan(21_80)
    expect(month(r, '2026-01').client).toBe(gross)
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(0)
  })

  it('charges a minor only for a home adaptation', () => {
    const child = person({ id: 'c', birthDate: '2015-05-01', role: 'child' })
    const r = run(
      household([child]),
      scenario([
        line({
          provisionId: 'wmo.woningaanpassing',
          personId: 'c',
          volume: 5000,
          unit: 'euro',
          frequency: 'total',
        }),
      ]),
    )
    // In eigendom: the tarief runs monthly while in use until the cost price (€5,000) is reached.
    expect(month(r, '2026-01').client).toBe(21_80)
    expect(month(r, '2026-02').client).toBe(21_80)
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(5000_00 - 12 * 21_80)
    expect(month(r, '2026-02')['gemeente-wmo']).toBe(0)
  })

  it('charges no tarief for an aid in eigendom of a minor (bug: the aid was paid off by the parents)', () => {
    // Rijksoverheid: children under 18 pay only for woningaanpassingen. A € 300,00 aid for a child
    // of 10 costs the household nothing; the municipality bears it in full.
    const child = person({ id: 'c', birthDate: '2015-05-01', role: 'child' })
    const r = run(
      household([child]),
      scenario([
        line({
          provisionId: 'wmo.hulpmiddel',
          personId: 'c',
          volume: 1,
          unit: 'piece',
          frequency: 'total',
          rateCents: 300_00,
        }),
      ]),
    )
    expect(r.totalByPayer.client).toBe(0)
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(300_00)
  })

  it('charges an aid of a minor from the first month after the 18th birthday while it is in use', () => {
    // Born 2008-03-15: a minor in January–March 2026, an adult from April. € 50,00 aid from January:
    // April 21,80, May 21,80; June: 50,00 − 43,60 = 6,40 left, less than a month's tarief, so not
    // collected (Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 6).
    const teen = person({ id: 't', birthDate: '2008-03-15', role: 'child' })
    const r = run(
      household([teen]),
      scenario([
        line({
          provisionId: 'wmo.hulpmiddel',
          personId: 't',
          volume: 1,
          unit: 'piece',
          frequency: 'total',
          rateCents: 50_00,
        }),
      ]),
    )
    expect(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'].map((m) => month(r, m).client)).toEqual([
      0, 21_80, 21_80, 0, 0,
    ])
  })

  it('charges nothing for Zvw wijkverpleging alone', () => {
    const r = run(
      household([single]),
      scenario([line({ provisionId: 'zvw.wijkverpleging', personId: 'p1', volume: 5 })]),
    )
    expect(r.totalByPayer.client).toBe(0)
    expect(r.totalByPayer.zvw).toBeGreaterThan(0)
  })

  it('uses the beschermd-wonen contribution (2026 minimum €212.60), never the abonnementstarief', () => {
    const r = run(
      household([person({ id: 's', birthDate: '2003-08-17' })]),
      scenario([line({ provisionId: 'wmo.beschermd-wonen', personId: 's', unit: 'etmaal', volume: 7 })]),
    )
    expect(month(r, '2026-01').client).toBe(212_60)
    expect(findingsOf(r, 'wmo.eigen-bijdrage')[0]?.messageKey).toBe(
      'findings.wmo.eigen-bijdrage-beschermd-wonen',
    )
  })

  it('applies a municipal minima policy to a household below the income threshold', () => {
    const minima: MunicipalityConfig = {
      ...DEFAULT_MUNICIPALITY,
      minimaPolicy: [
        {
          from: '2020-01-01',
          value: { incomeThresholdPercent: 120, eigenBijdrageCents: 0 },
          source: 'test',
          confidence: 'H',
        },
      ],
    }
    const poor = person({
      id: 'p1',
      birthDate: '1980-01-01',
      income: { kind: 'bijstand', netMonthlyCents: 0 },
    })
    const r = run(
      household([poor]),
      scenario([line({ provisionId: HBH, personId: 'p1', volume: 3 })]),
      minima,
    )
    expect(r.totalByPayer.client).toBe(0)
    expect(findingsOf(r, 'wmo.eigen-bijdrage')[0]?.messageKey).toBe('findings.wmo.eigen-bijdrage-minima')
  })
})

describe('wmo.eigen-bijdrage per CAK unit (Wmo 2015 art. 2.1.4a; CAK)', () => {
  const T = 21_80
  const hbh = (personId: string) => line({ provisionId: HBH, personId, volume: 3 })
  const son = person({ id: 'son', birthDate: '1990-01-01', role: 'child' })

  it('charges an adult son with his own Wmo support his own tarief besides his mother’s', () => {
    const r = run(household([single, son]), scenario([hbh('p1'), hbh('son')]))
    expect(month(r, '2026-01').client).toBe(T + T)
    expect(new Set(findingsOf(r, 'wmo.eigen-bijdrage').map((f) => f.personId))).toEqual(
      new Set(['p1', 'son']),
    )
  })

  it('charges a housemate with Wmo support the tarief even when the client has none', () => {
    const mate = person({ id: 'm', birthDate: '1960-01-01', role: 'housemate' })
    const r = run(household([single, mate]), scenario([hbh('m')]))
    expect(month(r, '2026-01').client).toBe(T)
  })

  it('exempts only the couple below AOW age, not their adult child', () => {
    const h = household([
      person({ id: 'p1', birthDate: '1979-03-08' }),
      person({ id: 'p2', birthDate: '1981-10-30', role: 'partner' }),
      son,
    ])
    const r = run(h, scenario([hbh('p1'), hbh('son')]))
    expect(month(r, '2026-01').client).toBe(T)
  })

  it('charges client and partner together once', () => {
    const h = household([single, person({ id: 'p2', birthDate: '1948-01-01', role: 'partner' })])
    const r = run(h, scenario([hbh('p1'), hbh('p2')]))
    expect(month(r, '2026-01').client).toBe(T)
  })

  it('treats a recorded partner living elsewhere (care home) as partner: still exempt while below AOW age', () => {
    const h = household([
      single,
      person({ id: 'p2', birthDate: '1965-01-01', role: 'partner', livesIn: false }),
    ])
    const r = run(h, scenario([hbh('p1')]))
    expect(r.totalByPayer.client).toBe(0)
    expect(findingsOf(r, 'wmo.eigen-bijdrage')[0]?.messageKey).toBe('findings.wmo.eigen-bijdrage-exempt')
  })

  it('charges no Wmo eigen bijdrage while the partner pays a Wlz eigen bijdrage (samenloop), from that month', () => {
    const h = household([
      single,
      person({
        id: 'p2',
        birthDate: '1944-01-01',
        role: 'partner',
        income: { kind: 'aow', netMonthlyCents: 1_100_00 },
      }),
    ])
    const s = scenario(
      [
        hbh('p1'),
        line({
          provisionId: 'wlz.verblijf',
          personId: 'p2',
          unit: 'etmaal',
          volume: 7,
          startDate: '2026-04-01',
        }),
      ],
      { wlzIndications: [{ personId: 'p2', from: '2026-04-01' }] },
    )
    const r = run(h, s)
    expect(month(r, '2026-03').client).toBe(T)
    const wlzOnly = findingsOf(r, 'wlz.eigen-bijdrage')[0]?.params.amountCents
    expect(month(r, '2026-04').client).toBe(wlzOnly)
    const f = findingsOf(r, 'wmo.eigen-bijdrage').find((x) => x.month === '2026-04')
    expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-wlz-samenloop')
  })

  it('does not extend the samenloop exemption to an adult child of the Wlz client', () => {
    const h = household([single, son])
    const s = scenario(
      [line({ provisionId: 'wlz.verblijf', personId: 'p1', unit: 'etmaal', volume: 7 }), hbh('son')],
      { wlzIndications: [{ personId: 'p1', from: '2025-01-01' }] },
    )
    const r = run(h, s)
    const wlz = findingsOf(r, 'wlz.eigen-bijdrage')[0]?.params.amountCents as number
    expect(month(r, '2026-01').client).toBe(wlz + T)
  })
})

describe('beschermd wonen and opvang contributions (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19 and 3.20)', () => {
  const P = valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01')
  const worker = person({
    id: 's',
    birthDate: '1990-08-17',
    income: { kind: 'work', netMonthlyCents: 2_000_00 },
  })
  const bw = line({ provisionId: 'wmo.beschermd-wonen', personId: 's', unit: 'etmaal', volume: 7 })

  // Uitvoeringsbesluit Wmo 2015 art. 3.12: 10% since 2018 (stb. 2017, 460), four lage months since
  // 2019 (stb. 2018, 444) — this test said 12.5% and six months before.
  it('charges the income-dependent lage bijdrage for 4 months, then the hoge (boundary 1 May)', () => {
    const r = run(household([worker]), scenario([bw]))
    // lage: 10% of 2.000,00 = 200,00 < minimum 212,60; hoge below AOW age with the Rlz 2026 deductions
    // standing in (yearly 24.000): 4.925 + 2.315 + premium (1.987 + 5,32% × 24.000 − 1.483 = 1.780,80)
    // + extra vrijlating 25% × (24.000 − 7.240 − 1.780,80 − 9.406) = 1.393,30 → 10.414,10 / 12 =
    // 867,84 → 2.000,00 − 867,84 = 1.132,16.
    expect(month(r, '2026-04').client).toBe(P.lageMinCents)
    expect(month(r, '2026-05').client).toBe(1_132_16)
    const f = findingsOf(r, 'wmo.eigen-bijdrage').at(-1)
    expect(f?.params.regime).toBe('hoge')
    expect(f?.params.maxCents).toBe(P.hogeMaxCents)
  })

  describe('opvang (Uitvoeringsbesluit art. 3.20, amounts not sourced: known gap 13)', () => {
    const opvang = (extra = {}) =>
      line({ provisionId: 'wmo.opvang', personId: 's', unit: 'etmaal', volume: 7, ...extra })
    const opvangFindings = (r: ReturnType<typeof run>) =>
      findingsOf(r, 'wmo.eigen-bijdrage').filter((f) =>
        f.messageKey.startsWith('findings.wmo.eigen-bijdrage-opvang'),
      )

    it('charges €0 and shows the range: from €0 to below the recorded net income (articles read, amounts not)', () => {
      const r = run(household([worker]), scenario([opvang()]))
      expect(r.totalByPayer.client).toBe(0)
      const [f] = opvangFindings(r)
      expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-opvang')
      expect(f?.params).toEqual({ amountCents: 0, minCents: 0, incomeCents: 2_000_00 })
      // Uitvoeringsbesluit Wmo 2015 art. 3.20 and Wmo 2015 art. 2.1.4b lid 2 were read in the 2026 texts;
      // the amounts the client keeps (standaardpremie, zorgtoeslag) are not in Maatwerk: a range.
      expect(f?.legalBasis.verified).toBe(true)
      expect(f?.legalBasis.article).toContain('3.20')
      expect(f?.legalBasis.article).toContain('2.1.4b lid 2')
    })

    it('takes the income of the line’s first month in the horizon (an income change before it counts)', () => {
      const r = run(
        household([worker]),
        scenario([opvang({ startDate: '2026-04-10' })], {
          incomeChanges: [{ personId: 's', from: '2026-04-01', kind: 'work', netMonthlyCents: 1_500_00 }],
        }),
      )
      const [f] = opvangFindings(r)
      expect(f?.month).toBe('2026-04')
      expect(f?.params.incomeCents).toBe(1_500_00)
    })

    it('with no income the upper end is not named (not a maximum of €0)', () => {
      const r = run(
        household([{ ...worker, income: { kind: 'none', netMonthlyCents: 0 } }]),
        scenario([opvang()]),
      )
      const [f] = opvangFindings(r)
      expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-opvang-income-unknown')
      expect(f?.params).toEqual({ amountCents: 0, minCents: 0 })
      expect(r.totalByPayer.client).toBe(0)
    })

    // Art. 3.20 works on the bijdrageplichtig inkomen (art. 3.9 lid 1), bijstand included: the upper
    // end is the bijstand the month walk computes (it was "not named" before the walk knew it).
    it('with bijstand the upper end is the bijstand paid that month', () => {
      const r = run(
        household([{ ...worker, income: { kind: 'bijstand', netMonthlyCents: 0 } }]),
        scenario([opvang()]),
      )
      const [f] = opvangFindings(r)
      expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-opvang')
      expect(f?.params).toEqual({
        amountCents: 0,
        minCents: 0,
        incomeCents: month(r, '2026-01')['gemeente-bijstand'],
      })
      expect(f?.params.incomeCents).toBeGreaterThan(0)
    })

    it('counts the AIO of a couple and both incomes: the upper end is AOW + earnings + AIO together', () => {
      const pensioner = person({
        id: 's',
        birthDate: '1950-01-01',
        income: { kind: 'aow', netMonthlyCents: 900_00 },
      })
      const partner = person({
        id: 'p2',
        birthDate: '1970-01-01',
        role: 'partner',
        income: { kind: 'work', netMonthlyCents: 200_00 },
      })
      const r = run(household([pensioner, partner]), scenario([opvang()]))
      const aio = month(r, '2026-01').svb
      expect(aio).toBeGreaterThan(0)
      expect(opvangFindings(r)[0]?.params.incomeCents).toBe(900_00 + 200_00 + aio)
    })

    it('names no upper end while bijstand is owed but not computed (2023): the income is incomplete', () => {
      const r = run(
        household([{ ...worker, income: { kind: 'bijstand', netMonthlyCents: 0 } }]),
        scenario([opvang({ startDate: '2023-10-01', rateCents: 50_00 })], {
          startDate: '2023-10-01',
          horizonMonths: 3,
        }),
      )
      const [f] = opvangFindings(r)
      expect(f?.messageKey).toBe('findings.wmo.eigen-bijdrage-opvang-income-incomplete')
      expect(f?.params).toEqual({ amountCents: 0, minCents: 0, firstMonth: '2024-01' })
    })
  })
})

describe('hulpmiddelen and woningaanpassingen in eigendom (CAK: monthly until the cost price)', () => {
  const noIndex = { indexationPercentPerYear: 0 }
  const aid = line({
    provisionId: 'wmo.hulpmiddel',
    personId: 'p1',
    volume: 1,
    unit: 'piece',
    frequency: 'total',
  })

  it('charges the tarief every month while in use and stops when less than a tarief is left', () => {
    const price = rate('wmo.hulpmiddel', 'zin', '2026-01-01')
    // Uitvoeringsbesluit Wmo 2015 art. 3.10b lid 3: the tarief comes off the cost price every month;
    // lid 6: a month whose tarief is more than the cost price left is not collected.
    const full = Math.floor(price / 21_80)
    expect(price - full * 21_80).toBeGreaterThan(0) // the catalogue price is not a multiple of 21,80
    const r = run(household([single]), scenario([aid], { horizonMonths: 36, assumptions: noIndex }))
    const ym = (i: number) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
    expect(month(r, ym(0)).client).toBe(21_80)
    expect(month(r, ym(full - 1)).client).toBe(21_80)
    expect(month(r, ym(full)).client).toBe(0)
    expect(r.totalByPayer.client).toBe(full * 21_80)
    // The cost stays in its start month; the municipality's net cost is the price less what is paid back.
    expect(r.totalByPayer['gemeente-wmo']).toBe(price - full * 21_80)
    expect(
      findingsOf(r, 'wmo.eigen-bijdrage').some(
        (f) => f.messageKey === 'findings.wmo.eigen-bijdrage-eigendom',
      ),
    ).toBe(true)
  })

  it('stops with the end of use, before the cost price is reached', () => {
    const r = run(
      household([single]),
      scenario([{ ...aid, id: 'aid2', endDate: '2026-03-31' }], { horizonMonths: 12, assumptions: noIndex }),
    )
    expect(month(r, '2026-03').client).toBe(21_80)
    expect(month(r, '2026-04').client).toBe(0)
  })

  it('charges one tarief a month when the unit also has other Wmo support', () => {
    const r = run(
      household([single]),
      scenario([aid, line({ provisionId: HBH, personId: 'p1', volume: 3 })], { assumptions: noIndex }),
    )
    expect(month(r, '2026-02').client).toBe(21_80)
  })

  it('counts the tarief towards the cost price also in months with other Wmo support (art. 3.10b lid 3)', () => {
    // A € 100,00 aid from January and household help January–March: the tarief of January–March
    // (3 × 21,80 = 65,40) comes off the aid's cost price although the help alone would carry it;
    // April: 34,60 left ≥ 21,80 → charged, 12,80 left; May: 12,80 < 21,80 → not collected.
    const aid100 = line({
      provisionId: 'wmo.hulpmiddel',
      personId: 'p1',
      volume: 1,
      unit: 'piece',
      frequency: 'total',
      rateCents: 100_00,
    })
    const help = line({ provisionId: HBH, personId: 'p1', volume: 3, endDate: '2026-03-31' })
    const r = run(household([single]), scenario([aid100, help], { assumptions: noIndex }))
    expect(['2026-01', '2026-03', '2026-04', '2026-05'].map((m) => month(r, m).client)).toEqual([
      21_80, 21_80, 21_80, 0,
    ])
  })
})

describe('no abonnementstarief in a month with two or more nights in opvang (Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3 sub b)', () => {
  const help = line({ provisionId: HBH, personId: 'p1', volume: 3 })
  const opvang = (startDate: string, endDate: string) =>
    line({ provisionId: 'wmo.opvang', personId: 'p1', unit: 'etmaal', volume: 7, startDate, endDate })

  it('charges nothing in the month of two nights in a row, and the tarief in the months around it', () => {
    const r = run(household([single]), scenario([help, opvang('2026-03-10', '2026-03-11')]))
    expect(['2026-02', '2026-03', '2026-04'].map((m) => month(r, m).client)).toEqual([21_80, 0, 21_80])
    expect(findingsOf(r, 'wmo.eigen-bijdrage').find((f) => f.month === '2026-03')?.messageKey).toBe(
      'findings.wmo.eigen-bijdrage-exempt-opvang',
    )
  })

  it('still charges the tarief for a single night', () => {
    const r = run(household([single]), scenario([help, opvang('2026-03-10', '2026-03-10')]))
    expect(month(r, '2026-03').client).toBe(21_80)
  })
})
