/**
 * jeugdwet.age — jeugdhulp is for a jeugdige: under 18; 18–23 only as continuation of help started
 * (or found needed) before 18 (Jeugdwet art. 1.1, definition of jeugdige, sub c). A line that starts
 * after the 18th birthday without continuation, or any part past the 23rd birthday, is blocked.
 * Pleegzorg started before 18 runs to 21 without a continuation decision (standard since 2022), and
 * to 23 with one. The stop of a line running past 18 without continuation is
 * jeugdwet.turns-18-transition. Left out: adolescentenstrafrecht (18–23, art. 77c Sr).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockAgeDays, lineSpanInHorizon } from '../../context/age-limit'
import { dateFromDayNumber, dateOfAge, dayNumber } from '../../domain/dates'
import { JEUGDWET_AGES } from '../../parameters/mantelzorg'
import { entryFromCommencement } from '../../parameters/series'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'jeugdwet.age',
  law: 'jeugdwet',
  severity: 'blocking',
  legalBasis: {
    law: 'Jeugdwet',
    article: '1.1 (jeugdige)',
    url: articleUrl(JEUGDWET_URL, '1.1'),
    verified: true,
  },
  messageKey: 'findings.jeugdwet.age',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Jeugdwet lines: under 18, or 18–23 as continuation; blocked otherwise.',
}

export function applyJeugdwetAge(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'jeugdwet') return
  const span = lineSpanInHorizon(ctx, line)
  if (!span) return
  const p = line.person
  if (line.startDay >= p.day18 && !line.line.continuation) {
    blockAgeDays(
      ctx,
      rule,
      line,
      span,
      { adultFrom: dateFromDayNumber(p.day18) },
      'findings.jeugdwet.age-adult-start',
    )
    return
  }
  // Pleegzorg runs without a continuation decision to the age in force when the line starts.
  const ages = entryFromCommencement(JEUGDWET_AGES, line.line.startDate).value
  const pleegzorgEnd = dayNumber(dateOfAge(p.person.birthDate, ages.pleegzorgMaxAge))
  if (
    line.provision.pleegzorg &&
    !line.line.continuation &&
    ages.pleegzorgMaxAge > ages.majority &&
    span.lastDay >= pleegzorgEnd
  ) {
    blockAgeDays(
      ctx,
      rule,
      line,
      { firstDay: Math.max(span.firstDay, pleegzorgEnd), lastDay: span.lastDay },
      { until: dateFromDayNumber(pleegzorgEnd) },
      'findings.jeugdwet.age-over-21',
    )
    return
  }
  if (line.line.continuation && span.lastDay >= p.day23) {
    blockAgeDays(
      ctx,
      rule,
      line,
      { firstDay: Math.max(span.firstDay, p.day23), lastDay: span.lastDay },
      { until: dateFromDayNumber(p.day23) },
      'findings.jeugdwet.age-over-23',
    )
  }
}
