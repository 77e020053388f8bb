/**
 * wmo.pgb-tariff-cap — a pgb is never higher than the cost of the same care in natura (Kamerbrief
 * 27-06-2019, Kamerstuk 25 657 nr. 320; Wmo 2015 art. 2.3.6), and the verordening may set a lower
 * rate for help from the sociaal netwerk (art. 2.3.6 lid 4 per the Gennep verordening's citation).
 * An agreed rate above the cap blocks the line. Jeugdwet pgb lines are held to the same cap
 * (Jeugdwet art. 8.1.1 lid 4a).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { tariffFor } from '../../municipality/tariffs'
import { moneyAt } from '../../parameters/series'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.pgb-tariff-cap',
  law: 'wmo',
  severity: 'blocking',
  legalBasis: { law: 'Wmo 2015', article: '2.3.6', url: articleUrl(WMO_URL, '2.3.6'), verified: true },
  messageKey: 'findings.wmo.pgb-tariff-cap',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'An agreed pgb rate above the ZIN tariff, or a sociaal-netwerk rate above the municipal network rate, blocks the line.',
}

/** `capCents` is the ZIN tariff (pgb) or the network rate (pgb-netwerk) on the line's start. */
function applyPgbTariffCap(ctx: EngineContext, line: LineCtx, capCents: number | null): void {
  const form = line.line.deliveryForm
  if ((form !== 'pgb' && form !== 'pgb-netwerk') || line.line.rateCents == null || capCents === null) return
  if (line.provision.law !== 'wmo' && line.provision.law !== 'jeugdwet') return
  if (line.line.rateCents <= capCents) return
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
    { rateCents: line.line.rateCents, capCents, deliveryForm: form },
    form === 'pgb-netwerk' ? 'findings.wmo.pgb-tariff-cap-netwerk' : undefined,
  )
}

/** The pgb cap on the line's start: the ZIN tariff (pgb) or the network rate (pgb-netwerk). */
function pgbCap(ctx: EngineContext, line: LineCtx): number | null {
  const date = line.line.startDate < ctx.scenario.startDate ? ctx.scenario.startDate : line.line.startDate
  if (line.line.deliveryForm === 'pgb') {
    return (
      tariffFor(ctx.municipality, line.provision.id, 'zin', date, ctx.indexationPercentPerYear)?.rateCents ??
      null
    )
  }
  if (line.line.deliveryForm === 'pgb-netwerk') {
    const t = tariffFor(
      ctx.municipality,
      line.provision.id,
      'pgb-netwerk',
      date,
      ctx.indexationPercentPerYear,
    )
    if (t) return t.rateCents
    if (line.provision.unit !== 'hour') return null
    return moneyAt(ctx.municipality.pgbNetworkHourRate, date, ctx.indexationPercentPerYear).value
  }
  return null
}

/** Line step: the cap is looked up only for a pgb line with an agreed rate. */
export function checkPgbTariffCap(ctx: EngineContext, line: LineCtx): void {
  const form = line.line.deliveryForm
  if ((form !== 'pgb' && form !== 'pgb-netwerk') || line.line.rateCents == null) return
  applyPgbTariffCap(ctx, line, pgbCap(ctx, line))
}
