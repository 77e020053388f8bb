/**
 * The checks a field-by-field schema cannot make: unique ids, references between collections, end
 * dates after start dates, volume bounds that depend on unit and frequency, ordering of dated series.
 *
 * Each check takes `unknown` and is defensive: `parseCaseFile` runs them on the raw JSON even when the
 * schema already failed elsewhere (zod skips refinements of an object once any part of it failed), so a
 * file with a bad date *and* a dangling `personId` reports both. The schemas run the same checks as
 * refinements, so the data layer gets them on every single write too.
 */
import { DELIVERY_FORMS, FREQUENCIES, UNITS } from './enums'
import type { CaseFileErrorCode, CaseFileErrorParams, PathSegment } from './errors'
import { isCalendarDate, isIsoDateTime } from './calendar'
import { getProvision } from '../catalogue/provisions'
import { addDays, addMonthsToYearMonth, yearMonthOf, yearOf } from '../domain/dates'
import { FIRST_SUPPORTED_DATE } from '../parameters/supported-period'

type ConsistencyIssue = { path: PathSegment[]; code: CaseFileErrorCode; params: CaseFileErrorParams }
export type Report = (issue: ConsistencyIssue) => void

type Unit = (typeof UNITS)[number]
type Frequency = (typeof FREQUENCIES)[number]

/**
 * The most of a unit a line can sensibly hold per period: a week has 168 hours, 21 dagdelen (3 a day)
 * and 7 etmalen; a month at most 31 days; `total` covers the longest horizon (120 months, 3,660 days).
 * Pieces and euros get generous caps that still keep every product with a rate a safe integer.
 */
export const CASE_FILE_MAX_VOLUME: Record<Unit, Record<Frequency, number>> = {
  minute: { week: 168 * 60, month: 31 * 24 * 60, total: 3_660 * 24 * 60 },
  hour: { week: 168, month: 31 * 24, total: 3_660 * 24 },
  dagdeel: { week: 21, month: 31 * 3, total: 3_660 * 3 },
  etmaal: { week: 7, month: 31, total: 3_660 },
  piece: { week: 1_000, month: 1_000, total: 100_000 },
  euro: { week: 1_000_000, month: 1_000_000, total: 10_000_000 },
}

/** Delivery forms whose hours someone from the network gives: the line must name that carer. */
export const CARER_DELIVERY_FORMS: readonly string[] = ['mantelzorg', 'pgb-netwerk', 'volunteer']

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
}

/** Reports every id that occurs more than once (at the second and later occurrences). */
function checkUniqueIds(items: unknown[], at: PathSegment[], report: Report): Set<string> {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    const id = text(field(item, 'id'))
    if (id === undefined) return
    if (seen.has(id)) report({ path: [...at, i, 'id'], code: 'duplicateId', params: { id } })
    seen.add(id)
  })
  return seen
}

function checkEndAfterStart(
  value: unknown,
  startKey: string,
  endKey: string,
  at: PathSegment[],
  report: Report,
): void {
  const start = field(value, startKey)
  const end = field(value, endKey)
  if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
    report({ path: [...at, endKey], code: 'endBeforeStart', params: { start } })
  }
}

export function checkLine(line: unknown, at: PathSegment[], report: Report): void {
  checkEndAfterStart(line, 'startDate', 'endDate', at, report)
  // A line the catalogue does not know cannot be costed or checked against any law: the engine
  // refuses the whole scenario, so such a file must be refused before it is stored.
  const provisionId = field(line, 'provisionId')
  if (typeof provisionId === 'string' && provisionId !== '' && !getProvision(provisionId)) {
    report({ path: [...at, 'provisionId'], code: 'unknownProvision', params: { id: provisionId } })
  }
  const deliveryForm = field(line, 'deliveryForm')
  const carerId = field(line, 'carerId')
  if (isOneOf(DELIVERY_FORMS, deliveryForm) && CARER_DELIVERY_FORMS.includes(deliveryForm)) {
    if (typeof carerId !== 'string' || carerId === '') {
      report({ path: [...at, 'carerId'], code: 'carerRequired', params: { deliveryForm } })
    }
  }
  const unit = field(line, 'unit')
  const frequency = field(line, 'frequency')
  const volume = field(line, 'volume')
  if (isOneOf(UNITS, unit) && isOneOf(FREQUENCIES, frequency) && typeof volume === 'number') {
    const maximum = CASE_FILE_MAX_VOLUME[unit][frequency]
    if (volume > maximum)
      report({ path: [...at, 'volume'], code: 'volumeTooBig', params: { maximum, unit, frequency } })
  }
}

