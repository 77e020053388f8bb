import type { ArrangementLine, DeliveryForm, Frequency, Provision } from '../../../../../shared/domain/types'
import { parseVolume, validateDate, type FieldError } from '../validation'

/** Delivery forms in which a named carer or volunteer does the work (docs/architecture.md#case-file). */
export const CARER_FORMS: readonly DeliveryForm[] = ['mantelzorg', 'pgb-netwerk', 'volunteer']

export type LineDraft = {
  personId: string
  deliveryForm: DeliveryForm
  volume: string
  frequency: Frequency
  startDate: string
  endDate: string
  carerId: string
}

export type LineDraftErrors = Partial<Record<keyof LineDraft, FieldError>>

export function draftOfLine(line: ArrangementLine): LineDraft {
  return {
    personId: line.personId,
    deliveryForm: line.deliveryForm,
    volume: String(line.volume).replace('.', ','),
    frequency: line.frequency,
    startDate: line.startDate,
    endDate: line.endDate ?? '',
    carerId: line.carerId ?? '',
  }
}

/**
 * Checks a line as typed: a recipient, a delivery form the provision allows, a possible volume, real
 * dates with the end not before the start, and a carer where the form needs one. Returns the line to
 * store, or the errors per field (and then nothing is stored).
 */
export function validateLineDraft(
  draft: LineDraft,
  line: ArrangementLine,
  provision: Provision | undefined,
): { ok: true; line: ArrangementLine } | { ok: false; errors: LineDraftErrors } {
  const errors: LineDraftErrors = {}
  if (!draft.personId) errors.personId = { key: 'recipient' }
  const unit = provision?.unit ?? line.unit
  const volume = parseVolume(draft.volume, unit, draft.frequency)
  if (!volume.ok) errors.volume = volume.error
  const start = validateDate(draft.startDate, { required: true })
  if (start) errors.startDate = start
  const end = validateDate(draft.endDate)
  if (end) errors.endDate = end
  else if (!start && draft.endDate && draft.endDate < draft.startDate)
    errors.endDate = { key: 'endBeforeStart' }
  if (CARER_FORMS.includes(draft.deliveryForm) && !draft.carerId) errors.carerId = { key: 'carerRequired' }
  if (!volume.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    line: {
      ...line,
      personId: draft.personId,
      deliveryForm: draft.deliveryForm,
      volume: volume.value,
      unit,
      frequency: draft.frequency,
      startDate: draft.startDate,
      endDate: draft.endDate || null,
      carerId: CARER_FORMS.includes(draft.deliveryForm) ? draft.carerId : null,
    },
  }
}
