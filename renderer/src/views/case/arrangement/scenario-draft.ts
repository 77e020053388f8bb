/**
 * The scenario's own fields (its name; its start, horizon and evaluation date), read and checked with
 * the case file's scenario schema like the lines below them.
 */
import { z } from 'zod'
import { scenarioSchema } from '#shared/case-file/schema'
import type { Scenario } from '#shared/domain/types'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import { numberToInput, parseDecimal, readDate } from '../../common/validation'

type ScenarioNameDraft = { name: string }

/** A scenario's name: the scenario schema's rule (visible text, at most 200 characters). */
export const scenarioNameCheck: DraftCheck<ScenarioNameDraft, ScenarioNameDraft> = {
  schema: z.strictObject({ name: scenarioSchema.shape.name }),
  read: (draft) => ({ errors: {}, value: { name: draft.name.trim() } }),
}

type ScenarioSettingsDraft = { start: string; horizon: string; evaluation: string }

export function scenarioSettingsDraftOf(scenario: Scenario): ScenarioSettingsDraft {
  return {
    start: scenario.startDate,
    horizon: numberToInput(scenario.horizonMonths),
    evaluation: scenario.evaluationDate ?? '',
  }
}

/**
 * The start (required), the horizon (whole months, 1–120: the schema's) and the evaluation date,
 * which the form refuses before the start: an evaluation of support that has not begun.
 */
export function scenarioSettingsCheck(scenario: Scenario): DraftCheck<ScenarioSettingsDraft, Scenario> {
  return {
    schema: scenarioSchema,
    fields: { startDate: 'start', horizonMonths: 'horizon', evaluationDate: 'evaluation' },
    read: (draft) => {
      const errors: FieldErrors<ScenarioSettingsDraft> = {}
      const start = readDate(draft.start, { required: true })
      if (!start.ok) errors.start = start.error
      const horizon = parseDecimal(draft.horizon, { required: true })
      if (!horizon.ok) errors.horizon = horizon.error
      const evaluation = readDate(draft.evaluation)
      if (!evaluation.ok) errors.evaluation = evaluation.error
      else if (start.ok && start.value && evaluation.value && evaluation.value < start.value)
        errors.evaluation = { code: 'evaluationBeforeStart', params: { date: start.value } }
      return {
        errors,
        value: {
          ...scenario,
          startDate: draft.start,
          horizonMonths: horizon.ok ? (horizon.value ?? 0) : 0,
          // A scenario stored without an evaluation date stays without one until one is given.
          ...(scenario.evaluationDate !== undefined || (evaluation.ok && evaluation.value !== null)
            ? { evaluationDate: evaluation.ok ? evaluation.value : null }
            : {}),
        },
      }
    },
  }
}
