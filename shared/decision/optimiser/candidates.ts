/**
 * Builds the optimiser's candidates: every provision, in every delivery form, for every person with a
 * need (and for carer forms, every carer who cares for that person), minus what a blocking rule or
 * the consultant excludes. Exclusions are kept with their reason so the consultant sees why.
 *
 * Rules applied here (docs/architecture.md#rules): wmo.client-age (Wmo maatwerk 18+, home adaptations excepted),
 * jeugdwet.age (under 18), participatiewet.age (18 to AOW age), wmo/jeugdwet.wlz-voorliggend (a Wlz
 * indication takes precedence), wmo.mantelzorg-voluntary (no consent, no mantelzorg),
 * wmo.pgb-tariff-cap (pgb ≤ ZIN). Age is taken on `asOf` (the start of the plan); transitions later
 * in the horizon are the engine's to report when the proposal is evaluated. mantelzorg.young-carer is
 * applied over every month of the horizon (limitMinorCarers): a minor's hours for an adult are capped
 * at what the gebruikelijke-hulp protocol expects, as the engine counts them.
 */
import type {
  DeliveryForm,
  Household,
  IsoDateInput,
  Law,
  Payer,
  Person,
  Provision,
  Unit,
} from '../../domain/types'
import { WEEKS_PER_MONTH, horizonMonthList } from '../months'
import { JEUGDWET_AGES } from '../../parameters/mantelzorg'
import { valueAt } from '../../parameters/series'
import {
  HOUSEHOLD_DOMAIN,
  MINOR_AGE_UNKNOWN,
  isHouseholdCapable,
  protocolSupport,
} from '../../rules/mantelzorg/young-carer'
import { HOURS_PER_DAGDEEL } from '../../catalogue/provisions'
import { ageOn, firstDayOfMonth } from '../../domain/dates'
import { roundNumber } from '../../domain/money'
import type {
  Candidate,
  CarerInput,
  Exclusion,
  ExclusionReason,
  NeedRequirement,
  OptimiserOptions,
} from './types'

/** A dagdeel in hours (the catalogue's unit definition). */
const DAGDEEL_HOURS = HOURS_PER_DAGDEEL
export const ETMAAL_HOURS = 24
/** AOW age 2023–2027 is 67 (docs/legal-reference.md#aow-age-and-minimum-wage); the engine reports the exact month of the transition. */
const AOW_AGE_YEARS = 67
/** Upper bounds that keep the model bounded: no one needs more than 40 hours a week of one line. */
const MAX_HOURS_PER_WEEK = 40
const MAX_DAGDELEN_PER_WEEK = 10
const MAX_ETMALEN_PER_MONTH = 8

const CARER_FORMS: readonly DeliveryForm[] = ['mantelzorg', 'pgb-netwerk', 'volunteer']

export type RateFor = (provisionId: string, deliveryForm: DeliveryForm, on: IsoDateInput) => number | null

function payerForLaw(law: Law, deliveryForm: DeliveryForm): Payer {
  if (deliveryForm === 'mantelzorg' || deliveryForm === 'volunteer') return 'informal'
  switch (law) {
    case 'wmo':
      return 'gemeente-wmo'
    case 'jeugdwet':
      return 'gemeente-jeugd'
    case 'participatiewet':
      return 'gemeente-participatie'
    case 'wlz':
      return 'wlz'
    case 'zvw':
      return 'zvw'
    case 'informal':
      return 'informal'
    case 'none':
      return 'client'
  }
}

