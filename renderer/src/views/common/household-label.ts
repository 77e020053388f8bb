/**
 * A household's name as a draft: the household schema's own rule (visible text, at most 200
 * characters), for the new-household form and the household tab alike.
 */
import { z } from 'zod'
import { householdSchema } from '#shared/case-file/schema'
import type { DraftCheck } from './draft-form'

type LabelDraft = { label: string }

const labelSchema = z.strictObject({ label: householdSchema.shape.label })

export const labelCheck: DraftCheck<LabelDraft, LabelDraft> = {
  schema: labelSchema,
  read: (draft) => ({ errors: {}, value: { label: draft.label.trim() } }),
}
