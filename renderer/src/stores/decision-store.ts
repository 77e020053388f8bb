import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type {
  Deviation,
  DeliveryForm,
  Finding,
  Household,
  IsoDate,
  MunicipalityConfig,
  Scenario,
  ScenarioResult,
  ZrmDomain,
} from '../../../shared/domain/types'
import { DEFAULT_MUNICIPALITY, tariffFor } from '../../../shared/municipality'
import {
  MAX_COMPARED,
  buildComparisonTables,
  summariseScenarios,
  type ComparisonTable,
  type ScenarioSummary,
} from '../../../shared/decision/comparison'
import {
  shapeCarerLoad,
  shapeCumulativeCost,
  shapeStackedCostByYear,
  type CarerLoadRow,
  type CumulativeRow,
  type StackedCostRow,
} from '../../../shared/decision/chart-data'
import { chooseScenario, withDeviation, withoutDeviation } from '../../../shared/decision/deviations'
import {
  buildDoNothingBaseline,
  carerDropoutAnnualCents,
  newRisk,
  type DoNothingBaseline,
  type DoNothingSelection,
  type EscalationKind,
  type EscalationRisk,
} from '../../../shared/decision/escalation'
import {
  applyLever,
  carerWeeklyHours,
  checkLeverValue,
  defaultLevers,
  leverBaseValue,
  leverKey,
  type Evaluate,
  type Lever,
  type WhatIfState,
} from '../../../shared/decision/what-if'
import {
  findThresholds,
  sensitivitySweep,
  type CostMeasure,
  type SensitivityResult,
  type ThresholdCrossing,
} from '../../../shared/decision/sensitivity'
import { deriveNeeds, setNeedHours } from '../../../shared/decision/optimiser/needs'
import { optimise, type OptimiserOutcome, type Solve } from '../../../shared/decision/optimiser/optimise'
import { explainAlternatives, type AlternativeVerdict } from '../../../shared/decision/optimiser/explain'
import type {
  LockedLine,
  NeedRequirement,
  OptimiserObjective,
  ProvisionLimit,
} from '../../../shared/decision/optimiser/types'
import { ETMAAL_HOURS } from '../../../shared/decision/optimiser/candidates'
import { checkProposal, type ProposalCheck } from '../../../shared/decision/optimiser/verify'
import type { CaseStore } from './case-store'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { loadSolver } from '../decision/highs-solver'
import { localDoNothingStorage, type DoNothingStorage } from '../decision/do-nothing-storage'
import { defaultInformalHourValueCents, rateForProfile } from '../decision/municipality-rates'
import { i18next } from '../i18n'
import { formatIsoDate } from '../../../shared/domain/dates'

function localToday(): IsoDate {
  const now = new Date()
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

function newId(): string {
  return globalThis.crypto.randomUUID()
}

export type EvaluatedScenario = { scenario: Scenario; result: ScenarioResult | null; error: string | null }

export type ComparisonView = {
  scenarios: Scenario[]
  results: ScenarioResult[]
  tables: ComparisonTable[]
  summaries: ScenarioSummary[]
  stacked: StackedCostRow[]
  cumulative: CumulativeRow[]
  carerLoads: { scenarioId: string; rows: CarerLoadRow[] }[]
  /** Scenarios the engine could not evaluate, with its message. */
  errors: { scenarioId: string; name: string; message: string }[]
}

export type OptimiserRun =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'failed'; message: string }
  | {
      status: 'done'
      outcome: OptimiserOutcome
      proposalResult: ScenarioResult | null
      /** The proposal as the engine sees it: cost on the comparison's basis, carer overloads. */
      check: ProposalCheck | null
      alternatives: AlternativeVerdict[]
    }

/** Respite a month planned for an intensive carer by default: 2 etmalen (scenario B of docs/example-cases.md#van-den-berg). */
export const DEFAULT_RESPITE_ETMALEN_PER_MONTH = 2

/**
 * Decision support for the open household: comparison of 2–5 scenarios, what-if on an in-memory copy,
 * sensitivity and thresholds, the cost of doing nothing, the optimiser, and the consultant's decisions
 * (chosen arrangement, deviations). Everything it computes goes through pure `shared/decision`
 * functions and the engine; writes go through the case store (and so the data layer).
 */
export class DecisionStore {
  compareIds: string[] | null = null
  measure: CostMeasure = 'municipal'

  whatIfScenarioId: string | null = null
  whatIfValues: Record<string, number> = {}
  sensitivityPercent = 20

