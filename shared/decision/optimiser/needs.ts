/**
 * Default need hours from the ZRM: a domain scored 1 (acute) or 2 (not self-reliant) needs support.
 * The hours are a modelling assumption of this app, not a norm (no national standard exists); the
 * consultant edits them per person and domain before optimising.
 */
import type { Household, IsoDateInput, ZrmDomain } from '../../domain/types'
import { ZRM_DOMAINS } from '../../domain/types'
import { NEED_ASSESSMENT } from '../../parameters/assessment'
import { valueAt } from '../../parameters/series'
import type { NeedRequirement } from './types'

/**
 * Assumed support hours a week by ZRM score (shared/parameters/assessment.ts), in force on `asOf`
 * or, without a date, the latest assumption.
 */
function needHoursByScore(asOf?: IsoDateInput): Readonly<Record<1 | 2, number>> {
  const latest = NEED_ASSESSMENT[NEED_ASSESSMENT.length - 1]?.value
  const v = asOf !== undefined || !latest ? valueAt(NEED_ASSESSMENT, asOf ?? '') : latest
  return { 1: v.score1HoursPerWeek, 2: v.score2HoursPerWeek }
}

/** Assumed support hours a week by ZRM score (editable in the optimiser). */
export const DEFAULT_NEED_HOURS_BY_SCORE: Readonly<Record<1 | 2, number>> = needHoursByScore()

export function deriveNeeds(household: Household): NeedRequirement[] {
  const needs: NeedRequirement[] = []
  for (const member of household.members) {
    const scores = member.zrm?.scores ?? {}
    for (const domain of ZRM_DOMAINS) {
      const score = scores[domain]
      if (score === 1 || score === 2)
        needs.push({ personId: member.id, domain, hoursPerWeek: DEFAULT_NEED_HOURS_BY_SCORE[score] })
    }
  }
  return needs
}

export function setNeedHours(
  needs: readonly NeedRequirement[],
  personId: string,
  domain: ZrmDomain,
  hours: number,
): NeedRequirement[] {
  const clean = Number.isFinite(hours) ? Math.max(0, Math.min(80, hours)) : 0
  return needs.map((n) =>
    n.personId === personId && n.domain === domain ? { ...n, hoursPerWeek: clean } : n,
  )
}
