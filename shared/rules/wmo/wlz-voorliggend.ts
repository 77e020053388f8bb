/**
 * wmo.wlz-voorliggend — a person with a Wlz indication gets the care the Wlz covers from the Wlz:
 * the college may refuse a maatwerkvoorziening when the client is entitled to Wlz care (Wmo 2015
 * art. 2.3.5 lid 6). Home adaptations and (mobility) aids for Wlz clients at home stay with the
 * municipality (art. 8.6a), so they are not blocked. Left out: the modulair pakket thuis exception
 * for cleaning (art. 8.6a sub c).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.wlz-voorliggend',
  law: 'wmo',
  severity: 'blocking',
  legalBasis: { law: 'Wmo 2015', article: '2.3.5 lid 6', url: articleUrl(WMO_URL, '2.3.5'), verified: true },
  messageKey: 'findings.wmo.wlz-voorliggend',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Wmo lines of care the Wlz covers are blocked from the start of the Wlz indication.',
}

export function applyWmoWlzVoorliggend(ctx: EngineContext, line: LineCtx): void {
  const prov = line.provision
  if (prov.law !== 'wmo' || !prov.wlzCovered || line.informal || prov.general) return
  const wlz = line.person.wlzFromDay
  if (!Number.isFinite(wlz)) return
  const from = Math.max(line.startDay, wlz, ctx.horizonStartDay)
  const to = Math.min(line.endDay, ctx.horizonEndDay)
  if (to < from) return
  blockLine(ctx, rule, line, from, to, monthOfDay(ctx, from), { wlzFrom: dateFromDayNumber(wlz) })
}