export function checkZrmAssessment(zrm: unknown, at: PathSegment[], report: Report): void {
  const current = field(zrm, 'assessedOn')
  let previous: string | undefined
  list(field(zrm, 'history')).forEach((entry, i) => {
    const on = field(entry, 'assessedOn')
    if (!isCalendarDate(on)) return
    const afterCurrent = isCalendarDate(current) && on >= current
    if ((previous !== undefined && on < previous) || afterCurrent) {
      report({ path: [...at, 'history', i, 'assessedOn'], code: 'historyOrder', params: {} })
    }
    previous = on
  })
}

/**
 * A date about a person that lies before their birth (`beforeBirth`, naming the field): a Wlz
 * indication or a ZRM assessment cannot precede the person it is about — most likely a typo in a year.
 */
export function checkNotBeforeBirth(
  birthDate: unknown,
  date: unknown,
  field: 'wlzIndication' | 'zrmAssessment' | 'zrmHistory' | 'scenarioWlzIndication',
  path: PathSegment[],
  report: Report,
): void {
  if (isCalendarDate(birthDate) && isCalendarDate(date) && date < birthDate)
    report({ path, code: 'beforeBirth', params: { field, birthDate } })
}

/** A member's own dates against their birth date: the Wlz indication and every ZRM assessment. */
export function checkPersonDates(person: unknown, at: PathSegment[], report: Report): void {
  const birthDate = field(person, 'birthDate')
  const wlz = field(person, 'wlzIndication')
  checkNotBeforeBirth(
    birthDate,
    field(wlz, 'from'),
    'wlzIndication',
    [...at, 'wlzIndication', 'from'],
    report,
  )
  const zrm = field(person, 'zrm')
  checkNotBeforeBirth(
    birthDate,
    field(zrm, 'assessedOn'),
    'zrmAssessment',
    [...at, 'zrm', 'assessedOn'],
    report,
  )
  list(field(zrm, 'history')).forEach((entry, i) =>
    checkNotBeforeBirth(
      birthDate,
      field(entry, 'assessedOn'),
      'zrmHistory',
      [...at, 'zrm', 'history', i, 'assessedOn'],
      report,
    ),
  )
}

const SINGLE_ROLES = ['client', 'partner'] as const

/**
 * Checks within a household: ids, carers' references to members, one client and one partner at most.
 * (Each member's ZRM assessment has its own check, run by its schema.)
 */
export function checkHousehold(household: unknown, at: PathSegment[], report: Report): void {
  const members = list(field(household, 'members'))
  const carers = list(field(household, 'carers'))
  const memberIds = checkUniqueIds(members, [...at, 'members'], report)
  checkUniqueIds(carers, [...at, 'carers'], report)

  const roleCount = new Map<string, number>()
  members.forEach((member, i) => {
    const role = field(member, 'role')
    if (isOneOf(SINGLE_ROLES, role)) {
      const count = (roleCount.get(role) ?? 0) + 1
      roleCount.set(role, count)
      if (count > 1)
        report({ path: [...at, 'members', i, 'role'], code: 'tooManyOfRole', params: { role, maximum: 1 } })
    }
  })

  carers.forEach((carer, i) => {
    list(field(carer, 'caresFor')).forEach((id, j) => {
      if (typeof id === 'string' && !memberIds.has(id)) {
        report({ path: [...at, 'carers', i, 'caresFor', j], code: 'unknownPerson', params: { id } })
      }
    })
    const personId = field(carer, 'personId')
    if (typeof personId === 'string' && !memberIds.has(personId)) {
      report({ path: [...at, 'carers', i, 'personId'], code: 'unknownPerson', params: { id: personId } })
    }
  })
}

