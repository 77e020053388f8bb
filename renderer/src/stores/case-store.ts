import { makeAutoObservable, runInAction } from 'mobx'
import { localToday } from '../format/today'
import {
  DataError,
  type CaseAggregate,
  type DataLayer,
  type Unsubscribe,
  type WriteOptions,
} from '../data/api'
import { DATA_ERROR_MESSAGES } from '../data/errors'
import type {
  ArrangementLine,
  Carer,
  DoNothingSelection,
  Household,
  IsoDateInput,
  MunicipalityConfig,
  Person,
  Scenario,
  ScenarioResult,
  ZrmAssessment,
} from '#shared/domain/types'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { deriveCaseStatus, type CaseStatus as CaseFlowStatus } from '#shared/case-flow/stage'
import { suggestFirstArrangement, type Suggestion } from '#shared/case-flow/suggest'
import { formatIsoDate } from '#shared/domain/dates'
import { engineErrorMessage } from './engine-error'
import type { Message } from './messages'

type CaseStatus = 'idle' | 'loading' | 'ready' | 'missing'
type HouseholdPatch = Partial<Pick<Household, 'label' | 'municipalityCode' | 'dates'>>
/** The engine's verdict; a refusal as a plain sentence, any thrown text only as its `technical` part. */
type EvaluationOutcome = { ok: true; result: ScenarioResult } | { ok: false; message: Message } | { ok: null }

function newId(): string {
  return globalThis.crypto.randomUUID()
}

