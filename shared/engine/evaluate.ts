/**
 * evaluateScenario — the month walk of docs/architecture.md#time. Order of work:
 *  1. validate the input (invariant errors, never partial results);
 *  2. precompute persons (birthdays, AOW date, Wlz start) and lines (provision, interval, carer);
 *  3. run the line rules, which record findings and blocked periods;
 *  4. compute allowed days per line and month, then carer load (needed by gebruikelijke hulp);
 *  5. cost every line per month (exact, rounded half-up once per line per month);
 *  6. per month: bijstand per benefit unit, then the eigen bijdrage per household;
 *  7. totals, carers, coverage, household rules, invariant checks.
 */
import type {
  Cents,
  CarerResult,
  Dated,
  CoverageResult,
  EvaluateInput,
  IncomeKind,
  LineResult,
  MonthResult,
  Payer,
  ScenarioResult,
  Series,
  TraceEntry,
  ZrmDomain,
} from '../domain/types'
import { PAYERS } from '../domain/types'
import {
  addMonthsToYearMonth,
  addYearsMonths,
  dateFromDayNumber,
  dateOfAge,
  ageOnFirstOfMonth,
  dayNumber,
  isIsoDate,
  listMonths,
  monthsBetween,
  requireIsoDateParts,
  yearMonthOf,
  yearOf,
  type MonthInfo,
} from '../domain/dates'
import {
  divideRoundHalfUp,
  indexCents,
  roundHalfUp,
  roundNumber,
  roundToDecimals,
  splitEvenly,
} from '../domain/money'
import { HOURS_PER_DAGDEEL, getProvision, type ProvisionDefinition } from '../catalogue/provisions'
import { DEFAULT_MUNICIPALITY } from '../municipality/voorbeeldgemeente'
import { tariffEntriesFor, tariffFor } from '../municipality/tariffs'
import { aowDate } from '../parameters/aow'
import { entryAt, lastKnownYear, moneyAt, valueAt } from '../parameters/series'
import { ABONNEMENTSTARIEF } from '../parameters/wmo'
import {
  BESCHERMD_WONEN_BIJDRAGE,
  WLZ_EIGEN_BIJDRAGE,
  type IntramuralContributionParams,
} from '../parameters/wlz'
import { WML_PER_HOUR } from '../parameters/wml'
import { NEED_ASSESSMENT } from '../parameters/assessment'
import { INKOMSTENVRIJLATING, KOSTENDELERSNORM, PARTICIPATIEWET_AGES } from '../parameters/participatiewet'
import { JEUGDWET_AGES, MANTELZORG_THRESHOLDS } from '../parameters/mantelzorg'
import { addFinding, monthOfDay, type EngineContext, type LineCtx, type PersonCtx } from './context'
import { ENGINE_MESSAGES, fail } from './messages'
import { applyClientAge } from '../rules/wmo/client-age'
import { applyWmoWlzVoorliggend } from '../rules/wmo/wlz-voorliggend'
import { applyZvwVoorliggend } from '../rules/wmo/zvw-voorliggend'
import { applyGebruikelijkeHulp, careRecipients } from '../rules/wmo/gebruikelijke-hulp'
import {
  applyOpvangContribution,
  beschermdWonenRule,
  cakUnitKey,
  eigenBijdrageForMonth,
  isCouplePartnerBelowAow,
  MAIN_UNIT,
  rule as ebRule,
  samenloopRule,
  eigendomRule,
  type EigenBijdrageStatus,
} from '../rules/wmo/eigen-bijdrage'
import {
  intramuralContribution,
  lageReason,
  rule as wlzEbRule,
  type IntramuralContribution,
  type LageReason,
} from '../rules/wlz/eigen-bijdrage'
import { applyPgbTariffCap } from '../rules/wmo/pgb-tariff-cap'
import { applyMantelzorgVoluntary } from '../rules/wmo/mantelzorg-voluntary'
import { applyAlgemeneVoorzieningFirst } from '../rules/wmo/algemene-voorziening-first'
import { applyProcedureDeadlines } from '../rules/wmo/procedure-deadlines'
import { applyJeugdwetAge } from '../rules/jeugdwet/age'
import { applyJeugdWlzVoorliggend } from '../rules/jeugdwet/wlz-voorliggend'
import { applyTurns18 } from '../rules/jeugdwet/turns-18-transition'
import { applyNoParentalContribution } from '../rules/jeugdwet/no-parental-contribution'
import { applyRespiteForParents } from '../rules/jeugdwet/respite-for-parents'
import { applyParticipatiewetAge, rule as pwAgeRule } from '../rules/participatiewet/age'
import {
  addAioSvb,
  addAowTransitionBijstand,
  applyAowTransitionLine,
} from '../rules/participatiewet/aow-transition'
import { aioNorm, bijstandNorm, rule as normRule } from '../rules/participatiewet/bijstand-norm'
import { inkomstenvrijlating, rule as vrijlatingRule } from '../rules/participatiewet/inkomstenvrijlating'
import { applyWlzIndicationLikely } from '../rules/wlz/indication-likely'
import { applyWlzCareAtHome } from '../rules/wlz/care-at-home'
import { applyBijzondereBijstand } from '../rules/participatiewet/bijzondere-bijstand'
import { rule as intensiveRule } from '../rules/mantelzorg/intensive'
import { rule as overloadRule } from '../rules/mantelzorg/overload'
import { rule as respiteRule } from '../rules/mantelzorg/respite-recommended'
import { rule as unmetNeedRule } from '../rules/coverage/unmet-need'
import { LINE_COSTING_KEYS, rule as costingRule } from '../rules/engine/line-costing'

const INF = Number.POSITIVE_INFINITY

