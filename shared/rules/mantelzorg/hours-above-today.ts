/**
 * mantelzorg.hours-above-today — a scenario that asks more hours a week of a carer than the carer
 * gives today (recorded on the carer: hoursGivenTodayPerWeek). Mantelzorg can be counted only as far
 * as it is offered (it is voluntary: CRvB 11-01-2017, ECLI:NL:CRVB:2017:17). The onderzoek is held
 * "waar mogelijk met de mantelzorger" (Wmo 2015 art. 2.3.2 lid 1) and establishes "de mogelijkheden
 * om met mantelzorg ... te komen tot verbetering van zijn zelfredzaamheid" (lid 4 sub c). The consultant has to
 * check the carer's willingness before relying on the extra hours. Warning per carer, in the first
 * month above today's hours; when the extra hours take the carer to the intensive threshold
 * (MANTELZORG_THRESHOLDS, in force that month) from below it, the message says so. Left out: a carer
 * without recorded hours today (older files) gets no finding; consent is mantelzorg-voluntary's.
 */
import type { Carer } from '../../domain/types'
import type { MonthInfo } from '../../domain/dates'
import { roundToDecimals } from '../../domain/money'
import { entryAt } from '../../parameters/series'
import { MANTELZORG_THRESHOLDS, type MantelzorgThresholds } from '../../parameters/mantelzorg'
import { addFinding, addTrace, type EngineContext } from '../../context/engine-context'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.hours-above-today',
  law: 'informal',
  severity: 'warning',
  legalBasis: {
    law: 'Wmo 2015',
    article: '2.3.2 lid 1 en 4 sub c',
    url: articleUrl(WMO_URL, '2.3.2'),
    verified: true,
  },
  messageKey: 'findings.mantelzorg.hours-above-today',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A scenario asks more hours a week of a carer than the carer gives today.',
}

/**
 * Carer step: `hoursByMonth` are the carer's weekly hours in each month of the scenario (as the carer
 * load counts them) and `thresholdsAt` the mantelzorg thresholds in force in each month.
 */
export function applyHoursAboveToday(
  ctx: EngineContext,
  carer: Carer,
  hoursByMonth: Float64Array,
  thresholdsAt: readonly MantelzorgThresholds[],
): void {
  const today = carer.hoursGivenTodayPerWeek
  if (today == null) return
  let first = -1
  let peak = 0
  for (let mi = 0; mi < hoursByMonth.length; mi++) {
    const hours = hoursByMonth[mi] ?? 0
    if (hours <= today) continue
    if (first < 0) first = mi
    if (hours > peak) peak = hours
  }
  if (first < 0) return
  const m = ctx.months[first] as MonthInfo
  const threshold = (thresholdsAt[first] as MantelzorgThresholds).intensiveHoursPerWeek
  const becomesIntensive = today < threshold && peak >= threshold
  addFinding(
    ctx,
    rule,
    { carerId: carer.id, month: m.month },
    {
      carerName: carer.name,
      hoursPerWeek: peak,
      todayHoursPerWeek: today,
      extraHoursPerWeek: roundToDecimals(peak - today, 2),
      thresholdHours: threshold,
    },
    becomesIntensive ? { messageKey: 'findings.mantelzorg.hours-above-today-intensive' } : {},
  )
  addTrace(ctx, rule, {
    inputs: { carerId: carer.id, hoursGivenTodayPerWeek: today, peakHoursPerWeek: peak },
    parameters: [
      {
        key: 'intensiveHoursPerWeek',
        value: threshold,
        source: entryAt(MANTELZORG_THRESHOLDS, m.firstDay).source,
      },
    ],
    outcome: `${roundToDecimals(peak - today, 2)} h/week above today from ${m.month}${becomesIntensive ? ', becomes intensive' : ''}`,
  })
}