function eligibilityReason(provision: Provision, person: Person, asOf: IsoDateInput): ExclusionReason | null {
  const age = ageOn(person.birthDate, asOf)
  const wlz = person.wlzIndication && person.wlzIndication.from <= asOf
  // The catalogue may say which care the Wlz covers; without that flag all non-one-off care counts.
  const flagged = (provision as Provision & { wlzCovered?: boolean }).wlzCovered
  const wlzCovered = flagged ?? !provision.oneOff
  if (provision.law === 'wmo') {
    if (age < 18 && !provision.oneOff) return 'wmo.client-age'
    if (wlz && wlzCovered) return 'wmo.wlz-voorliggend'
  }
  if (provision.law === 'jeugdwet') {
    if (age >= 18) return 'jeugdwet.age'
    if (wlz && wlzCovered) return 'jeugdwet.wlz-voorliggend'
  }
  if (provision.law === 'participatiewet' && (age < 18 || age >= AOW_AGE_YEARS)) return 'participatiewet.age'
  if (provision.law === 'wlz' && !wlz) return 'no-wlz-indication'
  return null
}

function unitShape(
  unit: Unit,
  respite: boolean,
): {
  hoursPerUnit: number
  respiteHours: number
  frequency: 'week' | 'month'
  step: number
  max: number
} | null {
  if (respite) {
    if (unit === 'etmaal')
      return {
        hoursPerUnit: 0,
        respiteHours: ETMAAL_HOURS,
        frequency: 'month',
        step: 1,
        max: MAX_ETMALEN_PER_MONTH,
      }
    if (unit === 'dagdeel')
      return {
        hoursPerUnit: 0,
        respiteHours: DAGDEEL_HOURS * WEEKS_PER_MONTH,
        frequency: 'week',
        step: 1,
        max: MAX_DAGDELEN_PER_WEEK,
      }
    if (unit === 'hour')
      return {
        hoursPerUnit: 0,
        respiteHours: WEEKS_PER_MONTH,
        frequency: 'week',
        step: 0.5,
        max: MAX_HOURS_PER_WEEK,
      }
    return null
  }
  if (unit === 'hour')
    return { hoursPerUnit: 1, respiteHours: 0, frequency: 'week', step: 0.5, max: MAX_HOURS_PER_WEEK }
  if (unit === 'minute')
    return {
      hoursPerUnit: 1 / 60,
      respiteHours: 0,
      frequency: 'week',
      step: 30,
      max: MAX_HOURS_PER_WEEK * 60,
    }
  if (unit === 'dagdeel')
    return {
      hoursPerUnit: DAGDEEL_HOURS,
      respiteHours: 0,
      frequency: 'week',
      step: 1,
      max: MAX_DAGDELEN_PER_WEEK,
    }
  return null
}

export function candidateKey(
  provisionId: string,
  deliveryForm: DeliveryForm,
  personId: string,
  carerId: string | null,
): string {
  return `${provisionId}|${deliveryForm}|${personId}|${carerId ?? ''}`
}

export function carerInputs(household: Household): CarerInput[] {
  return household.carers.map((c) => ({
    carerId: c.id,
    name: c.name,
    caresFor: c.caresFor,
    capacityHoursPerWeek: c.capacityHoursPerWeek,
    consent: c.consent,
    burdenScore: c.burdenScore ?? null,
    relation: c.relation,
  }))
}

/**
 * Every eligible candidate for the people with a need (and respite for the people intensive carers
 * care for), and the exclusions with their reason.
 */
