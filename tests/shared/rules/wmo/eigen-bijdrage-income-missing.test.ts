/**
 * wmo.eigen-bijdrage where its income-dependent parts cannot be computed: the municipal minima policy
 * (Wmo 2015 art. 2.1.4 lid 4: a lower amount or nil for a category with a low income) and the
 * beschermd-wonen contribution (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19). Before 2024 Maatwerk has
 * neither the bijstand norms (so bijstand and AIO are owed but not computed, and the social minimum the
 * minima threshold is a percentage of is unknown) nor the beschermd-wonen amounts. The engine then
 * charges nothing for these parts, never an estimate on an income known to be incomplete, and one
 * warning per CAK unit names the months and, where the law bounds the amount, the range — as
 * wlz.eigen-bijdrage does (eigen-bijdrage-aio-before-norms.test.ts). Both used to throw (a parameter
 * read before its first entry); the tests named "was a crash" pin that.
 */
import { describe, expect, it } from 'vitest'
import {
  ABONNEMENTSTARIEF,
  BESCHERMD_WONEN_BIJDRAGE,
  DEFAULT_MUNICIPALITY,
  valueAt,
  type Finding,
  type MunicipalityConfig,
} from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const HBH = 'wmo.hulp-bij-het-huishouden'
const KEY = 'findings.engine.amounts-unavailable'
const T2023 = valueAt(ABONNEMENTSTARIEF, '2023-01-01')
const T2024 = valueAt(ABONNEMENTSTARIEF, '2024-01-01')
const noIndex = { indexationPercentPerYear: 0 }

function withMinima(eigenBijdrageCents: number, incomeThresholdPercent = 120): MunicipalityConfig {
  return {
    ...DEFAULT_MUNICIPALITY,
    minimaPolicy: [
      {
        from: '2020-01-01',
        value: { incomeThresholdPercent, eigenBijdrageCents },
        source: 'test',
        confidence: 'H',
      },
    ],
  }
}

const warnings = (r: ReturnType<typeof run>, series: string): Finding[] =>
  findingsOf(r, 'wmo.eigen-bijdrage').filter((f) => f.messageKey === `${KEY}.${series}`)

const onBijstand = person({
  id: 'p1',
  birthDate: '1975-04-02',
  income: { kind: 'bijstand', netMonthlyCents: 0 },
})
const pensioner = person({
  id: 'p1',
  birthDate: '1950-03-10',
  income: { kind: 'aow', netMonthlyCents: 1_600_00 },
})
// The example profile's tariffs start in 2024: an agreed rate gives the 2023 months a Wmo cost.
const hbh = line({ provisionId: HBH, personId: 'p1', volume: 3, startDate: '2023-07-01', rateCents: 30_00 })
const from2023 = (months: number) =>
  scenario([hbh], { startDate: '2023-07-01', horizonMonths: months, assumptions: noIndex })

describe('wmo.eigen-bijdrage minima policy on an incomplete income (bijstand owed, not computed)', () => {
  // Expected range per month: with the policy min(policy, tarief), without it the tarief (2023: €19.00).
  it.each([
    ['nil', 0, 0],
    ['€5.00', 5_00, 5_00],
  ])(
    'a policy of %s: charges nothing in 2023 and warns with the months and the range policy–tarief',
    (_label, policyCents, minCents) => {
      const r = run(household([onBijstand]), from2023(12), withMinima(policyCents))
      expect(month(r, '2023-07').client).toBe(0)
      expect(month(r, '2023-12').client).toBe(0)
      const [w, ...more] = warnings(r, 'minima-income-bijstand')
      expect(more).toEqual([])
      expect(w?.severity).toBe('warning')
      expect(w?.personId).toBe('p1')
      expect(w?.legalBasis.article).toContain('2.1.4 lid 4')
      expect(w?.params).toEqual({
        fromMonth: '2023-07',
        untilMonth: '2023-12',
        firstMonth: '2024-01',
        minCents,
        maxCents: T2023,
      })
      // From January 2024 the bijstand is paid, the unit's income (the norm) is below 120% of the
      // social minimum, and the policy applies: min(policy, tarief 2024).
      expect(month(r, '2024-01').client).toBe(Math.min(policyCents, T2024))
      expect(findingsOf(r, 'wmo.eigen-bijdrage').some((f) => f.month === '2024-01')).toBe(true)
    },
  )

  it('needs no decision when the policy amount is not below the tarief: charges the tarief, no warning', () => {
    const r = run(household([onBijstand]), from2023(6), withMinima(T2023))
    expect(month(r, '2023-07').client).toBe(T2023)
    expect(warnings(r, 'minima-income-bijstand')).toEqual([])
  })

  it('warns nothing about income for a couple exempt below AOW age (the income does not matter)', () => {
    const partner = person({ id: 'p2', birthDate: '1977-01-01', role: 'partner' })
    const r = run(household([onBijstand, partner]), from2023(6), withMinima(0))
    expect(r.totalByPayer.client).toBe(0)
    expect(warnings(r, 'minima-income-bijstand')).toEqual([])
    expect(findingsOf(r, 'wmo.eigen-bijdrage')[0]?.messageKey).toBe('findings.wmo.eigen-bijdrage-exempt')
  })
})

