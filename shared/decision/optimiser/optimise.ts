/**
 * Runs the optimiser with an injected solver (HiGHS in the app and in tests) and interprets the
 * answer: the proposal as a normal scenario, the binding constraints, what each lever is worth
 * (shadow prices of the LP around the integer solution) and, when no adequate arrangement exists,
 * which constraints make it impossible (an elastic model: every need, capacity, respite and limit row
 * may be violated at a high penalty; the violated rows are the cause).
 */
import type {
  ArrangementLine,
  CentsInput,
  Household,
  Payer,
  Provision,
  Scenario,
  ZrmDomain,
} from '../../domain/types'
import { emptyByPayer } from '../payers'
import { buildCandidates, carerInputs } from './candidates'
import type { RateFor } from './candidates'
import type { ModelRow, OptimiserModel } from './model'
import { buildModel, carerHoursPerUnit, isOverburdened, renderLp } from './model'
import type { Candidate, Exclusion, LockedLine, NeedRequirement, OptimiserOptions } from './types'
import { roundNumber, roundToDecimals } from '../../domain/money'

/** The part of a HiGHS result this module reads (the `highs` package's `solve` returns a superset). */
type SolverOutput = {
  Status: string
  ObjectiveValue: number
  Columns: Record<string, { Index?: number; Primal?: number; Dual?: number }>
  Rows: { Index?: number; Primal?: number; Dual?: number; Name?: string }[]
}
export type Solve = (lp: string) => SolverOutput

const EPS = 1e-6
/** Marginal values below € 1 a month in municipal mode come from the tie-break weights only. */
const MIN_REPORTED_MARGINAL_CENTS = 100

type ProposedLine = {
  candidate: Candidate
  volume: number
  monthlyCashCents: CentsInput
  monthlyInformalCents: CentsInput
}

type BindingConstraint =
  | { kind: 'need'; personId: string; domain: ZrmDomain; hoursPerWeek: number }
  | { kind: 'capacity'; carerId: string; hoursPerWeek: number }
  | { kind: 'respite'; carerId: string; hoursPerMonth: number }
  | { kind: 'limit'; provisionId: string; maxVolume: number }
  | { kind: 'lock'; provisionId: string; personId: string; volume: number }

/** What one more unit of a constraint's right-hand side is worth, in cents a month (negative = saves). */
type MarginalValue =
  | { kind: 'carer-hour'; carerId: string; centsPerMonth: number }
  | { kind: 'need-hour'; personId: string; domain: ZrmDomain; centsPerMonth: number }
  | { kind: 'respite-hour'; carerId: string; centsPerMonth: number }
  | { kind: 'limit-unit'; provisionId: string; centsPerMonth: number }

type InfeasibilityCause =
  | { kind: 'need'; personId: string; domain: ZrmDomain; shortHoursPerWeek: number }
  | {
      kind: 'capacity'
      carerId: string
      excessHoursPerWeek: number
      /** The carer's burden score is at or above the overload threshold: no hours can be planned. */
      overburdened: boolean
      burdenScore: number | null
    }
  | { kind: 'respite'; carerId: string; shortHoursPerMonth: number }
  | { kind: 'limit'; provisionId: string; excessVolume: number }

type CarerPlan = {
  carerId: string
  hoursPerWeek: number
  boundHoursPerWeek: number
  intensive: boolean
  respiteHoursPerMonth: number
}

type Common = {
  exclusions: Exclusion[]
  /** Needs no eligible candidate can address at all (left out of the model). */
  uncoverableNeeds: NeedRequirement[]
  /** Locks of lines a blocking rule or an exclusion rules out. */
  unmatchedLocks: LockedLine[]
  candidateCount: number
}

export type OptimiserOutcome =
  | (Common & {
      kind: 'proposal'
      scenario: Scenario
      lines: ProposedLine[]
      monthlyByPayer: Record<Payer, CentsInput>
      carers: CarerPlan[]
      binding: BindingConstraint[]
      marginals: MarginalValue[]
    })
  | (Common & { kind: 'infeasible'; causes: InfeasibilityCause[] })
  | (Common & { kind: 'error'; status: string })