export function emptyByPayer(): Record<Payer, Cents> {
  return {
    'gemeente-wmo': 0,
    'gemeente-jeugd': 0,
    'gemeente-participatie': 0,
    'gemeente-bijstand': 0,
    svb: 0,
    wlz: 0,
    zvw: 0,
    client: 0,
    informal: 0,
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

function isNonNegativeInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

function validate(input: EvaluateInput): void {
  const { household, scenario } = input
  if (!isIsoDate(scenario.startDate)) fail(ENGINE_MESSAGES.badStartDate, String(scenario.startDate))
  if (
    !Number.isSafeInteger(scenario.horizonMonths) ||
    scenario.horizonMonths < 1 ||
    scenario.horizonMonths > 600
  ) {
    fail(ENGINE_MESSAGES.badHorizon, String(scenario.horizonMonths))
  }
  const idx = scenario.assumptions?.indexationPercentPerYear
  if (idx !== undefined && (!Number.isFinite(idx) || idx < -50 || idx > 100))
    fail(ENGINE_MESSAGES.badIndexation, String(idx))
  const shadow = scenario.assumptions?.informalHourValueCents
  if (shadow !== undefined && !isNonNegativeInt(shadow)) fail(ENGINE_MESSAGES.badShadowPrice, String(shadow))
  if (household.members.length === 0) fail(ENGINE_MESSAGES.noMembers, household.id)
  const ids = new Set<string>()
  for (const m of household.members) {
    if (ids.has(m.id)) fail(ENGINE_MESSAGES.duplicatePerson, m.id)
    ids.add(m.id)
    if (!isIsoDate(m.birthDate)) fail(ENGINE_MESSAGES.badBirthDate, `${m.id} ${String(m.birthDate)}`)
    if (m.wlzIndication && !isIsoDate(m.wlzIndication.from)) fail(ENGINE_MESSAGES.badWlzDate, m.id)
    if (!isNonNegativeInt(m.income.netMonthlyCents)) fail(ENGINE_MESSAGES.badIncome, m.id)
  }
  const carerIds = new Set(household.carers.map((c) => c.id))
  const lineIds = new Set<string>()
  for (const l of scenario.lines) {
    if (lineIds.has(l.id)) fail(ENGINE_MESSAGES.duplicateLine, l.id)
    lineIds.add(l.id)
    if (!ids.has(l.personId)) fail(ENGINE_MESSAGES.unknownPerson, `${l.id} → ${l.personId}`)
    if (l.carerId != null && !carerIds.has(l.carerId))
      fail(ENGINE_MESSAGES.unknownCarer, `${l.id} → ${l.carerId}`)
    if (!getProvision(l.provisionId)) fail(ENGINE_MESSAGES.unknownProvision, `${l.id} → ${l.provisionId}`)
    if (typeof l.volume !== 'number' || !Number.isFinite(l.volume) || l.volume < 0)
      fail(ENGINE_MESSAGES.badVolume, `${l.id} ${String(l.volume)}`)
    if (l.rateCents != null && !isNonNegativeInt(l.rateCents))
      fail(ENGINE_MESSAGES.badRate, `${l.id} ${String(l.rateCents)}`)
    if (
      !isIsoDate(l.startDate) ||
      (l.endDate != null && (!isIsoDate(l.endDate) || l.endDate < l.startDate))
    ) {
      fail(ENGINE_MESSAGES.badLineDates, l.id)
    }
  }
  for (const w of scenario.wlzIndications ?? []) {
    if (!ids.has(w.personId) || !isIsoDate(w.from))
      fail(ENGINE_MESSAGES.badWlzDate, `${w.personId} ${String(w.from)}`)
  }
  for (const c of scenario.incomeChanges ?? []) {
    if (!ids.has(c.personId) || !isIsoDate(c.from) || !isNonNegativeInt(c.netMonthlyCents)) {
      fail(ENGINE_MESSAGES.badIncomeChange, `${c.personId} ${String(c.from)}`)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Context

function buildContext(input: EvaluateInput): EngineContext {
  const { household, scenario } = input
  const municipality = input.municipality ?? DEFAULT_MUNICIPALITY
  const months = listMonths(scenario.startDate, scenario.horizonMonths)
  const lastMonth = months[months.length - 1] as MonthInfo
  const changes = [...(scenario.incomeChanges ?? [])].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  )
  // Ages from dated parameters, in force on the scenario's start.
  const jw = valueAt(JEUGDWET_AGES, scenario.startDate)
  const pw = valueAt(PARTICIPATIEWET_AGES, scenario.startDate)
  const persons: PersonCtx[] = household.members.map((person) => {
    const aow = aowDate(person.birthDate)
    return {
      person,
      id: person.id,
      livesIn: person.livesIn !== false,
      birthDay: dayNumber(person.birthDate),
      day18: dayNumber(dateOfAge(person.birthDate, jw.majority)),
      day21: dayNumber(dateOfAge(person.birthDate, pw.regularNormAge)),
      day23: dayNumber(dateOfAge(person.birthDate, jw.continuationMaxAge)),
      day27: dayNumber(dateOfAge(person.birthDate, pw.studentExclusionBelowAge)),
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
    const provision = getProvision(line.provisionId) as ProvisionDefinition // validated above
    const form = line.deliveryForm
    return {
      line,
      index,
      provision,
      person: personById.get(line.personId) as PersonCtx, // validated above
      carer: line.carerId != null ? (carerById.get(line.carerId) ?? null) : null,
      startDay: dayNumber(line.startDate),
      endDay: line.endDate != null ? dayNumber(line.endDate) : INF,
      informal:
        provision.law === 'informal' || form === 'mantelzorg' || (form === 'volunteer' && !provision.general),
      blocks: [],
      blocked: false,
      gebruikelijkeHulpDeduction: 0,
      gebruikelijkeHulpFromDay: INF,
      rates: [],
      rateSource: '',
    }
  })
  const deviations = new Map<string, string>()
  for (const d of scenario.deviations ?? []) {
    const key = d.lineId ?? d.personId ?? '*'
    deviations.set(`${d.ruleId}|${key}`, d.reason)
  }
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
  }
}

// ---------------------------------------------------------------------------------------------
// Allowed days

/** Days of `m` on which the line runs and no rule blocks it. */
function allowedDaysIn(ctx: EngineContext, line: LineCtx, m: MonthInfo): number {
  const a = Math.max(line.startDay, m.firstDayNumber, ctx.horizonStartDay)
  const b = Math.min(line.endDay, m.lastDayNumber)
  if (b < a) return 0
  const blocks = line.blocks
  if (blocks.length === 0) return b - a + 1
  // Union of the blocked parts within [a, b] (blocks are few: sort a small copy).
  const parts: [number, number][] = []
  for (const blk of blocks) {
    const f = Math.max(a, blk.fromDay)
    const t = Math.min(b, blk.toDay)
    if (t >= f) parts.push([f, t])
  }
  if (parts.length === 0) return b - a + 1
  parts.sort((x, y) => x[0] - y[0])
  let blocked = 0
  let curF = parts[0]?.[0] ?? 0
  let curT = parts[0]?.[1] ?? -1
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as [number, number]
    if (p[0] <= curT + 1) curT = Math.max(curT, p[1])
    else {
      blocked += curT - curF + 1
      curF = p[0]
      curT = p[1]
    }
  }
  blocked += curT - curF + 1
  return b - a + 1 - blocked
}

/** Days of `m` on which the line runs at all (ignoring blocks). */
function activeDaysIn(ctx: EngineContext, line: LineCtx, m: MonthInfo): number {
  const a = Math.max(line.startDay, m.firstDayNumber, ctx.horizonStartDay)
  const b = Math.min(line.endDay, m.lastDayNumber)
  return b < a ? 0 : b - a + 1
}

// ---------------------------------------------------------------------------------------------
// Units and rates

/** Conversion of the line's unit to the provision's: volume × num / den; null when not convertible. */
function unitConversion(lineUnit: string, provUnit: string): { num: number; den: number } | null {
  if (lineUnit === provUnit) return { num: 1, den: 1 }
  if (lineUnit === 'minute' && provUnit === 'hour') return { num: 1, den: 60 }
  if (lineUnit === 'hour' && provUnit === 'minute') return { num: 60, den: 1 }
  return null
}

/** Hours represented by one unit of an informal line. */
function informalHoursPerUnit(unit: string): { num: number; den: number } | null {
  switch (unit) {
    case 'hour':
      return { num: 1, den: 1 }
    case 'minute':
      return { num: 1, den: 60 }
    case 'dagdeel':
      return { num: HOURS_PER_DAGDEEL, den: 1 }
    case 'etmaal':
      return { num: 24, den: 1 }
    default:
      return null
  }
}

type RatePlan = {
  /** Rate in cents per (converted) unit for each month, or null when the line cannot be costed. */
  rates: Int32Array | null
  num: number
  den: number
  source: string
  firstRate: number
  indexedYears: number
}

type ShadowPrices = { rates: Int32Array; source: string; indexedYears: number }

/** The shadow price of an informal hour per month: the scenario's, or the WML per hour (dated). */
function shadowPrices(ctx: EngineContext): ShadowPrices {
  const months = ctx.months
  const rates = new Int32Array(months.length)
  const shadow = ctx.scenario.assumptions?.informalHourValueCents
  if (shadow !== undefined) {
    rates.fill(shadow)
    return { rates, source: 'scenario assumption informalHourValueCents', indexedYears: 0 }
  }
  let source = ''
  let indexedYears = 0
  for (let i = 0; i < months.length; i++) {
    const v = moneyAt(WML_PER_HOUR, (months[i] as MonthInfo).firstDay, ctx.indexationPercentPerYear)
    rates[i] = v.value
    source = v.entry.source
    indexedYears = Math.max(indexedYears, v.indexedYears)
  }
  return { rates, source, indexedYears }
}

const NOT_COSTABLE = (source: string): RatePlan => ({
  rates: null,
  num: 1,
  den: 1,
  source,
  firstRate: 0,
  indexedYears: 0,
})

function planRates(ctx: EngineContext, line: LineCtx, shadow: ShadowPrices): RatePlan {
  const { line: l, provision } = line
  const months = ctx.months
  const rates = new Int32Array(months.length)
  if (line.informal) {
    const conv = informalHoursPerUnit(l.unit)
    if (!conv) return NOT_COSTABLE(LINE_COSTING_KEYS.unitMismatch)
    const first = shadow.rates[0] ?? 0
    return {
      rates: shadow.rates,
      num: conv.num,
      den: conv.den,
      source: shadow.source,
      firstRate: first,
      indexedYears: shadow.indexedYears,
    }
  }
  if (!provision.deliveryForms.includes(l.deliveryForm)) {
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.formNotAllowed,
      firstRate: 0,
      indexedYears: 0,
    }
  }
  if (provision.euroAmount || l.unit === 'euro') {
    if (l.unit !== 'euro')
      return {
        rates: null,
        num: 1,
        den: 1,
        source: LINE_COSTING_KEYS.unitMismatch,
        firstRate: 0,
        indexedYears: 0,
      }
    rates.fill(100)
    return { rates, num: 1, den: 1, source: 'euro amount', firstRate: 100, indexedYears: 0 }
  }
  const conv = unitConversion(l.unit, provision.unit)
  if (!conv)
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.unitMismatch,
      firstRate: 0,
      indexedYears: 0,
    }
  if (l.rateCents != null) {
    rates.fill(l.rateCents)
    return {
      rates,
      num: conv.num,
      den: conv.den,
      source: 'agreed rate on the line',
      firstRate: l.rateCents,
      indexedYears: 0,
    }
  }
  let source = ''
  let indexedYears = 0
  // Rates change only on 1 January (indexation) or where an entry starts or ends: look up those
  // months and carry the rate over the others.
  const boundaries = new Set<string>()
  const markBoundary = (date: string): void => {
    const month = yearMonthOf(date)
    boundaries.add(month)
    boundaries.add(addMonthsToYearMonth(month, 1))
  }
  for (const e of tariffEntriesFor(ctx.municipality, provision.id, l.deliveryForm)) {
    markBoundary(e.from)
    if (e.to) markBoundary(e.to)
  }
  if (l.deliveryForm === 'pgb-netwerk')
    for (const e of ctx.municipality.pgbNetworkHourRate) markBoundary(e.from)
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as MonthInfo
    if (i > 0 && m.monthNumber !== 1 && !boundaries.has(m.month)) {
      rates[i] = rates[i - 1] ?? 0
      continue
    }
    const t = tariffFor(
      ctx.municipality,
      provision.id,
      l.deliveryForm,
      m.firstDay,
      ctx.indexationPercentPerYear,
    )
    if (t) {
      rates[i] = t.rateCents
      if (i === 0 || source === '') source = t.entry.source
      indexedYears = Math.max(indexedYears, t.indexedYears)
      continue
    }
    if (l.deliveryForm === 'pgb-netwerk' && provision.unit === 'hour') {
      const v = moneyAt(ctx.municipality.pgbNetworkHourRate, m.firstDay, ctx.indexationPercentPerYear)
      rates[i] = v.value
      if (source === '') source = v.entry.source
      indexedYears = Math.max(indexedYears, v.indexedYears)
      continue
    }
    return {
      rates: null,
      num: 1,
      den: 1,
      source: LINE_COSTING_KEYS.missingTariff,
      firstRate: 0,
      indexedYears: 0,
    }
  }
  return { rates, num: conv.num, den: conv.den, source, firstRate: rates[0] ?? 0, indexedYears }
}

