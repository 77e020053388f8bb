/**
 * Transitions a consultant must prepare for in the coming months: a child turning 18 (Jeugdwet ends,
 * Wmo/Wlz/Participatiewet begin: Jeugdwet art. 1.1 "jeugdige"), a member reaching the AOW age
 * (bijstand and reintegration end: Participatiewet art. 7/31; AOW art. 7a), and the end of the
 * inkomstenvrijlating for someone starting work from bijstand (Participatiewet art. 31 lid 2 sub n:
 * 6 months, 27+). Deliberately left out: the single-parent extension (sub r, 30 months), which needs
 * the month-by-month engine to know when the regular months run out.
 */
import type { Household, IsoDateInput, Scenario } from '../domain/types'
import { addYearsMonths, ageOn, dateOfAge, isIsoDate } from '../domain/dates'
import { aowDate } from '../parameters/aow'
import { valueAt } from '../parameters/series'
import { INKOMSTENVRIJLATING } from '../parameters/participatiewet'

export type TransitionKind = 'turns-18' | 'aow' | 'vrijlating-end'
export type Transition = { kind: TransitionKind; personId: string; name: string; date: IsoDateInput }

/** The default look-ahead for the caseload: six months. */
export const TRANSITION_WINDOW_MONTHS = 6

/** Transitions after `asOf` and on or before `asOf` + `months` months, earliest first. */
export function upcomingTransitions(
  household: Household,
  scenario: Scenario | null,
  asOf: IsoDateInput,
  months = TRANSITION_WINDOW_MONTHS,
): Transition[] {
  const until = addYearsMonths(asOf, 0, months)
  const inWindow = (date: IsoDateInput) => date > asOf && date <= until
  const out: Transition[] = []
  for (const person of household.members) {
    if (!isIsoDate(person.birthDate)) continue
    const eighteen = dateOfAge(person.birthDate, 18)
    if (inWindow(eighteen))
      out.push({ kind: 'turns-18', personId: person.id, name: person.name, date: eighteen })
    const aow = aowDate(person.birthDate)
    if (inWindow(aow)) out.push({ kind: 'aow', personId: person.id, name: person.name, date: aow })
  }
  for (const change of scenario?.incomeChanges ?? []) {
    const person = household.members.find((m) => m.id === change.personId)
    if (!person || person.income.kind !== 'bijstand') continue
    if (change.kind !== 'work' || change.netMonthlyCents <= 0 || !isIsoDate(change.from)) continue
    const params = valueAt(INKOMSTENVRIJLATING, change.from)
    if (!isIsoDate(person.birthDate) || ageOn(person.birthDate, change.from) < params.minAge) continue
    const end = addYearsMonths(change.from, 0, params.months)
    if (inWindow(end)) out.push({ kind: 'vrijlating-end', personId: person.id, name: person.name, date: end })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
