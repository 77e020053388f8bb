/**
 * The store's handle on the portfolio computation: in the app a Web Worker (the UI thread never
 * evaluates 30,000 households), in unit tests the same computation inline.
 */
import type { MunicipalityConfig, Provision } from '#shared/domain/types'
import type {
  EvaluateFn,
  HouseholdSeries,
  PortfolioCase,
  PortfolioEntry,
  ResultVersions,
  WhatIfLevers,
  WhatIfTask,
} from '#shared/portfolio'
import type { PortfolioCaseSource } from '../data/portfolio-case-source'
import { readStoredResults } from '../data/stored-results-reader'
import { evaluateRead, evaluateWhatIfRead, loadCasesInto } from './portfolio-case-reads'
import { PortfolioComputation, evaluateEntries, evaluateWhatIfEntries } from './portfolio-computation'
import { seriesBuffers } from './series-transfer'
import type {
  CaseRead,
  DrillRequest,
  EntriesRead,
  ExportRow,
  ForecastImpact,
  HouseholdRow,
  Opened,
  OpenedStored,
  PortfolioReport,
  SnapshotReports,
  StoredResultsSource,
  WhatIfSeriesRead,
  WorkerRequest,
  WorkerResponse,
} from './portfolio-protocol'

export type PortfolioClient = {
  /** Evaluates every case and opens the portfolio on them (small portfolios, tests). */
  load(
    cases: PortfolioCase[],
    municipality: MunicipalityConfig,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Opened>
  /** Opens the portfolio on stored entries (nothing is evaluated). */
  open(entries: PortfolioEntry[], municipality: MunicipalityConfig): Promise<Opened>
  /**
   * Opens the portfolio on the stored results (read by the portfolio worker itself when given a
   * database name) and says which are stale or orphaned under this profile and these versions.
   */
  openStored(
    source: StoredResultsSource,
    municipality: MunicipalityConfig,
    versions: ResultVersions,
  ): Promise<OpenedStored>
  /** The households whose stored fingerprint differs under this profile and these versions. */
  staleUnder(municipality: MunicipalityConfig, versions: ResultVersions): Promise<string[]>
  /** Evaluates cases into entries on the least busy worker of the pool; the portfolio is not changed. */
  evaluate(cases: PortfolioCase[], municipality: MunicipalityConfig): Promise<PortfolioEntry[]>
  /**
   * Evaluates the named households on the least busy worker of the pool, which reads their cases
   * itself from the session's database (nothing is read or cloned on this thread); the portfolio is
   * not changed.
   */
  evaluateStored(
    source: PortfolioCaseSource,
    ids: string[],
    municipality: MunicipalityConfig,
  ): Promise<EntriesRead>
  /**
   * Replaces (or adds) entries and drops the removed households. `cases` go to the what-if case cache;
   * `caseVersions` (in the entries' order) are the case versions the entries were computed from: a
   * cached case of another version is dropped (a what-if reads it again).
   */
  upsert(
    entries: PortfolioEntry[],
    removedIds: string[],
    cases?: PortfolioCase[],
    fingerprints?: string[],
    caseVersions?: string[],
  ): Promise<Opened>
  // upsert and addWhatIfSeries move the series' buffers to the worker: the entries' and the series'
  // values are detached afterwards (store or use them before).
  setMunicipality(municipality: MunicipalityConfig): Promise<void>
  setCases(cases: PortfolioCase[]): Promise<void>
  missingCaseIds(): Promise<string[]>
  /**
   * The portfolio worker reads cases itself from the session's database into its cache (what-ifs need
   * every case): how many it read, and where the next span starts (null: the end).
   */
  loadCases(source: PortfolioCaseSource, read: CaseRead): Promise<{ read: number; last: string | null }>
  householdsUsing(provisionIds: string[]): Promise<string[]>
  impact(entries: PortfolioEntry[]): Promise<ForecastImpact>
  report(year: number, levers: WhatIfLevers): Promise<PortfolioReport>
  /** The baseline report of every year (the stored portfolio snapshot's payload). */
  snapshotReports(): Promise<SnapshotReports>
  drill(request: DrillRequest): Promise<HouseholdRow[]>
  exportRows(year: number): Promise<ExportRow[]>
  /** The households the levers make the engine evaluate again (needs every case loaded). */
  planWhatIf(levers: WhatIfLevers): Promise<WhatIfTask[]>
  /** Evaluates planned households under the levers on the least busy worker (before the regime). */
  evaluateWhatIf(
    cases: PortfolioCase[],
    tasks: WhatIfTask[],
    municipality: MunicipalityConfig,
    levers: WhatIfLevers,
  ): Promise<HouseholdSeries[]>
  /**
   * Evaluates planned households under the levers on the least busy worker, which reads their cases
   * itself from the session's database (nothing is read or cloned on this thread).
   */
  evaluateWhatIfStored(
    source: PortfolioCaseSource,
    tasks: WhatIfTask[],
    municipality: MunicipalityConfig,
    levers: WhatIfLevers,
  ): Promise<WhatIfSeriesRead>
  /**
   * Hands evaluated what-if series to the portfolio, for the report under the same levers; `versions`
   * are the case versions they were computed from (a series of a case changed since is dropped).
   */
  addWhatIfSeries(
    levers: WhatIfLevers,
    ids: string[],
    series: HouseholdSeries[],
    versions: string[],
  ): Promise<void>
  /** How many workers evaluate in parallel. */
  readonly poolSize: number
  dispose(): void
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

type Pending = {
  resolve: (response: WorkerResponse) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

type WorkerHandle = {
  send(
    request: WithoutId<WorkerRequest>,
    onProgress?: Pending['onProgress'],
    transfer?: Transferable[],
  ): Promise<WorkerResponse>
  /** A request that is not answered. */
  post(request: WithoutId<WorkerRequest>): void
  busy: () => number
  terminate(): void
}

function startWorker(): WorkerHandle {
  const worker = new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, Pending>()
  let nextId = 1
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    const entry = pending.get(message.id)
    if (!entry) return
    if (message.type === 'progress') {
      entry.onProgress?.(message.done, message.total)
      return
    }
    pending.delete(message.id)
    if (message.type === 'error') entry.reject(new Error(message.message))
    else entry.resolve(message)
  }
  worker.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'portfolio worker failed'))
    pending.clear()
  }
  return {
    send(request, onProgress, transfer = []) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
        worker.postMessage({ ...request, id } as WorkerRequest, transfer)
      })
    },
    post(request) {
      worker.postMessage({ ...request, id: 0 } as WorkerRequest)
    },
    busy: () => pending.size,
    terminate() {
      worker.terminate()
      pending.clear()
    },
  }
}