/** The pgb cap on the line's start: the ZIN tariff (pgb) or the network rate (pgb-netwerk). */
function pgbCap(ctx: EngineContext, line: LineCtx): number | null {
  const date = line.line.startDate < ctx.scenario.startDate ? ctx.scenario.startDate : line.line.startDate
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

/** Exact num/den rounded half-up; falls back to float rounding beyond the safe-integer range. */
function roundRatio(num: number, den: number): number {
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return divideRoundHalfUp(num, den)
  return roundHalfUp(num / den)
}

// ---------------------------------------------------------------------------------------------
// Income

function incomeInMonth(p: PersonCtx, m: MonthInfo): { kind: IncomeKind; netMonthlyCents: Cents } {
  let income = p.person.income
  for (const c of p.incomeChanges) {
    if (c.day <= m.lastDayNumber) income = c.change
    else break
  }
  return income
}

type BenefitUnit = {
  key: string
  members: PersonCtx[]
  candidates: PersonCtx[]
  /** A single pensioner whose recorded AOW stays below the AIO norm: only the SVB's AIO applies. */
  aioOnly?: boolean
}

function benefitUnits(ctx: EngineContext): BenefitUnit[] {
  const units = new Map<string, BenefitUnit>()
  // A spouse who lives in an inrichting stays a spouse for the norm (art. 23 lid 3 Pw).
  const inInstitution = (p: PersonCtx): boolean =>
    ctx.lines.some((l) => l.person === p && l.provision.institutional && !l.informal)
  const client = ctx.persons.find((p) => p.person.role === 'client' && (p.livesIn || inInstitution(p)))
  const partner = ctx.persons.find((p) => p.person.role === 'partner' && (p.livesIn || inInstitution(p)))
  for (const p of ctx.persons) {
    const onBijstand =
      p.person.income.kind === 'bijstand' || p.incomeChanges.some((c) => c.change.kind === 'bijstand')
    const inCouple = client && partner && (p === client || p === partner)
    if (!onBijstand) {
      // AIO for an alleenstaande past AOW age whose AOW is below the AIO norm (art. 47a ff. Pw).
      if (!inCouple && p.livesIn && isSingleAioCandidate(ctx, p))
        units.set(p.id, { key: p.id, members: [p], candidates: [p], aioOnly: true })
      continue
    }
    const key = inCouple ? 'couple' : p.id
    const unit = units.get(key) ?? { key, members: inCouple ? [client, partner] : [p], candidates: [] }
    unit.candidates.push(p)
    units.set(key, unit)
  }
  return [...units.values()]
}

/** A single person with AOW income below the AIO norm for singles on their AOW date or the start. */
function isSingleAioCandidate(ctx: EngineContext, p: PersonCtx): boolean {
  if (p.person.role === 'child') return false
  const aow = [
    ...(p.person.income.kind === 'aow'
      ? [{ day: ctx.horizonStartDay, cents: p.person.income.netMonthlyCents }]
      : []),
    ...p.incomeChanges
      .filter((c) => c.change.kind === 'aow')
      .map((c) => ({ day: c.day, cents: c.change.netMonthlyCents })),
  ]
  return aow.some((a) => {
    const day = Math.max(a.day, p.aowDay, ctx.horizonStartDay)
    return (
      day <= ctx.horizonEndDay &&
      a.cents < aioNorm(dateFromDayNumber(day), ctx.indexationPercentPerYear, false).cents
    )
  })
}

/** First day on which `p` is on bijstand (−Infinity: from the start). */
function bijstandFromDay(p: PersonCtx): number {
  if (p.person.income.kind === 'bijstand') return Number.NEGATIVE_INFINITY
  for (const c of p.incomeChanges) if (c.change.kind === 'bijstand') return c.day
  return INF
}

// ---------------------------------------------------------------------------------------------

export function evaluateScenario(input: EvaluateInput): ScenarioResult {
  validate(input)
  const ctx = buildContext(input)
  const { months, lines } = ctx
  const M = months.length

  // 3. Line rules that record findings and blocked periods.
  for (const line of lines) {
    applyMantelzorgVoluntary(ctx, line)
    applyClientAge(ctx, line)
    applyWmoWlzVoorliggend(ctx, line)
    applyZvwVoorliggend(ctx, line)
    applyPgbTariffCap(ctx, line, pgbCap(ctx, line))
    applyAlgemeneVoorzieningFirst(ctx, line)
    applyJeugdwetAge(ctx, line)
    applyJeugdWlzVoorliggend(ctx, line)
    applyTurns18(ctx, line)
    applyParticipatiewetAge(ctx, line)
    applyAowTransitionLine(ctx, line)
    applyOpvangContribution(ctx, line)
    applyBijzondereBijstand(ctx, line)
    applyWlzCareAtHome(ctx, line)
  }

  // Rates (a line that cannot be costed is blocked with a finding).
  const shadow = shadowPrices(ctx)
  const plans = lines.map((line) => {
    const plan = planRates(ctx, line, shadow)
    if (!plan.rates) {
      line.blocked = true
      addFinding(
        ctx,
        costingRule,
        { lineId: line.line.id, personId: line.person.id },
        {
          provisionId: line.provision.id,
          deliveryForm: line.line.deliveryForm,
          unit: line.line.unit,
        },
        { messageKey: plan.source },
      )
    }
    return plan
  })

  // 4. Allowed days per line and month (flat array: line-major).
  const allowed = new Int32Array(lines.length * M)
  const active = new Int32Array(lines.length * M)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as LineCtx
    const costable = plans[li]?.rates != null
    for (let mi = 0; mi < M; mi++) {
      const m = months[mi] as MonthInfo
      active[li * M + mi] = activeDaysIn(ctx, line, m)
      allowed[li * M + mi] = costable ? allowedDaysIn(ctx, line, m) : 0
    }
  }

  // Carer load: weekly hours per month of the lines a carer gives.
  const thresholds = valueAt(MANTELZORG_THRESHOLDS, ctx.scenario.startDate)
  const carerResults: CarerResult[] = []
  const overloadedPersonIds = new Set<string>()
  const intensiveCarers: { carerId: string; caresFor: string[]; month: string }[] = []
  for (const carer of ctx.carers) {
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
      for (let li = 0; li < lines.length; li++) {
        const line = lines[li] as LineCtx
        if (line.line.carerId !== carer.id) continue
        const days =
          line.informal || line.line.deliveryForm === 'pgb-netwerk'
            ? ctx.scenario.lines[li]
              ? (allowed[li * M + mi] ?? 0)
              : 0
            : 0
        if (days === 0) continue
        hours += (weeklyHours(line) * days) / m.days
      }
      hours = roundToDecimals(hours, 2)
      if (hours > peak) peak = hours
      if (hours > 0 && firstActive < 0) firstActive = mi
      if (hours > carer.capacityHoursPerWeek && firstOverCapacity < 0) firstOverCapacity = mi
      if (hours >= thresholds.intensiveHoursPerWeek) {
        if (run === 0) runStart = mi
        run++
        if (run > bestRun) {
          bestRun = run
          bestRunStart = runStart
        }
      } else run = 0
    }
    const monthAt = (mi: number): string => (months[Math.max(0, mi)] as MonthInfo).month
    const intensive = bestRun >= thresholds.intensiveMinMonths
    const burden = carer.burdenScore ?? null
    const overCapacity = peak > carer.capacityHoursPerWeek
    const overBurden = burden !== null && burden >= thresholds.overloadBurdenScore
    const overloaded = peak > 0 && (overCapacity || overBurden)
    carerResults.push({
      carerId: carer.id,
      hoursPerWeek: peak,
      capacityHoursPerWeek: carer.capacityHoursPerWeek,
      intensive,
      overloaded,
    })
    if (overloaded && carer.personId) overloadedPersonIds.add(carer.personId)
    if (intensive) {
      intensiveCarers.push({ carerId: carer.id, caresFor: carer.caresFor, month: monthAt(bestRunStart) })
      addFinding(
        ctx,
        intensiveRule,
        { carerId: carer.id, month: monthAt(bestRunStart) },
        {
          carerName: carer.name,
          hoursPerWeek: peak,
          months: bestRun,
          thresholdHours: thresholds.intensiveHoursPerWeek,
        },
      )
    }
    if (overloaded) {
      addFinding(
        ctx,
        overloadRule,
        { carerId: carer.id, month: monthAt(overCapacity ? firstOverCapacity : firstActive) },
        {
          carerName: carer.name,
          hoursPerWeek: peak,
          capacityHoursPerWeek: carer.capacityHoursPerWeek,
          burdenScore: burden ?? '–',
          threshold: thresholds.overloadBurdenScore,
          reason: overCapacity && overBurden ? 'both' : overCapacity ? 'capacity' : 'burden',
        },
      )
    }
  }
  if (ctx.carers.length > 0) {
    const e = entryAt(MANTELZORG_THRESHOLDS, ctx.scenario.startDate)
    ctx.trace.push({
      ruleId: intensiveRule.id,
      inputs: { carers: carerResults.map((c) => ({ ...c })) },
      parameters: [
        { key: 'intensiveHoursPerWeek', value: thresholds.intensiveHoursPerWeek, source: e.source },
        { key: 'intensiveMinMonths', value: thresholds.intensiveMinMonths, source: e.source },
        { key: 'overloadBurdenScore', value: thresholds.overloadBurdenScore, source: e.source },
      ],
      outcome: `${intensiveCarers.length} intensive, ${carerResults.filter((c) => c.overloaded).length} overloaded`,
    })
  }
  for (const ic of intensiveCarers) {
    const hasRespite = lines.some(
      (l) => l.provision.respite && ic.caresFor.includes(l.person.id) && !l.blocked,
    )
    if (!hasRespite) {
      const carer = ctx.carers.find((c) => c.id === ic.carerId)
      addFinding(ctx, respiteRule, { carerId: ic.carerId, month: ic.month }, { carerName: carer?.name ?? '' })
    }
  }

  // Gebruikelijke hulp needs the carer load (an overloaded partner justifies help).
  const recipients = careRecipients(ctx)
  for (const line of lines) applyGebruikelijkeHulp(ctx, line, recipients, overloadedPersonIds)

  // 5. Cost every line per month.
  const cost = new Float64Array(lines.length * M)
  const lineTotals = new Array<number>(lines.length).fill(0)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as LineCtx
    const plan = plans[li] as RatePlan
    if (!plan.rates) continue
    const l = line.line
    const volMilli = roundNumber(l.volume * 1000)
    const dedMilli = roundNumber(line.gebruikelijkeHulpDeduction * 1000 * (l.unit === 'minute' ? 60 : 1))
    const base = li * M
    if (line.provision.oneOff && !line.informal) {
      // One-off items fall in their start month (when it is in the horizon and allowed).
      for (let mi = 0; mi < M; mi++) {
        const m = months[mi] as MonthInfo
        if (line.startDay < m.firstDayNumber || line.startDay > m.lastDayNumber) continue
        if ((allowed[base + mi] ?? 0) === 0) break
        const c = roundRatio(volMilli * plan.num * (plan.rates[mi] ?? 0), 1000 * plan.den)
        cost[base + mi] = c
        lineTotals[li] = c
        break
      }
      continue
    }
    if (l.frequency === 'total') {
      // Spread the volume evenly over the line's calendar months — from its start month to its end
      // month (open-ended: to the end of the horizon) — and cost the months inside the horizon.
      const startYm = l.startDate.slice(0, 7)
      const lastYm = (months[M - 1] as MonthInfo).month
      const endYm = l.endDate != null ? l.endDate.slice(0, 7) : lastYm
      const n = monthsBetween(startYm, endYm) + 1
      if (n <= 0) continue
      const shares = splitEvenly(volMilli, n)
      const offset = monthsBetween(startYm, (months[0] as MonthInfo).month)
      let total = 0
      for (let mi = 0; mi < M; mi++) {
        const k = offset + mi
        if (k < 0 || k >= n) continue
        const days = allowed[base + mi] ?? 0
        if (days === 0) continue
        const c = roundRatio(
          (shares[k] ?? 0) * plan.num * (plan.rates[mi] ?? 0) * days,
          1000 * plan.den * (active[base + mi] ?? 1),
        )
        cost[base + mi] = c
        total += c
      }
      lineTotals[li] = total
      continue
    }
    let total = 0
    for (let mi = 0; mi < M; mi++) {
      const days = allowed[base + mi] ?? 0
      if (days === 0) continue
      const m = months[mi] as MonthInfo
      let v = volMilli
      if (dedMilli > 0 && l.frequency === 'week' && m.firstDayNumber >= line.gebruikelijkeHulpFromDay)
        v = Math.max(0, v - dedMilli)
      const per = l.frequency === 'week' ? 7 : m.days
      const c = roundRatio(v * plan.num * (plan.rates[mi] ?? 0) * days, 1000 * plan.den * per)
      cost[base + mi] = c
      total += c
    }
    lineTotals[li] = total
  }

  // Trace of the line costing.
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as LineCtx
    const plan = plans[li] as RatePlan
    ctx.trace.push({
      ruleId: 'engine.line-cost',
      inputs: {
        lineId: line.line.id,
        provisionId: line.provision.id,
        deliveryForm: line.line.deliveryForm,
        volume: line.line.volume,
        unit: line.line.unit,
        frequency: line.line.frequency,
        blockedBy: [...new Set(line.blocks.map((b) => b.ruleId))],
        gebruikelijkeHulpDeductionHoursPerWeek: line.gebruikelijkeHulpDeduction,
      },
      parameters: [
        {
          key: line.informal ? 'informalHourValueCents' : 'rateCents',
          value: plan.firstRate,
          source: plan.source,
        },
        ...(plan.indexedYears > 0
          ? [
              {
                key: 'indexationPercentPerYear',
                value: ctx.indexationPercentPerYear,
                source: 'scenario assumption / municipality profile',
              },
            ]
          : []),
      ],
      outcome: `${lineTotals[li] ?? 0} cents`,
    })
  }

  // 6. Per month: bijstand per unit, then the eigen bijdrage per household.
  // Ages on the first day of each month, by integer arithmetic (a birthday on the 1st counts).
  const ageTable = ctx.persons.map((p) => {
    const birth = requireIsoDateParts(p.person.birthDate)
    return months.map((m) => ageOnFirstOfMonth(birth, m.year, m.monthNumber))
  })
  const personIndex = new Map(ctx.persons.map((p, i) => [p.id, i]))
  const ageAt = (p: PersonCtx, mi: number): number => ageTable[personIndex.get(p.id) ?? 0]?.[mi] ?? 0
  const units = benefitUnits(ctx)
  const unitState = units.map((u) => ({
    unit: u,
    memberIds: new Set(u.members.map((p) => p.id)),
    institutionalLines: lines
      .map((l, li) => (l.provision.institutional && u.members.includes(l.person) ? li : -1))
      .filter((li) => li >= 0),
    fromDay: u.aioOnly ? (u.candidates[0]?.aowDay ?? INF) : Math.min(...u.candidates.map(bijstandFromDay)),
    lastKey: '',
    /** Month index of the first month with earnings (art. 31 lid 2 sub n: six consecutive months). */
    firstEarnings: new Map<string, number>(),
    /** Month index of the first month of the single-parent exemption (sub r: 30 consecutive months). */
    firstSingleParent: new Map<string, number>(),
    aioRecorded: false,
    lastVrijlating: '',
    total: 0,
  }))
  for (const s of unitState) {
    for (const c of s.unit.candidates) {
      if (c.day18 > ctx.horizonStartDay && s.fromDay < c.day18) {
        addFinding(
          ctx,
          pwAgeRule,
          { personId: c.id, month: months[0]?.month ?? '' },
          { birthDate: c.person.birthDate, from: c.person.birthDate },
          { messageKey: 'findings.participatiewet.age-minor' },
        )
      }
      if (
        s.unit.members.length === 1 &&
        !s.unit.aioOnly &&
        c.aowDay >= ctx.horizonStartDay &&
        c.aowDay <= ctx.horizonEndDay
      )
        addAowTransitionBijstand(ctx, c.id, c.aowDate, c.aowDay)
    }
  }
  // CAK units follow the recorded relation (role), not whether the partner lives in.
  const client = ctx.persons.find((p) => p.person.role === 'client')
  const partner = ctx.persons.find((p) => p.person.role === 'partner')
  const partnersAow = client && partner ? [client.aowDay, partner.aowDay] : []
  const partnerOf = (p: PersonCtx): PersonCtx | null =>
    p === client ? (partner ?? null) : p === partner ? (client ?? null) : null
  const ebLine = lines.map(
    (l) =>
      !l.informal && !l.provision.general && l.provision.law === 'wmo' && l.provision.eigenBijdrage === true,
  )
  const wlzStates = buildWlzStates(ctx)
  const eigendomItems = buildEigendomItems(ctx, cost, M, ebLine)
  const isEigendomLine = new Uint8Array(lines.length)
  for (const it of eigendomItems) isEigendomLine[it.lineIndex] = 1
  const bwStartDay = new Map<string, number>()
  for (const l of lines)
    if (l.provision.beschermdWonen && !l.informal) {
      const key =
        l.person.person.role === 'client' || l.person.person.role === 'partner' ? MAIN_UNIT : l.person.id
      bwStartDay.set(key, Math.min(bwStartDay.get(key) ?? INF, l.startDay))
    }
  const bijstandOf = new Float64Array(ctx.persons.length)
  const incomeOf = (p: PersonCtx, m: MonthInfo): number => {
    const inc = incomeInMonth(p, m)
    return (inc.kind === 'bijstand' ? 0 : inc.netMonthlyCents) + (bijstandOf[personIndex.get(p.id) ?? 0] ?? 0)
  }
  const majority = valueAt(JEUGDWET_AGES, ctx.scenario.startDate).majority
  const hasMinorChild = (mi: number): boolean =>
    ctx.persons.some((x) => x.person.role === 'child' && ageAt(x, mi) < majority)
  const wlzStayDays = (p: PersonCtx, mi: number): number => {
    for (let li = 0; li < lines.length; li++) {
      const l = lines[li] as LineCtx
      if (l.person !== p || l.informal || l.provision.law !== 'wlz' || !l.provision.institutional) continue
      if (l.line.deliveryForm === 'pgb') continue
      if ((cost[li * M + mi] ?? 0) > 0) return allowed[li * M + mi] ?? 0
    }
    return 0
  }
  const lastEbKey = new Map<string, string>()
  const unitCost = new Map<string, { eb: number; bw: number; head: PersonCtx; items: EigendomItem[] }>()
  const unitEntry = (key: string, person: PersonCtx) => {
    let u = unitCost.get(key)
    if (!u) {
      u = { eb: 0, bw: 0, head: key === MAIN_UNIT ? (client ?? person) : person, items: [] }
      unitCost.set(key, u)
    }
    return u
  }
  const monthly: MonthResult[] = new Array<MonthResult>(M)
  let bijstandTotal = 0
  for (let mi = 0; mi < M; mi++) {
    const m = months[mi] as MonthInfo
    const byPayer = emptyByPayer()
    unitCost.clear()
    bijstandOf.fill(0)
    for (let li = 0; li < lines.length; li++) {
      const c = cost[li * M + mi] ?? 0
      if (c === 0) continue
      const line = lines[li] as LineCtx
      const payer: Payer = line.informal ? 'informal' : line.provision.payer
      byPayer[payer] += c
      if (ebLine[li]) {
        const adult = m.firstDayNumber >= line.person.day18
        if (!adult && !line.provision.eigenBijdrageForMinors) continue
        const key = cakUnitKey(line.person.id, line.person.person.role, adult)
        // Aids and adaptations in eigendom are charged through their remaining cost price below.
        if (isEigendomLine[li]) continue
        const u = unitEntry(key, line.person)
        if (line.provision.beschermdWonen) u.bw += c
        else u.eb += c
      }
    }
    // Aids and adaptations in eigendom: the unit pays the tarief while they are in use until their
    // cost price has been paid (CAK), so their remaining cost price counts as this month's Wmo cost.
    for (const it of eigendomItems) {
      if (mi < it.startIndex || mi > it.endIndex || it.paid >= it.costCents) continue
      const adult = m.firstDayNumber >= it.person.day18
      const u = unitEntry(cakUnitKey(it.person.id, it.person.person.role, adult), it.person)
      u.items.push(it)
    }

    // Bijstand.
    for (const s of unitState) {
      const u = s.unit
      const head = u.candidates[0] as PersonCtx
      const a = Math.max(m.firstDayNumber, ctx.horizonStartDay, s.fromDay, head.day18)
      // A single person's bijstand ends at AOW age; a couple's moves to the SVB (AIO, art. 47a ff.)
      // from the day the first spouse reaches it, at the AOW-age couple norm (art. 22 sub c).
      const couple = u.members.length === 2
      // A single person's moves to the SVB as AIO at the single AOW-age norm (art. 22 sub a).
      const aioFromDay = couple ? Math.min(...u.members.map((p) => p.aowDay)) : head.aowDay
      const munEnd = Math.min(m.lastDayNumber, aioFromDay - 1)
      const days = munEnd >= a ? munEnd - a + 1 : 0
      const svbStart = Math.max(a, aioFromDay)
      const svbDays = m.lastDayNumber >= svbStart ? m.lastDayNumber - svbStart + 1 : 0
      if (days === 0 && svbDays === 0) continue
      const ages = u.members.map((p) => ageAt(p, mi))
      const memberIds = s.memberIds
      const kdn = valueAt(KOSTENDELERSNORM, m.firstDay)
      let housemates = 0
      let withChildren = false
      let youngChild = false
      const vrParams = valueAt(INKOMSTENVRIJLATING, m.firstDay)
      for (const p of ctx.persons) {
        if (!p.livesIn || memberIds.has(p.id)) continue
        const age = ageAt(p, mi)
        if (age < majority) withChildren = true
        if (age < vrParams.singleParentChildMaxAge) youngChild = true
        if (age >= kdn.minHousemateAge && incomeInMonth(p, m).kind !== 'student') housemates++
      }
      const instByMember = u.members.map((p) =>
        s.institutionalLines.some((li) => lines[li]?.person === p && (allowed[li * M + mi] ?? 0) > 0),
      )
      const institution = instByMember.some(Boolean)
      // Art. 24: a spouse without a right to algemene bijstand (modelled: a student under 27, art. 13).
      const noRight = u.members.map(
        (p, k) =>
          incomeInMonth(p, m).kind === 'student' &&
          (ages[k] ?? 0) < valueAt(PARTICIPATIEWET_AGES, m.firstDay).studentExclusionBelowAge,
      )
      const oneWithoutRight = couple && noRight.filter(Boolean).length === 1
      const order = oneWithoutRight && noRight[0] ? [1, 0] : [0, 1].slice(0, u.members.length)
      const munNorm = bijstandNorm({
        date: m.firstDay,
        ages: order.map((k) => ages[k] ?? 0),
        withChildren,
        institution: order.map((k) => instByMember[k] ?? false),
        housemates27plus: ages.every((x) => x >= kdn.minRecipientAge) ? housemates : 0,
        indexationPercentPerYear: ctx.indexationPercentPerYear,
        partnerWithoutRight: oneWithoutRight,
      })
      const norm =
        svbDays > 0 && days === 0 ? aioNorm(m.firstDay, ctx.indexationPercentPerYear, couple) : munNorm
      let countable = 0
      const capIdx = Math.max(0, m.year - lastKnownYear(INKOMSTENVRIJLATING))
      const cap = roundHalfUp(vrParams.capCents * Math.pow(1 + ctx.indexationPercentPerYear / 100, capIdx))
      const spCap = roundHalfUp(
        vrParams.singleParentCapCents * Math.pow(1 + ctx.indexationPercentPerYear / 100, capIdx),
      )
      let vrijlatingNote = ''
      for (let k = 0; k < u.members.length; k++) {
        const p = u.members[k] as PersonCtx
        const inc = incomeInMonth(p, m)
        if (inc.kind === 'bijstand' || inc.kind === 'none') continue
        let exempt = 0
        if (inc.kind === 'work') {
          if (inc.netMonthlyCents > 0 && !s.firstEarnings.has(p.id)) s.firstEarnings.set(p.id, mi)
          const vr = inkomstenvrijlating({
            earningsCents: inc.netMonthlyCents,
            age: ages[k] ?? 0,
            singleParentWithYoungChild: u.members.length === 1 && youngChild,
            regularMonthsUsed: mi - (s.firstEarnings.get(p.id) ?? mi),
            singleParentMonthsUsed: mi - (s.firstSingleParent.get(p.id) ?? mi),
            params: vrParams,
            capCents: cap,
            singleParentCapCents: spCap,
          })
          exempt = vr.cents
          if (vr.kind === 'single-parent' && !s.firstSingleParent.has(p.id)) s.firstSingleParent.set(p.id, mi)
          if (vr.kind) vrijlatingNote = `${p.id}:${vr.kind}`
        }
        countable += Math.max(0, inc.netMonthlyCents - exempt)
      }
      const full = Math.max(0, munNorm.cents - countable)
      const amount = days === 0 ? 0 : days === m.days ? full : divideRoundHalfUp(full * days, m.days)
      byPayer['gemeente-bijstand'] += amount
      if (svbDays > 0) {
        const aio = aioNorm(m.firstDay, ctx.indexationPercentPerYear, couple)
        const aioFull = Math.max(0, aio.cents - countable)
        const aioAmount = svbDays === m.days ? aioFull : divideRoundHalfUp(aioFull * svbDays, m.days)
        byPayer.svb += aioAmount
        bijstandTotal += aioAmount
        s.total += aioAmount
        const hi2 = personIndex.get(head.id) ?? 0
        bijstandOf[hi2] = (bijstandOf[hi2] ?? 0) + aioAmount
        if (!s.aioRecorded && (aioAmount > 0 || !u.aioOnly)) {
          s.aioRecorded = true
          const older = u.members.find((p) => p.aowDay === aioFromDay) ?? head
          addAioSvb(
            ctx,
            older,
            m.month,
            aio.cents,
            u.members.some((p) => incomeInMonth(p, m).kind === 'aow'),
            !couple,
          )
        }
      }
      s.total += amount
      const hi = personIndex.get(head.id) ?? 0
      bijstandOf[hi] = (bijstandOf[hi] ?? 0) + amount
      bijstandTotal += amount
      const key = `${norm.key}|${norm.kostendelers}|${norm.cents}`
      if (key !== s.lastKey) {
        s.lastKey = key
        {
          addFinding(
            ctx,
            normRule,
            { personId: head.id, month: m.month },
            {
              normKey: norm.key,
              normCents: norm.cents,
              kostendelers: norm.kostendelers,
              persons: u.members.length,
              article: norm.article,
            },
            norm.base.entry.verified === false
              ? { messageKey: 'findings.participatiewet.bijstand-norm-unverified' }
              : {},
          )
          ctx.trace.push({
            ruleId: normRule.id,
            inputs: {
              unit: u.members.map((p) => p.id),
              ages,
              housemates27plus: housemates,
              withChildren,
              institution,
              month: m.month,
            },
            parameters: [
              {
                key: `bijstandNorm.${norm.key}`,
                value: norm.base.value,
                source: `${norm.base.entry.source}${norm.base.entry.verified === false ? ' (UNVERIFIED)' : ''}`,
              },
              ...(norm.kostendelers > 0
                ? [
                    {
                      key: 'kostendelersnorm',
                      value: kdn,
                      source: entryAt(KOSTENDELERSNORM, m.firstDay).source,
                    },
                  ]
                : []),
              ...(norm.base.indexedYears > 0
                ? [
                    {
                      key: 'indexationPercentPerYear',
                      value: ctx.indexationPercentPerYear,
                      source: 'scenario assumption',
                    },
                  ]
                : []),
            ],
            outcome: `norm ${norm.cents} cents per month`,
          })
        }
      }
      if (vrijlatingNote !== s.lastVrijlating) {
        if (vrijlatingNote !== '') {
          const [pid, kind] = vrijlatingNote.split(':')
          addFinding(
            ctx,
            vrijlatingRule,
            { personId: pid ?? head.id, month: m.month },
            {
              kind: kind ?? '',
              ratePercent: kind === 'single-parent' ? vrParams.singleParentRatePercent : vrParams.ratePercent,
              capCents: kind === 'single-parent' ? spCap : cap,
              months: kind === 'single-parent' ? vrParams.singleParentMonths : vrParams.months,
            },
          )
          ctx.trace.push({
            ruleId: vrijlatingRule.id,
            inputs: { personId: pid, month: m.month, kind },
            parameters: [
              {
                key: 'inkomstenvrijlating',
                value: vrParams,
                source: entryAt(INKOMSTENVRIJLATING, m.firstDay).source,
              },
            ],
            outcome: `exemption ${kind ?? ''} starts`,
          })
        }
        s.lastVrijlating = vrijlatingNote
      }
    }

    // Wlz eigen bijdrage per person with Wlz care this month (18+); it replaces the Wmo one.
    const wlzPayers = wlzStates.length > 0 ? new Set<string>() : null
    for (const w of wlzStates) {
      const p = w.person
      let care = 0
      let stay = false
      for (const li of w.lineIndexes) {
        const c = cost[li * M + mi] ?? 0
        if (c === 0) continue
        care += c
        const l = lines[li] as LineCtx
        if (l.provision.institutional && l.line.deliveryForm !== 'pgb') stay = true
      }
      if (care === 0 || m.firstDayNumber < p.day18) {
        if (w.lastKey !== '' && care === 0) w.lastKey = ''
        continue
      }
      const params = intramuralParamsAt(WLZ_EIGEN_BIJDRAGE, m.firstDay, ctx.indexationPercentPerYear)
      const prt = partnerOf(p)
      const partnerStays = prt !== null && wlzStayDays(prt, mi) > 0
      const reason = lageReason({
        withinFirstMonths: stay && m.firstDayNumber < w.lageUntilDay(params.value.lageMonths),
        partnerAtHome: prt !== null && !partnerStays,
        hasMinorChildren: prt !== null || p === client ? hasMinorChild(mi) : false,
        careAtHome: !stay,
      })
      const ownIncome = incomeOf(p, m)
      const income = reason !== null && prt !== null ? ownIncome + incomeOf(prt, m) : ownIncome
      const eb = intramuralContribution({
        regime: reason === null ? 'hoge' : 'lage',
        incomeMonthlyCents: income,
        couple: prt !== null && partnerStays,
        reachedAow: m.lastDayNumber >= p.aowDay,
        params: params.value,
      })
      const charged = Math.min(eb.cents, care)
      byPayer.wlz -= charged
      byPayer.client += charged
      wlzPayers?.add(p.id)
      const key = `${eb.regime}|${reason ?? ''}|${charged}`
      if (key !== w.lastKey) {
        recordWlzEigenBijdrage(ctx, m, p, eb, charged, reason, income, params)
        w.lastKey = key
      }
    }

    // Wmo eigen bijdrage per CAK unit.
    const tarief = moneyAt(ABONNEMENTSTARIEF, m.firstDay, ctx.indexationPercentPerYear)
    for (const [key, prev] of lastEbKey) {
      if (prev === '' || unitCost.has(key)) continue
      const head = key === MAIN_UNIT ? (client ?? ctx.persons[0]) : ctx.personById.get(key)
      if (head) recordEigenBijdrage(ctx, m, head, 'no-wmo-care', 0, tarief, null)
      lastEbKey.set(key, '')
    }
    for (const [key, u] of unitCost) {
      const main = key === MAIN_UNIT
      const members = main ? [client, partner].filter((x): x is PersonCtx => x !== undefined) : [u.head]
      const unitIncome = (): number => {
        let sum = 0
        for (const x of members) sum += incomeOf(x, m)
        return sum
      }
      let minimaCents: number | null = null
      const minima = ctx.municipality.minimaPolicy
      if (minima && minima.length > 0 && minima[0] && minima[0].from <= m.firstDay) {
        const policy = valueAt(minima, m.firstDay)
        if (policy.incomeThresholdPercent > 0) {
          const couple = main && partnersAow.length === 2
          // The social minimum: the art. 21 norm, for people past the jongerennorm ages.
          const adult = valueAt(PARTICIPATIEWET_AGES, m.firstDay).regularNormAge
          const socialMin = bijstandNorm({
            date: m.firstDay,
            ages: couple ? [adult, adult] : [adult],
            withChildren: false,
            institution: couple ? [false, false] : [false],
            housemates27plus: 0,
            indexationPercentPerYear: ctx.indexationPercentPerYear,
          }).cents
          if (unitIncome() * 100 < socialMin * policy.incomeThresholdPercent)
            minimaCents = policy.eigenBijdrageCents
        }
      }
      let bw: IntramuralContribution | null = null
      let bwParams: ReturnType<typeof intramuralParamsAt> | null = null
      if (u.bw > 0) {
        bwParams = intramuralParamsAt(BESCHERMD_WONEN_BIJDRAGE, m.firstDay, ctx.indexationPercentPerYear)
        const startDay = bwStartDay.get(key) ?? INF
        const lageUntil = dayNumber(addYearsMonths(dateFromDayNumber(startDay), 0, bwParams.value.lageMonths))
        const reason = lageReason({
          withinFirstMonths: m.firstDayNumber < lageUntil,
          partnerAtHome: main && partner !== undefined && client !== undefined,
          hasMinorChildren: main && hasMinorChild(mi),
          careAtHome: false,
        })
        bw = intramuralContribution({
          regime: reason === null ? 'hoge' : 'lage',
          incomeMonthlyCents: reason === null ? incomeOf(u.head, m) : unitIncome(),
          couple: false,
          reachedAow: m.lastDayNumber >= u.head.aowDay,
          params: bwParams.value,
        })
      }
      let itemsRemaining = 0
      for (const it of u.items) itemsRemaining += it.costCents - it.paid
      const eb = eigenBijdrageForMonth({
        ebCost: u.eb + itemsRemaining,
        bwCost: u.bw,
        tariefCents: tarief.value,
        bw,
        coupleWithPartnerBelowAow: main && isCouplePartnerBelowAow(partnersAow, m.lastDayNumber),
        wlzSamenloop: wlzPayers !== null && members.some((x) => wlzPayers.has(x.id)),
        minimaCents,
      })
      if (eb.cents > 0) {
        // The items' share is what exceeds this month's regular Wmo cost (never more than remains).
        let itemShare = Math.max(0, eb.cents - u.eb)
        const deducted = Math.min(eb.cents, byPayer['gemeente-wmo'])
        let shortfall = eb.cents - deducted
        for (const it of u.items) {
          if (itemShare === 0) break
          const part = Math.min(itemShare, it.costCents - it.paid)
          if (it.paid === 0 && part > 0) recordEigendom(ctx, m, it, tarief.value)
          it.paid += part
          itemShare -= part
          // A contribution in a month without municipal cost is income against the item's cost,
          // booked in its start month (where that cost fell) so no month goes negative.
          const carry = Math.min(shortfall, part)
          it.carry += carry
          shortfall -= carry
        }
        byPayer['gemeente-wmo'] -= deducted
        byPayer.client += eb.cents
      }
      const ebKey = `${eb.status}|${eb.cents}`
      if (ebKey !== (lastEbKey.get(key) ?? '')) {
        recordEigenBijdrage(
          ctx,
          m,
          u.head,
          eb.status,
          eb.cents,
          tarief,
          bw && bwParams ? { bw, params: bwParams } : null,
        )
      }
      lastEbKey.set(key, ebKey)
    }
    monthly[mi] = { month: m.month, byPayer }
  }
  for (const it of eigendomItems) {
    const row = monthly[it.startIndex]
    if (row && it.carry > 0) row.byPayer['gemeente-wmo'] -= it.carry
  }
  ctx.monthly = monthly

  // 7. Household rules and results.
  applyProcedureDeadlines(ctx, ctx.scenario.startDate)
  applyNoParentalContribution(ctx)
  applyRespiteForParents(ctx)
  applyWlzIndicationLikely(ctx)

  const coverage: CoverageResult[] = []
  for (const p of ctx.persons) {
    const scores = p.person.zrm?.scores
    if (!scores) continue
    const needs = valueAt(NEED_ASSESSMENT, ctx.scenario.startDate)
    for (const [domain, score] of Object.entries(scores) as [ZrmDomain, number][]) {
      const covered = lines.some((l, li) => {
        if (l.person.id !== p.id || !l.provision.domains.includes(domain)) return false
        for (let mi = 0; mi < M; mi++) if ((allowed[li * M + mi] ?? 0) > 0) return true
        return false
      })
      coverage.push({ personId: p.id, domain, score, covered })
      if (score <= needs.unmetNeedMaxScore && !covered)
        addFinding(ctx, unmetNeedRule, { personId: p.id }, { domain, score, personName: p.person.name })
    }
  }

  const lineResults: LineResult[] = lines.map((line, li) => ({
    lineId: line.line.id,
    eligible: !line.blocked,
    payer: line.informal ? 'informal' : line.provision.payer,
    totalCents: lineTotals[li] ?? 0,
  }))
  const totalByPayer = emptyByPayer()
  const totalsByYear: Record<string, Record<Payer, Cents>> = {}
  for (const row of monthly) {
    const year = String(yearOf(row.month))
    const y = (totalsByYear[year] ??= emptyByPayer())
    for (const payer of PAYERS) {
      const v = row.byPayer[payer]
      if (!Number.isSafeInteger(v)) fail(ENGINE_MESSAGES.notInteger, `${row.month} ${payer} ${String(v)}`)
      if (v < 0) fail(ENGINE_MESSAGES.negativeAmount, `${row.month} ${payer} ${v}`)
      y[payer] += v
      totalByPayer[payer] += v
    }
  }
  let payerSum = 0
  for (const payer of PAYERS) payerSum += totalByPayer[payer]
  let lineSum = 0
  for (const l of lineResults) {
    if (!Number.isSafeInteger(l.totalCents) || l.totalCents < 0)
      fail(ENGINE_MESSAGES.negativeAmount, `${l.lineId} ${l.totalCents}`)
    lineSum += l.totalCents
  }
  if (payerSum !== lineSum + bijstandTotal)
    fail(ENGINE_MESSAGES.unbalanced, `${payerSum} ≠ ${lineSum} + ${bijstandTotal}`)

  return {
    findings: ctx.findings,
    lines: lineResults,
    monthly,
    totalsByYear,
    totalByPayer,
    carers: carerResults,
    coverage,
    trace: ctx.trace,
  }
}

