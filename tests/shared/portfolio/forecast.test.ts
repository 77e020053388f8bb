import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, evaluateScenario } from '#shared/index'
import {
  aggregateYear,
  createYearMatrix,
  evaluatePortfolio,
  scenarioForPortfolio,
  summariseBudgetLines,
  writeSeries,
  type EvaluateFn,
  type HouseholdEvaluation,
  type PortfolioCase,
} from '#shared/portfolio'
import type { BudgetLine } from '#shared/domain/types'
import { line, person, portfolioCase, scenario } from './fixtures'

function forecastOf(cases: PortfolioCase[], year: number) {
  const evaluations = evaluatePortfolio(cases, DEFAULT_MUNICIPALITY, evaluateScenario, new Map())
  const matrix = createYearMatrix(year, cases.length)
  evaluations.forEach((e, h) => writeSeries(matrix, h, e.series, e.choice === 'chosen'))
  const lines = summariseBudgetLines(aggregateYear(matrix), DEFAULT_MUNICIPALITY.budgets)
  const byLine = (l: BudgetLine) => lines.find((x) => x.line === l)!
  return { byLine, evaluations }
}

describe('portfolio forecast over transitions', () => {
  // Born 15 June 2008: turns 18 on 15 June 2026 (jeugdwet.turns-18-transition).
  const child = person('k', 'child', '2008-06-15')
  const parent = person('m', 'client', '1985-01-01', { kind: 'work', netMonthlyCents: 2_500_00 })

  it('stops a Jeugdwet line in the month a child turns 18 when there is no continuation', () => {
    const c = portfolioCase('a', [parent, child], [scenario([line('l1', 'jeugd.ambulant', 'k')])])
    const jeugd = forecastOf([c], 2026).byLine('jeugd').forecastByMonth
    expect(jeugd.slice(0, 5).every((v) => v > 0)).toBe(true)
    expect(jeugd[5]).toBeGreaterThan(0)
    expect(jeugd[5]).toBeLessThan(jeugd[4]!) // June: only until the birthday
    expect(jeugd.slice(6)).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('keeps the Jeugdwet cost past 18 with verlengde jeugdhulp (continuation)', () => {
    const c = portfolioCase(
      'a',
      [parent, child],
      [scenario([line('l1', 'jeugd.ambulant', 'k', { continuation: true })])],
    )
    const jeugd = forecastOf([c], 2026).byLine('jeugd').forecastByMonth
    expect(jeugd.slice(6).every((v) => v > 0)).toBe(true)
  })

  it('moves the cost from the jeugd to the Wmo budget line when the plan continues with Wmo support at 18', () => {
    const c = portfolioCase(
      'a',
      [parent, child],
      [
        scenario([
          line('l1', 'jeugd.ambulant', 'k', { endDate: '2026-06-14' }),
          line('l2', 'wmo.begeleiding-individueel', 'k', { startDate: '2026-06-15' }),
        ]),
      ],
    )
    const { byLine } = forecastOf([c], 2026)
    const jeugd = byLine('jeugd').forecastByMonth
    const wmo = byLine('wmo').forecastByMonth
    expect(jeugd.slice(0, 5).every((v) => v > 0) && wmo.slice(0, 5).every((v) => v === 0)).toBe(true)
    expect(jeugd.slice(6).every((v) => v === 0) && wmo.slice(6).every((v) => v > 0)).toBe(true)
  })

  it('stops bijstand at AOW age (born 10 March 1959: AOW age 67 reached on 10 March 2026)', () => {
    const c = portfolioCase(
      'b',
      [person('o', 'client', '1959-03-10', { kind: 'bijstand', netMonthlyCents: 0 })],
      [scenario([])],
    )
    const bijstand = forecastOf([c], 2026).byLine('bijstand').forecastByMonth
    expect(bijstand[0]).toBeGreaterThan(0)
    expect(bijstand[1]).toBe(bijstand[0])
    expect(bijstand[2]).toBeGreaterThan(0)
    expect(bijstand[2]).toBeLessThan(bijstand[1]!)
    expect(bijstand.slice(3).every((v) => v === 0)).toBe(true)
  })

  it('sums every household per month as the engine computed it (municipal payers only)', () => {
    const a = portfolioCase('a', [parent, child], [scenario([line('l1', 'jeugd.ambulant', 'k')])])
    const b = portfolioCase(
      'b',
      [person('o', 'client', '1950-05-05', { kind: 'aow', netMonthlyCents: 1_600_00 })],
      [
        scenario([
          line('l1', 'wmo.hulp-bij-het-huishouden', 'o', { volume: 3 }),
          line('l2', 'zvw.wijkverpleging', 'o'),
        ]),
      ],
    )
    const { byLine } = forecastOf([a, b], 2026)
    for (const [l, payer] of [
      ['wmo', 'gemeente-wmo'],
      ['jeugd', 'gemeente-jeugd'],
    ] as const) {
      const expected = Array.from({ length: 12 }, (_, m) =>
        [a, b].reduce((sum, c) => {
          const r = evaluateScenario({
            household: c.household,
            scenario: c.scenarios[0]!,
            municipality: DEFAULT_MUNICIPALITY,
          })
          return sum + (r.monthly[m]?.byPayer[payer] ?? 0)
        }, 0),
      )
      expect(byLine(l).forecastByMonth).toEqual(expected)
    }
  })

  it('counts a household without a chosen scenario in the forecast (first scenario) but not as committed', () => {
    const unchosen = portfolioCase(
      'c',
      [person('o', 'client', '1950-05-05', { kind: 'aow', netMonthlyCents: 1_600_00 })],
      [scenario([line('l1', 'wmo.hulp-bij-het-huishouden', 'o')], { chosen: null })],
    )
    const wmo = forecastOf([unchosen], 2026).byLine('wmo')
    expect(wmo.forecastCents).toBeGreaterThan(0)
    expect(wmo.committedCents).toBe(0)
  })
})

describe('scenarioForPortfolio', () => {
  it('takes the chosen scenario, the most recent choice when several are marked, else the first as a fallback', () => {
    const s1 = scenario([], { id: 's1', chosen: null })
    const s2 = scenario([], { id: 's2', chosen: { on: '2026-01-01', reasoning: '' } })
    const s3 = scenario([], { id: 's3', chosen: { on: '2026-02-01', reasoning: '' } })
    expect(scenarioForPortfolio([s1, s2, s3])).toEqual({ kind: 'chosen', scenario: s3 })
    expect(scenarioForPortfolio([s1])).toEqual({ kind: 'fallback', scenario: s1 })
    expect(scenarioForPortfolio([])).toEqual({ kind: 'none' })
  })
})

describe('evaluatePortfolio cache', () => {
  it('evaluates each household once per version and forgets removed households', () => {
    let calls = 0
    const counting: EvaluateFn = (input) => {
      calls++
      return evaluateScenario(input)
    }
    const a = portfolioCase(
      'a',
      [person('o', 'client', '1950-05-05')],
      [scenario([line('l1', 'wmo.hulp-bij-het-huishouden', 'o')])],
    )
    const b = portfolioCase(
      'b',
      [person('o', 'client', '1950-05-05')],
      [scenario([line('l1', 'wmo.dagbesteding', 'o', { unit: 'dagdeel' })])],
    )
    const cache = new Map<string, HouseholdEvaluation>()
    evaluatePortfolio([a, b], DEFAULT_MUNICIPALITY, counting, cache)
    evaluatePortfolio([a, b], DEFAULT_MUNICIPALITY, counting, cache)
    expect(calls).toBe(2)
    evaluatePortfolio(
      [{ ...a, updatedAt: '2026-02-01T00:00:00.000Z' }],
      DEFAULT_MUNICIPALITY,
      counting,
      cache,
    )
    expect(calls).toBe(3)
    expect([...cache.keys()]).toEqual(['a'])
  })
})
