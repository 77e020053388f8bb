/**
 * The ZRM assessment form's draft, read and checked with the case file's assessment schema: a real
 * assessment date, not in the future, and (saved as a new assessment) after the one it moves to the
 * history (`historyOrder`), and not before the person's birth (`beforeBirth`, the case file's check).
 */
import { checkNotBeforeBirth } from '#shared/case-file/consistency'
import { zrmAssessmentSchema } from '#shared/case-file/schema'
import type { IsoDateInput, ZrmAssessment, ZrmDomain, ZrmScore } from '#shared/domain/types'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import { readDate } from '../../common/validation'

type ScoreMap = Partial<Record<ZrmDomain, ZrmScore>>

type ZrmDraft = {
  assessedOn: string
  scores: ScoreMap
  targets: ScoreMap
  /** Saved as a new assessment: the stored one moves to the history. */
  asNew: boolean
}

export function zrmDraftOf(stored: ZrmAssessment | null, today: IsoDateInput): ZrmDraft {
  return {
    assessedOn: stored?.assessedOn ?? today,
    scores: stored?.scores ?? {},
    targets: stored?.targets ?? {},
    asNew: false,
  }
}

export function zrmCheck(
  stored: ZrmAssessment | null,
  today: IsoDateInput,
  birthDate?: IsoDateInput,
): DraftCheck<ZrmDraft, ZrmAssessment> {
  return {
    schema: zrmAssessmentSchema,
    // A history out of order is about the date this assessment is given.
    fields: { history: 'assessedOn' },
    read: (draft) => {
      const errors: FieldErrors<ZrmDraft> = {}
      const date = readDate(draft.assessedOn, { required: true, notAfter: today })
      if (!date.ok) errors.assessedOn = date.error
      else
        checkNotBeforeBirth(birthDate, draft.assessedOn, 'zrmAssessment', [], (issue) => {
          errors.assessedOn = { code: issue.code, params: issue.params }
        })
      const history = stored?.history ?? []
      const nextHistory =
        draft.asNew && stored
          ? [...history, { assessedOn: stored.assessedOn, scores: stored.scores }]
          : history
      return {
        errors,
        value: {
          assessedOn: draft.assessedOn,
          scores: draft.scores,
          ...(Object.keys(draft.targets).length > 0 ? { targets: draft.targets } : {}),
          ...(nextHistory.length > 0 ? { history: nextHistory } : {}),
        },
      }
    },
  }
}
