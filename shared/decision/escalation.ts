/**
 * The cost of doing nothing: escalation risks the consultant selects for a household, each with a
 * cost per period and a likelihood. Figures come from docs/legal-reference.md#escalation-costs with their source, year
 * and confidence; where the reference has a gap the consultant must enter the figure with its source.
 * The result is an expected cost shown next to the real scenarios, never added to them.
 */
import type {
  Cents,
  Confidence,
  DoNothingSelection,
  EscalationKind,
  EscalationRisk,
  Payer,
} from '../domain/types'
import { addMonths, monthOf } from './months'

export type { DoNothingSelection, EscalationKind, EscalationRisk }

export const ESCALATION_KINDS: readonly EscalationKind[] = [
  'crisis-admission',
  'out-of-home-placement',
  'homelessness',
  'wlz-admission',
  'carer-dropout',
]

export type FigureSource = {
  source: string
  /** Year the estimate refers to. */
  year: number
  confidence: Confidence
  verified: boolean
  note?: string
}

/** A reference figure: cost per year (cents) and who would pay it. `null` cost = gap in the reference. */
export type EscalationReference = {
  kind: EscalationKind
  payer: Payer
  annualCostCents: Cents | null
  figure: FigureSource | null
}

/**
 * Reference figures (docs/legal-reference.md#escalation-costs). Likelihoods are not in the reference: they are always the
 * consultant's assumption, entered with a source.
 */
export const ESCALATION_REFERENCES: Readonly<Record<EscalationKind, EscalationReference>> = {
  'crisis-admission': {
    kind: 'crisis-admission',
    payer: 'zvw',
    annualCostCents: null,
    figure: null, // GAP: NZa GGZ verblijf tariffs not retrieved (docs/legal-reference.md#known-gaps item 8)
  },
  'out-of-home-placement': {
    kind: 'out-of-home-placement',
    payer: 'gemeente-jeugd',
    // €163.59 a day × 365 (jeugd gezinshuis, Bollenstreek 2024; the reference derives ≈ €59,700 a year).
    annualCostCents: 16_359 * 365,
    figure: {
      source:
        'Bollenstreek tarieven jeugd 2024, gezinshuis €163,59/dag (docs/legal-reference.md#escalation-costs)',
      year: 2024,
      confidence: 'M',
      verified: true,
      note: 'Older estimate: ~€40.000 per kind, period not specified (jeugdenco.nl 2012)',
    },
  },
  homelessness: {
    kind: 'homelessness',
    payer: 'gemeente-wmo',
    // The low end of €30,000–€85,000 per person per year.
    annualCostCents: 30_000_00,
    figure: {
      source:
        'EenVandaag/sociaal.net 2025 (Brussels DULBEA study quoted by NL experts): €30.000–€85.000 per persoon per jaar; opvangplek ≥ €15.000 (docs/legal-reference.md#escalation-costs)',
      year: 2025,
      confidence: 'M',
      verified: true,
      note: 'Brussels basis; lower bound of the range used',
    },
  },
  'wlz-admission': {
    kind: 'wlz-admission',
    payer: 'wlz',
    annualCostCents: null,
    figure: null, // GAP: Wlz profile budgets not retrieved (docs/legal-reference.md#escalation-costs)
  },
  'carer-dropout': {
    kind: 'carer-dropout',
    payer: 'gemeente-wmo',
    // Computed per household: the carer's hours replaced by professional care at the ZIN rate.
    annualCostCents: null,
    figure: null,
  },
}

export type ResolvedRisk = {
  risk: EscalationRisk
  payer: Payer
  annualCostCents: Cents | null
  costOrigin: 'reference' | 'assumption' | 'computed' | 'missing'
  figure: FigureSource | null
  /** Expected cost over the horizon = likelihood × cost per month × months from onset. Null when incomplete. */
  expectedCents: Cents | null
  problems: EscalationProblem[]
}

export type EscalationProblem =
  'cost-missing' | 'cost-source-missing' | 'likelihood-invalid' | 'likelihood-source-missing'

