/**
 * Shapes the side-by-side comparison of two to five scenarios: a table of cost per payer per year
 * with deltas against the baseline (the first scenario), and per scenario the findings, carer load,
 * respite, uncovered needs, transitions and deviations. Informal hours are kept apart from cash.
 */
import type {
  CentsInput,
  Finding,
  Household,
  Payer,
  Scenario,
  ScenarioResult,
  YearMonth,
} from '../domain/types'
import { countDeviations, findDeviation } from './deviations'
import { groupFindings, type FindingGroup } from './finding-groups'
import { isActiveInMonth } from './months'
import { yearMonthOf } from '../domain/dates'
import { grossCareCents, municipalNetPerMonthCents } from './money-figures'
import { CASH_PAYERS, MUNICIPAL_PAYERS, cashCents, municipalCents, sumPayers } from './payers'
import { firstNeedMonthIndex, needAssessmentByMonth } from '../rules/coverage/unmet-need'

export const MIN_COMPARED = 2
export const MAX_COMPARED = 5

/** Row keys of the comparison table: one per payer plus subtotals. */
type ComparisonRowKey = Payer | 'municipal-total' | 'gross-care' | 'cash-total'

export type ComparisonRow = {
  key: ComparisonRowKey
  /** 'informal' rows are valued hours, never added to cash. */
  kind: 'payer' | 'subtotal' | 'informal'
  /** Per scenario, in the order given. */
  values: CentsInput[]
  /** Per scenario: value − baseline value (the baseline's own delta is 0). */
  deltas: CentsInput[]
}

export type ComparisonTable = {
  /** 'total' for the whole horizon, else 'YYYY'. */
  period: string
  rows: ComparisonRow[]
}

const ROW_ORDER: { key: ComparisonRowKey; kind: ComparisonRow['kind'] }[] = [
  ...MUNICIPAL_PAYERS.map((p) => ({ key: p, kind: 'payer' as const })),
  { key: 'municipal-total', kind: 'subtotal' },
  ...CASH_PAYERS.filter((p) => !MUNICIPAL_PAYERS.includes(p)).map((p) => ({
    key: p,
    kind: 'payer' as const,
  })),
  { key: 'gross-care', kind: 'subtotal' },
  { key: 'cash-total', kind: 'subtotal' },
  { key: 'informal', kind: 'informal' },
]

function rowValue(byPayer: Partial<Record<Payer, CentsInput>>, key: ComparisonRowKey): CentsInput {
  if (key === 'municipal-total') return municipalCents(byPayer)
  if (key === 'cash-total') return cashCents(byPayer)
  if (key === 'gross-care') return grossCareCents(byPayer)
  return byPayer[key] ?? 0
}

/** The years that occur in any of the results, ascending. */
function comparisonYears(results: readonly ScenarioResult[]): string[] {
  const years = new Set<string>()
  for (const r of results) for (const y of Object.keys(r.totalsByYear)) years.add(y)
  return [...years].sort()
}

/** One table per period: the whole horizon first, then each year. */
export function buildComparisonTables(results: readonly ScenarioResult[]): ComparisonTable[] {
  const periods = ['total', ...comparisonYears(results)]
  return periods.map((period) => {
    const byPayerPerScenario = results.map((r) =>
      period === 'total'
        ? r.totalByPayer
        : (r.totalsByYear[period] ?? ({} as Partial<Record<Payer, CentsInput>>)),
    )
    const rows = ROW_ORDER.map(({ key, kind }) => {
      const values = byPayerPerScenario.map((bp) => rowValue(bp, key))
      const base = values[0] ?? 0
      return { key, kind, values, deltas: values.map((v) => v - base) }
    })
    return { period, rows }
  })
}

type CarerSummary = {
  carerId: string
  name: string
  hoursPerWeek: number
  capacityHoursPerWeek: number
  intensive: boolean
  overloaded: boolean
}

type FindingWithDeviation = { finding: Finding; deviated: boolean; months: YearMonth[] }

export type ScenarioSummary = {
  scenarioId: string
  name: string
  chosen: boolean
  municipalCents: CentsInput
  cashCents: CentsInput
  informalCents: CentsInput
  /** Unpaid hours per week in the first month (mantelzorg and volunteers). */
  informalHoursPerWeek: number
  /** Average municipal cost per month over the horizon. */
  municipalPerMonthCents: CentsInput
  blocking: FindingWithDeviation[]
  warnings: FindingWithDeviation[]
  carers: CarerSummary[]
  respiteLineCount: number
  uncovered: { personId: string; personName: string; domain: string; score: number }[]
  transitions: {
    month: YearMonth
    months: YearMonth[]
    ruleId: string
    finding: Finding
    personId?: string
    lineId?: string
  }[]
  deviationCount: number
  /** Municipal cost over the horizon minus the baseline's. */
  municipalDeltaCents: CentsInput
}