describe('wmo.eigen-bijdrage minima policy before the first social minimum in Maatwerk', () => {
  it('does not throw for a minima policy in 2023 (was a crash: bijstand norm read before its first entry)', () => {
    expect(() => run(household([pensioner]), from2023(6), withMinima(0))).not.toThrow()
  })

  it('charges nothing in 2023 and warns that the threshold (a percentage of the social minimum) is unknown', () => {
    const r = run(household([pensioner]), from2023(9), withMinima(0))
    expect(month(r, '2023-12').client).toBe(0)
    const [w] = warnings(r, 'minima-social-minimum')
    expect(w?.params).toEqual({
      fromMonth: '2023-07',
      untilMonth: '2023-12',
      firstMonth: '2024-01',
      minCents: 0,
      maxCents: T2023,
    })
    // 2024: the AOW of €1,600.00 is above 120% of the single social minimum — the tarief is due.
    expect(month(r, '2024-01').client).toBe(T2024)
  })

  it('keeps the profile without a minima policy as it was: the tarief in 2023', () => {
    const r = run(household([pensioner]), from2023(3))
    expect(month(r, '2023-07').client).toBe(T2023)
    expect(warnings(r, 'minima-social-minimum')).toEqual([])
  })
})

describe('wmo.eigen-bijdrage beschermd wonen before the first amounts in Maatwerk', () => {
  const bw = line({
    provisionId: 'wmo.beschermd-wonen',
    personId: 'p1',
    unit: 'etmaal',
    volume: 7,
    startDate: '2023-11-01',
    rateCents: 120_00,
  })
  const first = valueAt(BESCHERMD_WONEN_BIJDRAGE, '2024-01-01')
  const evaluate = () =>
    run(
      household([
        { ...pensioner, birthDate: '1990-03-10', income: { kind: 'work', netMonthlyCents: 1_500_00 } },
      ]),
      scenario([bw], { startDate: '2023-11-01', horizonMonths: 4, assumptions: noIndex }),
    )

  it('does not throw (was a crash: the beschermd-wonen series read before its first entry)', () => {
    expect(evaluate).not.toThrow()
  })

  it('charges nothing in 2023 and warns with the months; computes the bijdrage again from 2024', () => {
    const r = evaluate()
    expect(month(r, '2023-11').client).toBe(0)
    expect(month(r, '2023-12').client).toBe(0)
    const [w, ...more] = warnings(r, 'beschermd-wonen-bijdrage')
    expect(more).toEqual([])
    expect(w?.legalBasis.article).toContain('3.11')
    expect(w?.params).toEqual({ fromMonth: '2023-11', untilMonth: '2023-12', firstMonth: '2024-01' })
    // January 2024 is the third month of the stay (lage): 10% of 1,500.00 = 150.00 < the minimum.
    expect(month(r, '2024-01').client).toBe(first.lageMinCents)
  })
})
