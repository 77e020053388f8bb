import { makeAutoObservable, runInAction } from 'mobx'
import {
  DataError,
  type CaseAggregate,
  type DataLayer,
  type HouseholdSummary,
  type Unsubscribe,
} from '../data/api'
import { DATA_ERROR_MESSAGES } from '../data/errors'
import { fileSizeProblem, type PendingFile } from './import-limits'
import type { Cents, MunicipalityConfig } from '../../../shared/domain/types'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { caseFileName, type CaseFileIo } from './case-file-io'
import { describeError, translateProblem, type Problem } from './store-errors'
import { i18next } from '../i18n'

export type { HouseholdSummary }
export type CaseSortKey = 'name' | 'updated' | 'cost'
export type ImportOutcome =
  | { ok: true; householdId: string }
  /** `askCopy`: the household was imported before with other content; the text to import as a copy. */
  | { ok: false; problems: Problem[]; askCopy?: { text: string } }

function randomTag(): string {
  return globalThis.crypto.randomUUID().slice(0, 6)
}

/** Sorts and filters household summaries for the case list (pure; tested on its own). */
export function selectVisibleSummaries(
  summaries: readonly HouseholdSummary[],
  search: string,
  sortKey: CaseSortKey,
  costOf: (summary: HouseholdSummary) => Cents | null = (s) => s.monthlyCostCents,
): HouseholdSummary[] {
  const needle = search.trim().toLocaleLowerCase('nl')
  const filtered = needle
    ? summaries.filter((s) => s.label.toLocaleLowerCase('nl').includes(needle))
    : [...summaries]
  const byName = (a: HouseholdSummary, b: HouseholdSummary) => a.label.localeCompare(b.label, 'nl')
  switch (sortKey) {
    case 'name':
      return filtered.sort(byName)
    case 'updated':
      // Most recently changed first.
      return filtered.sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byName(a, b),
      )
    case 'cost':
      // Most expensive first; households without a scenario last.
      return filtered.sort((a, b) => {
        const ca = costOf(a) ?? -1
        const cb = costOf(b) ?? -1
        return ca === cb ? byName(a, b) : cb - ca
      })
  }
}

/**
 * The monthly cash cost of a household for the list: the chosen scenario (else the first) in its
 * first month, summed over every paying party; valued informal hours are not money and stay out.
 */
export function firstMonthCashCents(
  aggregate: CaseAggregate,
  engine: Pick<WorkspaceEngine, 'evaluateScenario'>,
  municipality: MunicipalityConfig | null,
): Cents | null {
  const scenario = aggregate.scenarios.find((s) => s.chosen) ?? aggregate.scenarios[0]
  if (!scenario) return null
  const result = engine.evaluateScenario({
    household: aggregate.household,
    scenario,
    ...(municipality ? { municipality } : {}),
  })
  const first = result.monthly[0]
  if (!first) return null
  return Object.entries(first.byPayer).reduce(
    (sum, [payer, cents]) => (payer === 'informal' ? sum : sum + cents),
    0,
  )
}

