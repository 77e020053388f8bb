/**
 * The tariff editor's draft, read and checked with the case file's tariff rules: the tariff entry
 * schema (a provision, a delivery form, an amount within bounds, real dates, a source) and the
 * profile's check of its tariffs (the end not before the start, no overlap in time with another
 * tariff of the same provision and delivery form).
 */
import { z } from 'zod'
import { tariffEntrySchema } from '#shared/case-file/schema'
import { checkTariffs } from '#shared/case-file/consistency'
import { caseFileMessageNl } from '#shared/case-file/errors'
import type { DeliveryForm, IsoDateInput, TariffEntry } from '#shared/domain/types'
import { setByMunicipalitySource, withTariffCitation } from '../../format/citation'
import type { DraftCheck, FieldErrors } from '../common/draft-form'
import { centsToEuroInput, parseEuroToCents, readDate } from '../common/validation'

type TariffDraft = {
  deliveryForm: DeliveryForm
  rate: string
  from: string
  to: string
  source: string
  example: boolean
}

export function tariffDraftOf(entry: TariffEntry | null, deliveryForm: DeliveryForm): TariffDraft {
  return {
    deliveryForm: entry?.deliveryForm ?? deliveryForm,
    rate: entry ? centsToEuroInput(entry.rateCents) : '',
    from: entry?.from ?? '',
    to: entry?.to ?? '',
    source: entry?.source ?? '',
    example: entry?.example ?? false,
  }
}

/**
 * `others` are the profile's tariffs without the one edited: the entry is checked after them, so a
 * problem between the entry and another tariff is reported at the entry (a problem among the others
 * alone is not this form's).
 */
export function tariffCheck(
  provisionId: string,
  others: readonly TariffEntry[],
  edited: TariffEntry | null = null,
  today?: IsoDateInput,
): DraftCheck<TariffDraft, TariffEntry> {
  const schema = tariffEntrySchema.superRefine((entry, ctx) => {
    const at = others.length
    checkTariffs([...others, entry], [], (issue) => {
      if (issue.path[0] !== at) return
      // An overlap is about the entry's period: it is said at its start date.
      const path = issue.path.length > 1 ? issue.path.slice(1) : ['from']
      ctx.addIssue({
        code: 'custom',
        path,
        message: caseFileMessageNl(issue.code, issue.params),
        params: { code: issue.code, ...issue.params },
      })
    })
  }) as z.ZodType<TariffEntry>
  return {
    schema,
    read: (draft) => {
      const errors: FieldErrors<TariffDraft> = {}
      const rate = parseEuroToCents(draft.rate)
      if (draft.rate.trim() === '') errors.rate = { code: 'required' }
      else if (!rate.ok) errors.rate = rate.error
      const from = readDate(draft.from, { required: true })
      if (!from.ok) errors.from = from.error
      const to = readDate(draft.to)
      if (!to.ok) errors.to = to.error
      const value: TariffEntry = {
        provisionId,
        deliveryForm: draft.deliveryForm,
        rateCents: rate.ok ? rate.value : 0,
        from: draft.from,
        to: to.ok ? to.value : null,
        source: draft.source.trim(),
        ...(draft.example ? { example: true } : {}),
      }
      return { errors, value: citedAs(value, edited && withTariffCitation(edited), today) }
    },
  }
}

/**
 * The edited tariff's citation. Unchanged, it keeps the publication's. A new rate under the old source
 * is no longer the publication's figure: the municipality set it on `today`, and that becomes its
 * source. Any other change (a period, a source typed anew) is cited by what the consultant typed.
 */
function citedAs(
  value: TariffEntry,
  edited: TariffEntry | null,
  today: IsoDateInput | undefined,
): TariffEntry {
  if (!edited) return value
  const same =
    value.deliveryForm === edited.deliveryForm &&
    value.from === edited.from &&
    (value.to ?? null) === (edited.to ?? null) &&
    value.source === edited.source
  if (same && value.rateCents === edited.rateCents)
    return edited.citation ? { ...value, citation: edited.citation } : value
  if (same && today) return { ...value, source: setByMunicipalitySource(today) }
  return value
}
