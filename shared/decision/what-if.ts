/**
 * What-if levers: each lever changes one assumption on an in-memory copy of the household, scenario
 * and municipality profile; nothing is saved. The engine is injected (`Evaluate`) so these functions
 * stay pure and testable with any evaluator that honours the engine contract.
 */
import type {
  EvaluateInput,
  Household,
  IncomeChange,
  IsoDateInput,
  MunicipalityConfig,
  Scenario,
  ScenarioResult,
} from '../domain/types'
import { addYearsMonths, formatIsoDate, requireIsoDateParts } from '../domain/dates'
import { roundNumber, roundToDecimals } from '../domain/money'

export type Evaluate = (input: EvaluateInput) => ScenarioResult

export type Lever =
  | { kind: 'line-volume'; lineId: string }
  | { kind: 'tariff-percent' }
  | { kind: 'carer-hours'; carerId: string }
  | { kind: 'carer-capacity'; carerId: string }
  | { kind: 'work-start'; personId: string }
  | { kind: 'indexation' }
  | { kind: 'informal-price' }

export type WhatIfState = { household: Household; scenario: Scenario; municipality: MunicipalityConfig }

export function leverKey(lever: Lever): string {
  switch (lever.kind) {
    case 'line-volume':
      return `line-volume:${lever.lineId}`
    case 'carer-hours':
    case 'carer-capacity':
      return `${lever.kind}:${lever.carerId}`
    case 'work-start':
      return `work-start:${lever.personId}`
    default:
      return lever.kind
  }
}

/** Hours a week a carer gives in the scenario (sum of their weekly hour lines). */
export function carerWeeklyHours(scenario: Scenario, carerId: string): number {
  return scenario.lines
    .filter((l) => l.carerId === carerId && l.frequency === 'week')
    .reduce((sum, l) => sum + (l.unit === 'hour' ? l.volume : l.unit === 'minute' ? l.volume / 60 : 0), 0)
}

/**
 * The current value of a lever: volume; tariff change in percent (0 = as contracted); hours a week;
 * capacity; months by which the start of work is moved (0 = as planned); indexation percent a year;
 * shadow price in cents an hour (`defaultInformalHourValueCents` when the scenario sets none).
 */
export function leverBaseValue(
  state: WhatIfState,
  lever: Lever,
  defaultInformalHourValueCents: number,
): number {
  switch (lever.kind) {
    case 'line-volume':
      return state.scenario.lines.find((l) => l.id === lever.lineId)?.volume ?? 0
    case 'tariff-percent':
      return 0
    case 'carer-hours':
      return carerWeeklyHours(state.scenario, lever.carerId)
    case 'carer-capacity':
      return state.household.carers.find((c) => c.id === lever.carerId)?.capacityHoursPerWeek ?? 0
    case 'work-start':
      return 0
    case 'indexation':
      return (
        state.scenario.assumptions?.indexationPercentPerYear ?? state.municipality.indexationPercentPerYear
      )
    case 'informal-price':
      return state.scenario.assumptions?.informalHourValueCents ?? defaultInformalHourValueCents
  }
}

function shiftDate(date: IsoDateInput, months: number): IsoDateInput {
  // Days past the 28th are clamped so every shifted date is a real calendar date.
  const { year, month, day } = requireIsoDateParts(date)
  return addYearsMonths(formatIsoDate(year, month, Math.min(28, day)), 0, months)
}

function scaleCents(cents: number, factor: number): number {
  return Math.max(0, roundNumber(cents * factor))
}

/**
 * Applies a lever value to a copy of the state. `work-start` moves the person's income changes by
 * whole months (to the first of the month); `carer-hours` scales that carer's weekly lines so they sum
 * to the value; `tariff-percent` scales every tariff, the network-pgb rate and agreed line rates.
 */
