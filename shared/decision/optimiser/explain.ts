/**
 * Why each of the consultant's own scenarios costs more than the proposal, or fails: blocking
 * findings not covered by a deliberate deviation, overloaded carers, intensive carers without
 * respite, needs the engine reports as uncovered. Both sides are compared on the engine's results.
 */
import type { CentsInput, Finding, Scenario, ScenarioResult, ZrmDomain } from '../../domain/types'
import { findDeviation } from '../deviations'
import { municipalCents } from '../payers'
import { uniqueFindings, unmetNeeds } from '../comparison'
import { roundHalfUp } from '../../domain/money'

type AlternativeReason =
  | { kind: 'blocking'; ruleId: string; lineId?: string; personId?: string }
  | { kind: 'overloaded'; carerId: string; hoursPerWeek: number; capacityHoursPerWeek: number }
  | { kind: 'no-respite'; carerId: string }
  | { kind: 'uncovered'; personId: string; domain: ZrmDomain }

export type AlternativeVerdict = {
  scenarioId: string
  name: string
  verdict: 'fails' | 'costs-more' | 'not-more-expensive'
  reasons: AlternativeReason[]
  /** Average municipal cost a month of the alternative minus the proposal's. */
  municipalPerMonthDeltaCents: CentsInput
}

function averageMonthlyMunicipalCents(result: ScenarioResult): CentsInput {
  return roundHalfUp(municipalCents(result.totalByPayer) / Math.max(1, result.monthly.length))
}

const RESPITE_RULE = 'mantelzorg.respite-recommended'

function reasonKey(r: AlternativeReason): string {
  switch (r.kind) {
    case 'blocking':
      return `blocking|${r.ruleId}|${r.personId ?? ''}`
    case 'overloaded':
    case 'no-respite':
      return `${r.kind}|${r.carerId}`
    case 'uncovered':
      return `uncovered|${r.personId}|${r.domain}`
  }
}

/** What is wrong with a scenario: open blocking findings, overload, missing respite, unmet needs (ZRM 1–2). */
function scenarioShortcomings(scenario: Scenario, result: ScenarioResult): AlternativeReason[] {
  const reasons: AlternativeReason[] = []
  const open = (f: Finding) => !findDeviation(scenario, f)
  for (const f of uniqueFindings(result.findings.filter((f) => f.severity === 'blocking' && open(f)))) {
    reasons.push({
      kind: 'blocking',
      ruleId: f.ruleId,
      ...(f.lineId ? { lineId: f.lineId } : {}),
      ...(f.personId ? { personId: f.personId } : {}),
    })
  }
  for (const c of result.carers) {
    if (c.overloaded) {
      reasons.push({
        kind: 'overloaded',
        carerId: c.carerId,
        hoursPerWeek: c.hoursPerWeek,
        capacityHoursPerWeek: c.capacityHoursPerWeek,
      })
    }
  }
  const noRespite = new Set(
    result.findings
      .filter((f) => f.ruleId === RESPITE_RULE && f.carerId && open(f))
      .map((f) => f.carerId as string),
  )
  for (const carerId of noRespite) reasons.push({ kind: 'no-respite', carerId })
  for (const c of unmetNeeds(result))
    reasons.push({ kind: 'uncovered', personId: c.personId, domain: c.domain })
  return reasons
}

/**
 * Verdict per alternative. A shortcoming the proposal shares (e.g. a carer whose burden score alone
 * marks them overloaded) does not count against the alternative: only what the proposal avoids does.
 */
export function explainAlternatives(
  proposal: { scenario: Scenario; result: ScenarioResult },
  alternatives: readonly { scenario: Scenario; result: ScenarioResult }[],
): AlternativeVerdict[] {
  const proposalMonthly = averageMonthlyMunicipalCents(proposal.result)
  const shared = new Set(scenarioShortcomings(proposal.scenario, proposal.result).map(reasonKey))
  return alternatives.map(({ scenario, result }) => {
    const reasons = scenarioShortcomings(scenario, result).filter((r) => !shared.has(reasonKey(r)))
    const delta = averageMonthlyMunicipalCents(result) - proposalMonthly
    const verdict: AlternativeVerdict['verdict'] =
      reasons.length > 0 ? 'fails' : delta > 0 ? 'costs-more' : 'not-more-expensive'
    return {
      scenarioId: scenario.id,
      name: scenario.name,
      verdict,
      reasons,
      municipalPerMonthDeltaCents: delta,
    }
  })
}
