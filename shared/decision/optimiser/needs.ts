/**
 * Default need hours from the ZRM: a domain scored 1 (acute) or 2 (not self-reliant) needs support.
 * The hours are a modelling assumption of this app, not a norm (no national standard exists); the
 * consultant edits them per person and domain before optimising.
 */
import type { Household, IsoDateInput, ZrmDomain } from '../../domain/types'
import { ZRM_DOMAINS } from '../../domain/types'
import { yearMonthOf } from '../../domain/dates'
import type { NeedAssessmentParams } from '../../parameters/assessment'
import { firstNeedMonthIndex, needAssessmentByMonth, needHoursPerWeek } from '../../rules/coverage/unmet-need'
import { horizonMonthList } from '../months'
import type { NeedRequirement } from './types'

/**
 * The need assessment in force in the month of `date` (a scenario's start), read as the engine reads
 * it (coverage.unmet-need): not the first or the latest entry of the series, which a dated change
 * would make wrong for a scenario before or after it.
 */
export function needAssessmentAt(date: IsoDateInput): NeedAssessmentParams {
  const [a] = needAssessmentByMonth([yearMonthOf(date)])
  // needAssessmentByMonth gives one entry per month asked for.
  return a as NeedAssessmentParams
}

/** Assumed support hours a week for a domain scored 1 and 2 in the month of `date` (the defaults shown). */
export function needHoursByScoreAt(date: IsoDateInput): Readonly<Record<1 | 2, number>> {
  const a = needAssessmentAt(date)
  return { 1: needHoursPerWeek(1, a), 2: needHoursPerWeek(2, a) }
}

/** The horizon a proposal covers: its start date and number of months (as a scenario's). */
type NeedHorizon = { startDate: IsoDateInput; horizonMonths: number }

/**
 * The needs over a proposal's horizon, read per month exactly as the engine's coverage.unmet-need:
 * a domain is a need when its score counts as one in any month of the horizon (a threshold raised on
 * 1 July makes it a need from July), and its hours are the most the assumption asks in any of those
 * months — the proposal's lines run the whole horizon at one volume, so they must meet the highest.
 */
export function deriveNeeds(household: Household, horizon: NeedHorizon): NeedRequirement[] {
  const byMonth = needAssessmentByMonth(horizonMonthList(horizon.startDate, horizon.horizonMonths))
  const needs: NeedRequirement[] = []
  for (const member of household.members) {
    const scores = member.zrm?.scores ?? {}
    for (const domain of ZRM_DOMAINS) {
      const score = scores[domain]
      if (score === undefined || firstNeedMonthIndex(score, byMonth) < 0) continue
      const hoursPerWeek = Math.max(...byMonth.map((a) => needHoursPerWeek(score, a)))
      if (hoursPerWeek > 0) needs.push({ personId: member.id, domain, hoursPerWeek })
    }
  }
  return needs
}

/** The most hours a week a need may ask (two full-time jobs): a planning bound, not law. */
export const MAX_NEED_HOURS_PER_WEEK = 80

export function setNeedHours(
  needs: readonly NeedRequirement[],
  personId: string,
  domain: ZrmDomain,
  hours: number,
): NeedRequirement[] {
  const clean = Number.isFinite(hours) ? Math.max(0, Math.min(MAX_NEED_HOURS_PER_WEEK, hours)) : 0
  return needs.map((n) =>
    n.personId === personId && n.domain === domain ? { ...n, hoursPerWeek: clean } : n,
  )
}
