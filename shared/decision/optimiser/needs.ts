/**
 * Default need hours from the ZRM: a domain scored 1 (acute) or 2 (not self-reliant) needs support.
 * The hours are a modelling assumption of this app, not a norm (no national standard exists); the
 * consultant edits them per person and domain before optimising.
 */
import type { Household, IsoDateInput, ZrmDomain } from '../../domain/types'
import { ZRM_DOMAINS } from '../../domain/types'
import { NEED_ASSESSMENT } from '../../parameters/assessment'
import { firstNeedMonthIndex, needAssessmentByMonth, needHoursPerWeek } from '../../rules/coverage/unmet-need'
import { horizonMonthList } from '../months'
import type { NeedRequirement } from './types'

/** Assumed support hours a week by ZRM score under the latest assumption (shown as the default). */
export const DEFAULT_NEED_HOURS_BY_SCORE: Readonly<Record<1 | 2, number>> = (() => {
  const latest = NEED_ASSESSMENT[NEED_ASSESSMENT.length - 1]?.value
  return { 1: latest?.score1HoursPerWeek ?? 0, 2: latest?.score2HoursPerWeek ?? 0 }
})()

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