/**
 * Checks within a scenario: line ids, deviations that name a line of this scenario. (Each line's own
 * checks are `checkLine`, run by the line schema.)
 */
export function checkScenario(scenario: unknown, at: PathSegment[], report: Report): void {
  // Before the first supported date the AWBZ, Wmo (2007) and WWB applied, which Maatwerk does not
  // model: refused here as the engine refuses it (`beforeSupported`), so no such scenario is stored.
  const startDate = field(scenario, 'startDate')
  if (isCalendarDate(startDate) && startDate < FIRST_SUPPORTED_DATE)
    report({
      path: [...at, 'startDate'],
      code: 'beforeSupported',
      params: { firstYear: yearOf(FIRST_SUPPORTED_DATE) },
    })
  const lines = list(field(scenario, 'lines'))
  const lineIds = checkUniqueIds(lines, [...at, 'lines'], report)
  list(field(scenario, 'deviations')).forEach((deviation, i) => {
    const lineId = field(deviation, 'lineId')
    if (typeof lineId === 'string' && !lineIds.has(lineId)) {
      report({ path: [...at, 'deviations', i, 'lineId'], code: 'unknownLine', params: { id: lineId } })
    }
  })
}

/**
 * Checks a scenario's references into its household: every line's person and carer, every income
 * change's, deviation's and assumed Wlz indication's person.
 */
export function checkScenarioReferences(
  scenario: unknown,
  household: unknown,
  at: PathSegment[],
  report: Report,
): void {
  const memberIds = new Set(list(field(household, 'members')).map((m) => text(field(m, 'id'))))
  const carerIds = new Set(list(field(household, 'carers')).map((c) => text(field(c, 'id'))))
  const person = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string' && !memberIds.has(value)) {
      report({ path, code: 'unknownPerson', params: { id: value } })
    }
  }
  list(field(scenario, 'lines')).forEach((line, i) => {
    person(field(line, 'personId'), [...at, 'lines', i, 'personId'])
    const carerId = field(line, 'carerId')
    if (typeof carerId === 'string' && carerId !== '' && !carerIds.has(carerId)) {
      report({ path: [...at, 'lines', i, 'carerId'], code: 'unknownCarer', params: { id: carerId } })
    }
  })
  list(field(scenario, 'incomeChanges')).forEach((change, i) =>
    person(field(change, 'personId'), [...at, 'incomeChanges', i, 'personId']),
  )
  list(field(scenario, 'deviations')).forEach((deviation, i) =>
    person(field(deviation, 'personId'), [...at, 'deviations', i, 'personId']),
  )
  const birthDates = new Map(
    list(field(household, 'members')).map((m) => [text(field(m, 'id')), field(m, 'birthDate')]),
  )
  list(field(scenario, 'wlzIndications')).forEach((indication, i) => {
    const personId = field(indication, 'personId')
    person(personId, [...at, 'wlzIndications', i, 'personId'])
    if (typeof personId === 'string')
      checkNotBeforeBirth(
        birthDates.get(personId),
        field(indication, 'from'),
        'scenarioWlzIndication',
        [...at, 'wlzIndications', i, 'from'],
        report,
      )
  })
}