/** The list of households (Casussen): summaries fed by a live query, writes through the repository. */
export class CasesStore {
  summaries: HouseholdSummary[] = []
  loaded = false
  search = ''
  sortKey: CaseSortKey = 'updated'
  /** Monthly costs computed in the background where the summary does not carry one. */
  computedCosts = new Map<string, { updatedAt: string; cents: Cents | null }>()
  private unsubscribe: Unsubscribe | null = null
  private costTimer: ReturnType<typeof setTimeout> | null = null
  private costRunning = false

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly files: CaseFileIo,
    private readonly engine: WorkspaceEngine,
  ) {
    makeAutoObservable<
      CasesStore,
      'data' | 'ui' | 'files' | 'engine' | 'unsubscribe' | 'costTimer' | 'costRunning'
    >(this, {
      data: false,
      ui: false,
      files: false,
      engine: false,
      unsubscribe: false,
      costTimer: false,
      costRunning: false,
    })
  }

  /** Starts the live query (idempotent). */
  start(): void {
    if (this.unsubscribe) return
    this.unsubscribe = this.data.cases.observeSummaries({
      next: (summaries) =>
        runInAction(() => {
          // For the cold-start benchmark's breakdown (see tests/bench/browser).
          if (!this.loaded) globalThis.performance?.mark?.('maatwerk.summaries')
          this.summaries = summaries
          this.loaded = true
          this.scheduleCosts()
        }),
      error: (error) => this.ui.showNotice('error', describeError(error)),
    })
  }

  stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    if (this.costTimer) clearTimeout(this.costTimer)
    this.costTimer = null
  }

  /** The monthly cost shown and sorted on: the data layer's figure, else the one computed here. */
  costOf(summary: HouseholdSummary): Cents | null {
    return summary.monthlyCostCents ?? this.computedCosts.get(summary.id)?.cents ?? null
  }

  get visible(): HouseholdSummary[] {
    return selectVisibleSummaries(this.summaries, this.search, this.sortKey, (s) => this.costOf(s))
  }

  private staleCostIds(): string[] {
    return this.summaries
      .filter((s) => s.monthlyCostCents === null && this.computedCosts.get(s.id)?.updatedAt !== s.updatedAt)
      .map((s) => s.id)
  }

  /** Computes missing monthly costs once the list is on screen and settled, one household at a time. */
  private scheduleCosts(): void {
    if (this.costTimer || this.costRunning || this.staleCostIds().length === 0) return
    this.costTimer = setTimeout(() => {
      this.costTimer = null
      void this.computeCosts()
    }, 1500)
  }

  private async computeCosts(): Promise<void> {
    this.costRunning = true
    try {
      const municipality = await this.data.municipalities.getActiveProfile().catch(() => null)
      for (const id of this.staleCostIds()) {
        if (!this.unsubscribe) return
        const aggregate = await this.data.cases.loadCase(id).catch(() => null)
        if (!aggregate) continue
        let cents: Cents | null = null
        try {
          cents = firstMonthCashCents(aggregate, this.engine, municipality)
        } catch {
          cents = null // the case panel shows the engine's problem; the list just shows no amount
        }
        runInAction(() => {
          this.computedCosts.set(id, { updatedAt: aggregate.updatedAt, cents })
        })
        // Yield to the UI between households.
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    } finally {
      this.costRunning = false
    }
    // Changes that arrived while computing.
    runInAction(() => this.scheduleCosts())
  }

  get hasExamples(): boolean {
    return this.summaries.some((s) => s.example)
  }

  get canPickFile(): boolean {
    return this.files.pickFile !== null
  }

  setSearch(search: string): void {
    this.search = search
  }

  setSortKey(sortKey: CaseSortKey): void {
    this.sortKey = sortKey
  }

  async create(label: string): Promise<string | null> {
    return this.run(() => this.data.cases.createHousehold(label.trim()))
  }

  async duplicate(householdId: string, newLabel: string): Promise<string | null> {
    return this.run(() => this.data.cases.duplicateHousehold(householdId, newLabel.trim()))
  }

  async remove(householdId: string): Promise<boolean> {
    return (
      (await this.run(async () => {
        await this.data.cases.deleteHousehold(householdId)
        return true
      })) ?? false
    )
  }

  async removeExamples(): Promise<boolean> {
    return (
      (await this.run(async () => {
        await this.data.removeExamples()
        return true
      })) ?? false
    )
  }

  /** Validates a case file's text completely before anything is written; refuses it with every problem. */
  async importText(text: string, options: { asCopy?: boolean } = {}): Promise<ImportOutcome> {
    const parsed = this.engine.parseCaseFile(text)
    if (!parsed.ok) return { ok: false, problems: parsed.errors.map(translateProblem) }
    try {
      const householdId = await this.data.cases.importCaseFile(parsed.value, {
        asCopy: options.asCopy ?? false,
      })
      this.ui.showNotice('info', i18next.t('cases.import.done', { label: parsed.value.household.label }))
      return { ok: true, householdId }
    } catch (error) {
      // The same file again (an import started over): no duplicate, just say it is there already.
      if (error instanceof DataError && error.message === DATA_ERROR_MESSAGES.importSame) {
        this.ui.showNotice('info', i18next.t(error.message, error.params))
        return { ok: true, householdId: String(error.params['householdId']) }
      }
      // The same household with other content: ask before adding a second one.
      if (error instanceof DataError && error.message === DATA_ERROR_MESSAGES.importChanged) {
        return {
          ok: false,
          problems: [{ path: '', message: i18next.t(error.message, error.params) }],
          askCopy: { text },
        }
      }
      const problems =
        error instanceof Error && 'issues' in error && Array.isArray(error.issues)
          ? (error.issues as Problem[]).map(translateProblem)
          : [{ path: '', message: describeError(error) }]
      return { ok: false, problems }
    }
  }

  /** A file chosen in the browser: its size is checked before it is read, then as importText. */
  async importFile(file: PendingFile): Promise<ImportOutcome> {
    const tooLarge = fileSizeProblem(file)
    if (tooLarge) return { ok: false, problems: [tooLarge] }
    let text: string
    try {
      text = await file.read()
    } catch {
      return { ok: false, problems: [{ path: '', message: i18next.t('cases.import.notJson') }] }
    }
    return this.importText(text)
  }

  /** Electron: the open dialog; then as importText. Null when the user cancelled. */
  async pickAndImport(): Promise<ImportOutcome | null> {
    if (!this.files.pickFile) return null
    try {
      const picked = await this.files.pickFile()
      return picked ? await this.importText(picked.text) : null
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: describeError(error) }] }
    }
  }

  /** Exports one household as a case file; pseudonymised unless identifying data is explicitly included. */
  async exportCase(householdId: string, options: { includeIdentifying: boolean }): Promise<boolean> {
    const done = await this.run(async () => {
      const file = await this.data.cases.exportCaseFile(householdId)
      // The pseudonymised label must not derive from the original (ids and labels often hold names).
      const out = options.includeIdentifying
        ? file
        : this.engine.pseudonymiseCaseFile(file, { householdLabel: `Casus ${randomTag()}` })
      const result = await this.files.saveFile(
        caseFileName(out.household.label),
        this.engine.serializeCaseFile(out),
      )
      return result === 'saved'
    })
    if (done) this.ui.showNotice('info', i18next.t('cases.export.done'))
    return done ?? false
  }

  private async run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await action()
    } catch (error) {
      this.ui.showNotice('error', describeError(error))
      return null
    }
  }
}
