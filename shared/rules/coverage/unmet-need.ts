/**
 * coverage.unmet-need — a ZRM domain scored 1 or 2 (acute / not self-reliant) that no allowed line
 * for that person addresses. The onderzoek must establish the needs and the support that answers
 * them (Wmo 2015 art. 2.3.2 lid 4). Warning per person and domain.
 * NEED_ASSESSMENT is read per month (a new threshold on 1 July applies from July). A line a minor
 * gives an adult counts only for the domains the gebruikelijke-hulp protocol
 * lets a minor cover (mantelzorg.young-carer). A need is covered only when it is addressed in every month
 * it counts as a need; the warning is dated in the first month it is left open.
 */
import type { CoverageResult, ZrmDomain } from '../../domain/types'
import { addFinding, type CostTables, type EngineContext } from '../../context/engine-context'
import type { YearMonth } from '../../domain/types'
import { firstDayOfMonth } from '../../domain/dates'
import { NEED_ASSESSMENT, type NeedAssessmentParams } from '../../parameters/assessment'
import { valueAt } from '../../parameters/series'
import type { MonthInfo } from '../../domain/dates'
import { countsAsCover, type MinorCarerLimits } from '../mantelzorg/young-carer'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'coverage.unmet-need',
  law: 'none',
  severity: 'warning',
  legalBasis: { law: 'Wmo 2015', article: '2.3.2 lid 4', url: articleUrl(WMO_URL, '2.3.2'), verified: true },
  messageKey: 'findings.coverage.unmet-need',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A ZRM domain scored 1–2 that no line addresses.',
}

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

/**
 * Household step: for every ZRM domain scored for a person, whether a line for that person that
 * addresses the domain is allowed in any month; a warning for each domain scored 1–2 left uncovered.
 */
export function applyCoverage(
  ctx: EngineContext,
  tables: CostTables,
  minorCarerLimits: MinorCarerLimits = new Map(),
): CoverageResult[] {
  const M = ctx.months.length
  const allowed = tables.allowed
  const coverage: CoverageResult[] = []
  // The need assessment in force in each month (the same reading as the comparison and optimiser).
  const assessmentAt = needAssessmentByMonth(ctx.months.map((m: MonthInfo) => m.month))
  for (const p of ctx.persons) {
    const scores = p.person.zrm?.scores
    if (!scores) continue
    for (const [domain, score] of Object.entries(scores) as [ZrmDomain, number][]) {
      const needFrom = firstNeedMonthIndex(score, assessmentAt)
      const coveredAt = (mi: number) =>
        ctx.lines.some(
          (l, li) =>
            l.person.id === p.id &&
            l.provision.domains.includes(domain) &&
            (allowed[li * M + mi] ?? 0) > 0 &&
            countsAsCover(minorCarerLimits, li, mi, domain),
        )
      // A need counts as covered only when some allowed line addresses it in every month it is a
      // need: a line that ends (or a minor's hours that stop counting) leaves the months after open.
      // A score that is no need in any month is covered when a line addresses it in some month.
      const months = ctx.months.map((_, mi) => mi)
      const uncoveredFrom = months.findIndex(
        (mi) => score <= (assessmentAt[mi] as NeedAssessmentParams).unmetNeedMaxScore && !coveredAt(mi),
      )
      const covered = needFrom < 0 ? months.some(coveredAt) : uncoveredFrom < 0
      coverage.push({ personId: p.id, domain, score, covered })
      if (covered || needFrom < 0) continue
      addFinding(
        ctx,
        rule,
        uncoveredFrom === 0
          ? { personId: p.id }
          : { personId: p.id, month: (ctx.months[uncoveredFrom] as MonthInfo).month },
        { domain, score, personName: p.person.name },
      )
    }
  }
  return coverage
}