/** The portfolio worker started early by `prestartPortfolioWorker`, for the first client to take. */
let prestarted: WorkerHandle | null = null

/**
 * Starts the portfolio worker and its read of the stored results before the portfolio page asks for
 * them: on an app start on the portfolio page, the read then overlaps with loading the screens and
 * rendering the page (issue 13: 30,000 stored households).
 */
export function prestartPortfolioWorker(databaseName: string): void {
  if (prestarted) return
  prestarted = startWorker()
  prestarted.post({ type: 'prefetch-stored', databaseName })
}

/** Workers to evaluate with: one per logical core the browser reports, at least one, at most eight. */
function poolSizeFor(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(8, Math.floor(hardwareConcurrency ?? 1)))
}

/**
 * A client backed by Web Workers (module workers, bundled by Vite): the first holds the portfolio and
 * answers reports; evaluation is spread over a pool sized to the machine. Requests carry plain data
 * (structured clone): the stores hand over plain objects (`observable.ref` levers, repository rows).
 */
export function createWorkerPortfolioClient(
  poolSize: number = poolSizeFor(globalThis.navigator?.hardwareConcurrency),
): PortfolioClient {
  const main = prestarted ?? startWorker()
  prestarted = null
  const pool: WorkerHandle[] = [main]
  const worker = (i: number): WorkerHandle => {
    while (pool.length <= i) pool.push(startWorker())
    return pool[i] as WorkerHandle
  }
  const leastBusy = (): WorkerHandle => {
    let best = worker(0)
    for (let i = 1; i < poolSize; i++) if (worker(i).busy() < best.busy()) best = worker(i)
    return best
  }
  async function expect<T extends WorkerResponse['type']>(
    response: Promise<WorkerResponse>,
    type: T,
  ): Promise<Extract<WorkerResponse, { type: T }>> {
    const r = await response
    if (r.type !== type) throw new Error(UNEXPECTED_RESPONSE)
    return r as Extract<WorkerResponse, { type: T }>
  }
  const opened = (r: Extract<WorkerResponse, { type: 'loaded' }>): Opened => ({
    households: r.households,
    availableYears: r.availableYears,
  })
  return {
    poolSize,
    async load(cases, municipality, onProgress) {
      return opened(await expect(main.send({ type: 'load', cases, municipality }, onProgress), 'loaded'))
    },
    async open(entries, municipality) {
      return opened(await expect(main.send({ type: 'open', entries, municipality }), 'loaded'))
    },
    async openStored(source, municipality, versions) {
      const {
        id: _id,
        type: _type,
        ...opened
      } = await expect(main.send({ type: 'open-stored', source, municipality, versions }), 'opened-stored')
      return opened
    },
    async staleUnder(municipality, versions) {
      return (await expect(main.send({ type: 'stale-under', municipality, versions }), 'ids')).ids
    },
    async evaluate(cases, municipality) {
      return (await expect(leastBusy().send({ type: 'evaluate', cases, municipality }), 'evaluated')).entries
    },
    async evaluateStored(source, ids, municipality) {
      const { entries, versions, gone } = await expect(
        leastBusy().send({ type: 'evaluate-stored', source, ids, municipality }),
        'evaluated-read',
      )
      return { entries, versions, gone }
    },
    async upsert(entries, removedIds, cases = [], fingerprints = [], caseVersions = []) {
      return opened(
        await expect(
          main.send(
            { type: 'upsert', entries, removedIds, cases, fingerprints, caseVersions },
            undefined,
            seriesBuffers(entries.map((e) => e.series)),
          ),
          'loaded',
        ),
      )
    },
    async setMunicipality(municipality) {
      await expect(main.send({ type: 'set-municipality', municipality }), 'done')
    },
    async setCases(cases) {
      await expect(main.send({ type: 'set-cases', cases }), 'done')
    },
    async missingCaseIds() {
      return (await expect(main.send({ type: 'missing-cases' }), 'ids')).ids
    },
    async loadCases(source, read) {
      const { read: count, last } = await expect(
        main.send({ type: 'load-cases', source, read }),
        'cases-loaded',
      )
      return { read: count, last }
    },
    async evaluateWhatIfStored(source, tasks, municipality, levers) {
      const { ids, versions, series } = await expect(
        leastBusy().send({ type: 'what-if-evaluate-stored', source, tasks, municipality, levers }),
        'series-read',
      )
      return { ids, versions, series }
    },
    async householdsUsing(provisionIds) {
      return (await expect(main.send({ type: 'households-using', provisionIds }), 'ids')).ids
    },
    async impact(entries) {
      return (await expect(main.send({ type: 'impact', entries }), 'impact')).impact
    },
    async report(year, levers) {
      return (await expect(main.send({ type: 'report', year, levers }), 'report')).report
    },
    async snapshotReports() {
      const {
        id: _id,
        type: _type,
        ...reports
      } = await expect(main.send({ type: 'snapshot-reports' }), 'snapshot-reports')
      return reports
    },
    async drill(request) {
      return (await expect(main.send({ type: 'drill', ...request }), 'drill')).rows
    },
    async exportRows(year) {
      return (await expect(main.send({ type: 'export-rows', year }), 'export-rows')).rows
    },
    async planWhatIf(levers) {
      return (await expect(main.send({ type: 'what-if-plan', levers }), 'what-if-plan')).tasks
    },
    async evaluateWhatIf(cases, tasks, municipality, levers) {
      return (
        await expect(
          leastBusy().send({ type: 'what-if-evaluate', cases, tasks, municipality, levers }),
          'series',
        )
      ).series
    },
    async addWhatIfSeries(levers, ids, series, versions) {
      await expect(
        main.send({ type: 'what-if-add', levers, ids, series, versions }, undefined, seriesBuffers(series)),
        'done',
      )
    },
    dispose() {
      for (const w of pool) w.terminate()
      pool.length = 0
    },
  }
}