  doNothing: DoNothingSelection | null = null
  private doNothingHouseholdId: string | null = null

  needs: NeedRequirement[] | null = null
  private needsHouseholdId: string | null = null
  objective: OptimiserObjective = 'municipal'
  excludedProvisionIds: string[] = []
  excludedDeliveryForms: DeliveryForm[] = []
  locks: LockedLine[] = []
  limits: ProvisionLimit[] = []
  respiteEtmalenPerMonth = DEFAULT_RESPITE_ETMALEN_PER_MONTH
  run: OptimiserRun = { status: 'idle' }

  constructor(
    private readonly openCase: CaseStore,
    private readonly engine: WorkspaceEngine,
    private readonly ui: UiStore,
    private readonly storage: DoNothingStorage = localDoNothingStorage(),
    private readonly solver: () => Promise<Solve> = loadSolver,
    private readonly today: () => IsoDate = localToday,
  ) {
    makeAutoObservable<DecisionStore, 'openCase' | 'engine' | 'ui' | 'storage' | 'solver' | 'today'>(this, {
      openCase: false,
      engine: false,
      ui: false,
      storage: false,
      solver: false,
      today: false,
    })
    // Everything here belongs to the open household: start afresh when another one is opened.
    reaction(
      () => this.openCase.householdId,
      () => this.resetForHousehold(),
    )
  }

  resetForHousehold(): void {
    this.compareIds = null
    this.whatIfScenarioId = null
    this.whatIfValues = {}
    this.doNothing = null
    this.doNothingHouseholdId = null
    this.needs = null
    this.needsHouseholdId = null
    this.excludedProvisionIds = []
    this.excludedDeliveryForms = []
    this.locks = []
    this.limits = []
    this.run = { status: 'idle' }
  }

  // --- shared inputs ------------------------------------------------------------------------------

  get household(): Household | null {
    return this.openCase.household
  }

  get scenarios(): Scenario[] {
    return this.openCase.scenarios
  }

  get municipality(): MunicipalityConfig {
    return this.openCase.municipality ?? DEFAULT_MUNICIPALITY
  }

  get evaluate(): Evaluate {
    const engine = this.engine
    return (input) => engine.evaluateScenario(input)
  }

  get informalDefaultCents(): number {
    const start = this.scenarios[0]?.startDate ?? this.today()
    return defaultInformalHourValueCents(start)
  }

  isRespiteProvision(provisionId: string): boolean {
    return Boolean(this.engine.provisions.find((p) => p.id === provisionId)?.respite)
  }

  evaluateScenario(scenario: Scenario): EvaluatedScenario {
    const household = this.household
    if (!household) return { scenario, result: null, error: null }
    try {
      return {
        scenario,
        result: this.engine.evaluateScenario({ household, scenario, municipality: this.municipality }),
        error: null,
      }
    } catch (error) {
      return { scenario, result: null, error: error instanceof Error ? error.message : String(error) }
    }
  }

  // --- comparison ---------------------------------------------------------------------------------

  /** The compared scenarios in the household's order; the first is the baseline. */
  get comparedIds(): string[] {
    const all = this.scenarios.map((s) => s.id)
    const chosen = this.compareIds?.filter((id) => all.includes(id)) ?? all.slice(0, MAX_COMPARED)
    return all.filter((id) => chosen.includes(id))
  }

  toggleCompared(scenarioId: string): void {
    const current = this.comparedIds
    if (current.includes(scenarioId)) this.compareIds = current.filter((id) => id !== scenarioId)
    else if (current.length < MAX_COMPARED) this.compareIds = [...current, scenarioId]
  }

  setMeasure(measure: CostMeasure): void {
    this.measure = measure
  }

  get comparison(): ComparisonView | null {
    const household = this.household
    if (!household) return null
    const evaluated = this.scenarios
      .filter((s) => this.comparedIds.includes(s.id))
      .map((s) => this.evaluateScenario(s))
    const ok = evaluated.filter((e): e is EvaluatedScenario & { result: ScenarioResult } => e.result !== null)
    const scenarios = ok.map((e) => e.scenario)
    const results = ok.map((e) => e.result)
    return {
      scenarios,
      results,
      tables: buildComparisonTables(results),
      summaries: summariseScenarios(household, scenarios, results, (id) => this.isRespiteProvision(id)),
      stacked: shapeStackedCostByYear(scenarios, results),
      cumulative: shapeCumulativeCost(scenarios, results, 'municipal'),
      carerLoads: scenarios.map((s) => ({ scenarioId: s.id, rows: shapeCarerLoad(household, s) })),
      errors: evaluated
        .filter((e) => e.error !== null)
        .map((e) => ({ scenarioId: e.scenario.id, name: e.scenario.name, message: e.error ?? '' })),
    }
  }

