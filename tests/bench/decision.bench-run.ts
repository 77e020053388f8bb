/**
 * engine.sensitivity.100: a sensitivity sweep of 100 engine evaluations (1 base + 2 × levers, the
 * levers of Van den Berg's scenario A cycled), target ≤ 200 ms.
 * optimizer.solve: the optimiser (candidates, model, HiGHS, interpretation) for a household of 6 with
 * about 30 candidate lines, target ≤ 500 ms. Reported, not asserted.
 */
import { it } from 'vitest'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import type { Household, Person } from '#shared/domain/types'
import { defaultLevers, type Lever } from '#shared/decision/what-if'
import type { OptimiserOutcome, Solve } from '#shared/decision/optimiser/optimise'
import { proposeArrangement } from '../shared/decision/optimiser-fixtures'
import { sweepMunicipalCost } from '../shared/decision/sweep-fixtures'
import { measureMedianMs, recordMetrics } from './record'

function member(
  id: string,
  birthDate: string,
  role: Person['role'],
  scores: NonNullable<Person['zrm']>['scores'],
): Person {
  return {
    id,
    name: id,
    birthDate,
    role,
    income: { kind: role === 'child' ? 'none' : 'bijstand', netMonthlyCents: 0 },
    zrm: { assessedOn: '2025-12-01', scores },
  }
}

/** Six people: two adults, a young adult, three children; two carers (one overloaded) and a volunteer. */
const household: Household = {
  id: 'bench-opt',
  label: 'Optimiser bench household',
  members: [
    member('p1', '1980-02-01', 'client', {
      'geestelijke-gezondheid': 2,
      financien: 2,
      'instrumentele-adl': 2,
    }),
    member('p2', '1978-05-10', 'partner', {
      'lichamelijke-gezondheid': 2,
      'basale-adl': 1,
      tijdsbesteding: 2,
    }),
    member('p3', '2005-09-01', 'housemate', { 'werk-opleiding': 2, 'sociaal-netwerk': 2 }),
    member('p4', '2011-03-03', 'child', { 'huiselijke-relaties': 2, tijdsbesteding: 2 }),
    member('p5', '2014-07-07', 'child', { 'geestelijke-gezondheid': 2 }),
    member('p6', '2018-01-20', 'child', { 'sociaal-netwerk': 2 }),
  ],
  carers: [
    {
      id: 'c1',
      name: 'Oma',
      relation: 'parent',
      livesIn: false,
      caresFor: ['p2', 'p4', 'p5', 'p6'],
      capacityHoursPerWeek: 12,
      workHoursPerWeek: 0,
      burdenScore: 10,
      consent: true,
    },
    {
      id: 'c2',
      name: 'Broer',
      relation: 'sibling',
      livesIn: false,
      caresFor: ['p1', 'p2'],
      capacityHoursPerWeek: 6,
      workHoursPerWeek: 32,
      burdenScore: 4,
      consent: true,
    },
    {
      id: 'c3',
      name: 'Buur',
      relation: 'neighbour',
      livesIn: false,
      caresFor: ['p2'],
      capacityHoursPerWeek: 2,
      workHoursPerWeek: 0,
      burdenScore: null,
      consent: true,
    },
  ],
}

it('measures the sensitivity sweep and the optimiser', async () => {
  const vdb = EXAMPLE_VAN_DEN_BERG
  const scenario = vdb.scenarios[0]
  if (!scenario) throw new Error('Van den Berg example has no scenario')
  const state = { household: vdb.household, scenario, municipality: DEFAULT_MUNICIPALITY }
  const base = defaultLevers(state)
  // 1 + 2 × 50 = 101 evaluations; the extra one is the base evaluation.
  const levers: Lever[] = Array.from({ length: 50 }, (_, i) => base[i % base.length] as Lever)
  let evaluations = 0
  const sensitivityMs = measureMedianMs(
    () => {
      evaluations = sweepMunicipalCost(state, levers).evaluations
    },
    { warmup: 3, runs: 15 },
  )

  const highs = await (await import('highs')).default()
  const solve: Solve = (lp) => highs.solve(lp, { output_flag: false })
  let outcome: OptimiserOutcome | null = null
  const run = () => {
    outcome = proposeArrangement({ household, solve })
  }
  const optimiserMs = measureMedianMs(run, { warmup: 3, runs: 15 })
  const done = outcome as OptimiserOutcome | null
  recordMetrics('decision', {
    'engine.sensitivity.100': { median: sensitivityMs, unit: 'ms', target: 200, evaluations },
    'optimizer.solve': {
      median: optimiserMs,
      unit: 'ms',
      target: 500,
      people: household.members.length,
      candidates: done?.candidateCount ?? 0,
      outcome: done?.kind ?? 'none',
    },
  })
})