function weeklyHours(line: LineCtx): number {
  const l = line.line
  const conv = informalHoursPerUnit(l.unit)
  const hoursPerUnit = conv ? conv.num / conv.den : 0
  if (l.frequency === 'week') return l.volume * hoursPerUnit
  if (l.frequency === 'month') return (l.volume * hoursPerUnit * 12) / 52
  return 0
}

type EigendomItem = {
  lineIndex: number
  person: PersonCtx
  line: LineCtx
  /** The month the cost fell in, and the last month the item is in use. */
  startIndex: number
  endIndex: number
  costCents: number
  paid: number
  carry: number
}

/** Wmo aids and adaptations in eigendom (one-off, with eigen bijdrage) costed inside the horizon. */
function buildEigendomItems(
  ctx: EngineContext,
  cost: Float64Array,
  M: number,
  ebLine: boolean[],
): EigendomItem[] {
  const items: EigendomItem[] = []
  ctx.lines.forEach((l, li) => {
    if (!ebLine[li] || !l.provision.oneOff || l.informal) return
    let startIndex = -1
    for (let mi = 0; mi < M; mi++)
      if ((cost[li * M + mi] ?? 0) > 0) {
        startIndex = mi
        break
      }
    if (startIndex < 0) return
    let endIndex = M - 1
    if (Number.isFinite(l.endDay))
      for (let mi = startIndex; mi < M; mi++)
        if ((ctx.months[mi] as MonthInfo).lastDayNumber >= l.endDay) {
          endIndex = mi
          break
        }
    items.push({
      lineIndex: li,
      person: l.person,
      line: l,
      startIndex,
      endIndex,
      costCents: cost[li * M + startIndex] ?? 0,
      paid: 0,
      carry: 0,
    })
  })
  return items
}

