/**
 * The optimiser's proposal checked by the engine, so the optimiser and every other screen agree: the
 * cost is the engine's (same basis as the comparison: municipal net, average per month over the
 * horizon) and the carer load is the engine's mantelzorg.overload rule, burden score included. A
 * carer the engine finds overloaded is announced with the reason, never shown as within capacity.
 */
import type { CentsInput, Household, ScenarioResult } from '../../domain/types'
import { MANTELZORG_THRESHOLDS } from '../../parameters/mantelzorg'
import { valueAt } from '../../parameters/series'
import { linePerMonthCents, municipalNetPerMonthCents } from '../money-figures'

type CarerOverload = {
  carerId: string
  hoursPerWeek: number
  capacityHoursPerWeek: number
  burdenScore: number | null
  /** Which part of the rule holds: hours above capacity, burden at or above the threshold, or both. */
  overHours: boolean
  overBurden: boolean
  burdenThreshold: number
}

export type ProposalCheck = {
  /** Gemeente netto, gemiddeld per maand (money-figures.ts), from the engine. */
  municipalPerMonthCents: CentsInput
  /** Gross cost a month per proposed line id, averaged over the horizon, from the engine. */
  linePerMonthCents: Record<string, CentsInput>
  overloads: CarerOverload[]
  blockingCount: number
}

export function checkProposal(household: Household, result: ScenarioResult, asOf: string): ProposalCheck {
  const months = Math.max(1, result.monthly.length)
  const threshold = valueAt(MANTELZORG_THRESHOLDS, asOf).overloadBurdenScore
  const overloads: CarerOverload[] = result.carers
    .filter((c) => c.overloaded)
    .map((c) => {
      const burden = household.carers.find((k) => k.id === c.carerId)?.burdenScore ?? null
      return {
        carerId: c.carerId,
        hoursPerWeek: c.hoursPerWeek,
        capacityHoursPerWeek: c.capacityHoursPerWeek,
        burdenScore: burden,
        overHours: c.hoursPerWeek > c.capacityHoursPerWeek,
        overBurden: burden !== null && burden >= threshold,
        burdenThreshold: threshold,
      }
    })
  return {
    municipalPerMonthCents: municipalNetPerMonthCents(result),
    linePerMonthCents: Object.fromEntries(
      result.lines.map((l) => [l.lineId, linePerMonthCents(l.totalCents, months)]),
    ),
    overloads,
    blockingCount: result.findings.filter((f) => f.severity === 'blocking').length,
  }
}