/** The same computation on the calling thread (unit tests; environments without workers). */
export function createInlinePortfolioClient(
  evaluate: EvaluateFn,
  provisions: readonly Provision[],
): PortfolioClient {
  const computation = new PortfolioComputation(evaluate, provisions)
  return {
    poolSize: 1,
    load: async (cases, municipality, onProgress) => computation.load(cases, municipality, onProgress),
    open: async (entries, municipality) => computation.open(entries, municipality),
    evaluate: async (cases, municipality) => evaluateEntries(cases, municipality, evaluate),
    openStored: async (source, municipality, versions) =>
      computation.openStored(
        'databaseName' in source ? await readStoredResults(source.databaseName) : source,
        municipality,
        versions,
      ),
    staleUnder: async (municipality, versions) => computation.staleUnder(municipality, versions),
    evaluateStored: (source, ids, municipality) => evaluateRead(source, ids, municipality, evaluate),
    upsert: async (entries, removedIds, cases = [], fingerprints = [], caseVersions = []) =>
      computation.upsert(entries, removedIds, cases, fingerprints, caseVersions),
    setMunicipality: async (municipality) => computation.setMunicipality(municipality),
    setCases: async (cases) => computation.setCases(cases),
    missingCaseIds: async () => computation.missingCaseIds(),
    loadCases: (source, read) => loadCasesInto(computation, source, read),
    evaluateWhatIfStored: (source, tasks, municipality, levers) =>
      evaluateWhatIfRead(source, tasks, municipality, levers, provisions, evaluate),
    householdsUsing: async (provisionIds) => computation.householdsUsing(provisionIds),
    impact: async (entries) => computation.impact(entries),
    report: async (year, levers) => computation.report(year, levers),
    snapshotReports: async () => computation.snapshotReports(),
    drill: async (request) => computation.drill(request),
    exportRows: async (year) => computation.exportRows(year),
    planWhatIf: async (levers) => computation.planWhatIf(levers),
    evaluateWhatIf: async (cases, tasks, municipality, levers) =>
      evaluateWhatIfEntries(cases, tasks, municipality, levers, provisions, evaluate),
    addWhatIfSeries: async (levers, ids, series, versions) =>
      computation.addWhatIfSeries(levers, ids, series, versions),
    dispose: () => undefined,
  }
}

const UNEXPECTED_RESPONSE = 'portfolio worker: unexpected response'
