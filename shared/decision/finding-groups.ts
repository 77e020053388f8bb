/**
 * One finding, shown once. Monthly rules repeat a finding in every month it holds and line rules
 * repeat it for every line (a child turning 18 with three youth lines gives three identical
 * warnings); every screen and the plan list it once, with the months and lines it concerns.
 */
import type { Finding, YearMonth } from '../domain/types'
import { addMonthsToYearMonth } from '../domain/dates'

export type FindingGroup = {
  /** The first occurrence (its month is the earliest). */
  finding: Finding
  /** Every month in which it holds, ascending, without repeats (empty when undated). */
  months: YearMonth[]
  /** Every line it concerns, in first-seen order (empty when about no line). */
  lineIds: string[]
}

const SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 } as const

/** Params that only say when: they vary per month without changing what the finding says. */
const TIME_PARAMS = new Set(['month'])

function groupKey(f: Finding): string {
  const params = Object.entries(f.params)
    .filter(([k]) => !TIME_PARAMS.has(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')
  // A deviation is recorded per line, so a blocking finding stays apart per line.
  const line = f.severity === 'blocking' ? (f.lineId ?? '') : ''
  return [f.ruleId, f.messageKey, f.severity, f.personId ?? '', f.carerId ?? '', line, params].join('|')
}

/** Groups repeats across months and lines; most severe first, then by first month, then by rule. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { finding: Finding; months: Set<YearMonth>; lineIds: string[] }>()
  for (const f of findings) {
    const key = groupKey(f)
    let group = groups.get(key)
    if (!group) {
      group = { finding: f, months: new Set(), lineIds: [] }
      groups.set(key, group)
    } else if (f.month && (!group.finding.month || f.month < group.finding.month)) {
      group.finding = f
    }
    if (f.month) group.months.add(f.month)
    if (f.lineId && !group.lineIds.includes(f.lineId)) group.lineIds.push(f.lineId)
  }
  return [...groups.values()]
    .map((g) => ({ finding: g.finding, months: [...g.months].sort(), lineIds: g.lineIds }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        (a.months[0] ?? '').localeCompare(b.months[0] ?? '') ||
        a.finding.ruleId.localeCompare(b.finding.ruleId),
    )
}

/** Consecutive months collapsed into periods: ['2026-01','2026-02','2026-05'] → [['2026-01','2026-02'],['2026-05','2026-05']]. */
export function monthPeriods(months: readonly YearMonth[]): [YearMonth, YearMonth][] {
  const out: [YearMonth, YearMonth][] = []
  for (const m of [...months].sort()) {
    const last = out[out.length - 1]
    if (last && nextMonth(last[1]) === m) last[1] = m
    else out.push([m, m])
  }
  return out
}

function nextMonth(month: YearMonth): YearMonth {
  return addMonthsToYearMonth(month, 1)
}
