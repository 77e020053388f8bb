import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, indexCents, type MunicipalityConfig } from '../../../../shared'
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
    expect(month(r, '2026-01').client).toBe(21_80)
    expect(month(r, '2026-02').client).toBe(0)
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
