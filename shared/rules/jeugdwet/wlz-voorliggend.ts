/**
 * jeugdwet.wlz-voorliggend — no Jeugdwet provision where the child is entitled to Wlz care
 * (Jeugdwet art. 1.2 lid 1). Left out: the exception that multi-cause problems with a similar
 * Jeugdwet provision stay under the Jeugdwet (art. 1.2 lid 2) — the consultant records a deviation.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'jeugdwet.wlz-voorliggend',
  law: 'jeugdwet',
  severity: 'blocking',
  legalBasis: { law: 'Jeugdwet', article: '1.2 lid 1', url: articleUrl(JEUGDWET_URL, '1.2'), verified: true },
  messageKey: 'findings.jeugdwet.wlz-voorliggend',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Jeugdwet lines of Wlz-covered care are blocked from the start of a Wlz indication.',
}

export function applyJeugdWlzVoorliggend(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'jeugdwet' || !line.provision.wlzCovered) return
  const wlz = line.person.wlzFromDay
  if (!Number.isFinite(wlz)) return
  const from = Math.max(line.startDay, wlz, ctx.horizonStartDay)
  const to = Math.min(line.endDay, ctx.horizonEndDay)
  if (to < from) return
  blockLine(ctx, rule, line, from, to, monthOfDay(ctx, from), { wlzFrom: dateFromDayNumber(wlz) })
}
