import type {
  ArrangementLine,
  DeliveryForm,
  Frequency,
  Person,
  Provision,
} from '../../../../../shared/domain/types'
import { parseVolume, validateDate, type FieldError } from '../validation'
import { ageOnOrNull } from '../../../../../shared/domain/dates'
import { JEUGDWET_AGES } from '../../../../../shared/parameters/mantelzorg'
import { valueAt } from '../../../../../shared/parameters/series'

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


/**
 * Who a new line is for, by default: a person the provision fits — a minor for a Jeugdwet provision,
 * an adult for Wmo and Participatiewet — and among them the one with the lowest ZRM score in the
 * provision's domains (then the client). Never silently the first member when someone fits better.
 */
export function defaultRecipient(
  provision: Pick<Provision, 'law' | 'domains'>,
  members: readonly Person[],
  on: string,
): Person | undefined {
  const minor = (p: Person) => {
    const age = ageOnOrNull(p.birthDate, on)
    return age !== null && age < valueAt(JEUGDWET_AGES, on).majority
  }
  const fits = (p: Person) =>
    provision.law === 'jeugdwet'
      ? minor(p)
      : provision.law === 'wmo' || provision.law === 'participatiewet'
        ? !minor(p)
        : true
  const need = (p: Person) => Math.min(6, ...provision.domains.map((d) => p.zrm?.scores[d] ?? 6))
  const rank = (p: Person) => [need(p), p.role === 'client' ? 0 : 1] as const
  const candidates = members.filter(fits)
  const pool = candidates.length > 0 ? candidates : [...members]
  return [...pool].sort((a, b) => {
    const [na, ca] = rank(a)
    const [nb, cb] = rank(b)
    return na - nb || ca - cb
  })[0]
}

/** The carer for a new informal line: one who cares for the recipient, else none chosen yet. */
export function defaultCarer<C extends { id: string; caresFor: string[] }>(
  carers: readonly C[],
  recipientId: string | undefined,
): C | undefined {
  return carers.find((c) => recipientId !== undefined && c.caresFor.includes(recipientId)) ?? carers[0]
}