export type OptimiseArgs = {
  household: Household
  provisions: readonly Provision[]
  needs: readonly NeedRequirement[]
  rateFor: RateFor
  options: OptimiserOptions
  solve: Solve
  /** Dates, horizon, assumptions and income changes of the proposal come from here. */
  base: Pick<Scenario, 'startDate' | 'horizonMonths' | 'assumptions' | 'incomeChanges'>
  scenarioId: string
  scenarioName: string
  newLineId: (index: number) => string
}

function isOptimal(status: string): boolean {
  return status === 'Optimal'
}

export function optimise(args: OptimiseArgs): OptimiserOutcome {
  const { household, provisions, rateFor, options, solve } = args
  const { candidates, exclusions } = buildCandidates({
    household,
    provisions,
    needs: args.needs,
    rateFor,
    options,
    horizon: args.base,
  })
  const coverable = (n: NeedRequirement) =>
    candidates.some((c) => c.hoursPerUnit > 0 && c.personId === n.personId && c.domains.includes(n.domain))
  const active = args.needs.filter((n) => n.hoursPerWeek > 0)
  const uncoverableNeeds = active.filter((n) => !coverable(n))
  const needs = active.filter(coverable)
  const carers = carerInputs(household)
  const model = buildModel({ candidates, needs, carers, options })
  const common: Common = {
    exclusions,
    uncoverableNeeds,
    unmatchedLocks: model.unmatchedLocks,
    candidateCount: candidates.length,
  }

  const solved = solveModel(model, solve)
  if (solved.kind === 'infeasible') {
    return {
      ...common,
      kind: 'infeasible',
      causes: diagnoseInfeasibility(args, candidates, needs, carers, solve),
    }
  }
  if (solved.kind === 'error') return { ...common, kind: 'error', status: solved.status }
  const mip = solved.volumes

  const volumeOf = (c: number) => {
    const cand = candidates[c] as Candidate // c indexes candidates
    const steps = mip.Columns[model.volumeColumn(c)]?.Primal ?? 0
    // Whole units are integral in the solution; hours are divisible (kept to the hundredth).
    return model.parts.generals.includes(model.volumeColumn(c))
      ? roundNumber(steps) * cand.step
      : roundToDecimals(steps * cand.step, 2)
  }
  const lines: ProposedLine[] = []
  const monthlyByPayer = emptyByPayer()
  candidates.forEach((cand, c) => {
    const volume = volumeOf(c)
    if (volume <= EPS) return
    const monthlyCashCents = roundNumber(volume * cand.monthlyCashCentsPerUnit)
    const monthlyInformalCents = roundNumber(volume * cand.monthlyInformalCentsPerUnit)
    if (cand.payer === 'informal') monthlyByPayer.informal += monthlyInformalCents
    else monthlyByPayer[cand.payer] += monthlyCashCents
    lines.push({ candidate: cand, volume, monthlyCashCents, monthlyInformalCents })
  })

  const binaries = solved.binaries
  const carerPlans: CarerPlan[] = carers.map((carer, k) => ({
    carerId: carer.carerId,
    hoursPerWeek: lines
      .filter((l) => l.candidate.carerId === carer.carerId)
      .reduce((sum, l) => sum + l.volume * carerHoursPerUnit(l.candidate), 0),
    boundHoursPerWeek: model.carerBounds[k] ?? 0,
    intensive: (binaries.get(model.intensiveColumn(k)) ?? 0) > 0.5,
    respiteHoursPerMonth: lines
      .filter((l) => l.candidate.respiteHoursPerUnit > 0 && carer.caresFor.includes(l.candidate.personId))
      .reduce((sum, l) => sum + l.volume * l.candidate.respiteHoursPerUnit, 0),
  }))

  // Shadow prices: the LP with the intensive flags fixed at the solution.
  const lp = solved.linear
  const { binding, marginals } = isOptimal(lp.Status)
    ? interpretDuals(model, lp, options)
    : { binding: [], marginals: [] }
  for (const lock of options.locks) {
    if (!model.unmatchedLocks.includes(lock))
      binding.push({
        kind: 'lock',
        provisionId: lock.provisionId,
        personId: lock.personId,
        volume: lock.volume,
      })
  }

  const scenarioLines: ArrangementLine[] = lines.map((l, i) => ({
    id: args.newLineId(i),
    provisionId: l.candidate.provisionId,
    personId: l.candidate.personId,
    deliveryForm: l.candidate.deliveryForm,
    volume: l.volume,
    unit: l.candidate.unit,
    frequency: l.candidate.frequency,
    startDate: args.base.startDate,
    endDate: null,
    carerId: l.candidate.carerId,
    rateCents: null,
  }))
  const scenario: Scenario = {
    id: args.scenarioId,
    name: args.scenarioName,
    description: null,
    startDate: args.base.startDate,
    horizonMonths: args.base.horizonMonths,
    assumptions: args.base.assumptions ?? null,
    lines: scenarioLines,
    incomeChanges: args.base.incomeChanges ?? [],
    deviations: [],
    chosen: null,
  }
  return {
    ...common,
    kind: 'proposal',
    scenario,
    lines,
    monthlyByPayer,
    carers: carerPlans,
    binding,
    marginals,
  }
}

