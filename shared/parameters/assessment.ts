/**
 * Assessment parameters: how the Zelfredzaamheid-Matrix (ZRM) scores of the onderzoek turn into
 * needs. Neither figure is a legal norm — the Wmo leaves the translation of needs into support to
 * the onderzoek (Wmo 2015 art. 2.3.2 lid 4) — so both are dated modelling assumptions with their
 * source, confidence L, unverified, and the consultant can change them in the optimiser
 * (docs/legal-reference.md#zrm).
 */
import type { Series, YearMonth } from '../domain/types'
import { firstDayOfMonth } from '../domain/dates'
import { valueAt } from './series'

export type NeedAssessmentParams = {
  /** A ZRM domain scored at or below this (1 acute, 2 not self-reliant) is a need to be covered. */
  unmetNeedMaxScore: number
  /** Assumed hours of support a week for a domain scored 1 … */
  score1HoursPerWeek: number
  /** … and for a domain scored 2. */
  score2HoursPerWeek: number
}

const ZRM_SOURCE =
  'Zelfredzaamheid-Matrix (GGD Amsterdam, www.zelfredzaamheidmatrix.nl): 1 acute problematiek, 2 niet zelfredzaam'

export const NEED_ASSESSMENT: Series<NeedAssessmentParams> = [
  {
    from: '2015-01-01',
    value: { unmetNeedMaxScore: 2, score1HoursPerWeek: 6, score2HoursPerWeek: 3 },
    source: `${ZRM_SOURCE} ; hours: Maatwerk modelling assumption (no national standard exists)`,
    confidence: 'L',
    verified: false,
    note: 'The scores 1–2 follow the ZRM definitions; the hours are an assumption the consultant edits per person and domain.',
  },
]

/**
 * The need assessment in force in each month, read on the month's first day: a threshold or an hour
 * assumption that changes on 1 July applies from July. The engine (coverage.unmet-need), the
 * comparison and the optimiser all read the series through this, so they never disagree on whether a
 * score is a need in a month.
 */
export function needAssessmentByMonth(months: readonly YearMonth[]): NeedAssessmentParams[] {
  return months.map((m) => valueAt(NEED_ASSESSMENT, firstDayOfMonth(m)))
}

/** The index of the first month in which a ZRM `score` counts as a need, or -1 in none of them. */
export function firstNeedMonthIndex(score: number, byMonth: readonly NeedAssessmentParams[]): number {
  return byMonth.findIndex((a) => score <= a.unmetNeedMaxScore)
}

/**
 * The assumed support hours a week for a domain scored `score` under `a`, or 0 when the score is not
 * a need there. A score above 2 that a raised threshold makes a need gets the score-2 hours (the ZRM
 * gives no lower assumption; the consultant edits the hours).
 */
export function needHoursPerWeek(score: number, a: NeedAssessmentParams): number {
  if (score > a.unmetNeedMaxScore) return 0
  return score <= 1 ? a.score1HoursPerWeek : a.score2HoursPerWeek
}