export function buildCandidates(args: {
  household: Household
  provisions: readonly Provision[]
  needs: readonly NeedRequirement[]
  rateFor: RateFor
  options: Pick<
    OptimiserOptions,
    'asOf' | 'excludedProvisionIds' | 'excludedDeliveryForms' | 'informalHourValueCents'
  >
  /** The months the proposal runs (its start date and horizon); a minor carer is checked in each. */
  horizon: { startDate: IsoDateInput; horizonMonths: number }
}): { candidates: Candidate[]; exclusions: Exclusion[] } {
  const { household, provisions, needs, rateFor, options } = args
  const candidates: Candidate[] = []
  const exclusions: Exclusion[] = []
  const needPeople = new Set(needs.filter((n) => n.hoursPerWeek > 0).map((n) => n.personId))
  const caredFor = new Set(household.carers.flatMap((c) => c.caresFor))
  const people = household.members.filter((m) => needPeople.has(m.id) || caredFor.has(m.id))
  for (const person of people) {
    const personDomains = new Set(needs.filter((n) => n.personId === person.id).map((n) => n.domain))
    for (const provision of provisions) {
      const respite = Boolean(provision.respite)
      const relevant = respite ? caredFor.has(person.id) : provision.domains.some((d) => personDomains.has(d))
      if (!relevant) continue
      for (const form of provision.deliveryForms) {
        // Respite relieves the carers; it is not planned as more hours from a carer in the network.
        if (respite && CARER_FORMS.includes(form)) continue
        const carers = CARER_FORMS.includes(form)
          ? household.carers.filter(
              (c) =>
                c.caresFor.includes(person.id) &&
                (form === 'volunteer' ? c.relation === 'volunteer' : c.relation !== 'volunteer'),
            )
          : [null]
        for (const carer of carers) {
          const exclude = (reason: ExclusionReason) =>
            exclusions.push({
              provisionId: provision.id,
              deliveryForm: form,
              personId: person.id,
              carerId: carer?.id ?? null,
              reason,
            })
          if (options.excludedProvisionIds.includes(provision.id)) {
            exclude('excluded-provision')
            continue
          }
          if (options.excludedDeliveryForms.includes(form)) {
            exclude('excluded-delivery-form')
            continue
          }
          const shape = unitShape(provision.unit, respite)
          if (!shape) {
            exclude('not-optimisable-unit')
            continue
          }
          const rule = eligibilityReason(provision, person, options.asOf)
          if (rule) {
            exclude(rule)
            continue
          }
          if (carer && !carer.consent) {
            exclude('wmo.mantelzorg-voluntary')
            continue
          }
          const unpaid = form === 'mantelzorg' || form === 'volunteer'
          let rate = unpaid ? 0 : rateFor(provision.id, form, options.asOf)
          if (rate == null) {
            exclude('no-tariff')
            continue
          }
          if (form === 'pgb') {
            const zin = rateFor(provision.id, 'zin', options.asOf)
            if (zin != null && rate > zin) {
              exclude('wmo.pgb-tariff-cap')
              continue
            }
          }
          rate = roundNumber(rate)
          const perMonth = shape.frequency === 'week' ? WEEKS_PER_MONTH : 1
          const hoursPerUnitPerMonth =
            (provision.unit === 'minute'
              ? 1 / 60
              : provision.unit === 'dagdeel'
                ? DAGDEEL_HOURS
                : provision.unit === 'etmaal'
                  ? ETMAAL_HOURS
                  : 1) * perMonth
          candidates.push({
            key: candidateKey(provision.id, form, person.id, carer?.id ?? null),
            provisionId: provision.id,
            deliveryForm: form,
            personId: person.id,
            carerId: carer?.id ?? null,
            unit: provision.unit,
            frequency: shape.frequency,
            hoursPerUnit: shape.hoursPerUnit,
            respiteHoursPerUnit: shape.respiteHours,
            domains: provision.domains,
            payer: unpaid
              ? 'informal'
              : ((provision as Provision & { payer?: Payer }).payer ?? payerForLaw(provision.law, form)),
            rateCents: rate,
            monthlyCashCentsPerUnit: rate * perMonth,
            monthlyInformalCentsPerUnit: unpaid ? options.informalHourValueCents * hoursPerUnitPerMonth : 0,
            step: shape.step,
            maxVolume: shape.max,
          })
        }
      }
    }
  }
  const merged = mergeUnpaidCandidates(candidates, provisions)
  return { candidates: limitMinorCarers(merged, household, provisions, args.horizon, exclusions), exclusions }
}

/**
 * mantelzorg.young-carer, as the engine applies it: in a month in which the carer is a minor and the
 * person an adult, a line's hours above what the gebruikelijke-hulp protocol supports are flagged and
 * the line covers only the domains the protocol lets a minor cover (household tasks; nothing else).
 * A candidate of such a carer is therefore capped at the least the protocol supports in any of those
 * months of the horizon, for the provision it is booked under, and addresses only the domains the
 * protocol supports throughout; one the protocol supports nothing of is excluded with the rule's id.
 * The protocol expects hours of the child, not of each line: the model keeps all of one minor's lines
 * for one adult together within the protocol as well (protocolCap, model.ts), so splitting the hours
 * over several provisions does not get round it.
 * The carer's age comes from the member the carer is, else the carer's birth date, else the age
 * group 'under-18' (the oldest band), the majority age from JEUGDWET_AGES on the start date.
 */
