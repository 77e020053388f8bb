/**
 * The sensitivity sweep as the what-if tab runs it on a real case (±20 % on the municipal cost, the
 * real engine, informal hours at € 14,71), shared by the Van den Berg test and the decision bench so
 * both measure the same sweep.
 */
import { evaluateScenario } from '#shared/engine'
import { sensitivitySweep, type SensitivityResult } from '#shared/decision/sensitivity'
import type { Lever, WhatIfState } from '#shared/decision/what-if'

export function sweepMunicipalCost(state: WhatIfState, levers: readonly Lever[]): SensitivityResult {
  return sensitivitySweep({
    state,
    levers,
    evaluate: (input) => evaluateScenario(input),
    percent: 20,
    measure: 'municipal',
    defaultInformalHourValueCents: 1471,
  })
}
