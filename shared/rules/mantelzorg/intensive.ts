/**
 * mantelzorg.intensive — a carer giving at least 8 hours a week for at least 3 months is a
 * "langdurig en intensief" mantelzorger (CBS/SCP definition; docs/legal-reference.md#intensive-care). Not a legal
 * test: the legal anchor is the municipality's duty to support mantelzorgers (Wmo 2015 art. 2.1.2
 * lid 2 sub b, the plan; art. 2.2.2, the measures and general provisions for them). Info per carer.
 *
 * This file also owns the carer load: the weekly hours each carer gives per month (informal lines
 * and pgb from the sociaal netwerk that name the carer, on the days they are allowed), rounded to
 * hundredths of an hour, from which this rule, mantelzorg.overload and mantelzorg.respite-recommended
 * follow (thresholds from parameters/mantelzorg.ts, in force in each month), and the carer's own
 * checks: mantelzorg.young-carer (a minor's hours for an adult) and mantelzorg.hours-above-today.
 * The overloaded persons it returns feed wmo.gebruikelijke-hulp; the minor-carer limits feed
 * coverage.unmet-need.
 */
import type { Carer, CarerResult } from '../../domain/types'
import type { MonthInfo } from '../../domain/dates'
import { roundToDecimals } from '../../domain/money'
import { entryAt, valueAt } from '../../parameters/series'
import { MANTELZORG_THRESHOLDS, type MantelzorgThresholds } from '../../parameters/mantelzorg'
import {
  addFinding,
  addTrace,
  type CostTables,
  type EngineContext,
  type LineCtx,
} from '../../context/engine-context'
import { informalHoursPerUnit } from '../engine/line-costing'
import { applyOverload } from './overload'
import { applyRespiteRecommended } from './respite-recommended'
import { applyYoungCarer, type MinorCarerLimits } from './young-carer'
import { applyHoursAboveToday } from './hours-above-today'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.intensive',
  law: 'informal',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015',
    article: '2.1.2 lid 2 sub b en 2.2.2',
    url: articleUrl(WMO_URL, '2.2.2'),
    verified: true,
  },
  messageKey: 'findings.mantelzorg.intensive',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A carer gives ≥ 8 h/week for ≥ 3 months.',
}

/** A carer's load over the horizon (rules/mantelzorg/carer-load.ts). */
type CarerLoad = {
  /** Peak weekly hours in any month. */
  peak: number
  /** Longest run of consecutive months at or above the intensive threshold, and its first month. */
  bestRun: number
  bestRunMonth: string
}

/** Carer step: true (with an info finding) when the carer is intensive: the threshold for enough months. */
function applyIntensive(
  ctx: EngineContext,
  carer: Carer,
  load: CarerLoad,
  thresholds: MantelzorgThresholds,
): boolean {
  if (load.bestRun < thresholds.intensiveMinMonths) return false
  addFinding(
    ctx,
    rule,
    { carerId: carer.id, month: load.bestRunMonth },
    {
      carerName: carer.name,
      hoursPerWeek: load.peak,
      months: load.bestRun,
      thresholdHours: thresholds.intensiveHoursPerWeek,
    },
  )
  return true
}

/** Weekly hours of an informal line (a monthly volume counts as 12/52 per week; totals as 0). */
function weeklyHours(line: LineCtx): number {
  const l = line.line
  const conv = informalHoursPerUnit(l.unit)
  const hoursPerUnit = conv ? conv.num / conv.den : 0
  if (l.frequency === 'week') return l.volume * hoursPerUnit
  if (l.frequency === 'month') return (l.volume * hoursPerUnit * 12) / 52
  return 0
}

/**
 * Household step: every carer's load with its findings, and the ids of persons (carers who are
 * household members) who are overloaded.
 */
