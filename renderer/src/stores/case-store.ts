import { makeAutoObservable, runInAction } from 'mobx'
import type { CaseAggregate, DataLayer, Unsubscribe } from '../data/api'
import type {
  ArrangementLine,
  Carer,
  Household,
  IsoDate,
  MunicipalityConfig,
  Person,
  Scenario,
  ScenarioResult,
  ZrmAssessment,
} from '../../../shared/domain/types'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { describeError } from './store-errors'

export type { CaseAggregate }
export type CaseStatus = 'idle' | 'loading' | 'ready' | 'missing'
export type HouseholdPatch = Partial<Pick<Household, 'label' | 'municipalityCode' | 'dates'>>
export type EvaluationOutcome =
  { ok: true; result: ScenarioResult } | { ok: false; message: string } | { ok: null }

function newId(): string {
  return globalThis.crypto.randomUUID()
}

function firstOfThisMonth(): IsoDate {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`
}

function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((i) => i.id === item.id)
  if (index < 0) return [...items, item]
  const copy = [...items]
  copy[index] = item
  return copy
}

/**
 * The open household: its aggregate fed by a live query, the selected scenario, and the engine's
 * ScenarioResult as a computed value, so every edit updates findings and costs at once. Edits are
 * applied to the local aggregate immediately (the engine re-runs in the same tick) and written through
 * the repository; a refused write shows why and restores the stored state.
 */
export class CaseStore {
  householdId: string | null = null
  aggregate: CaseAggregate | null = null
  status: CaseStatus = 'idle'
  selectedScenarioId: string | null = null
  municipality: MunicipalityConfig | null = null
  private pendingWrites = 0
  private subscriptions: Unsubscribe[] = []

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly engine: WorkspaceEngine,
    private readonly today: () => IsoDate = firstOfThisMonth,
  ) {
    makeAutoObservable<CaseStore, 'data' | 'ui' | 'engine' | 'today' | 'subscriptions' | 'pendingWrites'>(
      this,
      {
        data: false,
        ui: false,
        engine: false,
        today: false,
        subscriptions: false,
        pendingWrites: false,
      },
    )
  }

  /** Opens a household (idempotent for the same id): live aggregate and the active municipality profile. */
  open(householdId: string): void {
    if (this.householdId === householdId) return
    this.close()
    this.householdId = householdId
    this.status = 'loading'
    // Opening a case is logged as 'viewed' (issue 12 item 7); a read-only database cannot log it.
    void this.data.audit
      .record({ action: 'case.view', objectType: 'household', objectId: householdId, householdId })
      .catch(() => undefined)
    this.subscriptions.push(
      this.data.cases.observeCase(householdId, {
        next: (aggregate) => this.receive(householdId, aggregate),
        error: (error) => this.ui.showNotice('error', describeError(error)),
      }),
      this.data.municipalities.observeProfiles({
        next: () => void this.refreshMunicipality(),
        error: () => undefined,
      }),
    )
    void this.refreshMunicipality()
  }

  close(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe()
    this.subscriptions = []
    this.householdId = null
    this.aggregate = null
    this.status = 'idle'
    this.selectedScenarioId = null
    this.pendingWrites = 0
  }

  private receive(householdId: string, aggregate: CaseAggregate | null): void {
    if (householdId !== this.householdId) return
    // While our own writes are in flight, an earlier commit's snapshot would undo newer local edits.
    if (this.pendingWrites > 0) return
    this.aggregate = aggregate
    this.status = aggregate ? 'ready' : 'missing'
  }

  private async refreshMunicipality(): Promise<void> {
    try {
      const profile = await this.data.municipalities.getActiveProfile()
      runInAction(() => {
        this.municipality = profile
      })
    } catch {
      // Without a profile the engine uses its default tariffs; nothing to tell the user here.
    }
  }

  get household(): Household | null {
    return this.aggregate?.household ?? null
  }

  get scenarios(): Scenario[] {
    return this.aggregate?.scenarios ?? []
  }

  get selectedScenario(): Scenario | null {
    const scenarios = this.scenarios
    return scenarios.find((s) => s.id === this.selectedScenarioId) ?? scenarios[0] ?? null
  }

  get isExample(): boolean {
    return this.aggregate?.example ?? false
  }

  /** The engine's verdict on the selected scenario with the active municipality profile. */
  get evaluation(): EvaluationOutcome {
    const household = this.household
    const scenario = this.selectedScenario
    if (!household || !scenario) return { ok: null }
    try {
      const result = this.engine.evaluateScenario({
        household,
        scenario,
        ...(this.municipality ? { municipality: this.municipality } : {}),
      })
      return { ok: true, result }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }

  get result(): ScenarioResult | null {
    const evaluation = this.evaluation
    return evaluation.ok ? evaluation.result : null
  }

  personName(personId: string | null | undefined): string {
    return this.household?.members.find((m) => m.id === personId)?.name ?? '—'
  }

  carerName(carerId: string | null | undefined): string {
    return this.household?.carers.find((c) => c.id === carerId)?.name ?? '—'
  }

  selectScenario(scenarioId: string): void {
    this.selectedScenarioId = scenarioId
  }

  // --- household ------------------------------------------------------------------------------

  updateHousehold(patch: HouseholdPatch): Promise<boolean> {
    const household = this.household
    if (!household) return Promise.resolve(false)
    const next = { ...household, ...patch }
    return this.write(
      (a) => ({ ...a, household: { ...a.household, ...patch } }),
      (id) =>
        this.data.cases.updateHousehold({
          id,
          label: next.label,
          municipalityCode: next.municipalityCode ?? null,
          dates: next.dates ?? null,
        }),
    )
  }

  saveMember(member: Person): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, household: { ...a.household, members: upsert(a.household.members, member) } }),
      (id) => this.data.cases.saveMember(id, member),
    )
  }

  deleteMember(personId: string): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: { ...a.household, members: a.household.members.filter((m) => m.id !== personId) },
      }),
      (id) => this.data.cases.deleteMember(id, personId),
    )
  }

  saveAssessment(personId: string, assessment: ZrmAssessment): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: {
          ...a.household,
          members: a.household.members.map((m) => (m.id === personId ? { ...m, zrm: assessment } : m)),
        },
      }),
      (id) => this.data.cases.saveAssessment(id, personId, assessment),
    )
  }

  saveCarer(carer: Carer): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, household: { ...a.household, carers: upsert(a.household.carers, carer) } }),
      (id) => this.data.cases.saveCarer(id, carer),
    )
  }

  deleteCarer(carerId: string): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: { ...a.household, carers: a.household.carers.filter((c) => c.id !== carerId) },
      }),
      (id) => this.data.cases.deleteCarer(id, carerId),
    )
  }

  // --- scenarios and lines ----------------------------------------------------------------------

  async createScenario(name: string): Promise<string | null> {
    const scenario: Scenario = {
      id: newId(),
      name: name.trim(),
      startDate: this.today(),
      horizonMonths: 36,
      lines: [],
    }
    const ok = await this.write(
      (a) => ({ ...a, scenarios: [...a.scenarios, scenario] }),
      (id) => this.data.cases.saveScenario(id, scenario),
    )
    if (!ok) return null
    runInAction(() => {
      this.selectedScenarioId = scenario.id
    })
    return scenario.id
  }

  async duplicateScenario(scenarioId: string, name: string): Promise<string | null> {
    const source = this.scenarios.find((s) => s.id === scenarioId)
    if (!source) return null
    const lineIds = new Map(source.lines.map((l) => [l.id, newId()]))
    const copy: Scenario = {
      ...source,
      id: newId(),
      name: name.trim(),
      chosen: null,
      lines: source.lines.map((l) => ({ ...l, id: lineIds.get(l.id) ?? newId() })),
      deviations: (source.deviations ?? []).map((d) => ({
        ...d,
        lineId: d.lineId ? (lineIds.get(d.lineId) ?? null) : null,
      })),
    }
    const ok = await this.write(
      (a) => ({ ...a, scenarios: [...a.scenarios, copy] }),
      (id) => this.data.cases.saveScenario(id, copy),
    )
    if (!ok) return null
    runInAction(() => {
      this.selectedScenarioId = copy.id
    })
    return copy.id
  }

  renameScenario(scenarioId: string, name: string): Promise<boolean> {
    const scenario = this.scenarios.find((s) => s.id === scenarioId)
    if (!scenario) return Promise.resolve(false)
    const renamed = { ...scenario, name: name.trim() }
    return this.saveScenario(renamed)
  }

  /** Saves a scenario's own fields (name, start, horizon, assumptions…) and its lines as given. */
  saveScenario(scenario: Scenario): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, scenarios: upsert(a.scenarios, scenario) }),
      (id) => this.data.cases.saveScenario(id, scenario),
    )
  }

  async deleteScenario(scenarioId: string): Promise<boolean> {
    const ok = await this.write(
      (a) => ({ ...a, scenarios: a.scenarios.filter((s) => s.id !== scenarioId) }),
      (id) => this.data.cases.deleteScenario(id, scenarioId),
    )
    if (ok && this.selectedScenarioId === scenarioId) {
      runInAction(() => {
        this.selectedScenarioId = null
      })
    }
    return ok
  }

  saveLine(scenarioId: string, line: ArrangementLine): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        scenarios: a.scenarios.map((s) => (s.id === scenarioId ? { ...s, lines: upsert(s.lines, line) } : s)),
      }),
      (id) => this.data.cases.saveLine(id, scenarioId, line),
    )
  }

  deleteLine(scenarioId: string, lineId: string): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        scenarios: a.scenarios.map((s) =>
          s.id === scenarioId ? { ...s, lines: s.lines.filter((l) => l.id !== lineId) } : s,
        ),
      }),
      (id) => this.data.cases.deleteLine(id, scenarioId, lineId),
    )
  }

  /**
   * Applies an edit locally (so the computed result updates in this tick), then writes it. On a
   * refused write the user sees why and the stored state comes back.
   */
  private async write(
    applyLocal: (aggregate: CaseAggregate) => CaseAggregate,
    persist: (householdId: string) => Promise<void>,
  ): Promise<boolean> {
    const householdId = this.householdId
    const aggregate = this.aggregate
    if (!householdId || !aggregate) return false
    this.aggregate = applyLocal(aggregate)
    this.pendingWrites++
    let ok = true
    try {
      await persist(householdId)
    } catch (error) {
      ok = false
      this.ui.showNotice('error', describeError(error))
    }
    let reload = false
    runInAction(() => {
      if (householdId !== this.householdId) return
      this.pendingWrites = Math.max(0, this.pendingWrites - 1)
      // On success the live query emits the committed state after this point (it re-reads after the
      // commit), so the local aggregate stays until then; on failure the stored state is reloaded.
      if (this.pendingWrites === 0 && !ok) reload = true
    })
    if (reload) {
      const stored = await this.data.cases.loadCase(householdId).catch(() => null)
      runInAction(() => {
        if (householdId === this.householdId && this.pendingWrites === 0) {
          this.aggregate = stored
          this.status = stored ? 'ready' : 'missing'
        }
      })
    }
    return ok
  }
}
