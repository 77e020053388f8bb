/**
 * The cost of doing nothing: escalation risks the consultant selects for a household, each with a
 * cost per period and a likelihood. Figures come from docs/legal-reference.md#escalation-costs with their source, year
 * and confidence; where the reference has a gap the consultant must enter the figure with its source.
 * The result is an expected cost shown next to the real scenarios, never added to them.
 */
import type {
  CentsInput,
  Confidence,
  DoNothingSelection,
  EscalationKind,
  EscalationRisk,
  Payer,
  Series,
} from '../domain/types'
import { addMonthsToYearMonth, yearMonthOf, yearOf } from '../domain/dates'
import { HOMELESSNESS_COST, OUT_OF_HOME_PLACEMENT_COST } from '../parameters/escalation'
import { roundHalfUp, roundNumber } from '../domain/money'

export type { EscalationKind }

export const ESCALATION_KINDS: readonly EscalationKind[] = [
  'crisis-admission',
  'out-of-home-placement',
  'homelessness',
  'wlz-admission',
  'carer-dropout',
]

type FigureSource = {
  source: string
  /** Year the estimate refers to. */
  year: number
  confidence: Confidence
  verified: boolean
  note?: string
}

/** A reference figure: cost per year (cents) and who would pay it. `null` cost = gap in the reference. */
type EscalationReference = {
  kind: EscalationKind
  payer: Payer
  annualCostCents: CentsInput | null
  figure: FigureSource | null
}

const DAYS_PER_YEAR = 365

function latest<T>(series: Series<T>): Series<T>[number] {
  const entry = series[series.length - 1]
  if (!entry) throw new Error('Escalation cost series is empty')
  return entry
}

/** The reference figure of the latest entry of a cost series in shared/parameters/escalation.ts. */
function figureOf<T>(series: Series<T>): FigureSource {
  const entry = latest(series)
  return {
    source: entry.source,
    year: yearOf(entry.from),
    confidence: entry.confidence,
    verified: entry.verified !== false,
    ...(entry.note ? { note: entry.note } : {}),
  }
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
    // The day rate for 365 days.
    annualCostCents: (latest(OUT_OF_HOME_PLACEMENT_COST).value.dayCents as number) * DAYS_PER_YEAR,
    figure: figureOf(OUT_OF_HOME_PLACEMENT_COST),
  },
  homelessness: {
    kind: 'homelessness',
    payer: 'gemeente-wmo',
    annualCostCents: latest(HOMELESSNESS_COST).value.annualCents,
    figure: figureOf(HOMELESSNESS_COST),
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
  annualCostCents: CentsInput | null
  costOrigin: 'reference' | 'assumption' | 'computed' | 'missing'
  figure: FigureSource | null
  /** Expected cost over the horizon = likelihood × cost per month × months from onset. Null when incomplete. */
  expectedCents: CentsInput | null
  problems: EscalationProblem[]
}

type EscalationProblem =
  'cost-missing' | 'cost-source-missing' | 'likelihood-invalid' | 'likelihood-source-missing'

export type DoNothingBaseline = {
  risks: ResolvedRisk[]
  /** Expected cost per payer per year ('YYYY'), complete risks only. */
  byYear: Record<string, Partial<Record<Payer, CentsInput>>>
  totalCents: CentsInput
  complete: boolean
}

/**
 * The replacement cost of a carer dropping out: their hours a week bought as professional care at
 * `hourlyRateCents`, for a year (52 weeks).
 */
export function carerDropoutAnnualCents(hoursPerWeek: number, hourlyRateCents: CentsInput): CentsInput {
  return roundHalfUp(hoursPerWeek * hourlyRateCents * 52)
}

function validateRisk(risk: EscalationRisk, costAvailable: boolean): EscalationProblem[] {
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
  carerDropoutCents: (carerId: string) => CentsInput | null,
): DoNothingBaseline {
  const byYear: Record<string, Partial<Record<Payer, CentsInput>>> = {}
  let totalCents = 0
  const first = yearMonthOf(selection.startDate)
  const risks = selection.risks.map((risk): ResolvedRisk => {
    const ref = ESCALATION_REFERENCES[risk.kind]
    let annual: CentsInput | null = null
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
    let expectedCents: CentsInput | null = null
    if (problems.length === 0 && annual != null) {
      const onset = Math.max(0, Math.min(selection.horizonMonths, roundNumber(risk.onsetMonths)))
      const months = selection.horizonMonths - onset
      // Spread exactly: the monthly amounts add up to the rounded total (remainder to the first months).
      const total = roundHalfUp((annual / 12) * months * risk.likelihood)
      expectedCents = total
      const base = months > 0 ? Math.floor(total / months) : 0
      let remainder = total - base * months
      for (let i = 0; i < months; i++) {
        const year = String(yearOf(addMonthsToYearMonth(first, onset + i)))
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