function recordEigendom(ctx: EngineContext, m: MonthInfo, it: EigendomItem, tariefCents: number): void {
  addFinding(
    ctx,
    eigendomRule,
    { lineId: it.line.line.id, personId: it.person.id, month: m.month },
    {
      costCents: it.costCents,
      tariefCents,
      months: tariefCents > 0 ? Math.ceil(it.costCents / tariefCents) : 0,
    },
  )
}

type WlzState = {
  person: PersonCtx
  lineIndexes: number[]
  /** First day of the stay (Infinity: Wlz care at home only). */
  stayStartDay: number
  lageUntilDay: (months: number) => number
  lastKey: string
}

/** Persons with Wlz lines, with the start of their stay (for the first months at the lage bijdrage). */
function buildWlzStates(ctx: EngineContext): WlzState[] {
  const states: WlzState[] = []
  for (const p of ctx.persons) {
    const lineIndexes: number[] = []
    let stayStartDay = INF
    ctx.lines.forEach((l, li) => {
      if (l.person !== p || l.informal || l.provision.law !== 'wlz') return
      lineIndexes.push(li)
      if (l.provision.institutional && l.line.deliveryForm !== 'pgb')
        stayStartDay = Math.min(stayStartDay, l.startDay)
    })
    if (lineIndexes.length === 0) continue
    let cached = -1
    let cachedFor = -1
    states.push({
      person: p,
      lineIndexes,
      stayStartDay,
      lageUntilDay: (months) => {
        if (!Number.isFinite(stayStartDay)) return Number.NEGATIVE_INFINITY
        if (cachedFor !== months) {
          cached = dayNumber(addYearsMonths(dateFromDayNumber(stayStartDay), 0, months))
          cachedFor = months
        }
        return cached
      },
      lastKey: '',
    })
  }
  return states
}