/** Above this many carers who may become intensive, the 2^k enumeration gives way to one MIP. */
const MAX_ENUMERATED_BINARIES = 4

type Solved =
  | { kind: 'solved'; volumes: SolverOutput; linear: SolverOutput; binaries: Map<string, number> }
  | { kind: 'infeasible' }
  | { kind: 'error'; status: string }

/**
 * Solves the model exactly. The only binaries are the carers' intensive flags, few in a household, so
 * every combination is solved as an LP (fast, and it gives the duals at once); whole units that come
 * out fractional (or many carers) are settled by one MIP over everything.
 */
function solveModel(model: OptimiserModel, solve: Solve): Solved {
  const columns = model.parts.binaries
  const solveMip = (): Solved => {
    const mip = solve(model.lp)
    if (mip.Status === 'Infeasible' || mip.Status === 'Primal infeasible or unbounded')
      return { kind: 'infeasible' }
    if (!isOptimal(mip.Status)) return { kind: 'error', status: mip.Status }
    const binaries = new Map(columns.map((c) => [c, roundNumber(mip.Columns[c]?.Primal ?? 0)]))
    return { kind: 'solved', volumes: mip, linear: solve(renderLp(model.parts, binaries)), binaries }
  }
  if (columns.length > MAX_ENUMERATED_BINARIES) return solveMip()
  let best: { output: SolverOutput; binaries: Map<string, number> } | null = null
  let lastStatus = 'Infeasible'
  for (let mask = 0; mask < 1 << columns.length; mask++) {
    const binaries = new Map(columns.map((c, i) => [c, (mask >> i) & 1]))
    const output = solve(renderLp(model.parts, binaries))
    lastStatus = output.Status
    if (isOptimal(output.Status) && (!best || output.ObjectiveValue < best.output.ObjectiveValue - 1e-9)) {
      best = { output, binaries }
    }
  }
  if (!best) {
    return lastStatus === 'Infeasible' || lastStatus === 'Primal infeasible or unbounded'
      ? { kind: 'infeasible' }
      : { kind: 'error', status: lastStatus }
  }
  const fractional = model.parts.generals.some((c) => {
    const v = best.output.Columns[c]?.Primal ?? 0
    return Math.abs(v - roundNumber(v)) > 1e-6
  })
  if (!fractional)
    return { kind: 'solved', volumes: best.output, linear: best.output, binaries: best.binaries }
  // Whole units came out fractional: the MIP settles units and intensive flags together, exactly.
  return solveMip()
}

function rowByName(
  model: OptimiserModel,
  output: SolverOutput,
): Map<string, { row: ModelRow; dual: number; primal: number }> {
  const out = new Map<string, { row: ModelRow; dual: number; primal: number }>()
  model.rows.forEach((row, i) => {
    const solved = output.Rows.find((r) => r.Name === row.name) ?? output.Rows[i]
    out.set(row.name, { row, dual: solved?.Dual ?? 0, primal: solved?.Primal ?? 0 })
  })
  return out
}

