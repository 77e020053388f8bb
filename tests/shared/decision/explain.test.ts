import { describe, expect, it } from 'vitest'
import { explainAlternatives } from '#shared/decision/optimiser/explain'
import type { Finding, Scenario } from '#shared/domain/types'
import { flatResult } from './result-fixtures'

const scenario = (id: string): Scenario => ({
  id,
  name: id,
  startDate: '2026-01-01',
  horizonMonths: 12,
  lines: [],
})
const blocking: Finding = {
  ruleId: 'wmo.wlz-voorliggend',
  severity: 'blocking',
  law: 'wmo',
  legalBasis: { law: 'Wmo 2015', article: '2.3.5', verified: true },
  lineId: 'l1',
  personId: 'p1',
  messageKey: 'x',
  params: {},
}

describe('explainAlternatives', () => {
  const proposal = {
    scenario: scenario('opt'),
    result: flatResult('2026-01', 12, { 'gemeente-wmo': 50_000 }),
  }
  proposal.result.carers = [
    { carerId: 'c1', hoursPerWeek: 6, capacityHoursPerWeek: 10, intensive: false, overloaded: true },
  ]

  it('says how much more an adequate alternative costs a month', () => {
    const alt = { scenario: scenario('a'), result: flatResult('2026-01', 12, { 'gemeente-wmo': 80_000 }) }
    expect(explainAlternatives(proposal, [alt])[0]).toMatchObject({
      verdict: 'costs-more',
      municipalPerMonthDeltaCents: 30_000,
    })
  })

  it('fails an alternative on what the proposal avoids, not on what both share', () => {
    const result = flatResult('2026-01', 12, { 'gemeente-wmo': 40_000 })
    result.findings = [blocking]
    result.carers = [
      { carerId: 'c1', hoursPerWeek: 12, capacityHoursPerWeek: 10, intensive: true, overloaded: true },
    ]
    result.coverage = [
      { personId: 'p1', domain: 'tijdsbesteding', score: 2, covered: false },
      { personId: 'p1', domain: 'justitie', score: 5, covered: false },
    ]
    const [verdict] = explainAlternatives(proposal, [{ scenario: scenario('b'), result }])
    expect(verdict?.verdict).toBe('fails')
    expect(verdict?.reasons).toEqual([
      { kind: 'blocking', ruleId: 'wmo.wlz-voorliggend', lineId: 'l1', personId: 'p1' },
      { kind: 'uncovered', personId: 'p1', domain: 'tijdsbesteding' },
    ])
  })

  it('does not fail an alternative on a blocking finding the consultant deliberately deviated from', () => {
    const result = flatResult('2026-01', 12, { 'gemeente-wmo': 60_000 })
    result.findings = [blocking]
    const deviated = {
      ...scenario('c'),
      deviations: [{ ruleId: blocking.ruleId, lineId: 'l1', reason: 'maatwerk', decidedOn: '2026-01-02' }],
    }
    expect(explainAlternatives(proposal, [{ scenario: deviated, result }])[0]?.verdict).toBe('costs-more')
  })
})
