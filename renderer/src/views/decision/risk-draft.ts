/**
 * An escalation risk's draft (the cost of doing nothing), read and checked with the case file's risk
 * schema (`escalationRiskSchema`: a likelihood between 0 and 1, an amount in cents or none, whole months
 * of onset within the horizon's bound, sources as text). The likelihood is typed as a percentage, so its
 * bounds are said in percent here; every other rule is the schema's, in the schema's words.
 */
import { escalationRiskSchema } from '#shared/case-file/schema'
import type { EscalationRisk } from '#shared/domain/types'
import type { DraftCheck, FieldErrors } from '../common/draft-form'
import { centsToEuroInput, numberToInput, parseDecimal, parseEuroToCents } from '../common/validation'

type RiskDraft = {
  likelihood: string
  likelihoodSource: string
  cost: string
  costSource: string
  onset: string
  carerId: string
}

export function riskDraftOf(risk: EscalationRisk): RiskDraft {
  return {
    likelihood: numberToInput(Math.round(risk.likelihood * 1000) / 10),
    likelihoodSource: risk.likelihoodSource,
    cost: risk.annualCostCents == null ? '' : centsToEuroInput(risk.annualCostCents),
    costSource: risk.costSource ?? '',
    onset: numberToInput(risk.onsetMonths),
    carerId: risk.carerId ?? '',
  }
}

/** Reads the draft over `risk` (its kind, and whether it names a carer at all, stay as stored). */
export function riskCheck(risk: EscalationRisk): DraftCheck<RiskDraft, EscalationRisk> {
  return {
    schema: escalationRiskSchema,
    fields: { annualCostCents: 'cost', onsetMonths: 'onset' },
    read: (draft) => {
      const errors: FieldErrors<RiskDraft> = {}
      const percent = parseDecimal(draft.likelihood, { required: true })
      let likelihood = risk.likelihood
      if (!percent.ok) errors.likelihood = percent.error
      else if ((percent.value ?? 0) < 0) errors.likelihood = { code: 'tooSmall', params: { minimum: 0 } }
      else if ((percent.value ?? 0) > 100) errors.likelihood = { code: 'tooBig', params: { maximum: 100 } }
      else likelihood = (percent.value ?? 0) / 100
      // An empty cost means: use the reference figure (or the computed carer-dropout cost).
      const cost = draft.cost.trim() === '' ? null : parseEuroToCents(draft.cost)
      if (cost && !cost.ok) errors.cost = cost.error
      const onset = parseDecimal(draft.onset, { required: true })
      if (!onset.ok) errors.onset = onset.error
      const costSource = draft.costSource.trim()
      return {
        errors,
        value: {
          ...risk,
          likelihood,
          likelihoodSource: draft.likelihoodSource,
          annualCostCents: cost === null ? null : cost.ok ? cost.value : risk.annualCostCents,
          costSource: costSource === '' ? null : draft.costSource,
          onsetMonths: onset.ok ? (onset.value ?? 0) : risk.onsetMonths,
          ...(risk.carerId !== undefined || draft.carerId !== ''
            ? { carerId: draft.carerId === '' ? null : draft.carerId }
            : {}),
        },
      }
    },
  }
}
