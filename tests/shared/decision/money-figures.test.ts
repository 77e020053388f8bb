import { describe, expect, it } from 'vitest'
import { evaluateScenario, EXAMPLE_VAN_DEN_BERG } from '#shared'
import type { Household, Scenario } from '#shared'
import {
  cashTotalCents,
  grossCareCents,
  municipalNetCents,
  municipalNetPerMonthCents,
} from '#shared/decision/money-figures'
import { buildComparisonTables, summariseScenarios } from '#shared/decision/comparison'
import { groupFindings, monthPeriods } from '#shared/decision/finding-groups'
import { citeSource } from '#shared/decision/citation'
import { checkProposal } from '#shared/decision/optimiser/verify'
import { shapeCostTable } from '../../../renderer/src/views/case/arrangement/result-view'
import { sumCash, sumMunicipal } from '../../../renderer/src/reports/comparison-export'

const household = EXAMPLE_VAN_DEN_BERG.household
const scenarios = EXAMPLE_VAN_DEN_BERG.scenarios.slice(0, 2)
const results = scenarios.map((scenario) => evaluateScenario({ household, scenario }))
const a = results[0]!

describe('money figures (one definition of each)', () => {
  it('nets the eigen bijdrage from the municipal Wmo cost and counts it in the gross care cost (docs/example-cases.md#van-den-berg: € 21,80)', () => {
    const jan = a.monthly[0]!.byPayer
    expect(jan.client).toBe(21_80)
    // The eigen bijdrage is in the gross care cost, and not in the municipal net: take it away and
    // the gross falls by exactly that amount while the municipal figure stays.
    expect(grossCareCents(jan) - grossCareCents({ ...jan, client: 0 })).toBe(21_80)
    expect(municipalNetCents({ ...jan, client: 0 })).toBe(municipalNetCents(jan))
    expect(grossCareCents(jan)).toBe(
      jan['gemeente-wmo'] +
        jan['gemeente-jeugd'] +
        jan['gemeente-participatie'] +
        jan.wlz +
        jan.zvw +
        jan.client,
    )
    expect(cashTotalCents(jan)).toBe(grossCareCents(jan) + jan['gemeente-bijstand'])
    expect(municipalNetCents(jan)).toBe(
      jan['gemeente-wmo'] + jan['gemeente-jeugd'] + jan['gemeente-participatie'] + jan['gemeente-bijstand'],
    )
  })

  it('shows the eigen bijdrage on the panel as the client row, and each municipal budget line as its own row', () => {
    const table = shapeCostTable(a)
    expect(table.others.find((row) => row.payer === 'client')?.firstMonthCents).toBe(21_80)
    expect(table.municipal.map((row) => row.payer)).toEqual(
      (['gemeente-wmo', 'gemeente-jeugd', 'gemeente-participatie', 'gemeente-bijstand'] as const).filter(
        (payer) => (a.totalByPayer[payer] ?? 0) !== 0,
      ),
    )
    expect(table.municipal.reduce((sum, row) => sum + row.totalCents, 0)).toBe(
      table.municipalTotal?.totalCents,
    )
  })

  it('never counts the valued informal hours in a money figure', () => {
    const onlyInformal = { informal: 1_000_00 }
    expect(cashTotalCents(onlyInformal)).toBe(0)
    expect(grossCareCents(onlyInformal)).toBe(0)
    expect(municipalNetCents(onlyInformal)).toBe(0)
  })

  it('keeps payers generic: a new non-municipal cash payer counts in money, not in the municipal total', () => {
    const withSvb = { svb: 500_00, 'gemeente-bijstand': 100_00 } as Record<string, number>
    expect(cashTotalCents(withSvb)).toBe(600_00)
    expect(grossCareCents(withSvb)).toBe(500_00)
    expect(municipalNetCents(withSvb)).toBe(100_00)
  })

  it('shows one municipal figure on the panel, the comparison, the exports and the optimiser check', () => {
    const table = shapeCostTable(a)
    const comparison = buildComparisonTables(results)[0]!
    const summary = summariseScenarios(household, scenarios, results, () => false)[0]!
    const check = checkProposal(household, a, scenarios[0]!.startDate)
    const total = municipalNetCents(a.totalByPayer)
    expect(table.municipalTotal?.totalCents).toBe(total)
    expect(comparison.rows.find((r) => r.key === 'municipal-total')?.values[0]).toBe(total)
    expect(sumMunicipal(a.totalByPayer)).toBe(total)
    expect(sumCash(a.totalByPayer)).toBe(table.cashTotal?.totalCents)
    expect(comparison.rows.find((r) => r.key === 'cash-total')?.values[0]).toBe(table.cashTotal?.totalCents)
    expect(comparison.rows.find((r) => r.key === 'gross-care')?.values[0]).toBe(table.grossCare?.totalCents)
    const perMonth = municipalNetPerMonthCents(a)
    expect(perMonth).toBe(Math.round(total / 36))
    expect(table.municipalPerMonthCents).toBe(perMonth)
    expect(summary.municipalPerMonthCents).toBe(perMonth)
    expect(check.municipalPerMonthCents).toBe(perMonth)
  })
})

