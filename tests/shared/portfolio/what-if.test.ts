import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, PROVISIONS, evaluateScenario, tariffFor } from '#shared/index'
import {
  CLIENT_SLOT,
  INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027,
  NO_LEVERS,
  SERIES_STRIDE,
  evaluatePortfolio,
  evaluateWhatIf,
  incomeDependentMonthlyCents,
  type HouseholdSeries,
  type PortfolioCase,
  type WhatIfLevers,
} from '#shared/portfolio'
import type { Carer } from '#shared/domain/types'
import { line, person, portfolioCase, scenario } from './fixtures'

const provisions = new Map(PROVISIONS.map((p) => [p.id, p]))

/** Month m's value of a slot (0 = wmo, 1 = jeugd, 4 = eigen bijdrage). */
const at = (s: HouseholdSeries, m: number, slot: number) => s.values[m * SERIES_STRIDE + slot]!
const grossWmo = (s: HouseholdSeries, m: number) => at(s, m, 0) + at(s, m, CLIENT_SLOT)

function run(cases: PortfolioCase[], levers: Partial<WhatIfLevers>) {
  const baseline = evaluatePortfolio(cases, DEFAULT_MUNICIPALITY, evaluateScenario, new Map())
  const whatIf = evaluateWhatIf(
    cases,
    baseline,
    DEFAULT_MUNICIPALITY,
    { ...NO_LEVERS, ...levers },
    provisions,
    evaluateScenario,
  )
  return { base: baseline.map((b) => b.series), whatIf }
}

// A single person above AOW age pays the abonnementstarief; a young family pays none.
const older = person('o', 'client', '1950-05-05', { kind: 'aow', netMonthlyCents: 1_800_00 })
const olderCase = portfolioCase(
  'older',
  [older],
  [scenario([line('l1', 'wmo.hulp-bij-het-huishouden', 'o', { volume: 3 })])],
)
const child = person('k', 'child', '2015-03-01')
const familyCase = portfolioCase(
  'family',
  [person('m', 'client', '1985-01-01', { kind: 'work', netMonthlyCents: 2_400_00 }), child],
  [scenario([line('l1', 'jeugd.ambulant', 'k')])],
)

describe('what-if: tariff indexation per law', () => {
  it('raises the gross Wmo cost by the Wmo percentage and leaves the Jeugdwet cost alone', () => {
    const { base, whatIf } = run([olderCase, familyCase], {
      indexationPercentByLaw: { wmo: 10, jeugdwet: 0, participatiewet: 0 },
    })
    for (let m = 0; m < 12; m++) {
      expect(grossWmo(whatIf[0]!, m)).toBeCloseTo(grossWmo(base[0]!, m) * 1.1, -1)
      expect(at(whatIf[1]!, m, 1)).toBe(at(base[1]!, m, 1))
    }
  })

  it('indexes an agreed line rate of that law as well', () => {
    const agreed = portfolioCase(
      'agreed',
      [person('k', 'child', '2015-03-01')],
      [scenario([line('l1', 'jeugd.ambulant', 'k', { rateCents: 100_00 })])],
    )
    const { base, whatIf } = run([agreed], {
      indexationPercentByLaw: { wmo: 0, jeugdwet: 5, participatiewet: 0 },
    })
    expect(at(whatIf[0]!, 0, 1)).toBeCloseTo(at(base[0]!, 0, 1) * 1.05, -1)
  })
})

describe('what-if: eigen-bijdrage regime', () => {
  it('with no eigen bijdrage the municipality pays the whole gross Wmo cost', () => {
    const { base, whatIf } = run([olderCase], { eigenBijdrageRegime: 'none' })
    expect(at(base[0]!, 0, CLIENT_SLOT)).toBeGreaterThan(0)
    expect(at(whatIf[0]!, 0, CLIENT_SLOT)).toBe(0)
    expect(at(whatIf[0]!, 0, 0)).toBe(grossWmo(base[0]!, 0))
  })

  it('charges the announced income-dependent amount (assumption) where the current rules charge one', () => {
    // €1,800 a month net = €21,600 a year: below the announced single-person band (≈ €24,500) → the minimum.
    const { whatIf } = run([olderCase, familyCase], { eigenBijdrageRegime: 'income-dependent-2027' })
    expect(at(whatIf[0]!, 0, CLIENT_SLOT)).toBe(23_60)
    expect(at(whatIf[1]!, 0, CLIENT_SLOT)).toBe(0) // a family with a partner below AOW age still pays nothing
  })

  it('interpolates linearly between the announced bands and caps at the maximum', () => {
    const p = INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027.value
    expect(incomeDependentMonthlyCents(48_000_00, false)).toBe(
      Math.round(23_60 + ((48_000_00 - 24_500_00) / (61_000_00 - 24_500_00)) * (328_00 - 23_60)),
    )
    expect(incomeDependentMonthlyCents(90_000_00, true)).toBe(p.maximumMonthlyCents)
    expect(INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027.verified).toBe(false)
  })

  it('never charges more than the gross Wmo cost of the month', () => {
    const rich = person('o', 'client', '1950-05-05', { kind: 'pension', netMonthlyCents: 9_000_00 })
    const tiny = portfolioCase(
      'tiny',
      [rich],
      [scenario([line('l1', 'wmo.hulp-bij-het-huishouden', 'o', { volume: 0.25, frequency: 'month' })])],
    )
    const { base, whatIf } = run([tiny], { eigenBijdrageRegime: 'income-dependent-2027' })
    expect(at(whatIf[0]!, 1, CLIENT_SLOT)).toBe(grossWmo(base[0]!, 1))
    expect(at(whatIf[0]!, 1, 0)).toBe(0)
  })
})