function firstOfThisMonth(): IsoDateInput {
  const now = new Date()
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, 1)
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
  /** The scenario last changed in this household (kept across sessions, a UI preference, not case data). */
  lastEditedScenarioId: string | null = null
  municipality: MunicipalityConfig | null = null
  /** A write was refused because another window changed this household first (shown with reload). */
  conflict = false
  /**
   * Why the last write of this window was refused, when not a conflict: 'quota' for a full disk. The
   * forms keep the user's draft and say so (views/common/UnsavedDraftNotice.tsx); cleared by a
   * successful write.
   */
  writeRefusal: 'quota' | 'other' | null = null
  private pendingWrites = 0
  /**
   * Case writes started and not yet settled, whichever household they belong to (observable). The
   * screen shows an edit at once; until this is 0 the edit may not be stored yet.
   */
  writesInFlight = 0
  private subscriptions: Unsubscribe[] = []
  /** The stored version our next write is based on (optimistic concurrency); null when unknown. */
  private knownVersion: number | null = null
  /** Writes of this window run one after another, each based on the version the previous left. */
  private queue: Promise<unknown> = Promise.resolve()
  /** Versions this window's own writes produced, so an edit form is not stale because of them. */
  private ownVersions = new Set<number>()
  /** The changed-outside message was shown for the open household (once per open). */
  private contentChangeShown = false

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly engine: WorkspaceEngine,
    private readonly today: () => IsoDateInput = firstOfThisMonth,
    private readonly asOf: () => IsoDateInput = localToday,
  ) {
    makeAutoObservable<
      CaseStore,
      | 'data'
      | 'ui'
      | 'engine'
      | 'today'
      | 'asOf'
      | 'subscriptions'
      | 'pendingWrites'
      | 'knownVersion'
      | 'queue'
      | 'ownVersions'
      | 'contentChangeShown'
    >(this, {
      data: false,
      ui: false,
      engine: false,
      today: false,
      asOf: false,
      subscriptions: false,
      pendingWrites: false,
      knownVersion: false,
      queue: false,
      ownVersions: false,
      contentChangeShown: false,
    })
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
        error: (error) => this.ui.showError(error),
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
    this.lastEditedScenarioId = null
    this.pendingWrites = 0
    this.knownVersion = null
    this.ownVersions.clear()
    this.conflict = false
    this.writeRefusal = null
    this.contentChangeShown = false
  }

  /**
   * The version an edit form starts from. A form keeps its own draft while the stored case moves on
   * (another window's commit arrives through the live query), so a save from that draft passes this
   * back (`basedOn`): when another window changed the case since, the save is refused as a conflict
   * instead of writing the draft's stale fields over the other window's change.
   */
  editBase(): number | null {
    return this.knownVersion
  }

  /**
   * A snapshot from the live query: our own commits, and those of other windows and tabs (Dexie's
   * liveQuery hears other tabs' commits through a BroadcastChannel), so an open screen follows
   * changes made elsewhere.
   */
  private receive(householdId: string, aggregate: CaseAggregate | null): void {
    if (householdId !== this.householdId) return
    // While our own writes are in flight, an earlier commit's snapshot would undo newer local edits.
    if (this.pendingWrites > 0) return
    this.aggregate = aggregate
    // The arrangement tab opens the scenario last changed, as stored with the household (any window).
    if (this.lastEditedScenarioId === null)
      this.lastEditedScenarioId = aggregate?.lastEditedScenarioId ?? null
    this.knownVersion = aggregate?.version ?? null
    this.status = aggregate ? 'ready' : 'missing'
    // Content changed outside Maatwerk (content-mac.ts): shown as stored, said once per open; writes
    // are refused by the data layer until the consultant accepts it after review (`acceptContent`).
    if (aggregate?.contentChanged && !this.contentChangeShown) {
      this.contentChangeShown = true
      this.ui.showError(new DataError('conflict', DATA_ERROR_MESSAGES.caseChangedOutside))
    }
    if (!aggregate?.contentChanged) this.contentChangeShown = false
  }

  /** Whether the open household's content was changed outside Maatwerk (see `receive`). */
  get contentChanged(): boolean {
    return this.aggregate?.contentChanged === true
  }

  /** After review: accepts the household's content as stored now (audited by the data layer). */
  async acceptContent(): Promise<void> {
    const householdId = this.householdId
    if (!householdId) return
    try {
      await this.data.cases.acceptCaseContent(householdId)
    } catch (error) {
      this.ui.showError(error)
    }
  }

  /** After a conflict: shows what is stored now and bases the next write on it. */
  async reload(): Promise<void> {
    const householdId = this.householdId
    if (!householdId) return
    const stored = await this.data.cases.loadCase(householdId).catch(() => null)
    runInAction(() => {
      if (householdId !== this.householdId || this.pendingWrites > 0) return
      this.aggregate = stored
      this.knownVersion = stored?.version ?? null
      this.status = stored ? 'ready' : 'missing'
      this.conflict = false
    })
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

  /** The scenario picked in this session; else the last edited one; else the chosen one; else the first. */
  get selectedScenario(): Scenario | null {
    const scenarios = this.scenarios
    return (
      scenarios.find((s) => s.id === this.selectedScenarioId) ??
      scenarios.find((s) => s.id === this.lastEditedScenarioId) ??
      scenarios.find((s) => s.chosen) ??
      scenarios[0] ??
      null
    )
  }

  /** Where the case stands: stage, deadlines, evaluation, and what is still missing before the next step. */
  get caseStatus(): CaseFlowStatus | null {
    const household = this.household
    if (!household) return null
    const scenarios = this.scenarios
    const chosen = scenarios.find((s) => s.chosen) ?? null
    let chosenFindings: ScenarioResult['findings'] | null = null
    if (chosen) {
      if (chosen === this.selectedScenario) chosenFindings = this.result?.findings ?? null
      else {
        try {
          chosenFindings = this.engine.evaluateScenario({
            household,
            scenario: chosen,
            ...(this.municipality ? { municipality: this.municipality } : {}),
          }).findings
        } catch {
          chosenFindings = null // the arrangement tab shows the engine's problem
        }
      }
    }
    return deriveCaseStatus({ household, scenarios, asOf: this.asOf(), chosenFindings })
  }

  /** The repository stores it with the write itself (HouseholdRow.lastEditedScenarioId). */
  private noteEdited(scenarioId: string): void {
    this.lastEditedScenarioId = scenarioId
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
      return { ok: false, message: engineErrorMessage(error) }
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

  updateHousehold(patch: HouseholdPatch, basedOn?: number | null): Promise<boolean> {
    const household = this.household
    if (!household) return Promise.resolve(false)
    const next = { ...household, ...patch }
    return this.write(
      (a) => ({ ...a, household: { ...a.household, ...patch } }),
      (id, options) =>
        this.data.cases.updateHousehold(
          {
            id,
            label: next.label,
            municipalityCode: next.municipalityCode ?? null,
            dates: next.dates ?? null,
          },
          options,
        ),
      basedOn,
    )
  }

  saveMember(member: Person, basedOn?: number | null): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, household: { ...a.household, members: upsert(a.household.members, member) } }),
      (id, options) => this.data.cases.saveMember(id, member, options),
      basedOn,
    )
  }

  deleteMember(personId: string): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: { ...a.household, members: a.household.members.filter((m) => m.id !== personId) },
      }),
      (id, options) => this.data.cases.deleteMember(id, personId, options),
    )
  }

  saveAssessment(personId: string, assessment: ZrmAssessment, basedOn?: number | null): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: {
          ...a.household,
          members: a.household.members.map((m) => (m.id === personId ? { ...m, zrm: assessment } : m)),
        },
      }),
      (id, options) => this.data.cases.saveAssessment(id, personId, assessment, options),
      basedOn,
    )
  }

  saveCarer(carer: Carer, basedOn?: number | null): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, household: { ...a.household, carers: upsert(a.household.carers, carer) } }),
      (id, options) => this.data.cases.saveCarer(id, carer, options),
      basedOn,
    )
  }

  deleteCarer(carerId: string): Promise<boolean> {
    return this.write(
      (a) => ({
        ...a,
        household: { ...a.household, carers: a.household.carers.filter((c) => c.id !== carerId) },
      }),
      (id, options) => this.data.cases.deleteCarer(id, carerId, options),
    )
  }

  // --- cost of doing nothing ----------------------------------------------------------------------

  /** The household's stored cost-of-doing-nothing selection (null when none was made). */
  get doNothing(): DoNothingSelection | null {
    return this.aggregate?.doNothing ?? null
  }

  /** Stores the cost-of-doing-nothing selection (part of the case: audited, backed up, exported). */
  saveDoNothing(selection: DoNothingSelection | null): Promise<boolean> {
    return this.write(
      (a) => ({ ...a, doNothing: selection }),
      (id, options) => this.data.cases.saveDoNothing(id, selection, options),
    )
  }

  // --- scenarios and lines ----------------------------------------------------------------------

  /** The first arrangement suggested for a case without one (needs scored 1–2, carers who consented). */
  get suggestion(): Suggestion | null {
    const household = this.household
    if (!household) return null
    let n = 0
    // Placeholder ids: the real ones are drawn when the scenario is created.
    return suggestFirstArrangement(household, this.today(), () => `suggested-${++n}`)
  }

  async createScenario(name: string, options: { suggested?: boolean } = {}): Promise<string | null> {
    const household = this.household
    const startDate = this.today()
    const scenario: Scenario = {
      id: newId(),
      name: name.trim(),
      startDate,
      horizonMonths: 36,
      lines: options.suggested && household ? suggestFirstArrangement(household, startDate, newId).lines : [],
    }
    const ok = await this.write(
      (a) => ({ ...a, scenarios: [...a.scenarios, scenario] }),
      (id, options) => this.data.cases.saveScenario(id, scenario, options),
    )
    if (!ok) return null
    runInAction(() => {
      this.selectedScenarioId = scenario.id
      this.noteEdited(scenario.id)
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
      (id, options) => this.data.cases.saveScenario(id, copy, options),
    )
    if (!ok) return null
    runInAction(() => {
      this.selectedScenarioId = copy.id
      this.noteEdited(copy.id)
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
    this.noteEdited(scenario.id)
    return this.write(
      (a) => ({ ...a, scenarios: upsert(a.scenarios, scenario) }),
      (id, options) => this.data.cases.saveScenario(id, scenario, options),
    )
  }

  async deleteScenario(scenarioId: string): Promise<boolean> {
    const ok = await this.write(
      (a) => ({ ...a, scenarios: a.scenarios.filter((s) => s.id !== scenarioId) }),
      (id, options) => this.data.cases.deleteScenario(id, scenarioId, options),
    )
    if (ok && this.selectedScenarioId === scenarioId) {
      runInAction(() => {
        this.selectedScenarioId = null
      })
    }
    return ok
  }

  saveLine(scenarioId: string, line: ArrangementLine): Promise<boolean> {
    this.noteEdited(scenarioId)
    return this.write(
      (a) => ({
        ...a,
        scenarios: a.scenarios.map((s) => (s.id === scenarioId ? { ...s, lines: upsert(s.lines, line) } : s)),
      }),
      (id, options) => this.data.cases.saveLine(id, scenarioId, line, options),
    )
  }

  deleteLine(scenarioId: string, lineId: string): Promise<boolean> {
    this.noteEdited(scenarioId)
    return this.write(
      (a) => ({
        ...a,
        scenarios: a.scenarios.map((s) =>
          s.id === scenarioId ? { ...s, lines: s.lines.filter((l) => l.id !== lineId) } : s,
        ),
      }),
      (id, options) => this.data.cases.deleteLine(id, scenarioId, lineId, options),
    )
  }

  /** True when a version after `basedOn` up to `current` was not written by this window. */
  private changedElsewhereSince(basedOn: number | null | undefined, current: number | null): boolean {
    if (basedOn === null || basedOn === undefined || current === null) return false
    for (let version = basedOn + 1; version <= current; version++)
      if (!this.ownVersions.has(version)) return true
    return false
  }

  /**
   * Applies an edit locally (so the computed result updates in this tick), then writes it. On a
   * refused write the user sees why and the stored state comes back.
   */
  private async write(
    applyLocal: (aggregate: CaseAggregate) => CaseAggregate,
    persist: (householdId: string, options: WriteOptions) => Promise<void>,
    basedOn?: number | null,
  ): Promise<boolean> {
    const householdId = this.householdId
    const aggregate = this.aggregate
    if (!householdId || !aggregate) return false
    this.aggregate = applyLocal(aggregate)
    this.pendingWrites++
    this.writesInFlight++
    let ok = true
    // Queued behind this window's earlier writes, so each is based on the version the previous one
    // left; a version changed by anyone else is refused inside the write transaction.
    const run = this.queue.then(async () => {
      if (householdId !== this.householdId) return
      const expected = this.knownVersion
      try {
        // An edit form's draft is as old as `basedOn`: if a version since then came from another
        // window, the draft would overwrite that change with its stale fields.
        if (this.changedElsewhereSince(basedOn, expected))
          throw new DataError('conflict', DATA_ERROR_MESSAGES.changedElsewhere)
        await persist(householdId, expected === null ? {} : { expectedVersion: expected })
        runInAction(() => {
          this.writeRefusal = null
          if (householdId === this.householdId && this.knownVersion !== null) {
            this.knownVersion += 1
            this.ownVersions.add(this.knownVersion)
          }
        })
      } catch (error) {
        ok = false
        const changedElsewhere =
          error instanceof DataError && error.message === DATA_ERROR_MESSAGES.changedElsewhere
        runInAction(() => {
          if (changedElsewhere && householdId === this.householdId) this.conflict = true
          this.writeRefusal = changedElsewhere
            ? null
            : error instanceof DataError && error.kind === 'quota'
              ? 'quota'
              : 'other'
        })
        this.ui.showError(error)
      }
    })
    this.queue = run.catch(() => undefined)
    await run
    let reload = false
    runInAction(() => {
      this.writesInFlight = Math.max(0, this.writesInFlight - 1)
      if (householdId !== this.householdId) return
      this.pendingWrites = Math.max(0, this.pendingWrites - 1)
      // On success the live query emits the committed state after this point (it re-reads after the
      // commit), so the local aggregate stays until then; on failure the stored state is reloaded —
      // after a conflict that is the other window's change, never a silent overwrite of it.
      if (this.pendingWrites === 0 && !ok) reload = true
    })
    if (reload) {
      const stored = await this.data.cases.loadCase(householdId).catch(() => null)
      runInAction(() => {
        if (householdId === this.householdId && this.pendingWrites === 0) {
          this.aggregate = stored
          this.knownVersion = stored?.version ?? null
          this.status = stored ? 'ready' : 'missing'
        }
      })
    }
    return ok
  }
}
