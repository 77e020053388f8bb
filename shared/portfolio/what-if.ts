/**
 * Portfolio what-if: levers applied to every household's chosen scenario at once, without changing
 * the stored scenarios. Levers that change what is delivered or what it costs (tariff indexation, a
 * share of zorg in natura moved to pgb, respite for intensive carers, household-help hours) transform
 * the engine's inputs and re-evaluate; the eigen-bijdrage regime replaces the client's contribution on
 * the evaluated gross Wmo cost afterwards (see eigen-bijdrage-regimes.ts).
 */
import { z } from 'zod'
import type {
  ArrangementLine,
  Household,
  Law,
  MunicipalityConfig,
  Provision,
  Scenario,
} from '../domain/types'
import {
  householdYearIncomeCents,
  incomeDependentMonthlyCents,
  isMultiPersonHousehold,
  type EigenBijdrageRegime,
} from './eigen-bijdrage-regimes'
import type { EvaluateFn, HouseholdEvaluation, PortfolioCase } from './evaluate-portfolio'
import { scenarioForPortfolio } from './evaluate-portfolio'
import { ageOn, firstDayOfMonth, yearMonthFromIndex } from '../domain/dates'
import { CLIENT_SLOT, SERIES_STRIDE, seriesFromResult, type HouseholdSeries } from './series'
import { roundNumber, roundToDecimals } from '../domain/money'

type IndexedLaw = 'wmo' | 'jeugdwet' | 'participatiewet'
export const INDEXED_LAWS: readonly IndexedLaw[] = ['wmo', 'jeugdwet', 'participatiewet']

export type WhatIfLevers = {
  /** Tariffs of each law's provisions raised (or lowered) by this percentage. */
  indexationPercentByLaw: Record<IndexedLaw, number>
  eigenBijdrageRegime: EigenBijdrageRegime
  /** Share (0–100) of every zorg-in-natura line moved to a pgb line, where the provision offers pgb. */
  zinToPgbPercent: number
  /** Respite (etmalen per month) added for every intensive carer without respite; 0 = off. */
  respiteEtmaalPerMonth: number
  /** Change (percent) of the volume of every household-help line (hulp bij het huishouden). */
  householdHelpPercentChange: number
}

export const NO_LEVERS: WhatIfLevers = {
  indexationPercentByLaw: { wmo: 0, jeugdwet: 0, participatiewet: 0 },
  eigenBijdrageRegime: 'current',
  zinToPgbPercent: 0,
  respiteEtmaalPerMonth: 0,
  householdHelpPercentChange: 0,
}

const EIGEN_BIJDRAGE_REGIMES = [
  'current',
  'none',
  'income-dependent-2027',
] as const satisfies readonly EigenBijdrageRegime[]

/** An indexation lever: from halving tariffs to doubling them, a percentage per year. */
const indexationSchema = z.number().min(-50).max(100)

/**
 * The levers a consultant may set: bounds that keep a what-if a plausible policy question (a tariff
 * halved or doubled, all of zin moved to pgb, at most 15 etmalen of respite a month, household help
 * stopped or doubled). The portfolio form checks its input with this schema.
 */
export const whatIfLeversSchema = z.strictObject({
  indexationPercentByLaw: z.strictObject({
    wmo: indexationSchema,
    jeugdwet: indexationSchema,
    participatiewet: indexationSchema,
  }),
  eigenBijdrageRegime: z.enum(EIGEN_BIJDRAGE_REGIMES),
  zinToPgbPercent: z.number().min(0).max(100),
  respiteEtmaalPerMonth: z.number().min(0).max(15),
  householdHelpPercentChange: z.number().min(-100).max(100),
}) satisfies z.ZodType<WhatIfLevers>

export const HOUSEHOLD_HELP_PROVISION_ID = 'wmo.hulp-bij-het-huishouden'

export function isNeutral(levers: WhatIfLevers): boolean {
  return (
    INDEXED_LAWS.every((law) => levers.indexationPercentByLaw[law] === 0) &&
    levers.eigenBijdrageRegime === 'current' &&
    levers.zinToPgbPercent === 0 &&
    levers.respiteEtmaalPerMonth === 0 &&
    levers.householdHelpPercentChange === 0
  )
}

function scale(cents: number, percent: number): number {
  return roundNumber(cents * (1 + percent / 100))
}

function lawOf(provisionId: string, provisions: ReadonlyMap<string, Provision>): Law | null {
  return provisions.get(provisionId)?.law ?? null
}

function indexationFor(law: Law | null, levers: WhatIfLevers): number {
  return law === 'wmo' || law === 'jeugdwet' || law === 'participatiewet'
    ? levers.indexationPercentByLaw[law]
    : 0
}

