import { makeAutoObservable, observableRef, reaction, runInAction } from 'mobx'
import {
  DataError,
  type CaseAggregate,
  type DataLayer,
  type HouseholdSummary,
  type Unsubscribe,
} from '../data/api'
import { DATA_ERROR_MESSAGES } from '../data/errors'
import { fileSizeProblem, type PendingFile } from './import-limits'
import type { CentsInput, MunicipalityConfig } from '#shared/domain/types'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { caseFileName, type CaseFileIo } from './case-file-io'
import { errorMessage, fileProblem, problemOf, type CodedProblem, type Problem } from './messages'
import { formatNumber } from '../format/format'
import { localToday } from '../format/today'
import {
  countCaseload,
  matchesCaseloadFilter,
  type CaseloadCounts,
  type CaseloadFacts,
  type CaseloadFlag,
} from '#shared/case-flow/caseload'
import { CASE_STAGES, type CaseStage } from '#shared/case-flow/stage'
import type { IsoDateInput } from '#shared/domain/types'
import { analyseCase, type AnalysedCase, type CaseloadAnalysis } from '../data/caseload-analysis'

export type { HouseholdSummary }
export type CaseSortKey = 'name' | 'updated' | 'cost' | 'stage' | 'deadline' | 'evaluation'
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
  costOf: (summary: HouseholdSummary) => CentsInput | null = (s) => s.monthlyCostCents,
  factsOf: (summary: HouseholdSummary) => CaseloadFacts | null = () => null,
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
    case 'stage':
      // Earliest stage first (the cases that need the most work up front); not yet analysed last.
      return filtered.sort((a, b) => {
        const sa = stageRank(factsOf(a))
        const sb = stageRank(factsOf(b))
        return sa === sb ? byName(a, b) : sa - sb
      })
    case 'deadline':
    case 'evaluation': {
      // Earliest date first; households without one last.
      const dateOf = (s: HouseholdSummary) => {
        const facts = factsOf(s)
        return (sortKey === 'deadline' ? facts?.nextDeadline : facts?.evaluationDate) ?? '9999-12-31'
      }
      return filtered.sort((a, b) => {
        const da = dateOf(a)
        const db = dateOf(b)
        return da === db ? byName(a, b) : da < db ? -1 : 1
      })
    }
  }
}

function stageRank(facts: CaseloadFacts | null): number {
  return facts ? CASE_STAGES.indexOf(facts.stage) : CASE_STAGES.length
}

/**
 * Households read per bulk read of the background analysis: small enough that decoding one read does
 * not hold the UI thread for long (2,000 cases at once blocked it for seconds at 30,000 households),
 * large enough that a big caseload is read in a few hundred reads.
 */
const CASE_READ_CHUNK = 250

/** How long the analysis waits before looking again while bulk work holds it back. */
const ANALYSIS_HOLD_MS = 250

/** Resolves when the UI thread is idle (after a timer where the browser has no idle callback). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
      .requestIdleCallback
    if (idle) idle(() => resolve(), { timeout: 1_000 })
    else setTimeout(resolve, 0)
  })
}

/** Time slice for background analysis before yielding to the UI (keeps typing and scrolling smooth). */
const ANALYSIS_SLICE_MS = 12

