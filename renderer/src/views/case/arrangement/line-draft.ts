import type { ArrangementLine, DeliveryForm, Frequency, Person, Provision } from '#shared/domain/types'
import { arrangementLineSchema } from '#shared/case-file/schema'
import { CARER_DELIVERY_FORMS } from '#shared/case-file/consistency'
import type { DraftCheck, FieldErrors } from '../../common/draft-form'
import { numberToInput, parseDecimal, readDate } from '../../common/validation'
import { ageOnOrNull } from '#shared/domain/dates'
import { JEUGDWET_AGES } from '#shared/parameters/mantelzorg'
import { valueAt } from '#shared/parameters/series'

/** Whether a delivery form is one in which a named carer or volunteer does the work (docs/architecture.md#case-file). */
export function isCarerForm(form: DeliveryForm): boolean {
  return CARER_DELIVERY_FORMS.includes(form)
}

type LineDraft = {
  personId: string
  deliveryForm: DeliveryForm
  volume: string
  frequency: Frequency
  startDate: string
  endDate: string
  carerId: string
}

export function draftOfLine(line: ArrangementLine): LineDraft {
  return {
    personId: line.personId,
    deliveryForm: line.deliveryForm,
    volume: numberToInput(line.volume),
    frequency: line.frequency,
    startDate: line.startDate,
    endDate: line.endDate ?? '',
    carerId: line.carerId ?? '',
  }
}

/**
 * Reads a line as typed into the line to store, checked with the case file's line schema: a possible
 * volume for the provision's unit and the frequency, real dates with the end not before the start, and
 * a carer where the delivery form needs one. The form itself asks for a recipient (an empty choice is
 * `required`) and a volume that reads as a number.
 */
export function lineCheck(
  line: ArrangementLine,
  provision: Provision | undefined,
): DraftCheck<LineDraft, ArrangementLine> {
  return {
    schema: arrangementLineSchema,
    read: (draft) => {
      const errors: FieldErrors<LineDraft> = {}
      if (!draft.personId) errors.personId = { code: 'required' }
      const volume = parseDecimal(draft.volume, { required: true })
      if (!volume.ok) errors.volume = volume.error
      const start = readDate(draft.startDate, { required: true })
      if (!start.ok) errors.startDate = start.error
      const end = readDate(draft.endDate)
      if (!end.ok) errors.endDate = end.error
      return {
        errors,
        value: {
          ...line,
          personId: draft.personId || line.personId,
          deliveryForm: draft.deliveryForm,
          volume: volume.ok ? (volume.value ?? 0) : line.volume,
          unit: provision?.unit ?? line.unit,
          frequency: draft.frequency,
          startDate: start.ok && start.value ? start.value : line.startDate,
          endDate: end.ok ? end.value : null,
          carerId: isCarerForm(draft.deliveryForm) ? draft.carerId || null : null,
        },
      }
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
