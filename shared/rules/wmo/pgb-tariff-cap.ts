/**
 * wmo.pgb-tariff-cap — a pgb is never higher than the cost of the same care in natura (Kamerbrief
 * 27-06-2019, Kamerstuk 25 657 nr. 320; Wmo 2015 art. 2.3.6), and the verordening may set a lower
 * rate for help from the sociaal netwerk (art. 2.3.6 lid 4 per the Gennep verordening's citation).
 * An agreed rate above the cap blocks the line in the months it exceeds the cap (the cap is read per
 * month). Jeugdwet pgb lines are held to the same cap (Jeugdwet art. 8.1.1 lid 4a).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
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

/**
 * Line step: the cap is read per month (the ZIN tariff or the network rate in force on the first day
 * of the month the line runs, or on its start day in its first month), so a tariff that changes on 1
 * July caps the line from July on. The months in which the agreed rate exceeds the cap are blocked, one
 * block (and one finding, naming the cap of its first month) per run of consecutive months.
 */
export function checkPgbTariffCap(ctx: EngineContext, line: LineCtx): void {
  const form = line.line.deliveryForm
  const rate = line.line.rateCents
  if ((form !== 'pgb' && form !== 'pgb-netwerk') || rate == null) return
  if (line.provision.law !== 'wmo' && line.provision.law !== 'jeugdwet') return
  const from = Math.max(line.startDay, ctx.horizonStartDay)
  const to = Math.min(line.endDay, ctx.horizonEndDay)
  if (to < from) return
  let run: { fromDay: number; toDay: number; month: string; capCents: number } | null = null
  const flush = (): void => {
    if (!run) return
    blockLine(
      ctx,
      rule,
      line,
      run.fromDay,
      run.toDay,
      run.month,
      { rateCents: rate, capCents: run.capCents, deliveryForm: form },
      form === 'pgb-netwerk' ? 'findings.wmo.pgb-tariff-cap-netwerk' : undefined,
    )
    run = null
  }
  for (const m of ctx.months) {
    if (m.lastDayNumber < from || m.firstDayNumber > to) continue
    const a = Math.max(m.firstDayNumber, from)
    const b = Math.min(m.lastDayNumber, to)
    const cap = pgbCap(ctx, line, a === m.firstDayNumber ? m.firstDay : dateFromDayNumber(a))
    if (cap === null || rate <= cap) {
      flush()
      continue
    }
    if (run) run.toDay = b
    else run = { fromDay: a, toDay: b, month: m.month, capCents: cap }
  }
  flush()
}

/** The pgb cap on `date`: the ZIN tariff (pgb) or the network rate (pgb-netwerk); null when none is known. */
function pgbCap(ctx: EngineContext, line: LineCtx, date: string): number | null {
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