type IntramuralParamsValue = {
  value: IntramuralContributionParams
  entry: Dated<IntramuralContributionParams>
  indexedYears: number
}

/** The lage/hoge parameters on `date`, money amounts indexed beyond the last known year. */
function intramuralParamsAt(
  series: Series<IntramuralContributionParams>,
  date: string,
  indexationPercentPerYear: number,
): IntramuralParamsValue {
  const entry = entryAt(series, date)
  const years = Math.max(0, yearOf(date) - lastKnownYear(series))
  if (years === 0) return { value: entry.value, entry, indexedYears: 0 }
  const ix = (c: number): number => indexCents(c, indexationPercentPerYear, years)
  const v = entry.value
  return {
    value: {
      ...v,
      lageMinCents: ix(v.lageMinCents),
      lageMaxCents: ix(v.lageMaxCents),
      hogeMaxCents: ix(v.hogeMaxCents),
      zakEnKleedgeldSingleYearCents: ix(v.zakEnKleedgeldSingleYearCents),
      zakEnKleedgeldCoupleYearCents: ix(v.zakEnKleedgeldCoupleYearCents),
      extraDeductionBelowAowYearCents: ix(v.extraDeductionBelowAowYearCents),
      extraDeductionAowYearCents: ix(v.extraDeductionAowYearCents),
    },
    entry,
    indexedYears: years,
  }
}

