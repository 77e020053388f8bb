import { makeAutoObservable, observableRef, reaction, runInAction } from 'mobx'
import { type CaseAggregate, type DataLayer, type StoredPortfolioResult } from '../data/api'
import type { BudgetLine, CaseFile, MunicipalityConfig } from '#shared/domain/types'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import {
  NO_LEVERS,
  createFingerprintContext,
  currentResultVersions,
  portfolioFingerprint,
  generatePortfolio,
  generatePortfolioChunks,
  isNeutral,
  type FingerprintContext,
  type HouseholdSeries,
  type PortfolioCase,
  type PortfolioEntry,
  type ResultVersions,
  type WhatIfLevers,
  type WhatIfTask,
} from '#shared/portfolio'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { errorMessage, fileProblem, problemOf, type Message, type Problem } from './messages'
import { createWorkerPortfolioClient, type PortfolioClient } from '../workers/portfolio-client'
import type {
  ExportRow,
  ForecastImpact,
  HouseholdRow,
  OpenedStored,
  PortfolioReport,
  SnapshotReports,
} from '../workers/portfolio-protocol'
import { fileSizeProblem, totalSizeProblem, type PendingFile } from './import-limits'

/** Sizes offered for the synthetic demo portfolio. */
export const DEMO_SIZES = [200, 2_000, 30_000] as const
export type DemoSize = (typeof DEMO_SIZES)[number]
const DEFAULT_DEMO_SEED = 2026

type ImportReport = {
  kind: 'demo' | 'files'
  imported: number
  refused: { name: string; problems: Problem[] }[]
  /** Files imported before with the same content ("al aanwezig"): nothing written twice. */
  alreadyPresent?: number
  /** Files of households imported before, now with other content: not written; the user decides. */
  changed?: number
  /** The demo generation was stopped: `imported` of the `requested` households were made. */
  stopped?: boolean
  requested?: number
}

type DrillSelection = { line: BudgetLine | null; month: number | null; whatIf: boolean }

const DRILL_LIMIT = 50

/**
 * The budget holder's portfolio (Portefeuille): loads every case and the active municipality profile
 * into the portfolio worker, asks it for the year report (budget, committed, forecast, variance per
 * budget line and month) and for what-ifs and drill-downs; imports the demo portfolio and many case
 * files at once with progress and a per-file report.
 */
/**
 * The number of households the example municipality's budgets are sized for (a modelling choice, not
 * a figure from a source: the 200-household demo forecasts about 7% of them, so about 2,700 demo
 * households fill them). Demo budgets scale with the number of households from this.
 */
export const EXAMPLE_BUDGET_HOUSEHOLDS = 2_700

/**
 * Demo households generated, evaluated and written per transaction (in workers; the UI thread only
 * passes each chunk's results on): large enough that the per-chunk costs (a durable commit, an audit
 * entry, a storage estimate, a message and an update of the open portfolio) stay small, so a
 * 30,000-household demo is 60 transactions; small enough that progress moves every second or so.
 */
const DEMO_CHUNK_SIZE = 500

/** Households read and evaluated per step of a background refresh. */
const REFRESH_BATCH = 500

/** Households the portfolio worker reads into its case cache per request (one span of key order). */
const CASE_SPAN = 2_000

/** The stored snapshot's payload format: bump when `SnapshotPayload` changes meaning. */
const SNAPSHOT_FORMAT = 1

type SnapshotPayload = SnapshotReports & { format: typeof SNAPSHOT_FORMAT }

const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number')

/**
 * The stored snapshot's payload as year reports, or null when it is not one this version wrote (then
 * the portfolio opens from the stored rows as before, and stores a new snapshot).
 */
function readSnapshotPayload(payload: unknown): SnapshotPayload | null {
  if (typeof payload !== 'object' || payload === null) return null
  const p = payload as Partial<SnapshotPayload>
  if (p.format !== SNAPSHOT_FORMAT || typeof p.households !== 'number' || !isNumberList(p.availableYears))
    return null
  if (!Array.isArray(p.reports) || p.reports.length !== p.availableYears.length) return null
  const reports: unknown[] = p.reports
  const valid = reports.every((r, i) => {
    if (typeof r !== 'object' || r === null) return false
    const report = r as Partial<PortfolioReport>
    return (
      report.year === p.availableYears?.[i] &&
      Array.isArray(report.months) &&
      Array.isArray(report.lines) &&
      isNumberList(report.eigenBijdrageByMonth) &&
      typeof report.counts === 'object' &&
      report.counts?.households === p.households &&
      typeof report.distribution === 'object' &&
      Array.isArray(report.topHouseholds) &&
      report.whatIf === null
    )
  })
  return valid ? (p as SnapshotPayload) : null
}

function sameVersions(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false
  for (const [id, version] of a) if (b.get(id) !== version) return false
  return true
}

/** Evaluates cases spread over the worker pool (one part per worker), entries in the cases' order. */
async function evaluateInPool(
  client: PortfolioClient,
  cases: PortfolioCase[],
  municipality: MunicipalityConfig,
): Promise<PortfolioEntry[]> {
  const part = Math.ceil(cases.length / Math.max(1, client.poolSize))
  const parts: PortfolioCase[][] = []
  for (let i = 0; i < cases.length; i += part) parts.push(cases.slice(i, i + part))
  return (await Promise.all(parts.map((p) => client.evaluate(p, municipality)))).flat()
}

/** Plain copies for `postMessage` (the case rows are plain; the copy drops nothing). */
function toPortfolioCase(c: CaseAggregate): PortfolioCase {
  return {
    household: c.household,
    scenarios: c.scenarios,
    updatedAt: c.updatedAt,
    example: c.example,
    origin: c.origin,
  }
}

