/**
 * Builds the evaluation context once per evaluateScenario: persons with their birthday, age and AOW
 * day numbers, lines with provision and interval, and each person's age and income per month — what
 * the month walk would otherwise recompute per month, unit and member. Expects validated input.
 */
import type { EvaluateInput, Income } from '../domain/types'
import {
  ageOnFirstOfMonth,
  dateOfAge,
  dayNumber,
  listMonths,
  requireIsoDateParts,
  type MonthInfo,
} from '../domain/dates'
import { getProvision, type ProvisionDefinition } from '../catalogue/provisions'
import { DEFAULT_MUNICIPALITY } from '../municipality/voorbeeldgemeente'
import { aowDate } from '../parameters/aow'
import { valueAt } from '../parameters/series'
import { JEUGDWET_AGES } from '../parameters/mantelzorg'
import type { EngineContext, LineCtx, PersonCtx } from './engine-context'

const INF = Number.POSITIVE_INFINITY

export function buildContext(input: EvaluateInput): EngineContext {
  const { household, scenario } = input
  const municipality = input.municipality ?? DEFAULT_MUNICIPALITY
  const months = listMonths(scenario.startDate, scenario.horizonMonths)
  const lastMonth = months[months.length - 1] as MonthInfo
  const changes = [...(scenario.incomeChanges ?? [])].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  )
  // Ages from dated parameters, in force on the scenario's start.
  const jw = valueAt(JEUGDWET_AGES, scenario.startDate)
  const persons: PersonCtx[] = household.members.map((person, index) => {
    const aow = aowDate(person.birthDate)
    return {
      person,
      id: person.id,
      index,
      livesIn: person.livesIn !== false,
      birthDay: dayNumber(person.birthDate),
      day18: dayNumber(dateOfAge(person.birthDate, jw.majority)),
      day23: dayNumber(dateOfAge(person.birthDate, jw.continuationMaxAge)),
      aowDay: dayNumber(aow),
      aowDate: aow,
      wlzFromDay: Math.min(
        person.wlzIndication ? dayNumber(person.wlzIndication.from) : INF,
        ...(scenario.wlzIndications ?? [])
          .filter((w) => w.personId === person.id)
          .map((w) => dayNumber(w.from)),
      ),
      incomeChanges: changes
        .filter((c) => c.personId === person.id)
        .map((change) => ({ day: dayNumber(change.from), change })),
    }
  })
  const personById = new Map(persons.map((p) => [p.id, p]))
  const carerById = new Map(household.carers.map((c) => [c.id, c]))
  const lines: LineCtx[] = scenario.lines.map((line, index) => {
    const provision = getProvision(line.provisionId) as ProvisionDefinition // validated before
    const form = line.deliveryForm
    return {
      line,
      index,
      provision,
      person: personById.get(line.personId) as PersonCtx, // validated before
      carer: line.carerId != null ? (carerById.get(line.carerId) ?? null) : null,
      startDay: dayNumber(line.startDate),
      endDay: line.endDate != null ? dayNumber(line.endDate) : INF,
      informal:
        provision.law === 'informal' || form === 'mantelzorg' || (form === 'volunteer' && !provision.general),
      blocks: [],
      blocked: false,
      gebruikelijkeHulpDeduction: 0,
      gebruikelijkeHulpFromDay: INF,
      gebruikelijkeHulpByMonth: null,
      rates: [],
      rateSource: '',
    }
  })
  const deviations = new Map<string, string>()
  for (const d of scenario.deviations ?? []) {
    const key = d.lineId ?? d.personId ?? '*'
    deviations.set(`${d.ruleId}|${key}`, d.reason)
  }
  const { ages, incomes } = personTables(persons, months)
  return {
    household,
    scenario,
    municipality,
    months,
    horizonStartDay: dayNumber(scenario.startDate),
    horizonEndDay: lastMonth.lastDayNumber,
    indexationPercentPerYear:
      scenario.assumptions?.indexationPercentPerYear ?? municipality.indexationPercentPerYear,
    persons,
    personById,
    lines,
    carers: household.carers,
    findings: [],
    trace: [],
    monthly: [],
    deviations,
    amountsUnavailable: new Map(),
    majorityAge: jw.majority,
    ages,
    incomes,
  }
}

/**
 * Age on each month's first day (integer arithmetic; a birthday on the 1st counts) and the income in
 * force in each month (the last change starting on or before the month's last day).
 */
function personTables(persons: PersonCtx[], months: MonthInfo[]): { ages: Int32Array; incomes: Income[] } {
  const M = months.length
  const ages = new Int32Array(persons.length * M)
  const incomes = new Array<Income>(persons.length * M)
  for (const p of persons) {
    const birth = requireIsoDateParts(p.person.birthDate)
    let income: Income = p.person.income
    let next = 0
    for (let mi = 0; mi < M; mi++) {
      const m = months[mi] as MonthInfo
      ages[p.index * M + mi] = ageOnFirstOfMonth(birth, m.year, m.monthNumber)
      while (next < p.incomeChanges.length) {
        const c = p.incomeChanges[next] as PersonCtx['incomeChanges'][number]
        if (c.day > m.lastDayNumber) break
        income = c.change
        next++
      }
      incomes[p.index * M + mi] = income
    }
  }
  return { ages, incomes }
}
