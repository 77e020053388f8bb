/**
 * Where a case stands: its stage in the Wmo/Jeugdwet procedure, derived only from the recorded dates
 * and choices, and what is still missing before the next step (each item names the case tab that
 * fixes it). Pure: `asOf` is passed in; the chosen scenario's findings are passed in by the caller,
 * who already evaluates it for the cost.
 */
import type { Finding, Household, IsoDateInput, Scenario } from '../domain/types'
import { addDays, addYearsMonths, isIsoDate } from '../domain/dates'
import { valueAt } from '../parameters/series'
import { DEFAULT_EVALUATION_MONTHS } from '../parameters/procedure'
import { findDeviation } from '../decision/deviations'
import { procedureDeadlines, procedureLawOf, type ProcedureDeadline, type ProcedureLaw } from './procedure'

export const CASE_STAGES = [
  'melding',
  'onderzoek',
  'aanvraag',
  'beschikking',
  'uitvoering',
  'evaluatie',
  'afgesloten',
] as const
export type CaseStage = (typeof CASE_STAGES)[number]

/** The case tabs a missing item links to (paths under /cases/:id/). */
export type CaseTabPath = 'household' | 'needs' | 'network' | 'arrangement' | 'compare'

export type MissingCode =
  | 'melding-date'
  | 'no-members'
  | 'no-needs'
  | 'carer-consent'
  | 'onderzoek-date'
  | 'aanvraag-date'
  | 'no-scenario'
  | 'one-scenario'
  | 'no-chosen'
  | 'blocking-findings'
  | 'beschikking-date'
  | 'evaluation'

export type MissingItem = { code: MissingCode; tab: CaseTabPath; params: Record<string, string | number> }

/** An evaluation (herindicatie) this many days ahead or closer puts the case in the evaluation stage. */
export const EVALUATION_SOON_DAYS = 42

export type EvaluationDate = { date: IsoDateInput; source: 'set' | 'line-end' | 'default' }

export type CaseStatus = {
  stage: CaseStage
  law: ProcedureLaw
  deadlines: ProcedureDeadline[]
  /** The open deadline that falls first (passed ones included), or null. */
  nextDeadline: ProcedureDeadline | null
  chosen: Scenario | null
  evaluation: EvaluationDate | null
  missing: MissingItem[]
}

/**
 * The evaluation (herindicatie) date of a chosen arrangement: the date the consultant set; else the
 * earliest end of one of its lines (the provision must be re-assessed before it stops); else the
 * practice default of 12 months after the arrangement starts (no statutory term; see parameters).
 */
export function evaluationDateOf(scenario: Scenario): EvaluationDate {
  if (scenario.evaluationDate && isIsoDate(scenario.evaluationDate))
    return { date: scenario.evaluationDate, source: 'set' }
  const ends = scenario.lines
    .map((l) => l.endDate)
    .filter((d): d is IsoDateInput => Boolean(d && isIsoDate(d) && d >= scenario.startDate))
    .sort()
  if (ends[0]) return { date: ends[0], source: 'line-end' }
  const months = valueAt(DEFAULT_EVALUATION_MONTHS, scenario.startDate)
  return { date: addYearsMonths(scenario.startDate, 0, months), source: 'default' }
}

function hasNeedsAssessed(household: Household): boolean {
  return household.members.some((m) => m.zrm && Object.keys(m.zrm.scores).length > 0)
}

/** Blocking findings of the chosen arrangement that are not recorded as a deliberate deviation. */
export function unresolvedBlocking(scenario: Scenario, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'blocking' && !findDeviation(scenario, f))
}

export function deriveCaseStatus(input: {
  household: Household
  scenarios: readonly Scenario[]
  asOf: IsoDateInput
  /** Findings of the chosen scenario (from evaluateScenario); null when not evaluated. */
  chosenFindings?: readonly Finding[] | null
}): CaseStatus {
  const { household, scenarios, asOf } = input
  const dates = household.dates ?? {}
  const law = procedureLawOf(household, scenarios, asOf)
  const deadlines = procedureDeadlines(dates, law, asOf)
  const chosen = scenarios.find((s) => s.chosen) ?? null
  const evaluation = chosen ? evaluationDateOf(chosen) : null

  let stage: CaseStage
  // Closed (afgehandeld) by an explicit date: nothing is missing any more, no deadline is open, and
  // the retention term runs from that day (shared/case-flow/retention.ts).
  if (dates.afgesloten && isIsoDate(dates.afgesloten))
    return { stage: 'afgesloten', law, deadlines, nextDeadline: null, chosen, evaluation, missing: [] }
  if (!dates.melding) stage = 'melding'
  else if (!dates.aanvraag && !dates.onderzoekAfgerond) stage = 'onderzoek'
  else if (!dates.aanvraag) stage = 'aanvraag'
  else if (!dates.beschikking) stage = 'beschikking'
  else if (evaluation && addDays(asOf, EVALUATION_SOON_DAYS) >= evaluation.date) stage = 'evaluatie'
  else stage = 'uitvoering'

  const missing: MissingItem[] = []
  const add = (code: MissingCode, tab: CaseTabPath, params: Record<string, string | number> = {}) =>
    missing.push({ code, tab, params })
  if (stage === 'melding') add('melding-date', 'household')
  else {
    // What the onderzoek must have established stays missing until it is there, in every later stage.
    if (household.members.length === 0) add('no-members', 'household')
    else if (!hasNeedsAssessed(household)) add('no-needs', 'needs')
    for (const carer of household.carers)
      if (!carer.consent) add('carer-consent', 'network', { name: carer.name })
    if (stage === 'onderzoek') add('onderzoek-date', 'household')
    if (stage === 'aanvraag') add('aanvraag-date', 'household')
    if (stage === 'beschikking' || stage === 'uitvoering' || stage === 'evaluatie') {
      if (scenarios.length === 0) add('no-scenario', 'arrangement')
      // The choice is made by comparing alternatives (Vergelijken needs at least two).
      else if (!chosen && scenarios.length === 1) add('one-scenario', 'arrangement')
      else if (!chosen) add('no-chosen', 'compare')
      if (chosen && input.chosenFindings) {
        const blocking = unresolvedBlocking(chosen, input.chosenFindings)
        if (blocking.length > 0) add('blocking-findings', 'compare', { count: blocking.length })
      }
    }
    if (stage === 'beschikking') add('beschikking-date', 'household')
    if (stage === 'evaluatie' && evaluation) add('evaluation', 'arrangement', { date: evaluation.date })
  }

  const open = deadlines.filter((d) => d.status === 'open' || d.status === 'near' || d.status === 'passed')
  const nextDeadline = [...open].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0] ?? null
  return { stage, law, deadlines, nextDeadline, chosen, evaluation, missing }
}
