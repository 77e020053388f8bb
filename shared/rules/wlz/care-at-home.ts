/**
 * wlz.care-at-home — Wlz care is delivered in an institution or, at the client's choice, at home as
 * a volledig pakket thuis (vpt), a modulair pakket thuis (mpt) or a persoonsgebonden budget (Wlz
 * art. 3.3.1–3.3.3, leveringsvormen). Two checks:
 *
 * - Any Wlz line needs a CIZ indicatiebesluit (Wlz art. 3.2.3): the days before the person's Wlz
 *   indication (recorded, or assumed in the scenario) are blocked — that care is not Wlz care yet.
 * - A line for care at home (vpt, mpt, or Wlz care as pgb) gets an info finding with the conditions
 *   the zorgkantoor applies: care at home must be verantwoord (safe) and doelmatig (its cost in
 *   proportion to the stay it replaces), and the client pays the lage eigen bijdrage for it
 *   (wlz.eigen-bijdrage, reason care-at-home).
 *
 * Left out: the zorgkantoor's cost ceiling for vpt/mpt (set per zorgprofiel by the NZa and the
 * zorgkantoor, not in the reference) and the pgb's budgetholder conditions (Regeling langdurige
 * zorg); record a deviation where the consultant has them.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.care-at-home',
  law: 'wlz',
  severity: 'info',
  legalBasis: {
    law: 'Wet langdurige zorg',
    article: '3.3.1–3.3.3 (leveringsvormen)',
    url: articleUrl(WLZ_URL, '3.3.1'),
    verified: false,
  },
  messageKey: 'findings.wlz.care-at-home',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Wlz care at home (vpt, mpt, pgb): conditions verantwoord and doelmatig, lage eigen bijdrage; any Wlz line needs a CIZ indication.',
}

/** The blocking half: no Wlz care before the CIZ indicatiebesluit. */
const indicationRule: RuleMeta = {
  ...rule,
  id: 'wlz.care-at-home',
  severity: 'blocking',
  legalBasis: {
    law: 'Wet langdurige zorg',
    article: '3.2.3 (indicatiebesluit)',
    url: articleUrl(WLZ_URL, '3.2.3'),
    verified: false,
  },
  messageKey: 'findings.wlz.indication-required',
}

export function applyWlzCareAtHome(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'wlz' || line.informal) return
  const p = line.person
  const first = Math.max(line.startDay, ctx.horizonStartDay)
  const last = Math.min(line.endDay, ctx.horizonEndDay)
  if (last < first) return
  if (first < p.wlzFromDay) {
    const to = Math.min(last, p.wlzFromDay - 1)
    blockLine(
      ctx,
      indicationRule,
      line,
      first,
      to,
      monthOfDay(ctx, first),
      {
        provisionId: line.provision.id,
        indicationFrom: Number.isFinite(p.wlzFromDay) ? dateFromDayNumber(p.wlzFromDay) : '',
      },
      Number.isFinite(p.wlzFromDay)
        ? 'findings.wlz.indication-required-from'
        : 'findings.wlz.indication-required',
    )
  }
  const atHome = line.provision.wlzAtHome === true || line.line.deliveryForm === 'pgb'
  if (atHome)
    addFinding(
      ctx,
      rule,
      { lineId: line.line.id, personId: p.id, month: monthOfDay(ctx, first) },
      { provisionId: line.provision.id, deliveryForm: line.line.deliveryForm },
    )
}
