/**
 * The optimiser's number fields, each read in the interface language's notation (format/number-text.ts:
 * '7,5' in Dutch, '7.5' in English) and checked with the bounds the optimiser store keeps, as a zod
 * schema so the message speaks the case file's words ("Moet minstens 0 zijn."): a need's hours a week
 * (0 to `MAX_NEED_HOURS_PER_WEEK`), the respite etmalen a month (whole, 0 to
 * `MAX_RESPITE_ETMALEN_PER_MONTH`) and a provision's limit (a volume of 0 or more; empty is no limit).
 * Text that is no number, or a number out of range, is refused with its message and changes nothing.
 */
import { z } from 'zod'
import { MAX_NEED_HOURS_PER_WEEK } from '#shared/decision/optimiser/needs'
import { MAX_RESPITE_ETMALEN_PER_MONTH } from '../../stores/decision/optimiser-store'
import type { DraftCheck } from '../common/draft-form'
import { parseDecimal } from '../common/validation'

export type NumberDraft = { value: string }

/** A check of one typed number, required, against `schema` (its bounds and words). */
export function numberCheck(schema: z.ZodNumber): DraftCheck<NumberDraft, { value: number }> {
  return {
    schema: z.strictObject({ value: schema }),
    read: (draft) => {
      const read = parseDecimal(draft.value, { required: true })
      return {
        errors: read.ok ? {} : { value: read.error },
        value: { value: read.ok ? (read.value ?? 0) : 0 },
      }
    },
  }
}

/** A need's hours a week: a number from 0 to the optimiser's bound. */
export const needHoursCheck = numberCheck(z.number().min(0).max(MAX_NEED_HOURS_PER_WEEK))

/** Respite etmalen a month: a whole number from 0 to the optimiser's bound. */
export const respiteEtmalenCheck = numberCheck(z.number().int().min(0).max(MAX_RESPITE_ETMALEN_PER_MONTH))

/** A provision's limit: a volume of 0 or more, or empty for no limit. */
export const limitCheck: DraftCheck<NumberDraft, { value: number | null }> = {
  schema: z.strictObject({ value: z.number().min(0).nullable() }),
  read: (draft) => {
    const read = parseDecimal(draft.value)
    return { errors: read.ok ? {} : { value: read.error }, value: { value: read.ok ? read.value : null } }
  },
}
