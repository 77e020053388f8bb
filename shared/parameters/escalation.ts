/**
 * Escalation costs for the "cost of doing nothing" baseline (docs/legal-reference.md#escalation-costs):
 * what an escalation costs per year when nothing is arranged. Only the costs have sources; the
 * likelihoods are always the consultant's assumption. Risks without a sourced figure (crisis
 * admission, Wlz admission) have no series: the consultant enters the cost with its source.
 */
import type { CentsInput, Series } from '../domain/types'

/** Jeugd gezinshuis per day (Bollenstreek tarieven jeugd 2024), for an out-of-home placement. */
export const OUT_OF_HOME_PLACEMENT_COST: Series<{ dayCents: CentsInput }> = [
  {
    from: '2024-01-01',
    value: { dayCents: 163_59 },
    source:
      'Bollenstreek tarieven jeugd 2024, gezinshuis €163,59/dag (docs/legal-reference.md#escalation-costs)',
    confidence: 'M',
    note: 'A year is 365 days of this rate (≈ €59,700). Older estimate: ~€40.000 per kind, period not specified (jeugdenco.nl 2012).',
  },
]

/** Cost of homelessness per person per year: the low end of the quoted range. */
export const HOMELESSNESS_COST: Series<{ annualCents: CentsInput }> = [
  {
    from: '2025-01-01',
    value: { annualCents: 30_000_00 },
    source:
      'EenVandaag/sociaal.net 2025 (Brussels DULBEA study quoted by NL experts): €30.000–€85.000 per persoon per jaar; opvangplek ≥ €15.000 (docs/legal-reference.md#escalation-costs)',
    confidence: 'M',
    note: 'Brussels basis; lower bound of the range used.',
  },
]
