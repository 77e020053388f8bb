import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type { DeliveryForm, ScenarioResult, ZrmDomain } from '#shared/domain/types'
import { deriveNeeds, MAX_NEED_HOURS_PER_WEEK, setNeedHours } from '#shared/decision/optimiser/needs'
import { optimise, type OptimiserOutcome, type Solve } from '#shared/decision/optimiser/optimise'
import { explainAlternatives, type AlternativeVerdict } from '#shared/decision/optimiser/explain'
import type {
  LockedLine,
  NeedRequirement,
  OptimiserObjective,
  ProvisionLimit,
} from '#shared/decision/optimiser/types'
import { ETMAAL_HOURS } from '#shared/decision/optimiser/candidates'
import { checkProposal, type ProposalCheck } from '#shared/decision/optimiser/verify'
import { defaultInformalHourValueCents, rateForProfile } from '../../decision/municipality-rates'
import {
  evaluateOpenScenario,
  municipalityOf,
  type DecisionDeps,
  type EvaluatedScenario,
} from './decision-deps'
import { engineErrorMessage } from '../engine-error'
import type { Message } from '../messages'

type OptimiserRun =
  | { status: 'idle' }
  | { status: 'running' }
  /** A plain sentence; a thrown text only as its `technical` part (the fold-out). */
  | { status: 'failed'; message: Message }
  | {
      status: 'done'
      outcome: OptimiserOutcome
      proposalResult: ScenarioResult | null
      /** The proposal as the engine sees it: cost on the comparison's basis, carer overloads. */
      check: ProposalCheck | null
      alternatives: AlternativeVerdict[]
    }

/** Respite a month planned for an intensive carer by default: 2 etmalen (scenario B of docs/example-cases.md#van-den-berg). */
const DEFAULT_RESPITE_ETMALEN_PER_MONTH = 2

/** The most respite etmalen a month the optimiser may plan (a week in four: a planning bound, not law). */
export const MAX_RESPITE_ETMALEN_PER_MONTH = 8

/**
 * The optimiser for the open household: needs (derived from the ZRM, adjustable), options
 * (objective, exclusions, locks, limits, respite), a run on the LP solver, and the proposal with its
 * check and the comparison with the existing scenarios. Accepting saves it as a normal scenario.
 */
export class OptimiserStore {
  needs: NeedRequirement[] | null = null
  private needsHouseholdId: string | null = null
  objective: OptimiserObjective = 'municipal'
  excludedProvisionIds: string[] = []
  excludedDeliveryForms: DeliveryForm[] = []
  locks: LockedLine[] = []
  limits: ProvisionLimit[] = []
  respiteEtmalenPerMonth = DEFAULT_RESPITE_ETMALEN_PER_MONTH
  run: OptimiserRun = { status: 'idle' }

  constructor(private readonly deps: DecisionDeps) {
    makeAutoObservable<OptimiserStore, 'deps'>(this, { deps: false })
    // Needs and options belong to the open household: start afresh when another one is opened.
    reaction(
      () => this.deps.openCase.householdId,
      () => this.resetForHousehold(),
    )
  }

  resetForHousehold(): void {
    this.needs = null
    this.needsHouseholdId = null
    this.excludedProvisionIds = []
    this.excludedDeliveryForms = []
    this.locks = []
    this.limits = []
    this.run = { status: 'idle' }
  }

  get optimiserNeeds(): NeedRequirement[] {
    const household = this.deps.openCase.household
    if (!household) return []
    if (this.needsHouseholdId === household.id && this.needs) return this.needs
    // Read per month over the horizon the optimiser will run on (runOptimiser's base scenario).
    const base = this.deps.openCase.selectedScenario ?? this.deps.openCase.scenarios[0]
    return deriveNeeds(household, {
      startDate: base?.startDate ?? this.deps.today(),
      horizonMonths: base?.horizonMonths ?? 36,
    })
  }

  /**
   * Sets a need's hours a week; a value that is no number, negative or above the bound changes
   * nothing (false) — the form says why (views/decision/optimiser-draft.ts).
   */
  setNeedHours(personId: string, domain: ZrmDomain, hours: number): boolean {
    const household = this.deps.openCase.household
    if (!household || !isWithin(hours, 0, MAX_NEED_HOURS_PER_WEEK)) return false
    this.needs = setNeedHours(this.optimiserNeeds, personId, domain, hours)
    this.needsHouseholdId = household.id
    return true
  }

  resetNeeds(): void {
    this.needs = null
    this.needsHouseholdId = null
  }

  /** Provisions that could address one of the needs (or give respite): the ones worth excluding or limiting. */
  get relevantProvisions(): readonly { id: string }[] {
    const domains = new Set(this.optimiserNeeds.map((n) => n.domain))
    return this.deps.engine.provisions.filter((p) => p.respite || p.domains.some((d) => domains.has(d)))
  }

  setObjective(objective: OptimiserObjective): void {
    this.objective = objective
  }

  toggleExcludedProvision(provisionId: string): void {
    this.excludedProvisionIds = this.excludedProvisionIds.includes(provisionId)
      ? this.excludedProvisionIds.filter((id) => id !== provisionId)
      : [...this.excludedProvisionIds, provisionId]
  }