export type DoNothingBaseline = {
  risks: ResolvedRisk[]
  /** Expected cost per payer per year ('YYYY'), complete risks only. */
  byYear: Record<string, Partial<Record<Payer, Cents>>>
  totalCents: Cents
  complete: boolean
}

/**
 * The replacement cost of a carer dropping out: their hours a week bought as professional care at
 * `hourlyRateCents`, for a year (52 weeks).
 */
export function carerDropoutAnnualCents(hoursPerWeek: number, hourlyRateCents: Cents): Cents {
  return Math.round(hoursPerWeek * hourlyRateCents * 52)
}

export function validateRisk(risk: EscalationRisk, costAvailable: boolean): EscalationProblem[] {
  const problems: EscalationProblem[] = []
  if (!Number.isFinite(risk.likelihood) || risk.likelihood < 0 || risk.likelihood > 1)
    problems.push('likelihood-invalid')
  if (!risk.likelihoodSource.trim()) problems.push('likelihood-source-missing')
  if (risk.annualCostCents != null && !(risk.costSource ?? '').trim()) problems.push('cost-source-missing')
  if (!costAvailable) problems.push('cost-missing')
  return problems
}

/**
 * Resolves each risk to a cost and an expected value, spread evenly over the months from its onset to
 * the end of the horizon. `carerDropoutCents` gives the computed replacement cost per year for a carer.
 */
export function buildDoNothingBaseline(
  selection: Pick<DoNothingSelection, 'startDate' | 'horizonMonths' | 'risks'>,
  carerDropoutCents: (carerId: string) => Cents | null,
): DoNothingBaseline {
  const byYear: Record<string, Partial<Record<Payer, Cents>>> = {}
  let totalCents = 0
  const first = monthOf(selection.startDate)
  const risks = selection.risks.map((risk): ResolvedRisk => {
    const ref = ESCALATION_REFERENCES[risk.kind]
    let annual: Cents | null = null
    let costOrigin: ResolvedRisk['costOrigin'] = 'missing'
    if (risk.annualCostCents != null) {
      annual = risk.annualCostCents
      costOrigin = 'assumption'
    } else if (risk.kind === 'carer-dropout' && risk.carerId) {
      annual = carerDropoutCents(risk.carerId)
      costOrigin = annual == null ? 'missing' : 'computed'
    } else if (ref.annualCostCents != null) {
      annual = ref.annualCostCents
      costOrigin = 'reference'
    }
    const problems = validateRisk(risk, annual != null)
    let expectedCents: Cents | null = null
    if (problems.length === 0 && annual != null) {
      const onset = Math.max(0, Math.min(selection.horizonMonths, Math.round(risk.onsetMonths)))
      const months = selection.horizonMonths - onset
      // Spread exactly: the monthly amounts add up to the rounded total (remainder to the first months).
      const total = Math.round((annual / 12) * months * risk.likelihood)
      expectedCents = total
      const base = months > 0 ? Math.floor(total / months) : 0
      let remainder = total - base * months
      for (let i = 0; i < months; i++) {
        const month = addMonths(first, onset + i)
        const year = month.slice(0, 4)
        const amount = base + (remainder > 0 ? 1 : 0)
        if (remainder > 0) remainder--
        const bucket = (byYear[year] ??= {})
        bucket[ref.payer] = (bucket[ref.payer] ?? 0) + amount
      }
      totalCents += total
    }
    return {
      risk,
      payer: ref.payer,
      annualCostCents: annual,
      costOrigin,
      figure: costOrigin === 'reference' ? ref.figure : null,
      expectedCents,
      problems,
    }
  })
  return { risks, byYear, totalCents, complete: risks.every((r) => r.problems.length === 0) }
}

/** A new risk with no likelihood yet (the consultant must enter it with a source). */
export function newRisk(kind: EscalationKind): EscalationRisk {
  return {
    kind,
    likelihood: 0,
    likelihoodSource: '',
    annualCostCents: null,
    costSource: null,
    onsetMonths: 0,
    carerId: null,
  }
}
