/**
 * The procedure of a case (melding → onderzoek → aanvraag → beschikking) and its legal time limits.
 *
 * Wmo 2015: the onderzoek is completed within 6 weeks of the melding (art. 2.3.2 lid 1); the
 * beschikking follows within 2 weeks of the aanvraag (art. 2.3.5 lid 2, read in the text of 2015;
 * lid 1 names the aanvragen). Jeugdwet: no onderzoek term in the law (local verordening only) and the
 * beschikking within the Awb's reasonable term of at most 8 weeks (Awb art. 4:13 lid 2; unverified).
 * Deliberately left out: suspension of a term (Awb 4:15) and the client's persoonlijk plan (7 days).
 */
import type {
  ArrangementLine,
  Household,
  IsoDateInput,
  LegalBasis,
  ProcedureDates,
  Scenario,
} from '../domain/types'
import { addDays, ageOn, isIsoDate } from '../domain/dates'
import { entryAt } from '../parameters/series'
import { WMO_BESCHIKKING_DAYS, WMO_ONDERZOEK_DAYS } from '../parameters/wmo'
import { JEUGDWET_BESCHIKKING_DAYS } from '../parameters/procedure'
import { getProvision } from '../catalogue'
import { JEUGDWET_URL, WMO_URL, articleUrl } from '../rules/rule'

export type ProcedureLaw = 'wmo' | 'jeugdwet'
export type ProcedureStep = 'onderzoek' | 'beschikking'
export type DeadlineStatus = 'met' | 'late' | 'open' | 'near' | 'passed'

export type ProcedureDeadline = {
  step: ProcedureStep
  law: ProcedureLaw
  start: IsoDateInput
  due: IsoDateInput
  /** The date the step was taken, when recorded. */
  done: IsoDateInput | null
  status: DeadlineStatus
  days: number
  legalBasis: LegalBasis
  /** Confidence of the term itself (the figure), from its parameter series. */
  verified: boolean
}

/** Days before a deadline from which an open step counts as "near". */
export const DEADLINE_NEAR_DAYS = 7

export const PROCEDURE_BASIS: Record<`${ProcedureLaw}.${ProcedureStep}`, LegalBasis | null> = {
  'wmo.onderzoek': {
    law: 'Wmo 2015',
    article: '2.3.2 lid 1',
    url: articleUrl(WMO_URL, '2.3.2'),
    verified: true,
  },
  'wmo.beschikking': {
    law: 'Wmo 2015',
    article: '2.3.5 lid 2',
    url: articleUrl(WMO_URL, '2.3.5'),
    verified: true,
  },
  // No statutory onderzoek term in the Jeugdwet.
  'jeugdwet.onderzoek': null,
  // The Jeugdwet sets no term of its own, so the Awb's reasonable term applies (shown as a citation).
  'jeugdwet.beschikking': {
    law: 'Awb',
    article: '4:13 lid 2',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:13',
    verified: false,
  },
}

export const JEUGDWET_NO_TERM_BASIS: LegalBasis = {
  law: 'Jeugdwet',
  article: '2.3',
  url: articleUrl(JEUGDWET_URL, '2.3'),
  verified: false,
}

function lawOfLine(line: ArrangementLine): string | null {
  return getProvision(line.provisionId)?.law ?? null
}

/**
 * Which procedure the case follows: the Jeugdwet when the client is a minor, or when the lines of the
 * chosen (else every) scenario are Jeugdwet lines only; the Wmo 2015 otherwise.
 */
export function procedureLawOf(
  household: Household,
  scenarios: readonly Scenario[],
  asOf: IsoDateInput,
): ProcedureLaw {
  const client = household.members.find((m) => m.role === 'client')
  if (client && isIsoDate(client.birthDate) && client.birthDate <= asOf && ageOn(client.birthDate, asOf) < 18)
    return 'jeugdwet'
  const chosen = scenarios.find((s) => s.chosen)
  const lines = (chosen ? [chosen] : scenarios).flatMap((s) => s.lines)
  const laws = new Set(lines.map(lawOfLine).filter((l) => l === 'wmo' || l === 'jeugdwet'))
  if (laws.size === 1 && laws.has('jeugdwet')) return 'jeugdwet'
  return 'wmo'
}

function status(due: IsoDateInput, done: IsoDateInput | null, asOf: IsoDateInput): DeadlineStatus {
  if (done) return done <= due ? 'met' : 'late'
  if (asOf > due) return 'passed'
  if (addDays(asOf, DEADLINE_NEAR_DAYS) >= due) return 'near'
  return 'open'
}