describe('what-if: share of zorg in natura moved to pgb', () => {
  it('moving all ZIN to pgb costs the pgb tariff (90% of ZIN in the example profile)', () => {
    const zin = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2026-01-01')!.rateCents
    const pgb = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'pgb', '2026-01-01')!.rateCents
    const { base, whatIf } = run([olderCase], { zinToPgbPercent: 100 })
    expect(grossWmo(whatIf[0]!, 0)).toBeCloseTo((grossWmo(base[0]!, 0) * pgb) / zin, -1)
  })

  it('moving half changes half the cost', () => {
    const { base, whatIf } = run([olderCase], { zinToPgbPercent: 50 })
    const full = run([olderCase], { zinToPgbPercent: 100 }).whatIf
    expect(grossWmo(whatIf[0]!, 0)).toBeCloseTo((grossWmo(base[0]!, 0) + grossWmo(full[0]!, 0)) / 2, -1)
  })
})

describe('what-if: respite for every intensive carer', () => {
  const daughter: Carer = {
    id: 'c1',
    name: 'Dochter',
    relation: 'child',
    livesIn: false,
    caresFor: ['o'],
    capacityHoursPerWeek: 20,
    workHoursPerWeek: 24,
    consent: true,
  }
  const withCarer = portfolioCase(
    'carer',
    [older],
    [
      scenario([
        line('l1', 'wmo.hulp-bij-het-huishouden', 'o'),
        line('l2', 'informal.mantelzorg', 'o', { deliveryForm: 'mantelzorg', volume: 16, carerId: 'c1' }),
      ]),
    ],
    { carers: [daughter] },
  )

  it('adds the respite etmalen at the kortdurend-verblijf tariff for the intensive carer', () => {
    const baseline = evaluatePortfolio([withCarer], DEFAULT_MUNICIPALITY, evaluateScenario, new Map())
    expect(baseline[0]!.intensiveCarerIds).toEqual(['c1'])
    const etmaal = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.kortdurend-verblijf', 'zin', '2026-06-01')!.rateCents
    const { base, whatIf } = run([withCarer], { respiteEtmaalPerMonth: 2 })
    expect(grossWmo(whatIf[0]!, 5) - grossWmo(base[0]!, 5)).toBe(2 * etmaal)
  })

  it('adds nothing where no carer is intensive or respite is already planned', () => {
    const { base, whatIf } = run([olderCase], { respiteEtmaalPerMonth: 2 })
    expect(whatIf[0]).toBe(base[0])
  })
})

describe('what-if: household-help hours policy', () => {
  it('halving the household-help hours halves their cost', () => {
    const { base, whatIf } = run([olderCase], { householdHelpPercentChange: -50 })
    expect(grossWmo(whatIf[0]!, 2)).toBeCloseTo(grossWmo(base[0]!, 2) / 2, -1)
  })
})

describe('what-if leaves the stored scenarios untouched', () => {
  it('does not change any case while applying every lever', () => {
    const cases = [olderCase, familyCase]
    const before = structuredClone(cases)
    run(cases, {
      indexationPercentByLaw: { wmo: 3, jeugdwet: 3, participatiewet: 3 },
      eigenBijdrageRegime: 'none',
      zinToPgbPercent: 40,
      respiteEtmaalPerMonth: 2,
      householdHelpPercentChange: -20,
    })
    expect(cases).toEqual(before)
  })

  it('reuses the baseline without re-evaluating when no lever applies to a household', () => {
    let calls = 0
    const baseline = evaluatePortfolio([familyCase], DEFAULT_MUNICIPALITY, evaluateScenario, new Map())
    evaluateWhatIf(
      [familyCase],
      baseline,
      DEFAULT_MUNICIPALITY,
      { ...NO_LEVERS, householdHelpPercentChange: -10 },
      provisions,
      (i) => {
        calls++
        return evaluateScenario(i)
      },
    )
    expect(calls).toBe(0)
  })
})
