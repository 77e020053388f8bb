/**
 * jeugdwet.age — jeugdhulp is for a jeugdige: under 18; 18–23 only as continuation of help started
 * (or found needed) before 18 (Jeugdwet art. 1.1, definition of jeugdige, sub c). A line that starts
 * after the 18th birthday without continuation, or any part past the 23rd birthday, is blocked.
 * Pleegzorg started before 18 runs to 21 without a continuation decision (standard since 2022), and
 * to 23 with one. The stop of a line running past 18 without continuation is
 * jeugdwet.turns-18-transition. Left out: adolescentenstrafrecht (18–23, art. 77c Sr).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber, dateOfAge, dayNumber } from '../../domain/dates'
import { JEUGDWET_AGES } from '../../parameters/mantelzorg'
import { valueAt } from '../../parameters/series'
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
  const p = line.person
  const lastDay = Math.min(line.endDay, ctx.horizonEndDay)
  const firstDay = Math.max(line.startDay, ctx.horizonStartDay)
  if (lastDay < firstDay) return
  if (line.startDay >= p.day18 && !line.line.continuation) {
    blockLine(
      ctx,
      rule,
      line,
      firstDay,
      lastDay,
      monthOfDay(ctx, firstDay),
      {
        birthDate: p.person.birthDate,
        adultFrom: dateFromDayNumber(p.day18),
      },
      'findings.jeugdwet.age-adult-start',
    )
    return
  }
  // Pleegzorg runs without a continuation decision to the age in force when the line starts.
  const ages = valueAt(JEUGDWET_AGES, line.line.startDate)
  const pleegzorgEnd = dayNumber(dateOfAge(p.person.birthDate, ages.pleegzorgMaxAge))
  if (
    line.provision.pleegzorg &&
    !line.line.continuation &&
    ages.pleegzorgMaxAge > ages.majority &&
    lastDay >= pleegzorgEnd
  ) {
    const from = Math.max(firstDay, pleegzorgEnd)
    blockLine(
      ctx,
      rule,
      line,
      from,
      lastDay,
      monthOfDay(ctx, from),
      { birthDate: p.person.birthDate, until: dateFromDayNumber(pleegzorgEnd) },
      'findings.jeugdwet.age-over-21',
    )
    return
  }
  if (line.line.continuation && lastDay >= p.day23) {
    const from = Math.max(firstDay, p.day23)
    blockLine(
      ctx,
      rule,
      line,
      from,
      lastDay,
      monthOfDay(ctx, from),
      {
        birthDate: p.person.birthDate,
        until: dateFromDayNumber(p.day23),
      },
      'findings.jeugdwet.age-over-23',
    )
  }
}