function intramuralTraceParameters(
  ctx: EngineContext,
  params: IntramuralParamsValue,
  prefix: string,
): TraceEntry['parameters'] {
  const confidence = `confidence ${params.entry.confidence}${params.entry.verified === false ? ', unverified' : ''}`
  return [
    { key: `${prefix}.params`, value: params.value, source: `${params.entry.source} (${confidence})` },
    ...(params.indexedYears > 0
      ? [
          {
            key: 'indexationPercentPerYear',
            value: ctx.indexationPercentPerYear,
            source: 'scenario assumption',
          },
        ]
      : []),
  ]
}

function recordWlzEigenBijdrage(
  ctx: EngineContext,
  m: MonthInfo,
  p: PersonCtx,
  eb: IntramuralContribution,
  charged: number,
  reason: LageReason | null,
  incomeCents: number,
  params: IntramuralParamsValue,
): void {
  addFinding(
    ctx,
    wlzEbRule,
    { personId: p.id, month: m.month },
    {
      regime: eb.regime,
      reason: reason ?? 'none',
      amountCents: charged,
      minCents: eb.minCents,
      maxCents: eb.maxCents,
      incomeCents,
      unverified: params.entry.verified === false ? 1 : 0,
    },
    {
      messageKey: `findings.wlz.eigen-bijdrage-${reason === null ? 'hoge' : `lage-${reason}`}`,
    },
  )
  ctx.trace.push({
    ruleId: wlzEbRule.id,
    inputs: { month: m.month, personId: p.id, regime: eb.regime, reason, incomeMonthlyCents: incomeCents },
    parameters: intramuralTraceParameters(ctx, params, 'wlzEigenBijdrage'),
    outcome: `ESTIMATE ${charged} cents per month from ${m.month} (${eb.regime}; legal range ${eb.minCents}–${eb.maxCents}); exact with the verzamelinkomen (t-2) and vermogen of client and partner`,
  })
}