function limitMinorCarers(
  candidates: Candidate[],
  household: Household,
  provisions: readonly Provision[],
  horizon: { startDate: IsoDateInput; horizonMonths: number },
  exclusions: Exclusion[],
): Candidate[] {
  const majority = valueAt(JEUGDWET_AGES, horizon.startDate).majority
  const firstDays = horizonMonthList(horizon.startDate, horizon.horizonMonths).map(firstDayOfMonth)
  const out: Candidate[] = []
  for (const c of candidates) {
    const carer = c.carerId ? household.carers.find((k) => k.id === c.carerId) : undefined
    const person = household.members.find((m) => m.id === c.personId)
    if (!carer || !person) {
      out.push(c)
      continue
    }
    const member = carer.personId != null ? household.members.find((m) => m.id === carer.personId) : undefined
    const birthDate = member?.birthDate ?? carer.birthDate ?? null
    if (birthDate == null && carer.ageGroup !== 'under-18') {
      out.push(c)
      continue
    }
    let householdHours = Infinity
    let other = Infinity
    for (const day of firstDays) {
      const carerAge = birthDate == null ? MINOR_AGE_UNKNOWN : ageOn(birthDate, day)
      if (carerAge >= majority || ageOn(person.birthDate, day) < majority) continue
      const support = protocolSupport(carerAge, day)
      householdHours = Math.min(householdHours, support.household)
      other = Math.min(other, support.other)
    }
    if (householdHours === Infinity) {
      out.push(c)
      continue
    }
    const provision = provisions.find((p) => p.id === c.provisionId)
    const cap = provision && isHouseholdCapable(provision) ? householdHours : other
    const domains = c.domains.filter((d) => (d === HOUSEHOLD_DOMAIN ? householdHours : other) > 0)
    if (cap <= 0 || domains.length === 0 || c.hoursPerUnit <= 0) {
      exclusions.push({
        provisionId: c.provisionId,
        deliveryForm: c.deliveryForm,
        personId: c.personId,
        carerId: c.carerId,
        reason: 'mantelzorg.young-carer',
      })
      continue
    }
    out.push({
      ...c,
      domains,
      maxVolume: Math.min(c.maxVolume, cap / c.hoursPerUnit),
      protocolCap: { group: `${carer.id}|${person.id}`, hoursPerWeek: householdHours + other },
    })
  }
  return out
}

/**
 * Unpaid help by one carer for one person is the same hour whichever provision it is booked under:
 * one candidate per (form, person, carer) with the union of the domains keeps the model small and
 * free of symmetric twins. It is booked under the informal provision when the catalogue has one.
 */
function mergeUnpaidCandidates(candidates: Candidate[], provisions: readonly Provision[]): Candidate[] {
  const out: Candidate[] = []
  const merged = new Map<string, Candidate>()
  const isInformal = (provisionId: string) => provisions.find((p) => p.id === provisionId)?.law === 'informal'
  for (const c of candidates) {
    const unpaid = c.deliveryForm === 'mantelzorg' || c.deliveryForm === 'volunteer'
    if (!unpaid || c.unit !== 'hour') {
      out.push(c)
      continue
    }
    const key = `${c.deliveryForm}|${c.personId}|${c.carerId ?? ''}`
    const existing = merged.get(key)
    if (!existing) {
      const copy = { ...c, domains: [...c.domains] }
      merged.set(key, copy)
      out.push(copy)
      continue
    }
    for (const d of c.domains) if (!existing.domains.includes(d)) existing.domains.push(d)
    if (isInformal(c.provisionId) && !isInformal(existing.provisionId)) {
      existing.provisionId = c.provisionId
      existing.key = c.key
    }
  }
  return out
}
