import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NEED_ASSESSMENT, valueAt } from '#shared'
import { PROVISIONS } from '#shared/catalogue'
import { summariseScenarios } from '#shared/decision/comparison'
import { explainAlternatives } from '#shared/decision/optimiser/explain'
import { deriveNeeds } from '#shared/decision/optimiser/needs'
import type { Solve } from '#shared/decision/optimiser/optimise'
import type { Household, Scenario } from '#shared/domain/types'
import { household, person, scenario } from '../support/build'
import { findingsOf, run } from '../support/engine'
import { proposeArrangement } from './optimiser-fixtures'

// The national series has one entry (threshold 2, 6 h / 3 h). From 1 July 2026 these tests raise the
// threshold to 3 and the score-2 hours to 4 for their duration, and take the entry out afterwards.
const july = {
  from: '2026-07-01',
  value: { ...valueAt(NEED_ASSESSMENT, '2026-01-01'), unmetNeedMaxScore: 3, score2HoursPerWeek: 4 },
  source: 'test: threshold and score-2 hours raised on 1 July 2026',
  confidence: 'L' as const,
}
beforeAll(() => {
  NEED_ASSESSMENT.push(july)
})
afterAll(() => {
  NEED_ASSESSMENT.splice(NEED_ASSESSMENT.indexOf(july), 1)
})

let solve: Solve
beforeAll(async () => {
  const highs = await (await import('highs')).default()
  solve = (lp) => highs.solve(lp, { output_flag: false })
})

const h: Household = household([
  person({
    id: 'p',
    birthDate: '1950-01-01',
    zrm: { assessedOn: '2025-12-01', scores: { 'instrumentele-adl': 3, financien: 2 } },
  }),
])
const horizon = (months: number) => ({ startDate: '2026-01-01', horizonMonths: months })
const empty = (months: number): Scenario => scenario([], { id: 'base', horizonMonths: months })

function propose(months: number) {
  return proposeArrangement({ household: h, solve, base: horizon(months) })
}

const isRespite = (id: string) => Boolean(PROVISIONS.find((p) => p.id === id)?.respite)

describe('the optimiser and the comparison read NEED_ASSESSMENT per month, like the engine', () => {
  it('through 30 June: a score of 3 is no need and score 2 asks 3 h a week, everywhere', () => {
    expect(deriveNeeds(h, horizon(6))).toEqual([{ personId: 'p', domain: 'financien', hoursPerWeek: 3 }])
    const base = empty(6)
    const r = run(h, base)
    expect(findingsOf(r, 'coverage.unmet-need').map((f) => f.params.domain)).toEqual(['financien'])
    const [summary] = summariseScenarios(h, [base], [r], isRespite)
    expect(summary?.uncovered.map((u) => u.domain)).toEqual(['financien'])
  })

  it('over a horizon into July: the score of 3 becomes a need from July and score 2 asks the July 4 h', () => {
    expect(deriveNeeds(h, horizon(7))).toEqual([
      { personId: 'p', domain: 'financien', hoursPerWeek: 4 },
      { personId: 'p', domain: 'instrumentele-adl', hoursPerWeek: 4 },
    ])
    const base = empty(7)
    const r = run(h, base)
    const unmet = findingsOf(r, 'coverage.unmet-need')
    expect(unmet.map((f) => [f.params.domain, f.month])).toEqual([
      ['instrumentele-adl', '2026-07'],
      ['financien', undefined],
    ])
    // The comparison lists exactly the domains the engine's finding names.
    const [summary] = summariseScenarios(h, [base], [r], isRespite)
    expect(summary?.uncovered.map((u) => u.domain)).toEqual(unmet.map((f) => f.params.domain))
  })

  it('proposes cover for the July need, and the engine finds no unmet need in the proposal', () => {
    const outcome = propose(7)
    expect(outcome.kind).toBe('proposal')
    if (outcome.kind !== 'proposal') return
    expect(outcome.uncoverableNeeds).toEqual([])
    const household = outcome.scenario.lines.filter((l) =>
      PROVISIONS.find((p) => p.id === l.provisionId)?.domains.includes('instrumentele-adl'),
    )
    expect(household.length).toBeGreaterThan(0)
    const result = run(h, outcome.scenario)
    expect(findingsOf(result, 'coverage.unmet-need')).toEqual([])
    // The empty baseline fails on exactly the needs the engine reports, the July one included.
    const [verdict] = explainAlternatives({ scenario: outcome.scenario, result }, [
      { scenario: empty(7), result: run(h, empty(7)) },
    ])
    expect(
      verdict?.reasons.filter((x) => x.kind === 'uncovered').map((x) => x.kind === 'uncovered' && x.domain),
    ).toEqual(['instrumentele-adl', 'financien'])
  })

  it('proposes nothing for the score of 3 when the horizon ends before July', () => {
    const outcome = propose(6)
    expect(outcome.kind).toBe('proposal')
    if (outcome.kind !== 'proposal') return
    const domains = outcome.lines.flatMap((l) => l.candidate.domains)
    expect(domains).toContain('financien')
    expect(findingsOf(run(h, outcome.scenario), 'coverage.unmet-need')).toEqual([])
  })
})
