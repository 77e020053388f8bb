import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type { Scenario, ScenarioResult } from '#shared/domain/types'
import {
  applyLever,
  checkLeverValue,
  defaultLevers,
  leverBaseValue,
  leverKey,
  type Evaluate,
  type Lever,
  type WhatIfState,
} from '#shared/decision/what-if'
import {
  findThresholds,
  sensitivitySweep,
  type CostMeasure,
  type SensitivityResult,
  type ThresholdCrossing,
} from '#shared/decision/sensitivity'
import { defaultInformalHourValueCents } from '../../decision/municipality-rates'
import { evaluateOpenScenario, municipalityOf, type DecisionDeps } from './decision-deps'

/** The sensitivity sweep moves every lever by at least 1 % and at most 100 % of its value. */
export const MIN_SENSITIVITY_PERCENT = 1
export const MAX_SENSITIVITY_PERCENT = 100

/**
 * What-if on an in-memory copy of one scenario: levers move volumes, carer hours, tariffs; the engine
 * re-evaluates at once and nothing is saved until the consultant keeps the changes. Also the
 * sensitivity sweep (tornado) and the thresholds where a lever makes a finding appear.
 */
export class WhatIfStore {
  scenarioId: string | null = null
  values: Record<string, number> = {}
  sensitivityPercent = 20
  measure: CostMeasure = 'municipal'

  constructor(private readonly deps: DecisionDeps) {
    makeAutoObservable<WhatIfStore, 'deps'>(this, { deps: false })
    // The levers belong to the open household: start afresh when another one is opened.
    reaction(
      () => this.deps.openCase.householdId,
      () => this.resetForHousehold(),
    )
  }

  resetForHousehold(): void {
    this.scenarioId = null
    this.values = {}
  }

  get scenarios(): Scenario[] {
    return this.deps.openCase.scenarios
  }

  private get evaluate(): Evaluate {
    const engine = this.deps.engine
    return (input) => engine.evaluateScenario(input)
  }

  private get informalDefaultCents(): number {
    const start = this.scenarios[0]?.startDate ?? this.deps.today()
    return defaultInformalHourValueCents(start)
  }

  /** The scenario being explored: the picked one, else the case's selected one, else the first. */
  get scenario(): Scenario | null {
    return (
      this.scenarios.find((s) => s.id === this.scenarioId) ??
      this.deps.openCase.selectedScenario ??
      this.scenarios[0] ??
      null
    )
  }

  selectScenario(scenarioId: string): void {
    this.scenarioId = scenarioId
    this.values = {}
  }

  setMeasure(measure: CostMeasure): void {
    this.measure = measure
  }

  get baseState(): WhatIfState | null {
    const household = this.deps.openCase.household
    const scenario = this.scenario
    if (!household || !scenario) return null
    return { household, scenario, municipality: municipalityOf(this.deps) }
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
    return this.values[leverKey(lever)] ?? this.leverBase(lever)
  }

  /** Stores a lever value when it is allowed; a value out of range changes nothing (false). */
  setLever(lever: Lever, value: number): boolean {
    if (checkLeverValue(lever, value) !== null) return false
    this.values = { ...this.values, [leverKey(lever)]: value }
    return true
  }

  reset(): void {
    this.values = {}
  }

  get hasChanges(): boolean {
    return this.levers.some((l) => {
      const v = this.values[leverKey(l)]
      return v !== undefined && v !== this.leverBase(l)
    })
  }

  get modifiedState(): WhatIfState | null {
    let state = this.baseState
    if (!state) return null
    for (const lever of this.levers) {
      const value = this.values[leverKey(lever)]
      if (value !== undefined) state = applyLever(state, lever, value)
    }
    return state
  }

  get baseResult(): ScenarioResult | null {
    const s = this.scenario
    return s ? evaluateOpenScenario(this.deps, s).result : null
  }

  get result(): ScenarioResult | null {
    const state = this.modifiedState
    if (!state) return null
    try {
      return this.deps.engine.evaluateScenario(state)
    } catch {
      return null
    }
  }

  /** Saves the what-if changes that belong to the scenario and the household (not the tariff change). */
  async keep(): Promise<boolean> {
    const base = this.baseState
    const modified = this.modifiedState
    if (!base || !modified) return false
    let ok = await this.deps.openCase.saveScenario(modified.scenario)
    for (const carer of modified.household.carers) {
      const before = base.household.carers.find((c) => c.id === carer.id)
      if (before && before.capacityHoursPerWeek !== carer.capacityHoursPerWeek) {
        ok = (await this.deps.openCase.saveCarer(carer)) && ok
      }
    }
    if (ok) runInAction(() => (this.values = {}))
    return ok
  }

  /** Sets the sweep's ± percentage (MIN_SENSITIVITY_PERCENT–100); any other value changes nothing (false). */
  setSensitivityPercent(percent: number): boolean {
    if (!Number.isFinite(percent) || percent < MIN_SENSITIVITY_PERCENT || percent > MAX_SENSITIVITY_PERCENT)
      return false
    this.sensitivityPercent = percent
    return true
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
}