/** Informal hours per week of a scenario in a month (mantelzorg and volunteer lines in hours or minutes a week). */
function informalHoursPerWeek(scenario: Scenario, month: YearMonth): number {
  let hours = 0
  for (const line of scenario.lines) {
    if (line.deliveryForm !== 'mantelzorg' && line.deliveryForm !== 'volunteer') continue
    if (!isActiveInMonth(month, line.startDate, line.endDate)) continue
    hours += weeklyHours(line.volume, line.unit, line.frequency)
  }
  return hours
}

/** Hours a week represented by a volume; units that are not time count as zero. */
export function weeklyHours(volume: number, unit: string, frequency: string): number {
  const hours = unit === 'hour' ? volume : unit === 'minute' ? volume / 60 : 0
  if (frequency === 'week') return hours
  if (frequency === 'month') return (hours * 12) / 52
  return 0
}

const TRANSITION_RULE = /transition/
/**
 * The coverage results the engine reports as an unmet need (coverage.unmet-need, docs/architecture.md#rules):
 * not covered, and scored at or below the need threshold in force in some month of the result's
 * horizon. The threshold is read per month with the engine's own helper, so a threshold that changes
 * on 1 July counts from July here exactly as in the engine's finding.
 */
export function unmetNeeds(result: ScenarioResult): ScenarioResult['coverage'] {
  const byMonth = needAssessmentByMonth(result.monthly.map((m) => m.month))
  return result.coverage.filter((c) => !c.covered && firstNeedMonthIndex(c.score, byMonth) >= 0)
}

export function summariseScenarios(
  household: Household,
  scenarios: readonly Scenario[],
  results: readonly ScenarioResult[],
  isRespiteProvision: (provisionId: string) => boolean,
): ScenarioSummary[] {
  const baseMunicipal = results[0] ? municipalCents(results[0].totalByPayer) : 0
  const personName = (id: string) => household.members.find((m) => m.id === id)?.name ?? id
  return scenarios.map((scenario, i) => {
    const r = results[i]
    if (!r) throw new Error(`summariseScenarios: no result for scenario ${scenario.id}`)
    const municipal = municipalCents(r.totalByPayer)
    const tag = (g: FindingGroup): FindingWithDeviation => ({
      finding: g.finding,
      deviated: Boolean(findDeviation(scenario, g.finding)),
      months: g.months,
    })
    return {
      scenarioId: scenario.id,
      name: scenario.name,
      chosen: Boolean(scenario.chosen),
      municipalCents: municipal,
      cashCents: sumPayers(r.totalByPayer, CASH_PAYERS),
      informalCents: r.totalByPayer.informal ?? 0,
      informalHoursPerWeek: informalHoursPerWeek(scenario, yearMonthOf(scenario.startDate)),
      municipalPerMonthCents: municipalNetPerMonthCents(r),
      blocking: groupFindings(r.findings.filter((f) => f.severity === 'blocking')).map(tag),
      warnings: groupFindings(r.findings.filter((f) => f.severity === 'warning')).map(tag),
      carers: r.carers.map((c) => ({
        ...c,
        name: household.carers.find((k) => k.id === c.carerId)?.name ?? c.carerId,
      })),
      respiteLineCount: scenario.lines.filter((l) => isRespiteProvision(l.provisionId)).length,
      uncovered: unmetNeeds(r).map((c) => ({
        personId: c.personId,
        personName: personName(c.personId),
        domain: c.domain,
        score: c.score,
      })),
      transitions: groupFindings(r.findings.filter((f) => TRANSITION_RULE.test(f.ruleId) && f.month)).map(
        ({ finding: f, months }) => ({
          month: f.month as YearMonth,
          months,
          ruleId: f.ruleId,
          finding: f,
          ...(f.personId ? { personId: f.personId } : {}),
          ...(f.lineId ? { lineId: f.lineId } : {}),
        }),
      ),
      deviationCount: countDeviations(scenario),
      municipalDeltaCents: municipal - baseMunicipal,
    }
  })
}

/**
 * Monthly findings repeat per month; the comparison lists each (rule, line, person, carer) once,
 * keeping the first month it occurs.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const f of findings) {
    const key = `${f.ruleId}|${f.lineId ?? ''}|${f.personId ?? ''}|${f.carerId ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(f)
  }
  return out
}