/** Checks the do-nothing selection's references into the household: each risk's carer. */
function checkDoNothingReferences(
  selection: unknown,
  household: unknown,
  at: PathSegment[],
  report: Report,
): void {
  const carerIds = new Set(list(field(household, 'carers')).map((c) => text(field(c, 'id'))))
  list(field(selection, 'risks')).forEach((risk, i) => {
    const carerId = field(risk, 'carerId')
    if (typeof carerId === 'string' && carerId !== '' && !carerIds.has(carerId)) {
      report({ path: [...at, 'risks', i, 'carerId'], code: 'unknownCarer', params: { id: carerId } })
    }
  })
}

/** The last month ('YYYY-MM') a scenario computes, or undefined when its start or horizon is invalid. */
function lastScenarioMonth(scenario: unknown): string | undefined {
  const start = field(scenario, 'startDate')
  const horizon = field(scenario, 'horizonMonths')
  if (!isCalendarDate(start) || typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1)
    return undefined
  return addMonthsToYearMonth(yearMonthOf(start), horizon - 1)
}

/** Each birth date in the file (members, and carers who are not members), with its path. */
function birthDates(file: unknown): { path: PathSegment[]; date: string }[] {
  const household = field(file, 'household')
  const out: { path: PathSegment[]; date: string }[] = []
  for (const key of ['members', 'carers'] as const)
    list(field(household, key)).forEach((person, i) => {
      const date = field(person, 'birthDate')
      if (isCalendarDate(date)) out.push({ path: ['household', key, i, 'birthDate'], date })
    })
  return out
}

/**
 * A pseudonymised file has its birth dates coarsened to 1 July of the year (pseudonymise.ts): there
 * only the year can be compared.
 */
function isPseudonymised(file: unknown): boolean {
  return field(field(file, 'origin'), 'pseudonymised') === true
}

/**
 * Birth dates that lie in the future. `parseCaseFile` has no clock (shared/ never reads one), so the
 * file's own evidence is used: a birth after the day the file was exported (`origin.exportedAt`, a UTC
 * moment: one day of slack for the time zone), or after the last month of every scenario — such a
 * person exists in no month the engine computes, which the engine would silently count as a member
 * from the first month (most likely a typo in the year). A caller that knows today's date passes it
 * to `parseCaseFile` (checkBornAfterToday). A baby born during a scenario's horizon stays valid:
 * the app allows a scenario to start before a birth it records.
 */
function checkBirthDatesInFile(file: unknown, report: Report): void {
  const coarse = isPseudonymised(file)
  const exportedAt = text(field(field(file, 'origin'), 'exportedAt'))
  const exportDay =
    exportedAt !== undefined && isIsoDateTime(exportedAt) ? addDays(exportedAt.slice(0, 10), 1) : undefined
  let lastMonth: string | undefined
  let scenarioCount = 0
  for (const scenario of list(field(file, 'scenarios'))) {
    const month = lastScenarioMonth(scenario)
    if (month === undefined) continue
    scenarioCount += 1
    if (lastMonth === undefined || month > lastMonth) lastMonth = month
  }
  for (const { path, date } of birthDates(file)) {
    if (exportDay !== undefined && (coarse ? date.slice(0, 4) > exportDay.slice(0, 4) : date > exportDay)) {
      report({ path, code: 'bornInFuture', params: { date: exportDay } })
      continue
    }
    if (scenarioCount > 0 && lastMonth !== undefined) {
      const after = coarse ? date.slice(0, 4) > lastMonth.slice(0, 4) : date.slice(0, 7) > lastMonth
      if (after) report({ path, code: 'bornAfterScenarios', params: { month: lastMonth } })
    }
  }
}

/** Birth dates after `today` (an IsoDate the caller knows; one day of slack is not needed here). */
export function checkBornAfterToday(file: unknown, today: string, report: Report): void {
  if (!isCalendarDate(today)) return
  const coarse = isPseudonymised(file)
  for (const { path, date } of birthDates(file)) {
    if (coarse ? date.slice(0, 4) > today.slice(0, 4) : date > today)
      report({ path, code: 'bornInFuture', params: { date: today } })
  }
}