/** The time limits that apply to the recorded dates, with their status on `asOf`. */
export function procedureDeadlines(
  dates: ProcedureDates | null | undefined,
  law: ProcedureLaw,
  asOf: IsoDateInput,
): ProcedureDeadline[] {
  const out: ProcedureDeadline[] = []
  const melding = dates?.melding ?? null
  const aanvraag = dates?.aanvraag ?? null
  // A date before a term's first entry (a melding before the Wmo 2015 took effect) has no term in
  // this model: no deadline, rather than a crash of every screen that shows the case.
  const inForce = (series: readonly { from: IsoDateInput }[], date: IsoDateInput) =>
    date >= (series[0]?.from ?? date)
  if (melding && isIsoDate(melding) && law === 'wmo' && inForce(WMO_ONDERZOEK_DAYS, melding)) {
    const entry = entryAt(WMO_ONDERZOEK_DAYS, melding)
    const days = entry.value
    const due = addDays(melding, days)
    const done = dates?.onderzoekAfgerond ?? null
    out.push({
      step: 'onderzoek',
      law,
      start: melding,
      due,
      done,
      status: status(due, done, asOf),
      days,
      legalBasis: PROCEDURE_BASIS['wmo.onderzoek'] as LegalBasis,
      verified: entry.verified !== false,
    })
  }
  const beschikkingSeries = law === 'wmo' ? WMO_BESCHIKKING_DAYS : JEUGDWET_BESCHIKKING_DAYS
  if (aanvraag && isIsoDate(aanvraag) && inForce(beschikkingSeries, aanvraag)) {
    const series = beschikkingSeries
    const entry = entryAt(series, aanvraag)
    const days = entry.value
    const due = addDays(aanvraag, days)
    const done = dates?.beschikking ?? null
    out.push({
      step: 'beschikking',
      law,
      start: aanvraag,
      due,
      done,
      status: status(due, done, asOf),
      days,
      legalBasis: PROCEDURE_BASIS[`${law}.beschikking`] as LegalBasis,
      verified: entry.verified !== false,
    })
  }
  return out
}

export const PROCEDURE_DATE_KEYS = [
  'melding',
  'onderzoekAfgerond',
  'aanvraag',
  'beschikking',
  'afgesloten',
] as const
export type ProcedureDateKey = (typeof PROCEDURE_DATE_KEYS)[number]

/** Why a set of procedure dates cannot be true; `key` names the field to fix. */
export type ProcedureDateProblem = {
  key: ProcedureDateKey
  code: 'before-melding' | 'before-aanvraag' | 'before-beschikking' | 'in-future'
  /** The date it conflicts with. */
  other: IsoDateInput
}

/**
 * Procedure dates that cannot be true: the onderzoek completed or the aanvraag made before the
 * melding, a beschikking before the aanvraag, a case closed before its last recorded step, or any of
 * these recorded events dated after `today`.
 * (An aanvraag before the end of the onderzoek is allowed: the client may apply when the onderzoek
 * overruns its 6 weeks.) Dates that are not calendar dates are the input's concern, not checked here.
 */
export function checkProcedureDates(dates: ProcedureDates, today: IsoDateInput): ProcedureDateProblem[] {
  const problems: ProcedureDateProblem[] = []
  const valid = (value: IsoDateInput | null | undefined): IsoDateInput | null =>
    value && isIsoDate(value) ? value : null
  const melding = valid(dates.melding)
  const onderzoek = valid(dates.onderzoekAfgerond)
  const aanvraag = valid(dates.aanvraag)
  const beschikking = valid(dates.beschikking)
  for (const key of PROCEDURE_DATE_KEYS) {
    const value = valid(dates[key])
    if (value && value > today) problems.push({ key, code: 'in-future', other: today })
  }
  if (melding && onderzoek && onderzoek < melding)
    problems.push({ key: 'onderzoekAfgerond', code: 'before-melding', other: melding })
  if (melding && aanvraag && aanvraag < melding)
    problems.push({ key: 'aanvraag', code: 'before-melding', other: melding })
  if (aanvraag && beschikking && beschikking < aanvraag)
    problems.push({ key: 'beschikking', code: 'before-aanvraag', other: aanvraag })
  else if (!aanvraag && melding && beschikking && beschikking < melding)
    problems.push({ key: 'beschikking', code: 'before-melding', other: melding })
  // A case is closed after its last step: the beschikking, else the aanvraag, else the melding.
  const closed = valid(dates.afgesloten)
  if (closed) {
    if (beschikking && closed < beschikking)
      problems.push({ key: 'afgesloten', code: 'before-beschikking', other: beschikking })
    else if (!beschikking && aanvraag && closed < aanvraag)
      problems.push({ key: 'afgesloten', code: 'before-aanvraag', other: aanvraag })
    else if (!beschikking && !aanvraag && melding && closed < melding)
      problems.push({ key: 'afgesloten', code: 'before-melding', other: melding })
  }
  return problems
}
