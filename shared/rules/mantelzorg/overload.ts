/**
 * mantelzorg.overload — a carer whose hours exceed the capacity they stated, or whose EDIZ-plus
 * burden score is at or above 9 (overbelast; docs/legal-reference.md#overload), is overloaded. Warning per
 * carer. The onderzoek must establish "de behoefte aan maatregelen ter ondersteuning van de
 * mantelzorger van de cliënt" (Wmo 2015 art. 2.3.2 lid 4 sub d).
 */
import type { Carer } from '../../domain/types'
import { addFinding, type EngineContext } from '../../context/engine-context'
import type { MantelzorgThresholds } from '../../parameters/mantelzorg'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.overload',
  law: 'informal',
  severity: 'warning',
  legalBasis: {
    law: 'Wmo 2015',
    article: '2.3.2 lid 4 sub d',
    url: articleUrl(WMO_URL, '2.3.2'),
    verified: true,
  },
  messageKey: 'findings.mantelzorg.overload',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Carer hours above stated capacity, or burden score ≥ the overload threshold.',
}

/**
 * Carer step: true (with a warning) when a carer who gives any hours is over their stated capacity
 * or at or above the burden threshold. The finding names the first month over capacity, or else the
 * first month with hours.
 */
export function applyOverload(
  ctx: EngineContext,
  carer: Carer,
  load: { peak: number; firstActiveMonth: string; firstOverCapacityMonth: string },
  thresholds: MantelzorgThresholds,
): boolean {
  const burden = carer.burdenScore ?? null
  const overCapacity = load.peak > carer.capacityHoursPerWeek
  const overBurden = burden !== null && burden >= thresholds.overloadBurdenScore
  if (!(load.peak > 0 && (overCapacity || overBurden))) return false
  addFinding(
    ctx,
    rule,
    { carerId: carer.id, month: overCapacity ? load.firstOverCapacityMonth : load.firstActiveMonth },
    {
      carerName: carer.name,
      hoursPerWeek: load.peak,
      capacityHoursPerWeek: carer.capacityHoursPerWeek,
      burdenScore: burden ?? '–',
      threshold: thresholds.overloadBurdenScore,
      reason: overCapacity && overBurden ? 'both' : overCapacity ? 'capacity' : 'burden',
    },
  )
  return true
}
