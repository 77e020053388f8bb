/**
 * wmo.mantelzorg-voluntary — mantelzorg is voluntary and unpaid and cannot be enforced: it counts
 * only as offered (Wmo 2015 art. 1.1.1 definition of mantelzorg; CRvB 11-01-2017,
 * ECLI:NL:CRVB:2017:17). A line relying on a carer (mantelzorg or pgb from the social network)
 * without a named carer who recorded consent is blocked.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { reliesOnCarer } from '../../catalogue/provisions'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.mantelzorg-voluntary',
  law: 'wmo',
  severity: 'blocking',
  legalBasis: {
    law: 'Wmo 2015',
    article: '1.1.1 (mantelzorg)',
    url: articleUrl(WMO_URL, '1.1.1'),
    verified: true,
  },
  messageKey: 'findings.wmo.mantelzorg-voluntary',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A mantelzorg or sociaal-netwerk pgb line needs a named carer with recorded consent.',
}

export function applyMantelzorgVoluntary(ctx: EngineContext, line: LineCtx): void {
  if (!reliesOnCarer(line.line.deliveryForm)) return
  const carer = line.carer
  if (carer && carer.consent) return
  const from = Math.max(line.startDay, ctx.horizonStartDay)
  const to = Math.min(line.endDay, ctx.horizonEndDay)
  if (to < from) return
  blockLine(
    ctx,
    rule,
    line,
    from,
    to,
    monthOfDay(ctx, from),
    { carerId: line.line.carerId ?? '', carerName: carer?.name ?? '' },
    carer ? undefined : 'findings.wmo.mantelzorg-voluntary-no-carer',
  )
}
