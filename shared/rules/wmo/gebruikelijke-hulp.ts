/**
 * wmo.gebruikelijke-hulp — household help is not a maatwerkvoorziening insofar as a healthy adult
 * housemate can be expected to give it (gebruikelijke hulp, Wmo 2015 art. 1.1.1; maatwerk only
 * where the client is not zelfredzaam "met gebruikelijke hulp", art. 1.2.1 / 2.3.5 lid 3). The
 * municipality's protocol sets the weekly hours expected; the engine deducts them from the line in
 * every month with such a housemate — except when that housemate is a carer who is overloaded
 * (overbelasting of the partner justifies help; docs/legal-reference.md#gebruikelijke-hulp). "Healthy" is approximated:
 * an adult member living in who has no Wlz indication and no care line of their own.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, addTrace, deviationFor, monthOfDay } from '../../context/engine-context'
import { entryAt, valueAt } from '../../parameters/series'
import { dateFromDayNumber, dayNumber, type MonthInfo } from '../../domain/dates'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.gebruikelijke-hulp',
  law: 'wmo',
  severity: 'warning',
  legalBasis: {
    law: 'Wmo 2015',
    article: '1.1.1 (gebruikelijke hulp) en 2.3.5 lid 3',
    url: articleUrl(WMO_URL, '1.1.1'),
    verified: true,
  },
  messageKey: 'findings.wmo.gebruikelijke-hulp',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Household help while a healthy adult housemate lives in: warn and deduct the protocol hours.',
}

/** Ids of members who receive care lines themselves (not "healthy" for this rule). */
export function careRecipients(ctx: EngineContext): Set<string> {
  const ids = new Set<string>()
  for (const l of ctx.lines) {
    if (l.provision.law === 'informal' || l.provision.general || l.provision.law === 'participatiewet')
      continue
    ids.add(l.person.id)
  }
  return ids
}

export function applyGebruikelijkeHulp(
  ctx: EngineContext,
  line: LineCtx,
  recipients: Set<string>,
  overloadedPersonIds: Set<string>,
): void {
  if (!line.provision.householdHelp || line.informal || line.line.frequency !== 'week') return
  const housemates = ctx.persons.filter(
    (p) =>
      p.id !== line.person.id &&
      p.livesIn &&
      !recipients.has(p.id) &&
      !Number.isFinite(p.wlzFromDay) &&
      p.day18 <= Math.min(line.endDay, ctx.horizonEndDay),
  )
  if (housemates.length === 0) return
  const first = housemates.reduce((a, b) => (a.day18 <= b.day18 ? a : b))
  const fromDay = Math.max(line.startDay, first.day18, ctx.horizonStartDay)
  const protocolEntry = ctx.municipality.gebruikelijkeHulpHoursPerWeek
  // The protocol's hours in force per month (a dated municipal series: a change on 1 July applies
  // from July on, not from the scenario's start); the finding names those of its first month.
  const byMonth = new Float64Array(ctx.months.length)
  for (let mi = 0; mi < ctx.months.length; mi++) {
    const m = ctx.months[mi] as MonthInfo
    byMonth[mi] = m.lastDayNumber < fromDay ? 0 : valueAt(protocolEntry, m.firstDay)
  }
  const hours = valueAt(protocolEntry, dateFromDayNumber(fromDay))
  const changes = protocolEntry.filter(
    (e) =>
      e.from > dateFromDayNumber(fromDay) && dayNumber(e.from) <= Math.min(line.endDay, ctx.horizonEndDay),
  )
  const overloaded = housemates.some((h) => overloadedPersonIds.has(h.id))
  const deviation = deviationFor(ctx, rule.id, line.line.id, line.person.id)
  const deducts = !overloaded && deviation === undefined
  const params: Record<string, string | number> = {
    housemateId: first.id,
    housemateName: first.person.name,
    protocolHoursPerWeek: hours,
    deductedHoursPerWeek: deducts
      ? Math.min(hours, line.line.unit === 'minute' ? line.line.volume / 60 : line.line.volume)
      : 0,
  }
  if (deviation !== undefined) params.deviation = deviation
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: line.person.id, month: monthOfDay(ctx, fromDay) },
    params,
    overloaded ? { messageKey: 'findings.wmo.gebruikelijke-hulp-overloaded' } : {},
  )
  if (deducts) {
    line.gebruikelijkeHulpDeduction = hours
    line.gebruikelijkeHulpFromDay = fromDay
    line.gebruikelijkeHulpByMonth = byMonth
  }
  addTrace(ctx, rule, {
    inputs: {
      lineId: line.line.id,
      housemates: housemates.map((h) => h.id),
      overloadedHousemate: overloaded,
    },
    parameters: [
      {
        key: 'gebruikelijkeHulpHoursPerWeek',
        value: hours,
        source: entryAt(protocolEntry, dateFromDayNumber(fromDay)).source,
      },
      ...changes.map((e) => ({
        key: `gebruikelijkeHulpHoursPerWeek from ${e.from}`,
        value: e.value,
        source: e.source,
      })),
    ],
    outcome: deducts
      ? `deducts ${hours} h/week${changes.map((e) => `, ${e.value} h/week from ${e.from}`).join('')}`
      : 'no deduction',
  })
}