/** The municipality profile with each law's tariffs indexed (the stored profile is not changed). */
function indexMunicipality(
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
): MunicipalityConfig {
  if (INDEXED_LAWS.every((law) => levers.indexationPercentByLaw[law] === 0)) return municipality
  return {
    ...municipality,
    tariffs: municipality.tariffs.map((t) => {
      const percent = indexationFor(lawOf(t.provisionId, provisions), levers)
      return percent === 0 ? t : { ...t, rateCents: scale(t.rateCents, percent) }
    }),
    // The sociaal-netwerk pgb rate is a Wmo parameter.
    pgbNetworkHourRate: municipality.pgbNetworkHourRate.map((d) =>
      levers.indexationPercentByLaw.wmo === 0
        ? d
        : { ...d, value: scale(d.value, levers.indexationPercentByLaw.wmo) },
    ),
  }
}

function round2(value: number): number {
  return roundToDecimals(value, 2)
}

/**
 * The scenario with the structural levers applied: agreed rates indexed, household-help volumes
 * changed, a share of each zorg-in-natura line split off into a pgb line, and respite added for each
 * intensive carer who has none. Returns the same object when nothing applies.
 */
function transformScenario(
  household: Household,
  scenario: Scenario,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
  intensiveCarerIds: readonly string[],
): Scenario {
  let changed = false
  const lines: ArrangementLine[] = []
  for (const line of scenario.lines) {
    let next = line
    const provision = provisions.get(line.provisionId)
    const percent = indexationFor(provision?.law ?? null, levers)
    if (percent !== 0 && line.rateCents != null) next = { ...next, rateCents: scale(line.rateCents, percent) }
    if (levers.householdHelpPercentChange !== 0 && line.provisionId === HOUSEHOLD_HELP_PROVISION_ID) {
      next = {
        ...next,
        volume: Math.max(0, round2(line.volume * (1 + levers.householdHelpPercentChange / 100))),
      }
    }
    const canMoveToPgb =
      levers.zinToPgbPercent > 0 &&
      line.deliveryForm === 'zin' &&
      provision !== undefined &&
      provision.deliveryForms.includes('pgb') &&
      !provision.oneOff
    if (canMoveToPgb) {
      const pgbVolume = round2((next.volume * levers.zinToPgbPercent) / 100)
      const zinVolume = round2(next.volume - pgbVolume)
      if (zinVolume > 0) lines.push({ ...next, volume: zinVolume })
      // A pgb is paid at the pgb tariff, not at the provider's agreed ZIN rate.
      if (pgbVolume > 0)
        lines.push({
          ...next,
          id: `${line.id}~pgb`,
          deliveryForm: 'pgb',
          volume: pgbVolume,
          rateCents: null,
          provider: null,
        })
      changed = true
      continue
    }
    if (next !== line) changed = true
    lines.push(next)
  }
  if (levers.respiteEtmaalPerMonth > 0) {
    for (const carerId of intensiveCarerIds) {
      const carer = household.carers.find((c) => c.id === carerId)
      const personId = carer?.caresFor[0]
      const person = household.members.find((m) => m.id === personId)
      if (!carer || !person) continue
      const hasRespite = lines.some(
        (l) => carer.caresFor.includes(l.personId) && provisions.get(l.provisionId)?.respite,
      )
      if (hasRespite) continue
      const minor = ageOn(person.birthDate, scenario.startDate) < 18
      const respite = [...provisions.values()].find(
        (p) => p.respite && p.law === (minor ? 'jeugdwet' : 'wmo') && p.deliveryForms.includes('zin'),
      )
      if (!respite) continue
      lines.push({
        id: `whatif-respite-${carer.id}`,
        provisionId: respite.id,
        personId: person.id,
        deliveryForm: 'zin',
        volume: levers.respiteEtmaalPerMonth,
        unit: respite.unit,
        frequency: 'month',
        startDate: scenario.startDate,
        endDate: null,
      })
      changed = true
    }
  }
  return changed ? { ...scenario, lines } : scenario
}

/**
 * Replaces the eigen bijdrage in a household's series by another regime: the gross Wmo cost of a
 * month (municipality plus client) is split again; the contribution never exceeds that month's
 * gross Wmo cost, and it is only charged in months in which the current rules charge one.
 */
function applyEigenBijdrageRegime(
  series: HouseholdSeries,
  household: Household,
  scenario: Scenario | null,
  regime: EigenBijdrageRegime,
): HouseholdSeries {
  if (regime === 'current' || series.months === 0) return series
  const values = new Float64Array(series.values)
  const multi = isMultiPersonHousehold(household)
  for (let m = 0; m < series.months; m++) {
    const client = values[m * SERIES_STRIDE + CLIENT_SLOT] as number
    if (client <= 0) continue
    const gross = (values[m * SERIES_STRIDE] as number) + client
    let next = 0
    if (regime === 'income-dependent-2027') {
      const on = firstDayOfMonth(yearMonthFromIndex(series.startMonth + m))
      const income = householdYearIncomeCents(household, scenario?.incomeChanges ?? [], on)
      next = Math.min(gross, incomeDependentMonthlyCents(income, multi))
    }
    values[m * SERIES_STRIDE + CLIENT_SLOT] = next
    values[m * SERIES_STRIDE] = gross - next
  }
  return { ...series, values }
}