  toggleExcludedForm(form: DeliveryForm): void {
    this.excludedDeliveryForms = this.excludedDeliveryForms.includes(form)
      ? this.excludedDeliveryForms.filter((f) => f !== form)
      : [...this.excludedDeliveryForms, form]
  }

  isLocked(lock: LockedLine): boolean {
    return this.locks.some((l) => sameLock(l, lock))
  }

  toggleLock(lock: LockedLine): void {
    this.locks = this.isLocked(lock) ? this.locks.filter((l) => !sameLock(l, lock)) : [...this.locks, lock]
  }

  /** Sets (a volume) or lifts (null) a provision's limit; a negative or non-number volume changes nothing. */
  setLimit(provisionId: string, maxVolume: number | null): boolean {
    if (maxVolume !== null && !isWithin(maxVolume, 0, Number.MAX_SAFE_INTEGER)) return false
    const others = this.limits.filter((l) => l.provisionId !== provisionId)
    this.limits = maxVolume === null ? others : [...others, { provisionId, maxVolume }]
    return true
  }

  /** Sets the respite etmalen a month (whole, 0 to the bound); any other value changes nothing. */
  setRespiteEtmalen(etmalen: number): boolean {
    if (!Number.isInteger(etmalen) || !isWithin(etmalen, 0, MAX_RESPITE_ETMALEN_PER_MONTH)) return false
    this.respiteEtmalenPerMonth = etmalen
    return true
  }

  /**
   * Runs the optimiser on the selected (or first) scenario's start, horizon and assumptions.
   * `proposalName` is the new scenario's name in the user's language (the view translates it).
   */
  async runOptimiser(proposalName: string): Promise<void> {
    const { openCase, engine } = this.deps
    const household = openCase.household
    const base = openCase.selectedScenario ?? openCase.scenarios[0]
    if (!household) return
    this.run = { status: 'running' }
    let solve: Solve
    try {
      solve = await this.deps.solver()
    } catch (error) {
      runInAction(() => {
        this.run = { status: 'failed', message: engineErrorMessage(error) }
      })
      return
    }
    runInAction(() => {
      try {
        const startDate = base?.startDate ?? this.deps.today()
        const outcome = optimise({
          household,
          provisions: engine.provisions,
          needs: this.optimiserNeeds,
          rateFor: rateForProfile(municipalityOf(this.deps)),
          options: {
            objective: this.objective,
            asOf: startDate,
            informalHourValueCents:
              base?.assumptions?.informalHourValueCents ?? defaultInformalHourValueCents(startDate),
            excludedProvisionIds: this.excludedProvisionIds,
            excludedDeliveryForms: this.excludedDeliveryForms,
            locks: this.locks,
            limits: this.limits,
            carerOfferedHours: {},
            respiteHoursPerMonth: this.respiteEtmalenPerMonth * ETMAAL_HOURS,
          },
          solve,
          base: {
            startDate,
            horizonMonths: base?.horizonMonths ?? 36,
            assumptions: base?.assumptions ?? null,
            incomeChanges: base?.incomeChanges ?? [],
          },
          scenarioId: this.deps.newId(),
          scenarioName: proposalName,
          newLineId: () => this.deps.newId(),
        })
        let proposalResult: ScenarioResult | null = null
        let check: ProposalCheck | null = null
        let alternatives: AlternativeVerdict[] = []
        if (outcome.kind === 'proposal') {
          proposalResult = evaluateOpenScenario(this.deps, outcome.scenario).result
          if (proposalResult) check = checkProposal(household, proposalResult, startDate)
          const evaluated = openCase.scenarios
            .map((s) => evaluateOpenScenario(this.deps, s))
            .filter((e): e is EvaluatedScenario & { result: ScenarioResult } => e.result !== null)
          if (proposalResult)
            alternatives = explainAlternatives(
              { scenario: outcome.scenario, result: proposalResult },
              evaluated,
            )
        }
        this.run = { status: 'done', outcome, proposalResult, check, alternatives }
      } catch (error) {
        this.run = { status: 'failed', message: engineErrorMessage(error) }
      }
    })
  }

  /** Saves the proposal as a normal scenario, selects it for editing and says so. */
  async acceptProposal(): Promise<string | null> {
    const run = this.run
    if (run.status !== 'done' || run.outcome.kind !== 'proposal') return null
    const scenario = run.outcome.scenario
    const ok = await this.deps.openCase.saveScenario(scenario)
    if (!ok) return null
    runInAction(() => {
      this.deps.openCase.selectScenario(scenario.id)
      this.run = { status: 'idle' }
    })
    this.deps.ui.showNotice('info', 'decision.optimiser.accepted', { name: scenario.name })
    return scenario.id
  }
}

function isWithin(value: number, min: number, max: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max
}

function sameLock(a: LockedLine, b: LockedLine): boolean {
  return (
    a.provisionId === b.provisionId &&
    a.deliveryForm === b.deliveryForm &&
    a.personId === b.personId &&
    (a.carerId ?? null) === (b.carerId ?? null)
  )
}