/** The list of households (Casussen): summaries fed by a live query, writes through the repository. */
export class CasesStore {
  summaries: HouseholdSummary[] = []
  loaded = false
  search = ''
  sortKey: CaseSortKey = 'updated'
  /** Caseload filters: one stage (or all) and any number of flags, combined. */
  stageFilter: CaseStage | null = null
  flagFilters: CaseloadFlag[] = []
  /**
   * Bumped once per published slice of the analysis: what views and computeds track instead of each
   * household's entry. With an observable map, every computed over 30,000 summaries (the counts, the
   * progress, the sorted list) created and tracked one atom per household and ran again after every
   * slice — some 300 ms of the UI thread per slice at 30,000 households, which also landed in the
   * portfolio page when the user went there from the case list (issue 13).
   */
  analysedRevision = 0
  private readonly analysedFacts = new Map<string, { updatedAt: string; facts: CaseloadFacts }>()
  /** The removal of the example households in progress (households done of total), or null. */
  removal: { done: number; total: number; stopping: boolean } | null = null
  private removalStop = false
  private unsubscribe: Unsubscribe | null = null
  private costTimer: ReturnType<typeof setTimeout> | null = null
  private costRunning = false
  private stopFollowingBulkWork: (() => void) | null = null

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly files: CaseFileIo,
    private readonly engine: WorkspaceEngine,
    private readonly asOf: () => IsoDateInput = localToday,
    /**
     * True while bulk work elsewhere (the portfolio opening, refreshing or importing) should have the
     * UI thread: the background analysis waits meanwhile.
     */
    private readonly holdBackground: () => boolean = () => false,
  ) {
    makeAutoObservable<
      CasesStore,
      | 'data'
      | 'ui'
      | 'files'
      | 'engine'
      | 'asOf'
      | 'holdBackground'
      | 'unsubscribe'
      | 'costTimer'
      | 'costRunning'
      | 'removalStop'
      | 'stopFollowingBulkWork'
      | 'analysedFacts'
    >(this, {
      removalStop: false,
      stopFollowingBulkWork: false,
      data: false,
      ui: false,
      files: false,
      engine: false,
      asOf: false,
      holdBackground: false,
      // Replaced whole on every change (30,000 summaries are not made observable one by one).
      summaries: observableRef,
      // A plain map behind one revision number (see `analysedRevision`); a plain getter, not a
      // computed (it returns the same map each time, which a computed would not pass on as a change).
      analysed: false,
      analysedFacts: false,
      unsubscribe: false,
      costTimer: false,
      costRunning: false,
    })
  }

  /** Starts the live query (idempotent). */
  start(): void {
    if (this.unsubscribe || this.stopFollowingBulkWork) return
    if (this.ui.bulkWork === 0) this.subscribe()
    // While bulk work writes thousands of households a chunk at a time, the list's query (every
    // household, again after each chunk) and its analysis (starting over on each chunk) wait; they
    // catch up once when it is done. The list meanwhile shows what it had, with the work's progress.
    this.stopFollowingBulkWork = reaction(
      () => this.ui.bulkWork > 0,
      (busy) => {
        if (busy) {
          this.unsubscribe?.()
          this.unsubscribe = null
        } else {
          this.subscribe()
        }
      },
    )
  }

  private subscribe(): void {
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
      error: (error) => this.ui.showError(error),
    })
  }

  stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    this.stopFollowingBulkWork?.()
    this.stopFollowingBulkWork = null
    if (this.costTimer) clearTimeout(this.costTimer)
    this.costTimer = null
  }

  /** Stage, deadlines, flags and monthly cost per household, computed in the background. */
  get analysed(): ReadonlyMap<string, { updatedAt: string; facts: CaseloadFacts }> {
    // Read for its tracking: a reader follows every published slice through this one value.
    void this.analysedRevision
    return this.analysedFacts
  }

  /** The monthly cost shown and sorted on: the data layer's figure, else the one computed here. */
  costOf(summary: HouseholdSummary): CentsInput | null {
    return summary.monthlyCostCents ?? this.analysed.get(summary.id)?.facts.monthlyCostCents ?? null
  }

  /** The household's caseload facts, once analysed (null while still waiting). */
  factsOf(summary: HouseholdSummary): CaseloadFacts | null {
    return this.analysed.get(summary.id)?.facts ?? null
  }

  get filtering(): boolean {
    return this.stageFilter !== null || this.flagFilters.length > 0
  }

  get visible(): HouseholdSummary[] {
    const asOf = this.asOf()
    const filter = { stage: this.stageFilter, flags: this.flagFilters }
    const candidates = this.filtering
      ? this.summaries.filter((s) => {
          const facts = this.factsOf(s)
          return facts !== null && matchesCaseloadFilter(facts, filter, asOf)
        })
      : this.summaries
    return selectVisibleSummaries(
      candidates,
      this.search,
      this.sortKey,
      (s) => this.costOf(s),
      (s) => this.factsOf(s),
    )
  }

  /** Households per stage and per flag, over every analysed household. */
  get counts(): CaseloadCounts {
    const all: CaseloadFacts[] = []
    for (const s of this.summaries) {
      const facts = this.factsOf(s)
      if (facts) all.push(facts)
    }
    return countCaseload(all, this.asOf())
  }

  /**
   * How many analysed households were changed outside Maatwerk (their content MAC no longer fits): what
   * the portfolio page shows, without counting every stage and flag of the caseload there.
   */
  get contentChangedCount(): number {
    let n = 0
    for (const s of this.summaries) if (this.factsOf(s)?.contentChanged) n++
    return n
  }

  /** How many households are analysed (for the progress line while the list is being worked through). */
  get analysedCount(): number {
    let n = 0
    for (const s of this.summaries) if (this.analysed.get(s.id)?.updatedAt === s.updatedAt) n++
    return n
  }

  setStageFilter(stage: CaseStage | null): void {
    this.stageFilter = stage
  }

  toggleFlag(flag: CaseloadFlag): void {
    this.flagFilters = this.flagFilters.includes(flag)
      ? this.flagFilters.filter((f) => f !== flag)
      : [...this.flagFilters, flag]
  }

  clearFilters(): void {
    this.stageFilter = null
    this.flagFilters = []
  }

  private staleIds(): Set<string> {
    const stale = new Set<string>()
    for (const s of this.summaries) if (this.analysed.get(s.id)?.updatedAt !== s.updatedAt) stale.add(s.id)
    return stale
  }

  /** Analyses changed households once the list is on screen and settled. */
  private scheduleCosts(): void {
    if (this.costTimer || this.costRunning || this.ui.bulkWork > 0 || this.staleIds().size === 0) return
    this.costTimer = setTimeout(() => {
      this.costTimer = null
      void this.computeCosts()
    }, 600)
  }

  /**
   * The changed households in small bulk reads, then the engine per household in time slices, each
   * slice when the UI thread is idle, publishing each slice at once so the list and its counts fill
   * in without holding up typing, scrolling or another page. Waits while bulk work holds it back.
   */
  private async computeCosts(): Promise<void> {
    this.costRunning = true
    try {
      const municipality = await this.data.municipalities.getActiveProfile().catch(() => null)
      const stale = [...this.staleIds()]
      const asOf = this.asOf()
      const inWorker = this.data.caseloadAnalysis
      const done = inWorker ? await this.analyseInWorker(inWorker, stale, municipality, asOf) : 0
      if (done === null) return
      // The worker failed part-way (or there is none): the rest on this thread, in slices.
      stale.splice(0, done)
      const chunkSize = stale.length > 20 ? CASE_READ_CHUNK : 1
      for (let start = 0; start < stale.length; start += chunkSize) {
        await this.waitForTurn()
        if (!this.unsubscribe) return
        const ids = stale.slice(start, start + chunkSize)
        // A few changed households (an edit): read one by one; many (an import, a first start): in bulk.
        const list =
          chunkSize > 1
            ? await this.loadCases(ids)
            : (await Promise.all(ids.map((id) => this.data.cases.loadCase(id).catch(() => null)))).filter(
                (aggregate): aggregate is CaseAggregate => aggregate !== null,
              )
        let index = 0
        while (index < list.length) {
          await this.waitForTurn()
          if (!this.unsubscribe) return
          const started = globalThis.performance.now()
          const batch: AnalysedCase[] = []
          while (index < list.length && globalThis.performance.now() - started < ANALYSIS_SLICE_MS) {
            const aggregate = list[index++] as CaseAggregate // index < list.length
            batch.push(
              analyseCase(aggregate, (input) => this.engine.evaluateScenario(input), municipality, asOf),
            )
          }
          this.publish(batch)
        }
      }
    } finally {
      this.costRunning = false
      // Changes that arrived while computing (a save while the worker read its households): their
      // summaries came in while this ran, so nothing else schedules them. On every way out, the
      // worker's too; not once the list stopped following (it starts over when it follows again).
      if (this.unsubscribe) runInAction(() => this.scheduleCosts())
    }
  }

  /** One batch of analysed households on screen at once (one revision for the list and its counts). */
  private publish(batch: readonly AnalysedCase[]): void {
    runInAction(() => {
      for (const { id, updatedAt, facts } of batch) this.analysedFacts.set(id, { updatedAt, facts })
      this.analysedRevision++
    })
  }

  /**
   * The stale households analysed in the data layer's worker, a bulk read at a time: the worker reads
   * and evaluates them, this thread only publishes the facts. Holds between reads like the slices on
   * this thread. Null when done (or the list stopped following); else how many it analysed before
   * the worker failed (the rest is then analysed on this thread).
   */
  private async analyseInWorker(
    analysis: CaseloadAnalysis,
    stale: readonly string[],
    municipality: MunicipalityConfig | null,
    asOf: IsoDateInput,
  ): Promise<number | null> {
    for (let start = 0; start < stale.length; start += CASE_READ_CHUNK) {
      await this.waitForTurn()
      if (!this.unsubscribe) return null
      let batch: AnalysedCase[]
      try {
        batch = await analysis.analyse(stale.slice(start, start + CASE_READ_CHUNK), municipality, asOf)
      } catch {
        return start
      }
      if (!this.unsubscribe) return null
      this.publish(batch)
    }
    return null
  }

  /** Until bulk work lets the analysis go on, then until the UI thread is idle. */
  private async waitForTurn(): Promise<void> {
    while (this.unsubscribe && (this.holdBackground() || this.removal !== null || this.ui.bulkWork > 0))
      await new Promise((resolve) => setTimeout(resolve, ANALYSIS_HOLD_MS))
    await whenIdle()
  }

  /**
   * The named households' cases in a few bulk reads: only those (a bulk import of 30,000 households
   * commits in hundreds of chunks, and reading every case after each would grow with the square).
   */
  private async loadCases(ids: string[]): Promise<CaseAggregate[]> {
    const repository = this.data.portfolioResults
    if (!repository) {
      const wanted = new Set(ids)
      return (await this.data.cases.loadAllCases().catch(() => [])).filter((a) => wanted.has(a.household.id))
    }
    const out: CaseAggregate[] = []
    for (let i = 0; i < ids.length; i += CASE_READ_CHUNK)
      out.push(...(await repository.loadCases(ids.slice(i, i + CASE_READ_CHUNK)).catch(() => [])))
    return out
  }

  get hasExamples(): boolean {
    return this.summaries.some((s) => s.example)
  }

  /** How many example households the list holds (for the removal's confirmation; no database read). */
  get exampleCount(): number {
    let n = 0
    for (const s of this.summaries) if (s.example) n++
    return n
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

  /**
   * Removes every example household in chunks with progress (a 30,000-household demo included); a
   * stop takes effect between chunks and keeps whole households only. Says how many were removed.
   */
  async removeExamples(): Promise<boolean> {
    if (this.removal) return false
    this.removal = { done: 0, total: 0, stopping: false }
    this.removalStop = false
    // The analysis would start over after every chunk of removed households: it waits until the end.
    const endBulkWork = this.ui.beginBulkWork()
    try {
      const result = await this.data.removeExamples({
        onProgress: (done, total) =>
          runInAction(() => {
            if (this.removal) this.removal = { ...this.removal, done, total }
          }),
        shouldStop: () => this.removalStop,
      })
      const params = { removed: formatNumber(result.removed), total: formatNumber(result.total) }
      if (result.cancelled) this.ui.showNotice('info', 'cases.examplesRemoval.stopped', params)
      else this.ui.showNotice('info', 'cases.examplesRemoval.done', params)
      return !result.cancelled
    } catch (error) {
      this.ui.showError(error)
      return false
    } finally {
      endBulkWork()
      runInAction(() => (this.removal = null))
    }
  }

  /** Stops the removal of the examples after the chunk in progress. */
  stopRemovingExamples(): void {
    if (!this.removal) return
    this.removalStop = true
    this.removal = { ...this.removal, stopping: true }
  }

  /** Validates a case file's text completely before anything is written; refuses it with every problem. */
  async importText(text: string, options: { asCopy?: boolean } = {}): Promise<ImportOutcome> {
    const parsed = this.engine.parseCaseFile(text, { today: this.asOf() })
    if (!parsed.ok) return { ok: false, problems: parsed.errors.map(problemOf) }
    try {
      const householdId = await this.data.cases.importCaseFile(parsed.value, {
        asCopy: options.asCopy ?? false,
      })
      this.ui.showNotice('info', 'cases.import.done', { label: parsed.value.household.label })
      return { ok: true, householdId }
    } catch (error) {
      // The same file again (an import started over): no duplicate, just say it is there already.
      if (error instanceof DataError && error.message === DATA_ERROR_MESSAGES.importSame) {
        this.ui.showNotice('info', error.message, error.params)
        return { ok: true, householdId: String(error.params['householdId']) }
      }
      // The same household with other content: ask before adding a second one.
      if (error instanceof DataError && error.message === DATA_ERROR_MESSAGES.importChanged) {
        return {
          ok: false,
          problems: [fileProblem(error.message, error.params)],
          askCopy: { text },
        }
      }
      // A refusal with problems lists them; one without (a full disk, a read-only database) says why
      // (before, a full disk showed "refused" over an empty list).
      const problems =
        error instanceof Error && 'issues' in error && Array.isArray(error.issues) && error.issues.length > 0
          ? (error.issues as CodedProblem[]).map(problemOf)
          : [{ path: '', message: errorMessage(error) }]
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
      return { ok: false, problems: [fileProblem('cases.import.notJson')] }
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
      return { ok: false, problems: [{ path: '', message: errorMessage(error) }] }
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
    if (done) this.ui.showNotice('info', 'cases.export.done')
    return done ?? false
  }

  private async run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await action()
    } catch (error) {
      this.ui.showError(error)
      return null
    }
  }
}