export function applyCarerLoad(
  ctx: EngineContext,
  tables: CostTables,
): { carers: CarerResult[]; overloadedPersonIds: Set<string>; minorCarerLimits: MinorCarerLimits } {
  const { months, lines } = ctx
  const M = months.length
  const allowed = tables.allowed
  // The thresholds in force in each month (dated parameters are selected per month, not at the start).
  const thresholdsAt = months.map((m) => valueAt(MANTELZORG_THRESHOLDS, m.firstDay))
  const thresholds = thresholdsAt[0] as MantelzorgThresholds
  const carers: CarerResult[] = []
  const overloadedPersonIds = new Set<string>()
  const minorCarerLimits: MinorCarerLimits = new Map()
  const hoursByMonth = new Float64Array(M)
  const intensiveCarers: { carerId: string; caresFor: string[]; month: string }[] = []
  const monthAt = (mi: number): string => (months[Math.max(0, mi)] as MonthInfo).month
  for (const carer of ctx.carers) {
    // The lines this carer gives, in line order, with their weekly hours.
    const given: { li: number; hours: number }[] = []
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li] as LineCtx
      if (line.line.carerId !== carer.id) continue
      if (!(line.informal || line.line.deliveryForm === 'pgb-netwerk')) continue
      given.push({ li, hours: weeklyHours(line) })
    }
    let peak = 0
    let run = 0
    let bestRun = 0
    let runStart = -1
    let bestRunStart = -1
    let firstActive = -1
    let firstOverCapacity = -1
    for (let mi = 0; mi < M; mi++) {
      const m = months[mi] as MonthInfo
      let hours = 0
      for (const g of given) {
        const days = allowed[g.li * M + mi] ?? 0
        if (days === 0) continue
        hours += (g.hours * days) / m.days
      }
      hours = roundToDecimals(hours, 2)
      hoursByMonth[mi] = hours
      if (hours > peak) peak = hours
      if (hours > 0 && firstActive < 0) firstActive = mi
      if (hours > carer.capacityHoursPerWeek && firstOverCapacity < 0) firstOverCapacity = mi
      if (hours >= (thresholdsAt[mi] as MantelzorgThresholds).intensiveHoursPerWeek) {
        if (run === 0) runStart = mi
        run++
        if (run > bestRun) {
          bestRun = run
          bestRunStart = runStart
        }
      } else run = 0
    }
    const load = {
      peak,
      bestRun,
      bestRunMonth: monthAt(bestRunStart),
      firstActiveMonth: monthAt(firstActive),
      firstOverCapacityMonth: monthAt(firstOverCapacity),
    }
    const result: CarerResult = {
      carerId: carer.id,
      hoursPerWeek: peak,
      capacityHoursPerWeek: carer.capacityHoursPerWeek,
      intensive: false,
      overloaded: false,
    }
    carers.push(result)
    result.intensive = applyIntensive(
      ctx,
      carer,
      load,
      thresholdsAt[Math.max(0, bestRunStart)] as MantelzorgThresholds,
    )
    if (result.intensive)
      intensiveCarers.push({ carerId: carer.id, caresFor: carer.caresFor, month: load.bestRunMonth })
    result.overloaded = applyOverload(
      ctx,
      carer,
      load,
      thresholdsAt[
        Math.max(0, firstOverCapacity >= 0 ? firstOverCapacity : firstActive)
      ] as MantelzorgThresholds,
    )
    if (result.overloaded && carer.personId) overloadedPersonIds.add(carer.personId)
    applyYoungCarer(ctx, tables, carer, given, minorCarerLimits)
    applyHoursAboveToday(ctx, carer, hoursByMonth, thresholdsAt)
  }
  if (ctx.carers.length > 0) {
    const e = entryAt(MANTELZORG_THRESHOLDS, ctx.scenario.startDate)
    addTrace(ctx, rule, {
      inputs: { carers: carers.map((c) => ({ ...c })) },
      parameters: [
        { key: 'intensiveHoursPerWeek', value: thresholds.intensiveHoursPerWeek, source: e.source },
        { key: 'intensiveMinMonths', value: thresholds.intensiveMinMonths, source: e.source },
        { key: 'overloadBurdenScore', value: thresholds.overloadBurdenScore, source: e.source },
      ],
      outcome: `${intensiveCarers.length} intensive, ${carers.filter((c) => c.overloaded).length} overloaded`,
    })
  }
  applyRespiteRecommended(ctx, intensiveCarers)
  return { carers, overloadedPersonIds, minorCarerLimits }
}