  // --- decisions ----------------------------------------------------------------------------------

  async choose(scenarioId: string, reasoning: string): Promise<boolean> {
    const text = reasoning.trim()
    if (!text) {
      this.ui.showNotice('error', i18next.t('decision.choose.reasonRequired'))
      return false
    }
    const changed = chooseScenario(this.scenarios, scenarioId, this.today(), text)
    let ok = true
    for (const scenario of changed) ok = (await this.openCase.saveScenario(scenario)) && ok
    return ok
  }

  async unchoose(scenarioId: string): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    if (!scenario?.chosen) return false
    return this.openCase.saveScenario({ ...scenario, chosen: null })
  }

  async recordDeviation(scenarioId: string, finding: Finding, reason: string): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    const text = reason.trim()
    if (!scenario) return false
    if (!text) {
      this.ui.showNotice('error', i18next.t('decision.deviation.reasonRequired'))
      return false
    }
    const deviation: Deviation = {
      ruleId: finding.ruleId,
      lineId: finding.lineId ?? null,
      personId: finding.personId ?? null,
      reason: text,
      decidedOn: this.today(),
    }
    return this.openCase.saveScenario(withDeviation(scenario, deviation))
  }

  async removeDeviation(scenarioId: string, deviation: Deviation): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    if (!scenario) return false
    return this.openCase.saveScenario(withoutDeviation(scenario, deviation))
  }

  // --- what-if ------------------------------------------------------------------------------------

  get whatIfScenario(): Scenario | null {
    return (
      this.scenarios.find((s) => s.id === this.whatIfScenarioId) ??
      this.openCase.selectedScenario ??
      this.scenarios[0] ??
      null
    )
  }

  selectWhatIfScenario(scenarioId: string): void {
    this.whatIfScenarioId = scenarioId
    this.whatIfValues = {}
  }

  get baseState(): WhatIfState | null {
    const household = this.household
    const scenario = this.whatIfScenario
    if (!household || !scenario) return null
    return { household, scenario, municipality: this.municipality }
  }

  get levers(): Lever[] {
    const state = this.baseState
    return state ? defaultLevers(state) : []
  }

  leverBase(lever: Lever): number {
    const state = this.baseState
    return state ? leverBaseValue(state, lever, this.informalDefaultCents) : 0
  }

  leverValue(lever: Lever): number {
    return this.whatIfValues[leverKey(lever)] ?? this.leverBase(lever)
  }

  /** Stores a lever value when it is allowed; a value out of range changes nothing (false). */
  setLever(lever: Lever, value: number): boolean {
    if (checkLeverValue(lever, value) !== null) return false
    this.whatIfValues = { ...this.whatIfValues, [leverKey(lever)]: value }
    return true
  }

  resetWhatIf(): void {
    this.whatIfValues = {}
  }

  get hasWhatIfChanges(): boolean {
    return this.levers.some((l) => {
      const v = this.whatIfValues[leverKey(l)]
      return v !== undefined && v !== this.leverBase(l)
    })
  }

  get modifiedState(): WhatIfState | null {
    let state = this.baseState
    if (!state) return null
    for (const lever of this.levers) {
      const value = this.whatIfValues[leverKey(lever)]
      if (value !== undefined) state = applyLever(state, lever, value)
    }
    return state
  }

  get whatIfBaseResult(): ScenarioResult | null {
    const s = this.whatIfScenario
    return s ? this.evaluateScenario(s).result : null
  }

  get whatIfResult(): ScenarioResult | null {
    const state = this.modifiedState
    if (!state) return null
    try {
      return this.engine.evaluateScenario(state)
    } catch {
      return null
    }
  }

  /** Saves the what-if changes that belong to the scenario and the household (not the tariff change). */
  async keepWhatIf(): Promise<boolean> {
    const base = this.baseState
    const modified = this.modifiedState
    if (!base || !modified) return false
    let ok = await this.openCase.saveScenario(modified.scenario)
    for (const carer of modified.household.carers) {
      const before = base.household.carers.find((c) => c.id === carer.id)
      if (before && before.capacityHoursPerWeek !== carer.capacityHoursPerWeek) {
        ok = (await this.openCase.saveCarer(carer)) && ok
      }
    }
    if (ok) runInAction(() => (this.whatIfValues = {}))
    return ok
  }

  setSensitivityPercent(percent: number): void {
    if (Number.isFinite(percent) && percent > 0 && percent <= 100) this.sensitivityPercent = percent
  }

  get sensitivity(): SensitivityResult | null {
    const state = this.modifiedState
    if (!state) return null
    try {
      return sensitivitySweep({
        state,
        levers: this.levers,
        evaluate: this.evaluate,
        percent: this.sensitivityPercent,
        measure: this.measure,
        defaultInformalHourValueCents: this.informalDefaultCents,
      })
    } catch {
      return null
    }
  }

  /** Where moving a carer's hours up overloads them, or moving a line up makes a blocking finding appear. */
  get thresholds(): ThresholdCrossing[] {
    const state = this.modifiedState
    if (!state) return []
    const out: ThresholdCrossing[] = []
    try {
      for (const lever of this.levers) {
        if (lever.kind !== 'carer-hours' && lever.kind !== 'line-volume') continue
        const base = leverBaseValue(state, lever, this.informalDefaultCents)
        const capacity =
          lever.kind === 'carer-hours'
            ? (state.household.carers.find((c) => c.id === lever.carerId)?.capacityHoursPerWeek ?? 0)
            : 0
        const to =
          lever.kind === 'carer-hours'
            ? Math.max(base * 2, capacity * 1.5, base + 8)
            : Math.max(base * 3, base + 4)
        out.push(
          ...findThresholds({
            state,
            lever,
            to,
            evaluate: this.evaluate,
            steps: 8,
            precision: 0.25,
            defaultInformalHourValueCents: this.informalDefaultCents,
          }),
        )
      }
    } catch {
      return out
    }
    return out
  }

  // --- cost of doing nothing ----------------------------------------------------------------------

  private ensureDoNothing(): DoNothingSelection | null {
    const household = this.household
    if (!household) return null
    if (this.doNothingHouseholdId !== household.id) {
      const first = this.scenarios[0]
      this.doNothing = this.storage.read(household.id) ?? {
        householdId: household.id,
        startDate: first?.startDate ?? this.today(),
        horizonMonths: first?.horizonMonths ?? 36,
        risks: [],
        updatedOn: this.today(),
      }
      this.doNothingHouseholdId = household.id
    }
    return this.doNothing
  }

  get doNothingSelection(): DoNothingSelection | null {
    const household = this.household
    if (!household) return null
    if (this.doNothingHouseholdId === household.id) return this.doNothing
    // Reading storage inside a computed must not write state: show what is stored (or an empty one).
    return (
      this.storage.read(household.id) ?? {
        householdId: household.id,
        startDate: this.scenarios[0]?.startDate ?? this.today(),
        horizonMonths: this.scenarios[0]?.horizonMonths ?? 36,
        risks: [],
        updatedOn: this.today(),
      }
    )
  }

  private saveDoNothing(risks: EscalationRisk[]): void {
    const current = this.ensureDoNothing()
    if (!current) return
    const next = { ...current, risks, updatedOn: this.today() }
    this.doNothing = next
    try {
      this.storage.write(next)
    } catch {
      this.ui.showNotice('error', i18next.t('decision.doNothing.saveFailed'))
    }
  }

  addRisk(kind: EscalationKind): void {
    const current = this.ensureDoNothing()
    if (!current) return
    const risk = newRisk(kind)
    if (kind === 'carer-dropout') risk.carerId = this.household?.carers[0]?.id ?? null
    this.saveDoNothing([...current.risks, risk])
  }

  updateRisk(index: number, patch: Partial<EscalationRisk>): void {
    const current = this.ensureDoNothing()
    if (!current || !current.risks[index]) return
    this.saveDoNothing(current.risks.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  }

  removeRisk(index: number): void {
    const current = this.ensureDoNothing()
    if (!current) return
    this.saveDoNothing(current.risks.filter((_, i) => i !== index))
  }

  /** Hours a week a carer gives in the chosen (or first) scenario, else their capacity. */
  carerHours(carerId: string): number {
    const scenario = this.scenarios.find((s) => s.chosen) ?? this.scenarios[0]
    const hours = scenario ? carerWeeklyHours(scenario, carerId) : 0
    return hours > 0
      ? hours
      : (this.household?.carers.find((c) => c.id === carerId)?.capacityHoursPerWeek ?? 0)
  }

  /** Professional replacement rate: individual begeleiding ZIN in the profile. */
  get replacementHourRateCents(): number | null {
    const selection = this.doNothingSelection
    const on = selection?.startDate ?? this.today()
    return tariffFor(this.municipality, 'wmo.begeleiding-individueel', 'zin', on)?.rateCents ?? null
  }

  get doNothingBaseline(): DoNothingBaseline | null {
    const selection = this.doNothingSelection
    if (!selection) return null
    const rate = this.replacementHourRateCents
    return buildDoNothingBaseline(selection, (carerId) =>
      rate == null ? null : carerDropoutAnnualCents(this.carerHours(carerId), rate),
    )
  }

  // --- optimiser ----------------------------------------------------------------------------------

  get optimiserNeeds(): NeedRequirement[] {
    const household = this.household
    if (!household) return []
    if (this.needsHouseholdId === household.id && this.needs) return this.needs
    return deriveNeeds(household)
  }

  setNeedHours(personId: string, domain: ZrmDomain, hours: number): void {
    const household = this.household
    if (!household) return
    this.needs = setNeedHours(this.optimiserNeeds, personId, domain, hours)
    this.needsHouseholdId = household.id
  }

  resetNeeds(): void {
    this.needs = null
    this.needsHouseholdId = null
  }

  /** Provisions that could address one of the needs (or give respite): the ones worth excluding or limiting. */
  get relevantProvisions(): readonly { id: string }[] {
    const domains = new Set(this.optimiserNeeds.map((n) => n.domain))
    return this.engine.provisions.filter((p) => p.respite || p.domains.some((d) => domains.has(d)))
  }

  notify(message: string): void {
    this.ui.showNotice('info', message)
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

  setLimit(provisionId: string, maxVolume: number | null): void {
    const others = this.limits.filter((l) => l.provisionId !== provisionId)
    this.limits =
      maxVolume == null || !Number.isFinite(maxVolume) || maxVolume < 0
        ? others
        : [...others, { provisionId, maxVolume }]
  }

  setRespiteEtmalen(etmalen: number): void {
    if (Number.isFinite(etmalen) && etmalen >= 0 && etmalen <= 8) this.respiteEtmalenPerMonth = etmalen
  }

  async runOptimiser(): Promise<void> {
    const household = this.household
    const base = this.openCase.selectedScenario ?? this.scenarios[0]
    if (!household) return
    this.run = { status: 'running' }
    let solve: Solve
    try {
      solve = await this.solver()
    } catch (error) {
      runInAction(() => {
        this.run = { status: 'failed', message: error instanceof Error ? error.message : String(error) }
      })
      return
    }
    runInAction(() => {
      try {
        const startDate = base?.startDate ?? this.today()
        const outcome = optimise({
          household,
          provisions: this.engine.provisions,
          needs: this.optimiserNeeds,
          rateFor: rateForProfile(this.municipality),
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
          scenarioId: newId(),
          scenarioName: i18next.t('decision.optimiser.proposalName'),
          newLineId: () => newId(),
        })
        let proposalResult: ScenarioResult | null = null
        let check: ProposalCheck | null = null
        let alternatives: AlternativeVerdict[] = []
        if (outcome.kind === 'proposal') {
          proposalResult = this.evaluateScenario(outcome.scenario).result
          if (proposalResult) check = checkProposal(household, proposalResult, startDate)
          const evaluated = this.scenarios
            .map((s) => this.evaluateScenario(s))
            .filter((e): e is EvaluatedScenario & { result: ScenarioResult } => e.result !== null)
          if (proposalResult)
            alternatives = explainAlternatives(
              { scenario: outcome.scenario, result: proposalResult },
              evaluated,
            )
        }
        this.run = { status: 'done', outcome, proposalResult, check, alternatives }
      } catch (error) {
        this.run = { status: 'failed', message: error instanceof Error ? error.message : String(error) }
      }
    })
  }

  /** Saves the proposal as a normal scenario and selects it for editing. */
  async acceptProposal(): Promise<string | null> {
    const run = this.run
    if (run.status !== 'done' || run.outcome.kind !== 'proposal') return null
    const scenario = run.outcome.scenario
    const ok = await this.openCase.saveScenario(scenario)
    if (!ok) return null
    runInAction(() => {
      this.openCase.selectScenario(scenario.id)
      this.run = { status: 'idle' }
    })
    return scenario.id
  }
}

function sameLock(a: LockedLine, b: LockedLine): boolean {
  return (
    a.provisionId === b.provisionId &&
    a.deliveryForm === b.deliveryForm &&
    a.personId === b.personId &&
    (a.carerId ?? null) === (b.carerId ?? null)
  )
}
