/**
 * participatiewet.age — bijstand and reintegration are for persons from 18 up to the AOW age
 * (Participatiewet art. 11 lid 1 right to bijstand; persons of AOW age are excluded and turn to the
 * SVB's AIO). Reintegration lines outside that age range are blocked; bijstand is not paid then.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockAgeDays, lineSpanInHorizon } from '../../context/age-limit'
import { dateFromDayNumber, dateOfAge, dayNumber } from '../../domain/dates'
import { PARTICIPATIEWET_AGES } from '../../parameters/participatiewet'
import { entryFromCommencement } from '../../parameters/series'
import { PW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.age',
  law: 'participatiewet',
  severity: 'blocking',
  legalBasis: { law: 'Participatiewet', article: '11 lid 1', url: articleUrl(PW_URL, '11'), verified: true },
  messageKey: 'findings.participatiewet.age',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Reintegration lines and bijstand from 18 to AOW age only.',
}

export function applyParticipatiewetAge(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'participatiewet') return
  const span = lineSpanInHorizon(ctx, line)
  if (!span) return
  const p = line.person
  const minDay = dayNumber(
    dateOfAge(
      p.person.birthDate,
      entryFromCommencement(PARTICIPATIEWET_AGES, line.line.startDate).value.minAge,
    ),
  )
  if (span.firstDay < minDay) {
    blockAgeDays(
      ctx,
      rule,
      line,
      { firstDay: span.firstDay, lastDay: Math.min(span.lastDay, minDay - 1) },
      { from: dateFromDayNumber(minDay) },
      'findings.participatiewet.age-minor',
    )
  }
  // The AOW transition itself is a warning (participatiewet.aow-transition); a line that starts at
  // or after the AOW date is blocked here.
  if (line.startDay >= p.aowDay && !line.provision.incomeSupport) {
    blockAgeDays(ctx, rule, line, span, { aowDate: p.aowDate }, 'findings.participatiewet.age-aow')
  }
}
