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
 * - The cost ceiling (doelmatigheidsgrens): care at home may not cost more than the stay it
 *   replaces (Wlz art. 3.2.1 lid 1: care "uit een oogpunt van doelmatige zorgverlening"; art. 3.3.3
 *   lid 4 sub a: a pgb only where it provides care "op doelmatige wijze"). Per person and month the
 *   cost of the Wlz care at home is compared with the profile's wlz.verblijf (zin) tariff for the
 *   days of the month × WLZ_AT_HOME_CEILING; above it a warning: the zorgkantoor may refuse or
 *   limit the arrangement. Not blocking: the zorgkantoor decides (meerzorg, a deliberate choice);
 *   the consultant records a deviation when it has agreed. The ceiling figure is confidence L.
 *
 * The ceiling is raised by at most 25% (Regeling langdurige zorg art. 5.3) for a client under 23 or
 * with a child under 18; the other two groups of that article (work or study from home with a
 * somatic or physical disability; a life-threatening condition) the engine cannot see.
 *
 * Left out: the NZa/zorgkantoor ceiling per zorgprofiel (not retrieved; the profile's verblijf
 * tariff stands in) and the pgb's budgetholder conditions (Regeling langdurige zorg); record a
 * deviation where the consultant has them.
 */
import type { CostTables, EngineContext, LineCtx } from '../../context/engine-context'
import {
  addFinding,
  addTrace,
  ageAt,
  isBornBy,
  blockLine,
  deviationFor,
  monthOfDay,
} from '../../context/engine-context'
import { dateFromDayNumber, type MonthInfo } from '../../domain/dates'
import { divideRoundHalfUp } from '../../domain/money'
import { tariffFor } from '../../municipality/tariffs'
import { entryAt } from '../../parameters/series'
import { WLZ_AT_HOME_CEILING, type WlzAtHomeCeilingParams } from '../../parameters/wlz'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.care-at-home',
  law: 'wlz',
  severity: 'info',
  legalBasis: {
    law: 'Wet langdurige zorg',
    article: '3.3.1–3.3.3 (leveringsvormen; zie ook 4.2.1 lid 1 sub a)',
    url: articleUrl(WLZ_URL, '3.3.1'),
    // Checked against the law text: art. 3.3.1 (the choice: verblijf, volledig or modulair pakket thuis,
    // pgb), 3.3.2 (vpt and mpt, verantwoord and doelmatig), 3.3.3 (pgb) and 4.2.1 lid 1 sub a.
    verified: true,
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
    // Checked against the text valid from 2025-07-05 (BWBR0035917, via MinBZK/regelrecht): "Het recht
    // op zorg wordt op aanvraag van de verzekerde in een indicatiebesluit vastgesteld door het CIZ."
    verified: true,
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

/**
 * Regeling langdurige zorg art. 5.3 lid 3 sub a and b: the raised ceiling applies to a client below
 * 23 (to grow up at home) and to a client (or partner) with a child below 18 in the household.
 */
function raisedCeiling(ctx: EngineContext, personId: string, mi: number, p: WlzAtHomeCeilingParams): boolean {
  const x = ctx.persons.find((q) => q.id === personId)
  if (!x) return false
  if (ageAt(ctx, x, mi) < p.raisedBelowAge) return true
  if (x.person.role !== 'client' && x.person.role !== 'partner') return false
  return ctx.persons.some(
    (c) => c.person.role === 'child' && isBornBy(ctx, c, mi) && ageAt(ctx, c, mi) < p.childBelowAge,
  )
}

/** The warning half: Wlz care at home above the cost of the stay it replaces. */
const ceilingRule: RuleMeta = {
  ...rule,
  severity: 'warning',
  legalBasis: {
    law: 'Wet langdurige zorg',
    article: '3.2.1 lid 1 en 3.3.3 lid 4 sub a (doelmatige zorg; kostenplafond zorg thuis)',
    url: articleUrl(WLZ_URL, '3.3.3'),
    // The articles were checked against the text of 2025-07-05; the ceiling figure is not in the law
    // (WLZ_AT_HOME_CEILING, confidence L, unverified).
    verified: true,
  },
  messageKey: 'findings.wlz.care-at-home-ceiling',
}

/**
 * Costed step (after the line costs are known): per person with Wlz care at home, the first month in
 * which its cost exceeds the ceiling — the cost of the stay it replaces — gets a warning naming both
 * amounts and the number of months above it.
 */
export function applyWlzCostCeiling(ctx: EngineContext, tables: CostTables): void {
  const M = ctx.months.length
  const byPerson = new Map<string, number[]>()
  ctx.lines.forEach((l, li) => {
    if (l.provision.law !== 'wlz' || l.informal) return
    if (!(l.provision.wlzAtHome === true || l.line.deliveryForm === 'pgb')) return
    const list = byPerson.get(l.person.id)
    if (list) list.push(li)
    else byPerson.set(l.person.id, [li])
  })
  for (const [personId, lineIndexes] of byPerson) {
    let first: { mi: number; cost: number; ceiling: number } | null = null
    let monthsOver = 0
    let stayRateSource = ''
    let percent = 0
    for (let mi = 0; mi < M; mi++) {
      let cost = 0
      for (const li of lineIndexes) cost += tables.cost[li * M + mi] ?? 0
      if (cost === 0) continue
      const m = ctx.months[mi] as MonthInfo
      const stay = tariffFor(
        ctx.municipality,
        'wlz.verblijf',
        'zin',
        m.firstDay,
        ctx.indexationPercentPerYear,
      )
      if (!stay) continue
      const param = entryAt(WLZ_AT_HOME_CEILING, m.firstDay)
      percent = raisedCeiling(ctx, personId, mi, param.value)
        ? param.value.raisedPercentOfStay
        : param.value.percentOfStay
      stayRateSource = stay.entry.source
      const ceiling = divideRoundHalfUp(stay.rateCents * m.days * percent, 100)
      if (cost <= ceiling) continue
      monthsOver++
      first ??= { mi, cost, ceiling }
    }
    if (!first) continue
    const month = (ctx.months[first.mi] as MonthInfo).month
    const firstLine = ctx.lines[lineIndexes[0] ?? 0] as LineCtx
    const deviation = deviationFor(ctx, ceilingRule.id, firstLine.line.id, personId)
    const params: Record<string, string | number> = {
      costCents: first.cost,
      ceilingCents: first.ceiling,
      percentOfStay: percent,
      monthsOver,
      unverified: 1,
    }
    if (deviation !== undefined) params.deviation = deviation
    addFinding(ctx, ceilingRule, { personId, lineId: firstLine.line.id, month }, params)
    const param = entryAt(WLZ_AT_HOME_CEILING, (ctx.months[first.mi] as MonthInfo).firstDay)
    addTrace(ctx, ceilingRule, {
      inputs: { personId, lines: lineIndexes.map((li) => ctx.lines[li]?.line.id ?? ''), month },
      parameters: [
        {
          key: 'wlzAtHomeCeiling.percentOfStay',
          value: percent,
          source: `${param.source} (confidence ${param.confidence}, unverified)`,
        },
        { key: 'wlz.verblijf rate (stay replaced)', value: first.ceiling, source: stayRateSource },
      ],
      outcome: `care at home ${first.cost} cents > ceiling ${first.ceiling} cents in ${month}; ${monthsOver} month(s) above`,
    })
  }
}
