/**
 * The consultant's caseload: per household the facts the list filters and sorts on (stage, deadlines,
 * evaluation, blocking findings, overloaded carers, transitions), and the filters themselves. Pure;
 * the caller evaluates the chosen (else first) scenario once and passes the result in.
 */
import type { CentsInput, Household, IsoDateInput, Scenario, ScenarioResult } from '../domain/types'
import { addDays } from '../domain/dates'
import { deriveCaseStatus, EVALUATION_SOON_DAYS, unresolvedBlocking, type CaseStage } from './stage'
import { upcomingTransitions, type Transition } from './transitions'
import { municipalNetPerMonthCents } from '../decision/money-figures'

export type CaseloadFacts = {
  stage: CaseStage
  /** Due date of the first open procedure deadline, or null. */
  nextDeadline: IsoDateInput | null
  deadlineStatus: 'passed' | 'near' | 'open' | null
  evaluationDate: IsoDateInput | null
  blockingCount: number
  overloadedCarerCount: number
  transitions: Transition[]
  /**
   * "Gemeente netto, gemiddeld per maand" of the chosen (else first) scenario: the one monthly figure
   * the arrangement panel, Vergelijken and the plan show (money-figures.ts), not a first month that a
   * one-off purchase can inflate; informal hours left out.
   */
  monthlyCostCents: CentsInput | null
  /**
   * The household's stored content no longer fits its keyed MAC: it was changed outside Maatwerk
   * (the data layer checks it when it reads the household; this module only carries it).
   */
  contentChanged: boolean
}

/** The scenario the caseload looks at: the chosen one, else the first. */
export function caseloadScenarioOf(scenarios: readonly Scenario[]): Scenario | null {
  return scenarios.find((s) => s.chosen) ?? scenarios[0] ?? null
}

export function caseloadFactsOf(input: {
  household: Household
  scenarios: readonly Scenario[]
  asOf: IsoDateInput
  /** The evaluation of caseloadScenarioOf(scenarios), or null (none, or the engine refused it). */
  result: ScenarioResult | null
  /** The data layer found the stored content changed outside Maatwerk (default: not). */
  contentChanged?: boolean
}): CaseloadFacts {
  const { household, scenarios, asOf, result } = input
  const scenario = caseloadScenarioOf(scenarios)
  const chosenFindings = scenario?.chosen && result ? result.findings : null
  const status = deriveCaseStatus({ household, scenarios, asOf, chosenFindings })
  const deadline = status.nextDeadline
  return {
    stage: status.stage,
    nextDeadline: deadline?.due ?? null,
    deadlineStatus: deadline
      ? deadline.status === 'passed' || deadline.status === 'near'
        ? deadline.status
        : 'open'
      : null,
    evaluationDate: status.evaluation?.date ?? null,
    blockingCount: scenario && result ? unresolvedBlocking(scenario, result.findings).length : 0,
    overloadedCarerCount: result ? result.carers.filter((c) => c.overloaded).length : 0,
    transitions: upcomingTransitions(household, scenario, asOf),
    monthlyCostCents: result && result.monthly.length > 0 ? municipalNetPerMonthCents(result) : null,
    contentChanged: input.contentChanged === true,
  }
}

export const CASELOAD_FLAGS = [
  'deadline',
  'evaluation',
  'blocking',
  'overloaded',
  'transitions',
  'content-changed',
] as const
export type CaseloadFlag = (typeof CASELOAD_FLAGS)[number]

/** Whether a household's facts raise a flag on `asOf`. */
export function hasFlag(facts: CaseloadFacts, flag: CaseloadFlag, asOf: IsoDateInput): boolean {
  switch (flag) {
    case 'deadline':
      return facts.deadlineStatus === 'passed' || facts.deadlineStatus === 'near'
    case 'evaluation':
      // Due within the coming weeks, or overdue.
      return facts.evaluationDate !== null && facts.evaluationDate <= addDays(asOf, EVALUATION_SOON_DAYS)
    case 'blocking':
      return facts.blockingCount > 0
    case 'overloaded':
      return facts.overloadedCarerCount > 0
    case 'transitions':
      return facts.transitions.length > 0
    case 'content-changed':
      return facts.contentChanged
  }
}

export type CaseloadFilter = { stage: CaseStage | null; flags: readonly CaseloadFlag[] }

export function matchesCaseloadFilter(
  facts: CaseloadFacts,
  filter: CaseloadFilter,
  asOf: IsoDateInput,
): boolean {
  if (filter.stage && facts.stage !== filter.stage) return false
  return filter.flags.every((flag) => hasFlag(facts, flag, asOf))
}

export type CaseloadCounts = { stages: Record<CaseStage, number>; flags: Record<CaseloadFlag, number> }

/** Households per stage and per flag (each counted on its own, not combined with the other filters). */
export function countCaseload(all: readonly CaseloadFacts[], asOf: IsoDateInput): CaseloadCounts {
  const stages: Record<CaseStage, number> = {
    melding: 0,
    onderzoek: 0,
    aanvraag: 0,
    beschikking: 0,
    uitvoering: 0,
    evaluatie: 0,
    afgesloten: 0,
  }
  const flags: Record<CaseloadFlag, number> = {
    deadline: 0,
    evaluation: 0,
    blocking: 0,
    overloaded: 0,
    transitions: 0,
    'content-changed': 0,
  }
  for (const facts of all) {
    stages[facts.stage]++
    for (const flag of Object.keys(flags) as CaseloadFlag[]) if (hasFlag(facts, flag, asOf)) flags[flag]++
  }
  return { stages, flags }
}