describe('checkProposal', () => {
  it('announces a carer the engine finds overloaded by the burden score alone (Anja: burden 10 ≥ 9)', () => {
    const check = checkProposal(household, a, '2026-01-01')
    const anja = check.overloads.find((o) => o.carerId === household.carers[0]!.id)
    expect(anja).toMatchObject({ overBurden: true, burdenScore: 10, burdenThreshold: 9 })
  })

  it('finds no overload when the burden is below the threshold and the hours within capacity', () => {
    const calm: Household = {
      ...household,
      carers: household.carers.map((c) => ({ ...c, burdenScore: 3, capacityHoursPerWeek: 40 })),
    }
    const result = evaluateScenario({ household: calm, scenario: scenarios[0] as Scenario })
    expect(checkProposal(calm, result, '2026-01-01').overloads).toEqual([])
  })
})

describe('groupFindings', () => {
  it('lists a finding repeated over months and lines once, with its months and lines', () => {
    const base = {
      ruleId: 'jeugdwet.turns-18-transition',
      severity: 'warning' as const,
      law: 'jeugdwet' as const,
      legalBasis: { law: 'Jeugdwet', article: '1.1', verified: true },
      messageKey: 'findings.jeugdwet.turns-18-transition',
      params: { birthday18: '2027-09-20' },
      personId: 'p2',
    }
    const groups = groupFindings([
      { ...base, lineId: 'l1', month: '2027-09' },
      { ...base, lineId: 'l2', month: '2027-09' },
      { ...base, lineId: 'l3', month: '2027-10' },
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ months: ['2027-09', '2027-10'], lineIds: ['l1', 'l2', 'l3'] })
  })

  it('keeps blocking findings apart per line (a deviation is recorded per line)', () => {
    const f = {
      ruleId: 'wmo.client-age',
      severity: 'blocking' as const,
      law: 'wmo' as const,
      legalBasis: { law: 'Wmo 2015', article: '1.1.1', verified: true },
      messageKey: 'x',
      params: {},
    }
    expect(
      groupFindings([
        { ...f, lineId: 'a' },
        { ...f, lineId: 'b' },
      ]),
    ).toHaveLength(2)
  })

  it('collapses consecutive months into periods', () => {
    expect(monthPeriods(['2026-12', '2026-11', '2027-01', '2027-03'])).toEqual([
      ['2026-11', '2027-01'],
      ['2027-03', '2027-03'],
    ])
  })
})

describe('citeSource', () => {
  it('turns official publications into citations and drops repository paths', () => {
    const c = citeSource(
      'https://www.hetcak.nl/x ; https://zoek.officielebekendmakingen.nl/stcrt-2025-35082.html (art. 2.1.4 lid 3 Wmo 2015)',
    )
    expect(c.publications).toEqual(['hetcak.nl', 'Staatscourant 2025, nr. 35082'])
    const repo = citeSource(
      'https://github.com/MinBZK/regelrecht/blob/BES/doc/x/participatiewet-2026-analyse.md (Normenbrief 1 januari 2026)',
    )
    expect(repo.publications).toEqual(['Normenbrief 1 januari 2026 (ministerie van SZW)'])
  })

  it('marks example tariffs, indexation and derived figures', () => {
    const c = citeSource('https://www.noordwijk.nl/a, indexed 3%/year from 2024 (example)')
    expect(c).toMatchObject({ example: true, indexed: { percentPerYear: 3, fromYear: 2024 } })
    expect(
      citeSource('GAP in docs/legal-reference.md: derived by the engine team, not a source figure').derived,
    ).toBe(true)
  })
})
