import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, PAYERS, compareScenarios, evaluateScenario, tariffFor } from '#shared'
import { household, line, person, scenario } from '../support/build'

describe('compareScenarios', () => {
  const h = household([person({ id: 'p', birthDate: '1950-01-01' })])
  const base = scenario([line({ provisionId: 'wmo.hulp-bij-het-huishouden', personId: 'p', volume: 2 })], {
    id: 'a',
  })
  const more = scenario([line({ provisionId: 'wmo.hulp-bij-het-huishouden', personId: 'p', volume: 4 })], {
    id: 'b',
  })

  it('evaluates every scenario and gives deltas per payer relative to the first', () => {
    const c = compareScenarios({ household: h, scenarios: [base, more] })
    expect(c.results).toHaveLength(2)
    expect(c.results[0]).toEqual(evaluateScenario({ household: h, scenario: base }))
    expect(c.deltas.map((d) => d.scenarioId)).toEqual(['a', 'b'])
    for (const p of PAYERS) {
      expect(c.deltas[0]?.totalByPayer[p]).toBe(0)
      expect(c.deltas[1]?.totalByPayer[p]).toBe(
        (c.results[1]?.totalByPayer[p] ?? 0) - (c.results[0]?.totalByPayer[p] ?? 0),
      )
    }
    expect(c.deltas[1]?.totalByPayer['gemeente-wmo']).toBeGreaterThan(0)
    expect(c.deltas[1]?.totalByPayer.client).toBe(0) // the abonnementstarief does not grow with volume
  })
})

describe('trace', () => {
  it('names the rate and its source for every line, and the parameters of the eigen bijdrage', () => {
    const h = household([person({ id: 'p', birthDate: '1950-01-01' })])
    const r = evaluateScenario({
      household: h,
      scenario: scenario([
        line({ id: 'x', provisionId: 'wmo.hulp-bij-het-huishouden', personId: 'p', volume: 2 }),
      ]),
    })
    const lineTrace = r.trace.find((t) => t.ruleId === 'engine.line-cost' && t.inputs.lineId === 'x')
    expect(lineTrace?.parameters[0]?.source).toMatch(/Westerveld/)
    const eb = r.trace.find((t) => t.ruleId === 'wmo.eigen-bijdrage')
    expect(eb?.parameters[0]).toMatchObject({ key: 'abonnementstarief', value: 21_80 })
    expect(eb?.parameters[0]?.source).toMatch(/hetcak|officielebekendmakingen/)
  })
})

describe('total volumes', () => {
  const h = household([person({ id: 'p', birthDate: '1950-01-01' })])
  it('spreads a total volume evenly over the line’s months, costing only those inside the horizon', () => {
    // 24 hours over 2025-07 … 2026-06 (12 months): 2 hours a month; the horizon 2026-01 … 2026-12 holds 6.
    const l = line({
      id: 't',
      provisionId: 'wmo.begeleiding-individueel',
      personId: 'p',
      volume: 24,
      frequency: 'total',
      startDate: '2025-07-01',
      endDate: '2026-06-30',
    })
    const r = evaluateScenario({ household: h, scenario: scenario([l]) })
    const rate =
      tariffFor(DEFAULT_MUNICIPALITY, 'wmo.begeleiding-individueel', 'zin', '2026-01-01')?.rateCents ?? 0
    expect(r.lines[0]?.totalCents).toBe(6 * 2 * rate)
    expect(r.monthly.filter((m) => m.byPayer['gemeente-wmo'] + m.byPayer.client > 0)).toHaveLength(6)
  })
  it('puts a one-off item in its start month', () => {
    const l = line({
      provisionId: 'wmo.woningaanpassing',
      personId: 'p',
      volume: 9500,
      unit: 'euro',
      frequency: 'total',
      startDate: '2026-03-10',
    })
    const r = evaluateScenario({ household: h, scenario: scenario([l]) })
    // In eigendom: the tarief runs March–December (10 months), booked against the start month.
    expect(r.monthly.find((m) => m.month === '2026-03')?.byPayer['gemeente-wmo']).toBe(9500_00 - 10 * 21_80)
    expect(r.monthly.find((m) => m.month === '2026-12')?.byPayer.client).toBe(21_80)
    expect(r.lines[0]?.totalCents).toBe(9500_00)
  })
})