export function applyLever(state: WhatIfState, lever: Lever, value: number): WhatIfState {
  const v = Number.isFinite(value) ? value : 0
  switch (lever.kind) {
    case 'line-volume':
      return {
        ...state,
        scenario: {
          ...state.scenario,
          lines: state.scenario.lines.map((l) =>
            l.id === lever.lineId ? { ...l, volume: Math.max(0, v) } : l,
          ),
        },
      }
    case 'tariff-percent': {
      const factor = 1 + v / 100
      return {
        ...state,
        municipality: {
          ...state.municipality,
          tariffs: state.municipality.tariffs.map((t) => ({
            ...t,
            rateCents: scaleCents(t.rateCents, factor),
          })),
          pgbNetworkHourRate: state.municipality.pgbNetworkHourRate.map((d) => ({
            ...d,
            value: scaleCents(d.value, factor),
          })),
        },
        scenario: {
          ...state.scenario,
          lines: state.scenario.lines.map((l) =>
            l.rateCents != null ? { ...l, rateCents: scaleCents(l.rateCents, factor) } : l,
          ),
        },
      }
    }
    case 'carer-hours': {
      const current = carerWeeklyHours(state.scenario, lever.carerId)
      const target = Math.max(0, v)
      const lines = state.scenario.lines.map((l) => {
        if (l.carerId !== lever.carerId || l.frequency !== 'week') return l
        const volume = current > 0 ? (l.volume * target) / current : target
        return { ...l, volume: roundToDecimals(volume, 2) }
      })
      return { ...state, scenario: { ...state.scenario, lines } }
    }
    case 'carer-capacity':
      return {
        ...state,
        household: {
          ...state.household,
          carers: state.household.carers.map((c) =>
            c.id === lever.carerId ? { ...c, capacityHoursPerWeek: Math.max(0, v) } : c,
          ),
        },
      }
    case 'work-start': {
      const months = roundNumber(v)
      const incomeChanges: IncomeChange[] = (state.scenario.incomeChanges ?? []).map((c) =>
        c.personId === lever.personId ? { ...c, from: shiftDate(c.from, months) } : c,
      )
      return { ...state, scenario: { ...state.scenario, incomeChanges } }
    }
    case 'indexation':
      return {
        ...state,
        scenario: {
          ...state.scenario,
          assumptions: { ...state.scenario.assumptions, indexationPercentPerYear: v },
        },
      }
    case 'informal-price':
      return {
        ...state,
        scenario: {
          ...state.scenario,
          assumptions: { ...state.scenario.assumptions, informalHourValueCents: Math.max(0, roundNumber(v)) },
        },
      }
  }
}

/** The levers that make sense for this scenario, in a stable order. */
export function defaultLevers(state: WhatIfState): Lever[] {
  const levers: Lever[] = []
  for (const line of state.scenario.lines) {
    if (line.carerId) continue // carers are moved by their own lever
    levers.push({ kind: 'line-volume', lineId: line.id })
  }
  levers.push({ kind: 'tariff-percent' })
  for (const carer of state.household.carers) {
    if (carerWeeklyHours(state.scenario, carer.id) > 0) {
      levers.push({ kind: 'carer-hours', carerId: carer.id })
      levers.push({ kind: 'carer-capacity', carerId: carer.id })
    }
  }
  const workers = new Set((state.scenario.incomeChanges ?? []).map((c) => c.personId))
  for (const personId of workers) levers.push({ kind: 'work-start', personId })
  levers.push({ kind: 'indexation' })
  levers.push({ kind: 'informal-price' })
  return levers
}

export function evaluateState(evaluate: Evaluate, state: WhatIfState): ScenarioResult {
  return evaluate({ household: state.household, scenario: state.scenario, municipality: state.municipality })
}

/**
 * The values a lever may take; anything outside is refused with a message (never computed as 0 and
 * saved). Money levers are in cents here; the view shows and takes them in euros.
 */
export function leverBounds(lever: Lever): { min: number; max: number } {
  switch (lever.kind) {
    case 'tariff-percent':
      return { min: -100, max: 200 }
    case 'work-start':
      return { min: -60, max: 60 }
    case 'indexation':
      return { min: 0, max: 25 }
    case 'informal-price':
      return { min: 0, max: 1_000_00 }
    case 'carer-hours':
    case 'carer-capacity':
      return { min: 0, max: 168 }
    case 'line-volume':
      return { min: 0, max: 10_000 }
  }
}

type LeverValueProblem = { key: 'notANumber' | 'belowMin' | 'aboveMax'; min: number; max: number }

/** Null when the value may be used; otherwise why not. */
export function checkLeverValue(lever: Lever, value: number): LeverValueProblem | null {
  const { min, max } = leverBounds(lever)
  if (!Number.isFinite(value)) return { key: 'notANumber', min, max }
  if (value < min) return { key: 'belowMin', min, max }
  if (value > max) return { key: 'aboveMax', min, max }
  return null
}

/** Money levers are entered in euros and stored in cents. */
export function isMoneyLever(lever: Lever): boolean {
  return lever.kind === 'informal-price'
}