function interpretDuals(
  model: OptimiserModel,
  lp: SolverOutput,
  options: OptimiserOptions,
): { binding: BindingConstraint[]; marginals: MarginalValue[] } {
  const binding: BindingConstraint[] = []
  const marginals: MarginalValue[] = []
  for (const { row, dual, primal } of rowByName(model, lp).values()) {
    const tight = Math.abs(primal - row.rhs) < 1e-4 * Math.max(1, Math.abs(row.rhs))
    if (!tight || Math.abs(dual) < 1e-4) continue
    // Raising the right-hand side by one changes the optimum by `dual` (HiGHS sign convention for a
    // minimisation: ≥ rows have dual ≥ 0, ≤ rows dual ≤ 0). Rounded to whole cents a month.
    const centsPerMonth = roundNumber(dual)
    // In municipal mode the tiny tie-break weights of other payers show up as cents; not a lever.
    if (options.objective === 'municipal' && Math.abs(centsPerMonth) < MIN_REPORTED_MARGINAL_CENTS) continue
    if (row.kind === 'need') {
      const need = model.needs[row.ref] as NeedRequirement // ref indexes needs
      binding.push({
        kind: 'need',
        personId: need.personId,
        domain: need.domain,
        hoursPerWeek: need.hoursPerWeek,
      })
      marginals.push({ kind: 'need-hour', personId: need.personId, domain: need.domain, centsPerMonth })
    } else if (row.kind === 'capacity') {
      const carer = model.carers[row.ref]
      if (!carer) continue
      binding.push({ kind: 'capacity', carerId: carer.carerId, hoursPerWeek: row.rhs })
      marginals.push({ kind: 'carer-hour', carerId: carer.carerId, centsPerMonth })
    } else if (row.kind === 'respite') {
      const carer = model.carers[row.ref]
      if (!carer) continue
      binding.push({ kind: 'respite', carerId: carer.carerId, hoursPerMonth: options.respiteHoursPerMonth })
      marginals.push({ kind: 'respite-hour', carerId: carer.carerId, centsPerMonth })
    } else if (row.kind === 'limit') {
      const limit = options.limits[row.ref]
      if (!limit) continue
      binding.push({ kind: 'limit', provisionId: limit.provisionId, maxVolume: limit.maxVolume })
      marginals.push({ kind: 'limit-unit', provisionId: limit.provisionId, centsPerMonth })
    }
  }
  return { binding, marginals }
}

function diagnoseInfeasibility(
  args: OptimiseArgs,
  candidates: Candidate[],
  needs: NeedRequirement[],
  carers: ReturnType<typeof carerInputs>,
  solve: Solve,
): InfeasibilityCause[] {
  const model = buildModel({ candidates, needs, carers, options: args.options, elastic: true })
  const solved = solveModel(model, solve)
  if (solved.kind !== 'solved') return []
  const out = solved.volumes
  const causes: InfeasibilityCause[] = []
  for (const row of model.rows) {
    const slack = model.slackColumns.get(row.name)
    const amount = slack ? (out.Columns[slack]?.Primal ?? 0) : 0
    if (amount <= 1e-6) continue
    const rounded = roundToDecimals(amount, 2)
    if (row.kind === 'need') {
      const need = needs[row.ref] as NeedRequirement // ref indexes needs
      causes.push({ kind: 'need', personId: need.personId, domain: need.domain, shortHoursPerWeek: rounded })
    } else if (row.kind === 'capacity') {
      const carer = carers[row.ref]
      causes.push({
        kind: 'capacity',
        carerId: carer?.carerId ?? '',
        excessHoursPerWeek: rounded,
        overburdened: carer ? isOverburdened(carer, args.options.asOf) : false,
        burdenScore: carer?.burdenScore ?? null,
      })
    } else if (row.kind === 'respite') {
      causes.push({ kind: 'respite', carerId: carers[row.ref]?.carerId ?? '', shortHoursPerMonth: rounded })
    } else if (row.kind === 'limit') {
      causes.push({
        kind: 'limit',
        provisionId: args.options.limits[row.ref]?.provisionId ?? '',
        excessVolume: rounded,
      })
    }
  }
  return causes
}
