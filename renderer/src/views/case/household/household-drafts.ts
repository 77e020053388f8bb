/**
 * The procedure dates' draft, read and checked with the case-file schema of the household's dates
 * like every other form (views/common/draft-form.ts).
 */
import { procedureDatesSchema } from '#shared/case-file/schema'
import { checkProcedureDates, PROCEDURE_DATE_KEYS, type ProcedureDateKey } from '#shared/case-flow/procedure'
import type { IsoDateInput, ProcedureDates } from '#shared/domain/types'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import { readDate } from '../../common/validation'

type ProcedureDraft = Record<ProcedureDateKey, string>

export function procedureDraftOf(dates: ProcedureDates): ProcedureDraft {
  return Object.fromEntries(PROCEDURE_DATE_KEYS.map((key) => [key, dates[key] ?? ''])) as ProcedureDraft
}

/**
 * The procedure dates: each a real day (the schema's rule), and no new step that cannot be true (a
 * date after today, an onderzoek afgerond before the melding…). A problem the stored dates already
 * had does not block a change to another date: it is reported where the stored dates are shown.
 */
export function procedureCheck(
  stored: ProcedureDates,
  today: IsoDateInput,
): DraftCheck<ProcedureDraft, ProcedureDates> {
  const before = new Set(checkProcedureDates(stored, today).map((p) => `${p.key}|${p.code}`))
  return {
    schema: procedureDatesSchema,
    read: (draft) => {
      const errors: FieldErrors<ProcedureDraft> = {}
      const value: ProcedureDates = {}
      for (const key of PROCEDURE_DATE_KEYS) {
        const read = readDate(draft[key])
        if (read.ok) value[key] = read.value
        else {
          errors[key] = read.error
          value[key] = stored[key] ?? null
        }
      }
      for (const problem of checkProcedureDates(value, today)) {
        if (before.has(`${problem.key}|${problem.code}`) || errors[problem.key]) continue
        errors[problem.key] =
          problem.code === 'in-future'
            ? { code: 'procedureFuture' }
            : {
                code: 'procedureBefore',
                params: { procedureStep: stepBefore(problem.code), date: problem.other },
              }
      }
      return { errors, value }
    },
  }
}

function stepBefore(code: 'before-melding' | 'before-aanvraag' | 'before-beschikking'): ProcedureDateKey {
  if (code === 'before-aanvraag') return 'aanvraag'
  if (code === 'before-beschikking') return 'beschikking'
  return 'melding'
}
