/**
 * participatiewet.aow-transition — bijstand and reintegration end at the AOW age (Participatiewet
 * art. 11 lid 1 read with AOW art. 7a on the pensioengerechtigde leeftijd, which is 67 + 3 months
 * from 2028). A warning in the month the person reaches it; costs stop on the AOW date.
 */
import type { EngineContext, LineCtx } from '../../engine/context'
import { addFinding, monthOfDay } from '../../engine/context'
import { AOW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.aow-transition',
  law: 'participatiewet',
  severity: 'warning',
  legalBasis: { law: 'Algemene Ouderdomswet', article: '7a', url: articleUrl(AOW_URL, '7a'), verified: true },
  messageKey: 'findings.participatiewet.aow-transition',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Bijstand and reintegration lines end at AOW age: warning in that month.',
}

export function applyAowTransitionLine(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'participatiewet') return
  const p = line.person
  if (line.startDay >= p.aowDay) return
  if (p.aowDay > Math.min(line.endDay, ctx.horizonEndDay) || p.aowDay < ctx.horizonStartDay) return
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: p.id, month: monthOfDay(ctx, p.aowDay) },
    { aowDate: p.aowDate },
  )
  line.blocks.push({ ruleId: rule.id, fromDay: p.aowDay, toDay: Number.POSITIVE_INFINITY })
}

export function addAowTransitionBijstand(
  ctx: EngineContext,
  personId: string,
  aowDate: string,
  aowDay: number,
): void {
  addFinding(
    ctx,
    rule,
    { personId, month: monthOfDay(ctx, aowDay) },
    { aowDate, bijstand: 1 },
    { messageKey: 'findings.participatiewet.aow-transition-bijstand' },
  )
}