export class PortfolioStore {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  /** Why the portfolio could not be loaded (the view translates it). */
  error: Message | null = null
  loadProgress: { done: number; total: number } | null = null
  year: number
  availableYears: number[] = []
  levers: WhatIfLevers = NO_LEVERS
  report: PortfolioReport | null = null
  computing = false
  /** How many reports have been asked for (the last one asked for is the one shown). */
  private reportRequests = 0
  drillSelection: DrillSelection | null = null
  drillRows: HouseholdRow[] = []
  /** The chosen year's cells (budget line × month × household), fetched on demand for the spreadsheet export. */
  exportRows: ExportRow[] | null = null
  importProgress: { kind: 'demo' | 'files'; done: number; total: number } | null = null
  importReport: ImportReport | null = null
  /** A stop of the demo generation was asked for (it ends after the chunk being written). */
  demoStopping = false
  /** How long the last open took: reading the stored results, and opening them in the worker. */
  timings: { households: number; readMs: number; evaluateMs: number } | null = null
  /** The tariff-import preview evaluating the households it reaches: how far it is, or null. */
  previewProgress: { done: number; total: number } | null = null
  /** Households whose figures on the page are not current (their stored result no longer matches). */
  staleCount = 0
  /** The background refresh of stale households: how far it is, or null when none runs. */
  refreshProgress: { done: number; total: number } | null = null
  /** Loading the cases a what-if needs (the portfolio opens without them). */
  caseLoadProgress: { done: number; total: number } | null = null
  /** The households a what-if evaluates again in the pool: how far it is, or null when none runs. */
  whatIfProgress: { done: number; total: number } | null = null
  /** How many portfolio pages are on screen (see `showPage`). */
  pagesShown = 0
  /**
   * The page shows the stored snapshot's figures (current: same revision and fingerprint) while the
   * households behind them (drill-down, what-ifs, export) are still being loaded.
   */
  detailLoading = false
  private client: PortfolioClient | null = null
  private generation = 0
  private municipality: MunicipalityConfig | null = null
  private fingerprints: FingerprintContext | null = null
  /** Household versions the open portfolio knows (household id → updatedAt). */
  private known = new Map<string, string>()
  /**
   * A portfolio revision at which the stored household versions are exactly `known` (read with them in
   * one transaction), or null when not known: lets the snapshot be stored without reading every
   * household's version again.
   */
  private knownRevision: string | null = null
  /**
   * A bulk generation is catching up (budgets scaled, versions read once): the snapshot waits for the
   * report at its end instead of being stored, with every version read again, after each step.
   */
  private settling = false
  private readonly stale = new Set<string>()
  private refreshRun: { cancelled: boolean; done: Promise<void> } | null = null
  private caseLoad: { cancelled: boolean } | null = null
  private whatIfRun: { cancelled: boolean } | null = null
  private previewRun: { cancelled: boolean } | null = null
  /** The levers the shown report was computed with (a what-if still being evaluated is not in it). */
  private reportLevers: WhatIfLevers = NO_LEVERS
  /** Settles when the worker holds every household of the open portfolio (never rejects). */
  private detail: Promise<void> = Promise.resolve()
  /** The snapshot's year reports, shown while the households load (null once they are loaded). */
  private snapshotYears: Map<number, PortfolioReport> | null = null
  /** Storing a snapshot is under way (one at a time), and whether to look again when it ends. */
  private persisting = false
  private persistAgain = false
  private unsubscribe: (() => void) | null = null
  /** Whether the worker holds every case (what-ifs need them; the portfolio opens without). */
  private casesLoaded = false
  private profileQueue: Promise<void> = Promise.resolve()
  private preview: { profileJson: string; entries: PortfolioEntry[]; versions: string[] } | null = null
  /** The files of the last import whose household was imported before with other content. */
  private changedFiles: { name: string; file: unknown }[] = []
  /** The demo generation under way (its stop flag), or null. */
  private demoRun: { stop: boolean; halt?: () => void } | null = null
  /** Names of the demo runs of this session (a second run in the same second gets another name). */
  private readonly demoBatches = new Set<string>()
  /**
   * Bulk work (the demo being generated here, the examples being removed from the case list) pauses
   * the change feed, which would re-read every household version after each chunk; when it ends the
   * feed resumes and the portfolio catches up once.
   */
  private readonly stopFollowingBulkWork: () => void

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly engine: Pick<WorkspaceEngine, 'provisions'>,
    private readonly createClient: () => PortfolioClient = createWorkerPortfolioClient,
    private readonly currentYear: () => number = () => new Date().getFullYear(),
    private readonly resultVersions: () => ResultVersions = currentResultVersions,
  ) {
    this.year = currentYear()
    makeAutoObservable<
      PortfolioStore,
      | 'data'
      | 'ui'
      | 'engine'
      | 'createClient'
      | 'reportRequests'
      | 'currentYear'
      | 'resultVersions'
      | 'client'
      | 'generation'
      | 'municipality'
      | 'fingerprints'
      | 'known'
      | 'knownRevision'
      | 'settling'
      | 'stale'
      | 'refreshRun'
      | 'caseLoad'
      | 'whatIfRun'
      | 'previewRun'
      | 'reportLevers'
      | 'detail'
      | 'snapshotYears'
      | 'persisting'
      | 'persistAgain'
      | 'unsubscribe'
      | 'preview'
      | 'profileQueue'
      | 'casesLoaded'
      | 'changedFiles'
      | 'demoRun'
      | 'demoBatches'
      | 'stopFollowingBulkWork'
    >(this, {
      stopFollowingBulkWork: false,
      changedFiles: false,
      demoRun: false,
      demoBatches: false,
      data: false,
      ui: false,
      engine: false,
      createClient: false,
      currentYear: false,
      resultVersions: false,
      client: false,
      generation: false,
      municipality: false,
      fingerprints: false,
      known: false,
      knownRevision: false,
      settling: false,
      stale: false,
      refreshRun: false,
      caseLoad: false,
      whatIfRun: false,
      previewRun: false,
      reportLevers: false,
      reportRequests: false,
      detail: false,
      snapshotYears: false,
      persisting: false,
      persistAgain: false,
      unsubscribe: false,
      preview: false,
      profileQueue: false,
      casesLoaded: false,
      // Plain values handed to the worker and to Recharts as they are (observable proxies cannot be cloned).
      levers: observableRef,
      report: observableRef,
      drillRows: observableRef,
      exportRows: observableRef,
      drillSelection: observableRef,
    })
    this.stopFollowingBulkWork = reaction(
      () => this.ui.bulkWork > 0,
      (busy) => {
        if (busy) {
          this.unsubscribe?.()
          this.unsubscribe = null
        } else if (this.status === 'ready' && this.importProgress === null) {
          this.subscribe()
          void this.sync()
        }
      },
    )
  }

  get busy(): boolean {
    return this.status === 'loading' || this.computing || this.importProgress !== null
  }

  /**
   * Whether households cannot be added now (demo generation, case-file import): only while the
   * portfolio opens or another import runs. The report being computed does not count: it starts and
   * ends on its own (after an open, an edit elsewhere, a change feed), and a button that blinked
   * disabled with it swallowed a click that landed in between. Generation and import wait for the
   * open portfolio themselves, and the report asked for last is the one shown (`refreshReport`).
   */
  get addingBlocked(): boolean {
    return this.status === 'loading' || this.importProgress !== null
  }

  get hasHouseholds(): boolean {
    return (this.report?.counts.households ?? 0) > 0
  }

  /**
   * Whether other background work (the case list's analysis) should wait: the portfolio page is on
   * screen, or the portfolio is opening, importing, or evaluating households in bulk.
   *
   * The page counts because the analysis (bulk reads of 250 cases, then the engine in slices) went on
   * while the page rendered after a return from the case list, and took the UI thread from it: up to
   * a second of a return to the page at 30,000 households (issue 13). Nothing on this page uses it.
   */
  get holdsBackground(): boolean {
    return (
      this.pagesShown > 0 ||
      this.status === 'loading' ||
      this.detailLoading ||
      this.importProgress !== null ||
      this.refreshProgress !== null ||
      this.caseLoadProgress !== null ||
      this.whatIfProgress !== null ||
      this.previewProgress !== null
    )
  }

  /** The portfolio page is on screen until the returned function is called (once). */
  showPage(): () => void {
    this.pagesShown++
    let hidden = false
    return () => {
      if (hidden) return
      hidden = true
      runInAction(() => this.pagesShown--)
    }
  }

  get refreshing(): boolean {
    return this.refreshProgress !== null
  }

  private getClient(): PortfolioClient {
    if (!this.client) this.client = this.createClient()
    return this.client
  }

  /**
   * Shows the portfolio. Opened once per session and then kept current by the change feed, so a
   * return to the page shows it at once; `force` opens it again from the stored results.
   */
  async open(force = false): Promise<void> {
    if (!force && (this.status === 'ready' || this.status === 'loading')) return
    await this.load()
  }

  /**
   * Opens the portfolio from the stored results (nothing is evaluated before the page shows), then
   * recomputes in the background every household whose stored result is missing or no longer
   * matches its case version or the fingerprint of profile, parameters and engine.
   */
  async load(): Promise<void> {
    const generation = ++this.generation
    this.status = 'loading'
    this.error = null
    this.exportRows = null
    this.loadProgress = null
    this.detailLoading = false
    this.snapshotYears = null
    this.detail = Promise.resolve()
    this.cancelRefresh()
    try {
      const repository = this.data.portfolioResults
      const started = performance.now()
      // The worker starts (loads its script) while the profile is read.
      this.getClient()
      const municipality = await this.data.municipalities.getActiveProfile()
      let loaded: { availableYears: number[] }
      const versions = this.resultVersions()
      const fingerprints = createFingerprintContext(municipality, versions)
      const read = performance.now()
      performance.mark?.('maatwerk.portfolio.profile')
      let revision: string | null = null
      if (repository) {
        if (await this.openFromSnapshot(generation, repository, municipality, versions, started)) return
        if (generation !== this.generation) return
        const opened = await this.openDetail(repository, municipality, versions)
        revision = opened.orphaned.length === 0 ? opened.revision : null
        loaded = opened
      } else {
        // A data layer without stored results (test fakes): evaluate every case.
        const cases = await this.data.cases.loadAllCases()
        loaded = await this.getClient().load(cases.map(toPortfolioCase), municipality, (done, total) =>
          runInAction(() => {
            if (generation === this.generation) this.loadProgress = { done, total }
          }),
        )
        this.known = new Map(cases.map((c) => [c.household.id, c.updatedAt]))
        this.knownRevision = null
      }
      if (generation !== this.generation) return
      this.municipality = municipality
      this.fingerprints = fingerprints
      this.casesLoaded = repository === undefined
      const opened = performance.now()
      performance.mark?.('maatwerk.portfolio.opened')
      runInAction(() => {
        this.timings = { households: this.known.size, readMs: read - started, evaluateMs: opened - read }
        this.staleCount = this.stale.size
      })
      const years = loaded.availableYears
      const year = years.includes(this.year)
        ? this.year
        : (years.find((y) => y >= this.currentYear()) ?? years[0] ?? this.year)
      const levers = this.levers
      if (!isNeutral(levers)) await this.ensureCases()
      const report = await this.getClient().report(year, levers)
      performance.mark?.('maatwerk.portfolio.report')
      runInAction(() => {
        if (generation !== this.generation) return
        this.availableYears = years
        this.year = year
        this.report = report
        this.status = 'ready'
        this.loadProgress = null
        this.drillSelection = null
        this.drillRows = []
      })
      if (generation !== this.generation) return
      this.subscribe()
      // Levers applied while the portfolio was still loading were not in that report: apply them now.
      if (this.levers !== levers) {
        if (!isNeutral(this.levers)) await this.ensureCases()
        await this.refreshReport()
      }
      // Every stored row was current as read with this revision: the snapshot can be stored at once.
      if (this.stale.size === 0) void this.persistSnapshot(revision)
      void this.refreshStale()
    } catch (error) {
      runInAction(() => {
        this.status = 'error'
        this.error = errorMessage(error)
        this.loadProgress = null
      })
    }
  }

  /**
   * Opens the page from the stored snapshot when it is current: its revision is still the stored
   * revision (no write the portfolio depends on since) and its fingerprint is that of this profile,
   * these parameters and this engine. Two small reads instead of every household's row and version.
   * The households behind the figures load in the background (the page says so meanwhile); the
   * report is then computed from them again. False when there is no current snapshot.
   */
  private async openFromSnapshot(
    generation: number,
    repository: NonNullable<DataLayer['portfolioResults']>,
    municipality: MunicipalityConfig,
    versions: ResultVersions,
    started: number,
  ): Promise<boolean> {
    // Levers kept from before (a forced reopen) need the households: the full open.
    if (!isNeutral(this.levers)) return false
    const state = await repository.readPortfolioState().catch(() => null)
    const snapshot = state?.snapshot
    if (
      !snapshot ||
      state.revision === null ||
      snapshot.revision !== state.revision ||
      snapshot.fingerprint !== portfolioFingerprint(municipality, versions)
    )
      return false
    const payload = readSnapshotPayload(snapshot.payload)
    const years = payload?.availableYears ?? []
    const year = years.includes(this.year)
      ? this.year
      : (years.find((y) => y >= this.currentYear()) ?? years[0] ?? this.year)
    const report = payload?.reports.find((r) => r.year === year)
    if (!payload || !report || generation !== this.generation) return false
    // Asked for first: the worker answers in order, so anything the page asks of it comes after.
    const opening = this.openDetail(repository, municipality, versions)
    opening.catch(() => undefined)
    const shown = performance.now()
    performance.mark?.('maatwerk.portfolio.snapshot')
    this.municipality = municipality
    this.fingerprints = createFingerprintContext(municipality, versions)
    this.casesLoaded = false
    runInAction(() => {
      this.timings = { households: payload.households, readMs: shown - started, evaluateMs: 0 }
      this.staleCount = 0
      this.availableYears = years
      this.year = year
      this.report = report
      this.reportLevers = NO_LEVERS
      this.snapshotYears = new Map(payload.reports.map((r) => [r.year, r]))
      this.detailLoading = true
      this.status = 'ready'
      this.loadProgress = null
      this.drillSelection = null
      this.drillRows = []
    })
    this.detail = this.finishDetail(generation, opening)
    return true
  }

  /** After a snapshot open: the households are loaded; the live report replaces the snapshot's. */
  private async finishDetail(generation: number, opening: Promise<OpenedStored>): Promise<void> {
    try {
      const opened = await opening
      if (generation !== this.generation) return
      performance.mark?.('maatwerk.portfolio.detail')
      runInAction(() => {
        this.availableYears = opened.availableYears
        this.staleCount = this.stale.size
        this.snapshotYears = null
        this.detailLoading = false
      })
      // The households are there: what waits for them goes ahead (the report below among them).
      this.detail = Promise.resolve()
      this.subscribe()
      await this.refreshReport()
      void this.refreshStale()
    } catch (error) {
      if (generation !== this.generation) return
      this.detail = Promise.resolve()
      runInAction(() => {
        this.snapshotYears = null
        this.detailLoading = false
        this.status = 'error'
        this.error = errorMessage(error)
      })
    }
  }

  /** Whatever the page asks of the households waits until they are loaded. */
  private detailReady(): Promise<void> {
    return this.detail
  }

  /**
   * Opens the worker on the stored results and takes over what they say: which households are stale,
   * every household's version; deletes the results of households that no longer exist.
   */
  private async openDetail(
    repository: NonNullable<DataLayer['portfolioResults']>,
    municipality: MunicipalityConfig,
    versions: ResultVersions,
  ): Promise<OpenedStored> {
    const opened = await this.openStored(repository, municipality, versions)
    performance.mark?.('maatwerk.portfolio.read')
    // The worker's steps on this page's timeline (the benchmark's breakdown).
    for (const [step, at] of Object.entries(opened.timings ?? {}))
      performance.mark?.(`maatwerk.portfolio.worker.${step}`, { startTime: at - performance.timeOrigin })
    if (opened.decodeMs !== undefined)
      performance.measure?.('maatwerk.portfolio.worker.decode', { start: 0, duration: opened.decodeMs })
    this.stale.clear()
    for (const id of opened.stale) this.stale.add(id)
    // Results of households that no longer exist.
    if (opened.orphaned.length > 0) await repository.deleteResults(opened.orphaned)
    this.known = new Map(opened.ids.map((id, i) => [id, opened.versions[i] as string]))
    this.knownRevision = null
    return opened
  }

  /**
   * Stores the aggregated portfolio (every year's baseline report) with the revision it reflects, so
   * the next open shows it at once. Only when the open portfolio is wholly current, and only under a
   * revision whose household versions are exactly those the portfolio holds: `revision` when given
   * (read in one transaction with the rows the portfolio opened on), otherwise read again here with
   * every version. The write itself stores nothing when a write came in since (see
   * `savePortfolioSnapshot`). One at a time; a call meanwhile looks again afterwards.
   */
  private async persistSnapshot(revision: string | null = null): Promise<void> {
    if (!this.data.portfolioResults) return
    if (this.persisting) {
      this.persistAgain = true
      return
    }
    this.persisting = true
    try {
      let given = revision
      do {
        this.persistAgain = false
        await this.persistSnapshotOnce(given)
        given = null
      } while (this.persistAgain)
    } catch {
      // A derived cache: a failed write only means the next open reads every row (as before).
    } finally {
      this.persisting = false
    }
  }

  private async persistSnapshotOnce(given: string | null): Promise<void> {
    const repository = this.data.portfolioResults
    const municipality = this.municipality
    if (!repository || !municipality || !this.isWhollyCurrent()) return
    const fingerprint = portfolioFingerprint(municipality, this.resultVersions())
    let expected = given
    if (expected === null) {
      const state = await repository.readPortfolioState()
      // Already stored for this revision and fingerprint: nothing to do.
      if (
        state.revision !== null &&
        state.snapshot?.revision === state.revision &&
        state.snapshot.fingerprint === fingerprint
      )
        return
      // The versions the portfolio holds were read at the stored revision: no need to read them again.
      if (state.revision !== null && state.revision === this.knownRevision) expected = state.revision
    }
    if (expected === null) {
      const read = await repository.readRevisionAndVersions()
      if (!this.isWhollyCurrent() || this.municipality !== municipality) return
      // The change feed has not caught up with a write yet: it will, and this runs again then.
      if (!sameVersions(read.versions, this.known)) return
      expected = read.revision
    }
    const reports = await this.getClient().snapshotReports()
    if (!this.isWhollyCurrent() || this.municipality !== municipality) return
    const payload: SnapshotPayload = { format: SNAPSHOT_FORMAT, ...reports }
    await repository.savePortfolioSnapshot({ revision: expected, fingerprint, payload })
  }

  /** Every household's figures are current and nothing is changing them right now. */
  private isWhollyCurrent(): boolean {
    return (
      this.status === 'ready' &&
      !this.detailLoading &&
      this.stale.size === 0 &&
      this.refreshRun === null &&
      this.importProgress === null &&
      this.ui.bulkWork === 0 &&
      !this.settling
    )
  }

  /**
   * Opens the worker on the stored results: the worker reads them from the database itself (decoded
   * once, off the UI thread); where it cannot (no database it can reach), they are read here.
   */
  private async openStored(
    repository: NonNullable<DataLayer['portfolioResults']>,
    municipality: MunicipalityConfig,
    versions: ResultVersions,
  ): Promise<OpenedStored> {
    const client = this.getClient()
    if (repository.databaseName) {
      try {
        return await client.openStored({ databaseName: repository.databaseName }, municipality, versions)
      } catch {
        // Fall through: read on this thread.
      }
    }
    const snapshot = await repository.readSnapshot()
    return client.openStored(
      {
        ids: [...snapshot.versions.keys()],
        versions: [...snapshot.versions.values()],
        results: snapshot.results,
      },
      municipality,
      versions,
    )
  }

  /**
   * The change feed: household versions after every change (changed households are recomputed), and
   * the municipality profiles (a profile changed elsewhere — another window, a restore — reaches the
   * households whose fingerprint it changes, exactly as a save here does).
   */
  private subscribe(): void {
    const repository = this.data.portfolioResults
    // During bulk work the feed waits (it would re-read every household version after each chunk).
    if (this.unsubscribe || !repository || this.ui.bulkWork > 0) return
    const versions = repository.observeVersions({
      next: (next) => void this.applyVersions(next),
      error: () => undefined,
    })
    const profiles = repository.observeProfileStamp({
      next: () => void this.followActiveProfile(),
      error: () => undefined,
    })
    // A restore dropped every stored result and replaced the cases and profiles: the figures shown
    // are no longer backed by stored rows; open again, which recomputes what is not stored.
    const restored =
      this.data.onRestored?.(() => {
        if (this.status === 'ready') void this.load()
      }) ?? (() => undefined)
    this.unsubscribe = () => {
      versions()
      profiles()
      restored()
    }
  }

  /** Applies the stored active profile when it is not the one the open portfolio was computed with. */
  private async followActiveProfile(): Promise<void> {
    if (this.status !== 'ready' || !this.municipality) return
    const active = await this.data.municipalities.getActiveProfile().catch(() => null)
    if (!active || this.status !== 'ready') return
    if (JSON.stringify(active) === JSON.stringify(this.municipality)) return
    await this.profileChanged(active)
  }

  /**
   * Compares the household versions with those the portfolio knows and refreshes what changed;
   * `revision` is the portfolio revision they were read at, when known.
   */
  private async applyVersions(versions: Map<string, string>, revision: string | null = null): Promise<void> {
    if (this.status !== 'ready') return
    const removed: string[] = []
    for (const id of this.known.keys()) if (!versions.has(id)) removed.push(id)
    let changed = 0
    for (const [id, version] of versions) {
      if (this.known.get(id) === version) continue
      this.stale.add(id)
      changed++
    }
    this.known = versions
    // The same versions again (the change feed after a write that changed no household): still those
    // of the revision known; otherwise those of the revision they were read at.
    if (removed.length > 0 || changed > 0 || revision !== null) this.knownRevision = revision
    if (removed.length > 0) {
      for (const id of removed) this.stale.delete(id)
      await this.data.portfolioResults?.deleteResults(removed)
      const opened = await this.getClient().upsert([], removed)
      runInAction(() => (this.availableYears = opened.availableYears))
    }
    runInAction(() => (this.staleCount = this.stale.size))
    if (removed.length > 0 && changed === 0) await this.refreshReport()
    if (changed > 0) await this.refreshStale()
  }

  /** Reads the household versions now (instead of waiting for the change feed) and refreshes. */
  async sync(): Promise<void> {
    if (this.status !== 'ready') {
      await this.load()
    } else if (this.data.portfolioResults) {
      await this.detailReady()
      const read = await this.data.portfolioResults.readRevisionAndVersions()
      await this.applyVersions(read.versions, read.revision)
    } else {
      await this.load()
      return
    }
    // Opened from the snapshot: the households behind it, and whatever they turn out to need.
    await this.detailReady()
    await this.refreshRun?.done
  }

  /**
   * Recomputes the stale households in the background, a batch per worker at a time: reads their
   * cases, evaluates them in the pool, stores the results and updates the open portfolio. The page
   * shows how many remain; cancelling leaves them marked as not current.
   */
  refreshStale(): Promise<void> {
    if (this.refreshRun) return this.refreshRun.done
    const repository = this.data.portfolioResults
    if (!repository || this.stale.size === 0 || this.status !== 'ready') return Promise.resolve()
    const run = { cancelled: false, done: Promise.resolve() }
    run.done = this.runRefresh(run, repository)
    this.refreshRun = run
    return run.done
  }

  private async runRefresh(
    run: { cancelled: boolean },
    repository: NonNullable<DataLayer['portfolioResults']>,
  ): Promise<void> {
    let done = 0
    try {
      while (!run.cancelled && this.stale.size > 0) {
        runInAction(() => (this.refreshProgress = { done, total: done + this.stale.size }))
        const client = this.getClient()
        const ids = [...this.stale].slice(0, REFRESH_BATCH * client.poolSize)
        const batches: string[][] = []
        for (let i = 0; i < ids.length; i += REFRESH_BATCH) batches.push(ids.slice(i, i + REFRESH_BATCH))
        const municipality = this.municipality
        const fingerprints = this.fingerprints
        if (!municipality || !fingerprints) return
        const rounds = await Promise.all(batches.map((batch) => this.evaluateHouseholds(batch, municipality)))
        if (run.cancelled || this.municipality !== municipality) continue
        const results: StoredPortfolioResult[] = []
        const entries: PortfolioEntry[] = []
        const cases: PortfolioCase[] = []
        const caseVersions: string[] = []
        const keyedBy: string[] = []
        const gone: string[] = []
        for (const round of rounds) {
          gone.push(...round.gone)
          cases.push(...round.cases)
          round.entries.forEach((entry, i) => {
            const caseVersion = round.versions[i] as string
            const fingerprint = fingerprints.fingerprintOf(entry.provisionIds)
            results.push({ householdId: entry.householdId, caseVersion, fingerprint, entry })
            entries.push(entry)
            caseVersions.push(caseVersion)
            keyedBy.push(fingerprint)
            // Changed again while it was being computed: the next round takes it.
            if (this.known.get(entry.householdId) === caseVersion) this.stale.delete(entry.householdId)
          })
        }
        for (const id of gone) this.stale.delete(id)
        await repository.saveResults(results)
        // Cases read here go to the what-if cache; cases the workers read do not pass through this
        // thread: the portfolio drops its cached copy of a case whose version changed, and a what-if
        // reads it again (in the worker).
        const opened = await this.getClient().upsert(
          entries,
          gone,
          this.casesLoaded ? cases : [],
          keyedBy,
          caseVersions,
        )
        done += ids.length
        runInAction(() => {
          this.availableYears = opened.availableYears
          this.staleCount = this.stale.size
        })
        await this.refreshReport()
      }
    } catch (error) {
      this.ui.showError(error)
    } finally {
      runInAction(() => {
        this.refreshRun = null
        this.refreshProgress = null
        this.staleCount = this.stale.size
      })
      void this.persistSnapshot()
    }
  }

  /**
   * Evaluates the named households against `municipality` in the pool: a worker reads their cases
   * itself from the database where it can (nothing is read on this thread); otherwise (no database a
   * worker can reach) they are read here. `cases` holds only cases read here.
   */
  private async evaluateHouseholds(
    ids: string[],
    municipality: MunicipalityConfig,
  ): Promise<{ entries: PortfolioEntry[]; versions: string[]; gone: string[]; cases: PortfolioCase[] }> {
    const repository = this.data.portfolioResults
    const client = this.getClient()
    const source = repository?.caseSource
    if (source) {
      const read = await client.evaluateStored(source, ids, municipality)
      // A case cache the workers' reads did not fill: a what-if loads what is missing.
      if (read.entries.length > 0) this.casesLoaded = false
      return { ...read, cases: [] }
    }
    const cases = repository ? (await repository.loadCases(ids)).map(toPortfolioCase) : []
    const found = new Set(cases.map((c) => c.household.id))
    return {
      entries: await client.evaluate(cases, municipality),
      versions: cases.map((c) => c.updatedAt),
      gone: ids.filter((id) => !found.has(id)),
      cases,
    }
  }

  /** Stops the background refresh; the households not yet done stay marked as not current. */
  cancelRefresh(): void {
    if (this.refreshRun) this.refreshRun.cancelled = true
    if (this.caseLoad) this.caseLoad.cancelled = true
  }

  /**
   * Loads every case a what-if needs into the worker (once; kept current by the refresh). The worker
   * reads them itself from the database where it can (a span of households per request, so progress
   * moves and a stop takes effect between spans); otherwise they are read here.
   */
  private async ensureCases(): Promise<boolean> {
    const repository = this.data.portfolioResults
    if (this.casesLoaded || !repository) return true
    const client = this.getClient()
    const missing = await client.missingCaseIds()
    const load = { cancelled: false }
    this.caseLoad = load
    const source = repository.caseSource
    try {
      if (source && missing.length > CASE_SPAN) {
        // Most are missing (the first what-if of a session): every household in spans of key order.
        const total = this.known.size
        let done = 0
        let after: string | null = null
        do {
          runInAction(() => (this.caseLoadProgress = { done: Math.min(done, total), total }))
          const span: { read: number; last: string | null } = await client.loadCases(source, {
            after,
            limit: CASE_SPAN,
          })
          done += span.read
          after = span.last
        } while (after !== null && !load.cancelled)
      } else if (source) {
        if (missing.length > 0) await client.loadCases(source, { ids: missing })
      } else {
        for (let i = 0; i < missing.length && !load.cancelled; i += REFRESH_BATCH * 4) {
          runInAction(() => (this.caseLoadProgress = { done: i, total: missing.length }))
          const cases = await repository.loadCases(missing.slice(i, i + REFRESH_BATCH * 4))
          await client.setCases(cases.map(toPortfolioCase))
        }
      }
      if (load.cancelled) return false
      this.casesLoaded = true
      return true
    } finally {
      runInAction(() => {
        this.caseLoad = null
        this.caseLoadProgress = null
      })
    }
  }

  /**
   * The municipality profile changed (saved): the budgets go to the report at once; households whose
   * fingerprint changed — those using a provision whose tariffs changed, or all of them when the
   * rest of the profile changed — are recomputed.
   */
  profileChanged(profile: MunicipalityConfig): Promise<void> {
    // One at a time: a save here and the change feed's notice of the same save arrive together, and
    // two interleaved passes would mark households stale that the first had just stored.
    const next = this.profileQueue.then(() => this.applyProfile(profile))
    this.profileQueue = next.catch(() => undefined)
    return next
  }

  private async applyProfile(profile: MunicipalityConfig): Promise<void> {
    await this.detailReady()
    if (this.status !== 'ready') return
    // The same profile again (the change feed after a save here): nothing to recompute.
    if (this.municipality && JSON.stringify(profile) === JSON.stringify(this.municipality)) return
    const fingerprints = createFingerprintContext(profile, this.resultVersions())
    this.municipality = profile
    this.fingerprints = fingerprints
    await this.getClient().setMunicipality(profile)
    const preview = this.preview
    this.preview = null
    for (const id of await this.getClient().staleUnder(profile, this.resultVersions())) this.stale.add(id)
    if (preview && preview.profileJson === JSON.stringify(profile)) {
      // The import's preview already evaluated exactly these households against this profile.
      const results: StoredPortfolioResult[] = preview.entries.map((entry, i) => ({
        householdId: entry.householdId,
        caseVersion: preview.versions[i] as string,
        fingerprint: fingerprints.fingerprintOf(entry.provisionIds),
        entry,
      }))
      const current = results.filter((r) => this.known.get(r.householdId) === r.caseVersion)
      await this.data.portfolioResults?.saveResults(current)
      await this.getClient().upsert(
        current.map((r) => r.entry),
        [],
        [],
        current.map((r) => r.fingerprint),
      )
      for (const r of current) this.stale.delete(r.householdId)
    }
    runInAction(() => (this.staleCount = this.stale.size))
    await this.refreshReport()
    void this.refreshStale()
  }

  /**
   * How a changed profile would change the forecast (the tariff-import preview): evaluates the
   * households using the changed provisions against it, in the pool (the workers read their cases
   * themselves), without storing anything. Progress in `previewProgress`; a newer preview or
   * `cancelProfilePreview` stops it between rounds (then null).
   */
  async previewProfileChange(
    profile: MunicipalityConfig,
    changedProvisionIds: string[],
  ): Promise<ForecastImpact | null> {
    if (this.previewRun) this.previewRun.cancelled = true
    const run = { cancelled: false }
    this.previewRun = run
    try {
      await this.open()
      await this.detailReady()
      const repository = this.data.portfolioResults
      if (this.status !== 'ready' || !repository || run.cancelled) return null
      const client = this.getClient()
      const ids = await client.householdsUsing(changedProvisionIds)
      const batches: string[][] = []
      for (let i = 0; i < ids.length; i += REFRESH_BATCH) batches.push(ids.slice(i, i + REFRESH_BATCH))
      const entries: PortfolioEntry[] = []
      const versions: string[] = []
      const round = Math.max(1, client.poolSize)
      for (let start = 0; start < batches.length && !run.cancelled; start += round) {
        const done = Math.min(ids.length, start * REFRESH_BATCH)
        runInAction(() => {
          if (this.previewRun === run) this.previewProgress = { done, total: ids.length }
        })
        const evaluated = await Promise.all(
          batches.slice(start, start + round).map((batch) => this.evaluateHouseholds(batch, profile)),
        )
        for (const e of evaluated) {
          entries.push(...e.entries)
          versions.push(...e.versions)
        }
      }
      if (run.cancelled) return null
      const impact = await client.impact(entries)
      if (run.cancelled) return null
      this.preview = { profileJson: JSON.stringify(profile), entries, versions }
      return impact
    } finally {
      runInAction(() => {
        if (this.previewRun === run) {
          this.previewRun = null
          this.previewProgress = null
        }
      })
    }
  }

  /** Stops the tariff-import preview being computed (its result is null). */
  cancelProfilePreview(): void {
    if (this.previewRun) this.previewRun.cancelled = true
  }

  /** Every stored result next to a fresh evaluation of its case (for the consistency check). */
  async storedResults(): Promise<StoredPortfolioResult[]> {
    return (await this.data.portfolioResults?.readSnapshot())?.results ?? []
  }

  async setYear(year: number): Promise<void> {
    this.year = year
    this.exportRows = null
    this.drillSelection = null
    this.drillRows = []
    await this.refreshReport()
  }

  /**
   * Applies what-if levers to every chosen scenario (the stored scenarios do not change). Households
   * the levers change are evaluated again in the pool, with progress and a stop; every other household
   * keeps its stored result. Stopped (or the cases not loaded): back to the baseline.
   *
   * The run starts before the wait for the households (a page opened from the snapshot) and for the
   * cases: until it ends, every report (the one the loaded households bring among them) keeps the
   * levers it shows, instead of asking the worker for a what-if whose cases it does not hold yet.
   */
  async applyLevers(levers: WhatIfLevers): Promise<void> {
    if (this.whatIfRun) this.whatIfRun.cancelled = true
    this.levers = levers
    if (!isNeutral(levers) && this.status === 'ready') {
      const run = { cancelled: false }
      this.whatIfRun = run
      let ready: boolean
      try {
        await this.detailReady()
        ready = !run.cancelled && (await this.ensureCases()) && (await this.evaluateWhatIf(levers, run))
      } finally {
        runInAction(() => {
          if (this.whatIfRun === run) {
            this.whatIfRun = null
            this.whatIfProgress = null
          }
        })
      }
      // Newer levers were applied meanwhile: they report.
      if (this.levers !== levers) return
      if (!ready) runInAction(() => (this.levers = NO_LEVERS))
    }
    await this.refreshReport()
    if (this.drillSelection)
      await this.drill(this.drillSelection.line, this.drillSelection.month, this.drillSelection.whatIf)
  }

  /** Stops a what-if being evaluated (and the loading of the cases it needs). */
  cancelWhatIf(): void {
    if (this.whatIfRun) this.whatIfRun.cancelled = true
    if (this.caseLoad) this.caseLoad.cancelled = true
  }

  /**
   * Evaluates the households the levers change, a batch per worker at a time, from their stored
   * cases; the portfolio worker keeps the series for the report. False when stopped.
   */
  private async evaluateWhatIf(levers: WhatIfLevers, run: { cancelled: boolean }): Promise<boolean> {
    const repository = this.data.portfolioResults
    const municipality = this.municipality
    // Without stored results (test fakes) the report evaluates the what-if itself.
    if (!repository || !municipality) return true
    const client = this.getClient()
    const source = repository.caseSource
    // In key order: a batch's households lie close together, so a worker reads them as one span.
    const tasks = (await client.planWhatIf(levers)).sort((a, b) =>
      a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0,
    )
    const total = tasks.length
    let done = 0
    runInAction(() => (this.whatIfProgress = { done, total }))
    const round = REFRESH_BATCH * client.poolSize
    for (let start = 0; start < total && !run.cancelled; start += round) {
      const batches: WhatIfTask[][] = []
      for (let i = start; i < Math.min(total, start + round); i += REFRESH_BATCH)
        batches.push(tasks.slice(i, Math.min(i + REFRESH_BATCH, start + round, total)))
      await Promise.all(
        batches.map(async (batch) => {
          const read = source
            ? await client.evaluateWhatIfStored(source, batch, municipality, levers)
            : await this.evaluateWhatIfHere(repository, batch, municipality, levers)
          if (run.cancelled) return
          await client.addWhatIfSeries(levers, read.ids, read.series, read.versions)
        }),
      )
      done = Math.min(total, start + round)
      runInAction(() => {
        if (this.whatIfRun === run) this.whatIfProgress = { done, total }
      })
    }
    return !run.cancelled
  }

  /** A batch of planned households read on this thread and evaluated in the pool (no case source). */
  private async evaluateWhatIfHere(
    repository: NonNullable<DataLayer['portfolioResults']>,
    batch: WhatIfTask[],
    municipality: MunicipalityConfig,
    levers: WhatIfLevers,
  ): Promise<{ ids: string[]; versions: string[]; series: HouseholdSeries[] }> {
    const cases = (await repository.loadCases(batch.map((t) => t.householdId))).map(toPortfolioCase)
    const versions = new Map(cases.map((c) => [c.household.id, c.updatedAt]))
    const present = batch.filter((t) => versions.has(t.householdId))
    return {
      ids: present.map((t) => t.householdId),
      versions: present.map((t) => versions.get(t.householdId) as string),
      series: await this.getClient().evaluateWhatIf(cases, present, municipality, levers),
    }
  }

  async resetLevers(): Promise<void> {
    await this.applyLevers(NO_LEVERS)
  }

  private async refreshReport(): Promise<void> {
    if (this.status !== 'ready') return
    // While a what-if is still being evaluated in the pool, the report keeps the levers it shows.
    let levers = this.whatIfRun ? this.reportLevers : this.levers
    // While the households load, the snapshot's reports serve every year of the baseline.
    const stored = isNeutral(levers) ? this.snapshotYears?.get(this.year) : undefined
    if (stored) {
      this.report = stored
      this.reportLevers = levers
      return
    }
    this.computing = true
    // Reports asked for while another is on its way: only the last one asked for is shown (an earlier
    // one that arrives late would put the figures from before an import back on screen).
    const request = ++this.reportRequests
    try {
      await this.detailReady()
      levers = this.whatIfRun ? this.reportLevers : this.levers
      const report = await this.getClient().report(this.year, levers)
      runInAction(() => {
        if (request !== this.reportRequests) return
        this.report = report
        this.reportLevers = levers
      })
    } catch (error) {
      this.ui.showError(error)
    } finally {
      runInAction(() => {
        if (request === this.reportRequests) this.computing = false
      })
    }
    void this.persistSnapshot()
  }

  /** The households behind a budget line and/or month (largest first). */
  async drill(line: BudgetLine | null, month: number | null, whatIf = false): Promise<void> {
    const selection = { line, month, whatIf }
    this.drillSelection = selection
    await this.detailReady()
    const rows = await this.getClient().drill({
      year: this.year,
      line,
      month,
      levers: whatIf ? this.levers : null,
      limit: DRILL_LIMIT,
    })
    runInAction(() => {
      if (this.drillSelection === selection) this.drillRows = rows
    })
  }

  /** Fetches the rows of the chosen year for the XLSX/CSV export (computed in the worker). */
  async prepareExport(): Promise<void> {
    if (this.status !== 'ready') return
    await this.detailReady()
    const year = this.year
    const rows = await this.getClient().exportRows(year)
    runInAction(() => {
      if (this.year === year) this.exportRows = rows
    })
  }

  clearDrill(): void {
    this.drillSelection = null
    this.drillRows = []
  }

  dismissImportReport(): void {
    this.importReport = null
  }

  /**
   * Generates the synthetic demo portfolio (marked synthetic, stored as example data) and loads it.
   * Each run is named by when it was made (to the second, and never the same name twice in a
   * session), so repeated runs never repeat a label. While the example municipality's profile is
   * active, its budgets are scaled to the number of households (so a 30,000-household demo is not
   * measured against a budget made for a few thousand).
   *
   * Bulk work at 30,000 households: generated a chunk at a time; each chunk is evaluated in the worker
   * pool while the one before is written, and written in one transaction together with its stored
   * results (so the portfolio is current when the last chunk is in, with nothing to refresh). The
   * change feed and the case list's analysis wait meanwhile (they would re-read everything per
   * chunk). `stopDemo` stops between chunks; the chunks written stay, whole.
   */
  async generateDemo(
    size: DemoSize,
    seed: number = DEFAULT_DEMO_SEED,
    now: Date = new Date(),
    chunkSize: number = DEMO_CHUNK_SIZE,
  ): Promise<void> {
    if (this.importProgress !== null) return
    const base = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
    let batch = base
    for (let n = 2; this.demoBatches.has(batch); n++) batch = `${base}-${n}`
    this.demoBatches.add(batch)
    const options = { seed, size, startYear: this.currentYear(), provisions: this.engine.provisions, batch }
    const writer = this.data.demoPortfolio
    if (!writer || !this.data.portfolioResults) {
      // A data layer without stored results (test fakes): the plain import, then a full evaluation.
      const files = generatePortfolio(options)
      await this.importCaseFiles(
        'demo',
        files.map((file) => ({ name: file.household.label, file })),
        true,
        [],
        'skip',
        true,
      )
      await this.scaleExampleBudgets()
      return
    }
    this.importReport = null
    this.importProgress = { kind: 'demo', done: 0, total: size }
    this.demoStopping = false
    const run: { stop: boolean; halt?: () => void } = { stop: false }
    this.demoRun = run
    const endBulkWork = this.ui.beginBulkWork()
    let written = 0
    const refused: ImportReport['refused'] = []
    let failure: unknown = null
    let years: number[] | null = null
    try {
      if (this.status !== 'ready') await this.load()
      await this.detailReady()
      const municipality = this.municipality
      const fingerprints = this.fingerprints
      if (this.status !== 'ready' || !municipality || !fingerprints) throw new Error('portfolio not open')
      const client = this.getClient()
      const inWorkers = this.data.generateDemoInWorkers
      if (inWorkers) {
        // Generated, checked, evaluated and written in workers (data/demo-generation.ts); this thread
        // only passes each committed chunk to the open portfolio, in order, and shows the progress.
        let upserts: Promise<unknown> = Promise.resolve()
        const handle = inWorkers.call(
          this.data,
          {
            generator: { seed, size, startYear: options.startYear, batch, provisions: options.provisions },
            chunkSize,
            municipality,
            versions: this.resultVersions(),
            workers: client.poolSize,
          },
          (chunk) => {
            chunk.entries.forEach((entry, i) =>
              this.known.set(entry.householdId, chunk.caseVersions[i] as string),
            )
            this.knownRevision = null
            written += chunk.entries.length
            refused.push(...chunk.refused.map((r) => ({ name: r.name, problems: r.errors.map(problemOf) })))
            const done = Math.min(size, written + refused.length)
            runInAction(() => (this.importProgress = { kind: 'demo', done, total: size }))
            upserts = upserts.then(async () => {
              years = (await client.upsert(chunk.entries, [])).availableYears
            })
          },
        )
        run.halt = handle.stop
        if (run.stop) handle.stop()
        try {
          await handle.done
        } finally {
          await upserts
          // The workers' cases did not pass through here: a what-if loads them from the database.
          this.casesLoaded = false
        }
      } else {
        const chunks = generatePortfolioChunks(options, chunkSize)
        const prepare = async (files: CaseFile[]) => {
          const chunk = await writer.prepare(files)
          const cases = chunk.cases.map(toPortfolioCase)
          const entries = await evaluateInPool(client, cases, municipality)
          return { chunk, cases, entries }
        }
        const nextChunk = () => {
          const next = chunks.next()
          if (next.done) return null
          const pending = prepare(next.value)
          // Settled by the loop; a stop or failure before it is awaited must not go unhandled.
          pending.catch(() => undefined)
          return { files: next.value.length, pending }
        }
        let current = nextChunk()
        while (current && !run.stop) {
          const { chunk, cases, entries } = await current.pending
          if (run.stop) break
          const following = nextChunk()
          const results: StoredPortfolioResult[] = entries.map((entry, i) => ({
            householdId: entry.householdId,
            caseVersion: (cases[i] as PortfolioCase).updatedAt,
            fingerprint: fingerprints.fingerprintOf(entry.provisionIds),
            entry,
          }))
          await writer.write(chunk, results)
          for (const result of results) {
            this.known.set(result.householdId, result.caseVersion)
          }
          this.knownRevision = null
          const opened = await client.upsert(entries, [], this.casesLoaded ? cases : [])
          written += results.length
          refused.push(...chunk.refused.map((r) => ({ name: r.name, problems: r.errors.map(problemOf) })))
          const done = Math.min(size, written + refused.length)
          years = opened.availableYears
          runInAction(() => (this.importProgress = { kind: 'demo', done, total: size }))
          current = following
        }
      }
    } catch (error) {
      failure = error
    } finally {
      endBulkWork()
      runInAction(() => {
        if (years) this.availableYears = years
        this.demoRun = null
        this.demoStopping = false
        this.importProgress = null
        this.importReport = {
          kind: 'demo',
          imported: written,
          refused: failure
            ? [...refused, { name: '', problems: [{ path: '', message: errorMessage(failure) }] }]
            : refused,
          ...(run.stop ? { stopped: true, requested: size } : {}),
        }
      })
    }
    this.settling = true
    try {
      this.subscribe()
      if (written > 0) await this.scaleExampleBudgets()
      await this.sync()
    } finally {
      this.settling = false
    }
    await this.refreshReport()
  }

  /** Stops the demo generation after the chunk being written; the chunks written stay, whole. */
  stopDemo(): void {
    if (!this.demoRun) return
    this.demoRun.stop = true
    this.demoRun.halt?.()
    this.demoStopping = true
  }

  /**
   * Scales the example profile's budgets to the households in the portfolio (whole euros). Only the
   * built-in example profile, never a municipality's own budgets.
   */
  private async scaleExampleBudgets(): Promise<void> {
    await this.detailReady()
    const profile = await this.data.municipalities.getActiveProfile()
    if (profile.code !== DEFAULT_MUNICIPALITY.code || this.known.size === 0) return
    const factor = this.known.size / EXAMPLE_BUDGET_HOUSEHOLDS
    const budgets = DEFAULT_MUNICIPALITY.budgets.map((b) => ({
      ...b,
      cents: Math.round((b.cents * factor) / 100) * 100,
    }))
    const scaled = { ...profile, budgets }
    await this.data.municipalities.saveProfile(scaled)
    await this.data.municipalities.setActiveProfile(scaled.code)
    await this.profileChanged(scaled)
  }

  /**
   * Imports many case files at once (a team's export). Each file is checked on its own; the valid ones
   * are stored, the refused ones listed with their problems. Files that are not JSON are refused here.
   */
  async importFiles(
    files: { name: string; text: string }[],
    alreadyRefused: ImportReport['refused'] = [],
  ): Promise<void> {
    const parsed: { name: string; file: unknown }[] = []
    const refused: ImportReport['refused'] = [...alreadyRefused]
    for (const f of files) {
      try {
        parsed.push({ name: f.name, file: JSON.parse(f.text) as unknown })
      } catch {
        refused.push({
          name: f.name,
          problems: [fileProblem('portfolio.import.notJson')],
        })
      }
    }
    await this.importCaseFiles('files', parsed, false, refused)
  }

  /**
   * Files the user chose, checked for size before any is read: one too large is refused by name, a
   * selection too large together is refused whole.
   */
  async importPendingFiles(files: PendingFile[]): Promise<void> {
    const total = totalSizeProblem(files)
    if (total) {
      this.importReport = { kind: 'files', imported: 0, refused: [{ name: '', problems: [total] }] }
      return
    }
    const read: { name: string; text: string }[] = []
    const refused: ImportReport['refused'] = []
    for (const file of files) {
      const problem = fileSizeProblem(file)
      if (problem) {
        refused.push({ name: file.name, problems: [problem] })
        continue
      }
      try {
        read.push({ name: file.name, text: await file.read() })
      } catch {
        refused.push({
          name: file.name,
          problems: [fileProblem('portfolio.import.notJson')],
        })
      }
    }
    await this.importFiles(read, refused)
  }

  /** After a report with changed households: imports those files as separate copies after all. */
  async importChangedAsCopies(): Promise<void> {
    const files = this.changedFiles
    this.changedFiles = []
    if (files.length === 0) return
    await this.importCaseFiles('files', files, false, [], 'copy')
  }

  private async importCaseFiles(
    kind: 'demo' | 'files',
    files: { name: string; file: unknown }[] | { name: string; file: CaseFile }[],
    example: boolean,
    alreadyRefused: ImportReport['refused'] = [],
    ifChanged: 'skip' | 'copy' = 'skip',
    generated = false,
  ): Promise<void> {
    this.importReport = null
    this.importProgress = { kind, done: 0, total: files.length }
    try {
      const result = await this.data.cases.importMany(files, {
        example,
        ifChanged,
        generated,
        onProgress: (done, total) =>
          runInAction(() => {
            this.importProgress = { kind, done, total }
          }),
      })
      const changedNames = new Set((result.changed ?? []).map((entry) => entry.name))
      this.changedFiles = (files as { name: string; file: unknown }[]).filter((f) => changedNames.has(f.name))
      runInAction(() => {
        this.importReport = {
          kind,
          imported: result.imported.length,
          refused: [
            ...alreadyRefused,
            ...result.refused.map((r) => ({ name: r.name, problems: r.errors.map(problemOf) })),
          ],
          alreadyPresent: result.alreadyPresent?.length ?? 0,
          changed: result.changed?.length ?? 0,
        }
      })
    } catch (error) {
      runInAction(() => {
        this.importReport = {
          kind,
          imported: 0,
          refused: [...alreadyRefused, { name: '', problems: [{ path: '', message: errorMessage(error) }] }],
        }
      })
    } finally {
      runInAction(() => {
        this.importProgress = null
      })
    }
    await this.sync()
  }

  dispose(): void {
    this.stopFollowingBulkWork()
    this.cancelRefresh()
    this.unsubscribe?.()
    this.unsubscribe = null
    this.client?.dispose()
    this.client = null
  }
}
