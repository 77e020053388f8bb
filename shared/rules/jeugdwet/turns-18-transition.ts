/**
 * jeugdwet.turns-18-transition — jeugdhulp stops at 18 unless continuation (verlengde jeugdhulp,
 * Jeugdwet art. 1.1 sub c) is set: costs stop on the 18th birthday and the consultant should
 * arrange the Wmo or Wlz route. A warning in the month of the birthday; with continuation an info
 * that the line continues under the Jeugdwet.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, deviationFor, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'jeugdwet.turns-18-transition',
  law: 'jeugdwet',
  severity: 'warning',
  legalBasis: {
    law: 'Jeugdwet',
    article: '1.1 (jeugdige, sub c)',
    url: articleUrl(JEUGDWET_URL, '1.1'),
    verified: true,
  },
  messageKey: 'findings.jeugdwet.turns-18-transition',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A Jeugdwet line running past the 18th birthday stops then unless continuation is set.',
}

export function applyTurns18(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'jeugdwet') return
  const p = line.person
  if (line.startDay >= p.day18) return
  if (p.day18 > Math.min(line.endDay, ctx.horizonEndDay) || p.day18 < ctx.horizonStartDay) return
  const month = monthOfDay(ctx, p.day18)
  const params = { birthday18: dateFromDayNumber(p.day18), suggestedRoute: 'wmo' }
  if (line.line.continuation || line.provision.pleegzorg) {
    addFinding(ctx, rule, { lineId: line.line.id, personId: p.id, month }, params, {
      severity: 'info',
      messageKey: line.line.continuation
        ? 'findings.jeugdwet.turns-18-continuation'
        : 'findings.jeugdwet.turns-18-pleegzorg',
    })
    return
  }
  const deviation = deviationFor(ctx, rule.id, line.line.id, p.id)
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: p.id, month },
    deviation !== undefined ? { ...params, deviation } : params,
  )
  // Not a blocking finding: the line stays eligible, its costs simply end at 18.
  if (deviation === undefined)
    line.blocks.push({ ruleId: rule.id, fromDay: p.day18, toDay: Number.POSITIVE_INFINITY })
}
