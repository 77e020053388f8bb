import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateScenario } from '#shared/engine'
import { PROVISIONS } from '#shared/catalogue'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { buildComparisonTables, summariseScenarios } from '#shared/decision/comparison'
import { defaultLevers } from '#shared/decision/what-if'
import type { Solve } from '#shared/decision/optimiser/optimise'
import { explainAlternatives } from '#shared/decision/optimiser/explain'
import { municipalCents } from '#shared/decision/payers'
import type { Scenario } from '#shared/domain/types'
import { proposeArrangement } from './optimiser-fixtures'
import { sweepMunicipalCost } from './sweep-fixtures'

const household = EXAMPLE_VAN_DEN_BERG.household
const scenario = (id: string): Scenario => {
  const s = EXAMPLE_VAN_DEN_BERG.scenarios.find((x) => x.id === id)
  if (!s) throw new Error(`example scenario ${id} missing`)
  return s
}
const municipality = DEFAULT_MUNICIPALITY
const evaluate = (s: Scenario) => evaluateScenario({ household, scenario: s, municipality })

let solve: Solve
beforeAll(async () => {
  const highs = await (await import('highs')).default()
  solve = (lp) => highs.solve(lp, { output_flag: false })
})

describe('decision support on the Van den Berg example (real engine)', () => {
  const a = scenario('s-professioneel')
  const b = scenario('s-zorgcooperatie')

  it('shows B cheaper for the municipality than A, with a negative municipal delta', () => {
    const results = [evaluate(a), evaluate(b)]
    const total = buildComparisonTables(results)[0]
    const municipal = total?.rows.find((r) => r.key === 'municipal-total')
    expect(municipal?.deltas[1]).toBeLessThan(0)
    const [sa, sb] = summariseScenarios(household, [a, b], results, (id) =>
      Boolean(PROVISIONS.find((p) => p.id === id)?.respite),
    )
    expect(sa?.respiteLineCount).toBe(0)
    expect(sb?.respiteLineCount).toBeGreaterThan(0)
    expect(sa?.carers.find((c) => c.carerId === 'c-anja')?.overloaded).toBe(true)
  })

  it('ranks a sensitivity sweep of scenario A with the real engine', () => {
    const state = { household, scenario: a, municipality }
    const levers = defaultLevers(state)
    const sweep = sweepMunicipalCost(state, levers)
    expect(sweep.baseCents).toBe(municipalCents(evaluate(a).totalByPayer))
    // Tariffs move every paid line, so no single line can move the municipal cost more.
    expect(sweep.bars[0]?.key).toBe('tariff-percent')
    for (let i = 1; i < sweep.bars.length; i++) {
      expect(sweep.bars[i - 1]!.swingCents).toBeGreaterThanOrEqual(sweep.bars[i]!.swingCents)
    }
  })

  it('proposes an arrangement that the engine accepts without blocking findings and explains A and B', () => {
    const outcome = proposeArrangement({ household, solve, municipality })
    expect(outcome.kind).toBe('proposal')
    if (outcome.kind !== 'proposal') return
    const result = evaluate(outcome.scenario)
    expect(result.findings.filter((f) => f.severity === 'blocking')).toEqual([])
    // Anja (burden 10 ≥ 9) gets respite whenever she is asked for hours.
    const anja = outcome.carers.find((c) => c.carerId === 'c-anja')
    if (anja && anja.hoursPerWeek > 0) expect(anja.respiteHoursPerMonth).toBeGreaterThanOrEqual(48)
    const verdicts = explainAlternatives(
      { scenario: outcome.scenario, result },
      [a, b].map((s) => ({ scenario: s, result: evaluate(s) })),
    )
    expect(verdicts).toHaveLength(2)
    expect(verdicts[0]?.verdict).not.toBe('not-more-expensive')
  })
})