/**
 * The scenario the levers make of a household's portfolio scenario, and whether the household must be
 * evaluated again (its inputs changed, or it uses a tariff the levers index). Null when the household
 * has no scenario.
 */
function whatIfScenarioOf(
  c: PortfolioCase,
  intensiveCarerIds: readonly string[],
  municipality: MunicipalityConfig,
  indexed: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
): { scenario: Scenario; reevaluate: boolean } | null {
  const choice = scenarioForPortfolio(c.scenarios)
  if (choice.kind === 'none') return null
  const scenario = transformScenario(c.household, choice.scenario, levers, provisions, intensiveCarerIds)
  const usesIndexedTariff =
    indexed !== municipality &&
    scenario.lines.some(
      (l) =>
        indexationFor(lawOf(l.provisionId, provisions), levers) !== 0 || l.deliveryForm === 'pgb-netwerk',
    )
  return { scenario, reevaluate: scenario !== choice.scenario || usesIndexedTariff }
}

/** A household the levers make the engine evaluate again, with what that evaluation needs of its baseline. */
export type WhatIfTask = { householdId: string; intensiveCarerIds: string[] }

/**
 * The households whose inputs the levers change: only these are evaluated again; every other
 * household keeps its baseline (stored) series. Cheap: it transforms scenarios, it evaluates nothing.
 */
export function planWhatIf(
  cases: readonly PortfolioCase[],
  baseline: readonly HouseholdEvaluation[],
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
): WhatIfTask[] {
  const indexed = indexMunicipality(municipality, levers, provisions)
  const tasks: WhatIfTask[] = []
  cases.forEach((c, i) => {
    const base = baseline[i]
    if (!base || base.householdId !== c.household.id) throw new Error(WHAT_IF_BASELINE_MISMATCH)
    const plan = whatIfScenarioOf(c, base.intensiveCarerIds, municipality, indexed, levers, provisions)
    if (plan?.reevaluate)
      tasks.push({ householdId: base.householdId, intensiveCarerIds: base.intensiveCarerIds })
  })
  return tasks
}

/**
 * The series of planned households under the levers, before the eigen-bijdrage regime (which
 * `evaluateWhatIf` applies to every household afterwards). Stateless: what a worker of the pool does.
 */
export function evaluateWhatIfTasks(
  cases: readonly PortfolioCase[],
  tasks: readonly WhatIfTask[],
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
  evaluate: EvaluateFn,
): HouseholdSeries[] {
  const indexed = indexMunicipality(municipality, levers, provisions)
  const byId = new Map(cases.map((c) => [c.household.id, c]))
  return tasks.map((task) => {
    const c = byId.get(task.householdId)
    if (!c) throw new Error(WHAT_IF_CASE_MISSING)
    const plan = whatIfScenarioOf(c, task.intensiveCarerIds, municipality, indexed, levers, provisions)
    if (!plan) return EMPTY_SERIES
    return seriesFromResult(
      evaluate({ household: c.household, scenario: plan.scenario, municipality: indexed }),
    )
  })
}

/**
 * Each household's series under the levers. Households whose inputs the levers do not change keep
 * their baseline series (no re-evaluation); those already evaluated under the same levers (in the
 * pool, `evaluated`) are not evaluated again.
 */
export function evaluateWhatIf(
  cases: readonly PortfolioCase[],
  baseline: readonly HouseholdEvaluation[],
  municipality: MunicipalityConfig,
  levers: WhatIfLevers,
  provisions: ReadonlyMap<string, Provision>,
  evaluate: EvaluateFn,
  evaluated: ReadonlyMap<string, HouseholdSeries> = new Map(),
): HouseholdSeries[] {
  const indexed = indexMunicipality(municipality, levers, provisions)
  return cases.map((c, i) => {
    const base = baseline[i]
    if (!base || base.householdId !== c.household.id) throw new Error(WHAT_IF_BASELINE_MISMATCH)
    const plan = whatIfScenarioOf(c, base.intensiveCarerIds, municipality, indexed, levers, provisions)
    if (!plan) return base.series
    const series = !plan.reevaluate
      ? base.series
      : (evaluated.get(c.household.id) ??
        seriesFromResult(
          evaluate({ household: c.household, scenario: plan.scenario, municipality: indexed }),
        ))
    return applyEigenBijdrageRegime(series, c.household, plan.scenario, levers.eigenBijdrageRegime)
  })
}

const EMPTY_SERIES: HouseholdSeries = { startMonth: 0, months: 0, values: new Float64Array(0) }

const WHAT_IF_CASE_MISSING = 'evaluateWhatIfTasks: every planned household needs its case'
const WHAT_IF_BASELINE_MISMATCH = 'evaluateWhatIf: baseline evaluations must be in the order of the cases'
