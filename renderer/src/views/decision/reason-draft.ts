/**
 * The reasoning a decision records (why this arrangement is chosen, why a finding is deliberately
 * deviated from): visible text of at most 5,000 characters, the case file's rule for a deviation's
 * reason, which the comparison store also asks of a choice's reasoning.
 */
import { z } from 'zod'
import { deviationSchema } from '#shared/case-file/schema'
import type { DraftCheck } from '../common/draft-form'

export type ReasonDraft = { reason: string }

export const reasonCheck: DraftCheck<ReasonDraft, ReasonDraft> = {
  schema: z.strictObject({ reason: deviationSchema.shape.reason }),
  read: (draft) => ({ errors: {}, value: { reason: draft.reason.trim() } }),
}