function recordEigenBijdrage(
  ctx: EngineContext,
  m: MonthInfo,
  head: PersonCtx,
  status: EigenBijdrageStatus,
  cents: number,
  tarief: ReturnType<typeof moneyAt>,
  bw: { bw: IntramuralContribution; params: IntramuralParamsValue } | null,
): void {
  const isBw = status === 'beschermd-wonen'
  const meta = isBw ? beschermdWonenRule : status === 'wlz-samenloop' ? samenloopRule : ebRule
  const messageKey = isBw
    ? 'findings.wmo.eigen-bijdrage-beschermd-wonen'
    : status === 'exempt-couple-below-aow'
      ? 'findings.wmo.eigen-bijdrage-exempt'
      : status === 'no-wmo-care'
        ? 'findings.wmo.eigen-bijdrage-none'
        : status === 'minima-policy'
          ? 'findings.wmo.eigen-bijdrage-minima'
          : status === 'wlz-samenloop'
            ? 'findings.wmo.eigen-bijdrage-wlz-samenloop'
            : 'findings.wmo.eigen-bijdrage'
  addFinding(
    ctx,
    meta,
    { personId: head.id, month: m.month },
    {
      status,
      amountCents: cents,
      tariefCents: tarief.value,
      ...(isBw && bw ? { regime: bw.bw.regime, minCents: bw.bw.minCents, maxCents: bw.bw.maxCents } : {}),
    },
    { messageKey },
  )
  const parameters: TraceEntry['parameters'] =
    isBw && bw
      ? intramuralTraceParameters(ctx, bw.params, 'beschermdWonenBijdrage')
      : [
          { key: 'abonnementstarief', value: tarief.value, source: tarief.entry.source },
          ...(tarief.indexedYears > 0
            ? [
                {
                  key: 'indexationPercentPerYear',
                  value: ctx.indexationPercentPerYear,
                  source: 'scenario assumption',
                },
              ]
            : []),
        ]
  ctx.trace.push({
    ruleId: ebRule.id,
    inputs: { month: m.month, status, unitHead: head.id },
    parameters,
    outcome: `${cents} cents per month from ${m.month}${isBw ? ' (ESTIMATE on recorded net income; exact with the verzamelinkomen (t-2) and vermogen)' : ''}`,
  })
}

export { monthOfDay }