/**
 * Checks across the whole file: scenario ids, every scenario's references into the household, the
 * do-nothing selection's, and birth dates against the file's scenarios and export moment.
 */
export function checkCaseFileReferences(file: unknown, report: Report): void {
  const household = field(file, 'household')
  const scenarios = list(field(file, 'scenarios'))
  checkUniqueIds(scenarios, ['scenarios'], report)
  scenarios.forEach((scenario, i) => checkScenarioReferences(scenario, household, ['scenarios', i], report))
  checkDoNothingReferences(field(file, 'doNothing'), household, ['doNothing'], report)
  checkBirthDatesInFile(file, report)
}

/** Every consistency check of a case file, for the raw JSON (see the file comment). */
export function checkCaseFile(file: unknown, report: Report): void {
  const household = field(file, 'household')
  checkHousehold(household, ['household'], report)
  list(field(household, 'members')).forEach((member, i) => {
    const zrm = field(member, 'zrm')
    if (isRecord(zrm)) checkZrmAssessment(zrm, ['household', 'members', i, 'zrm'], report)
    checkPersonDates(member, ['household', 'members', i], report)
  })
  list(field(file, 'scenarios')).forEach((scenario, i) => {
    checkScenario(scenario, ['scenarios', i], report)
    list(field(scenario, 'lines')).forEach((line, j) => checkLine(line, ['scenarios', i, 'lines', j], report))
  })
  checkCaseFileReferences(file, report)
}

// ---------------------------------------------------------------------------------------------
// Municipality profile

/** Dated series: `from` strictly ascending. */
export function checkSeries(series: unknown, at: PathSegment[], report: Report): void {
  let previous: string | undefined
  list(series).forEach((entry, i) => {
    const from = field(entry, 'from')
    if (!isCalendarDate(from)) return
    if (previous !== undefined && from <= previous) {
      report({ path: [...at, i, 'from'], code: 'seriesOrder', params: {} })
    }
    previous = from
  })
}

/** Tariffs: `to` not before `from`; no two entries for one provision and form overlap in time. */
export function checkTariffs(tariffs: unknown, at: PathSegment[], report: Report): void {
  const entries = list(tariffs)
  const OPEN_END = '9999-12-31'
  entries.forEach((entry, i) => {
    checkEndAfterStart(entry, 'from', 'to', [...at, i], report)
    const provisionId = text(field(entry, 'provisionId'))
    const deliveryForm = text(field(entry, 'deliveryForm'))
    const from = field(entry, 'from')
    if (provisionId === undefined || deliveryForm === undefined || !isCalendarDate(from)) return
    const to = field(entry, 'to')
    const end = isCalendarDate(to) ? to : OPEN_END
    for (let j = 0; j < i; j += 1) {
      const other = entries[j]
      if (text(field(other, 'provisionId')) !== provisionId) continue
      if (text(field(other, 'deliveryForm')) !== deliveryForm) continue
      const otherFrom = field(other, 'from')
      if (!isCalendarDate(otherFrom)) continue
      const otherTo = field(other, 'to')
      const otherEnd = isCalendarDate(otherTo) ? otherTo : OPEN_END
      if (from <= otherEnd && otherFrom <= end) {
        report({ path: [...at, i], code: 'overlappingTariff', params: { provisionId, deliveryForm } })
        break
      }
    }
  })
}

/** Tariffs and budgets of a profile (each dated series has its own check, run by its schema). */
export function checkMunicipalityConfig(config: unknown, report: Report): void {
  checkTariffs(field(config, 'tariffs'), ['tariffs'], report)
  const seen = new Set<string>()
  list(field(config, 'budgets')).forEach((budget, i) => {
    const year = field(budget, 'year')
    const line = field(budget, 'line')
    if (typeof year !== 'number' || typeof line !== 'string') return
    const key = `${year}/${line}`
    if (seen.has(key)) report({ path: ['budgets', i], code: 'duplicateBudget', params: { year, line } })
    seen.add(key)
  })
}
