import { describe, expect, it } from 'vitest'
import { buildComparisonTables, summariseScenarios, uniqueFindings } from '#shared/decision/comparison'
import type { Finding, Household, Scenario } from '#shared/domain/types'
import { flatResult } from './result-fixtures'

const household: Household = {
  id: 'h',
  label: 'H',
  members: [
    {
      id: 'p1',
      name: 'Mevrouw',
      birthDate: '1942-05-14',
      role: 'client',
      income: { kind: 'aow', netMonthlyCents: 0 },
    },
  ],
  carers: [
    {
      id: 'c1',
      name: 'Anja',
      relation: 'child',
      livesIn: false,
      caresFor: ['p1'],
      capacityHoursPerWeek: 10,
      workHoursPerWeek: 24,
      consent: true,
    },
  ],
}

function scenario(id: string, lines: Scenario['lines'] = []): Scenario {
  return { id, name: id.toUpperCase(), startDate: '2026-01-01', horizonMonths: 24, lines }
}

const blocking: Finding = {
  ruleId: 'wmo.client-age',
  severity: 'blocking',
  law: 'wmo',
  legalBasis: { law: 'Wmo 2015', article: '1.1.1', verified: true },
  lineId: 'l1',
  month: '2026-01',
  messageKey: 'x',
  params: {},
}

describe('buildComparisonTables', () => {
  // A: Wmo 1.000,00 + client 21,80 a month; B: Wmo 600,00 + client 21,80, Zvw 300,00; informal 500,00.
  const a = flatResult('2026-01', 24, { 'gemeente-wmo': 100_000, client: 2_180 })
  const b = flatResult('2026-01', 24, {
    'gemeente-wmo': 60_000,
    client: 2_180,
    zvw: 30_000,
    informal: 50_000,
  })
  const tables = buildComparisonTables([a, b])

  it('has the whole horizon first, then one table per year', () => {
    expect(tables.map((t) => t.period)).toEqual(['total', '2026', '2027'])
  })

  it('gives deltas against the first scenario per payer', () => {
    const year = tables.find((t) => t.period === '2026')
    const wmo = year?.rows.find((r) => r.key === 'gemeente-wmo')
    expect(wmo?.values).toEqual([100_000 * 12, 60_000 * 12])
    expect(wmo?.deltas).toEqual([0, (60_000 - 100_000) * 12])
  })

  it('keeps informal value out of the cash total', () => {
    const total = tables[0]
    const cash = total?.rows.find((r) => r.key === 'cash-total')
    const informal = total?.rows.find((r) => r.key === 'informal')
    expect(cash?.values).toEqual([(100_000 + 2_180) * 24, (60_000 + 2_180 + 30_000) * 24])
    expect(informal?.values).toEqual([0, 50_000 * 24])
    expect(informal?.kind).toBe('informal')
  })

  it('counts only gemeente payers in the municipal total', () => {
    const municipal = tables[0]?.rows.find((r) => r.key === 'municipal-total')
    expect(municipal?.values).toEqual([100_000 * 24, 60_000 * 24])
  })
})

describe('summariseScenarios', () => {
  it('lists a blocking finding once, marks deviations, and reports carer load and uncovered needs', () => {
    const a = scenario('a', [
      {
        id: 'l1',
        provisionId: 'wmo.begeleiding-individueel',
        personId: 'p1',
        deliveryForm: 'zin',
        volume: 4,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
      },
      {
        id: 'l2',
        provisionId: 'informal.mantelzorg',
        personId: 'p1',
        deliveryForm: 'mantelzorg',
        volume: 12,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
        carerId: 'c1',
      },
    ])
    a.deviations = [{ ruleId: 'wmo.client-age', lineId: 'l1', reason: 'bewust', decidedOn: '2026-01-05' }]
    const b = scenario('b', [
      {
        id: 'k1',
        provisionId: 'wmo.kortdurend-verblijf',
        personId: 'p1',
        deliveryForm: 'zin',
        volume: 2,
        unit: 'etmaal',
        frequency: 'month',
        startDate: '2026-01-01',
      },
    ])
    const ra = flatResult('2026-01', 24, { 'gemeente-wmo': 100_000 })
    ra.findings = [blocking, { ...blocking, month: '2026-02' }]
    ra.carers = [
      { carerId: 'c1', hoursPerWeek: 12, capacityHoursPerWeek: 10, intensive: true, overloaded: true },
    ]
    const rb = flatResult('2026-01', 24, { 'gemeente-wmo': 80_000 })
    rb.coverage = [{ personId: 'p1', domain: 'tijdsbesteding', score: 2, covered: false }]
    const [sa, sb] = summariseScenarios(household, [a, b], [ra, rb], (id) => id === 'wmo.kortdurend-verblijf')
    expect(sa?.blocking).toHaveLength(1)
    expect(sa?.blocking[0]?.deviated).toBe(true)
    expect(sa?.deviationCount).toBe(1)
    expect(sa?.carers[0]).toMatchObject({ name: 'Anja', overloaded: true })
    expect(sa?.informalHoursPerWeek).toBe(12)
    expect(sb?.respiteLineCount).toBe(1)
    expect(sb?.uncovered).toEqual([
      { personId: 'p1', personName: 'Mevrouw', domain: 'tijdsbesteding', score: 2 },
    ])
    expect(sb?.municipalDeltaCents).toBe((80_000 - 100_000) * 24)
    expect(sb?.municipalPerMonthCents).toBe(80_000)
  })

  it('reports transitions in the month they happen', () => {
    const r = flatResult('2026-01', 24, {})
    r.findings = [
      { ...blocking, ruleId: 'jeugdwet.turns-18-transition', severity: 'warning', month: '2027-09' },
    ]
    const [s] = summariseScenarios(household, [scenario('a')], [r], () => false)
    expect(s?.transitions).toMatchObject([
      { month: '2027-09', months: ['2027-09'], ruleId: 'jeugdwet.turns-18-transition', lineId: 'l1' },
    ])
  })

  it('shows a transition that holds for several lines once, with its month (the 18th birthday bug)', () => {
    const r = flatResult('2026-01', 24, {})
    const turns18 = {
      ...blocking,
      ruleId: 'jeugdwet.turns-18-transition',
      severity: 'warning' as const,
      month: '2027-09',
      params: { birthday18: '2027-09-20' },
    }
    r.findings = [turns18, { ...turns18, lineId: 'l2' }, { ...turns18, lineId: 'l3' }]
    const [s] = summariseScenarios(household, [scenario('a')], [r], () => false)
    expect(s?.transitions).toHaveLength(1)
    expect(s?.warnings).toHaveLength(1)
    expect(s?.warnings[0]?.months).toEqual(['2027-09'])
  })
})

describe('uniqueFindings', () => {
  it('keeps the first month of a repeated monthly finding', () => {
    expect(uniqueFindings([blocking, { ...blocking, month: '2026-02' }]).map((f) => f.month)).toEqual([
      '2026-01',
    ])
  })
})
