import { makeAutoObservable, observableRef, runInAction } from 'mobx'
import { DataError, type DataLayer } from '../data/api'
import type { BudgetLine, CaseFile } from '../../../shared/domain/types'
import { NO_LEVERS, generatePortfolio, type WhatIfLevers } from '../../../shared/portfolio'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'
import { describeError, translateProblem, type Problem } from './store-errors'
import { createWorkerPortfolioClient, type PortfolioClient } from '../workers/portfolio-client'
import type { ExportRow, HouseholdRow, PortfolioReport } from '../workers/portfolio-protocol'
import { i18next } from '../i18n'
import { fileSizeProblem, totalSizeProblem, type PendingFile } from './import-limits'

export type { HouseholdRow, PortfolioReport }

/** Sizes offered for the synthetic demo portfolio. */
export const DEMO_SIZES = [200, 2_000, 30_000] as const
export type DemoSize = (typeof DEMO_SIZES)[number]
export const DEFAULT_DEMO_SEED = 2026

export type ImportReport = {
  kind: 'demo' | 'files'
  imported: number
  refused: { name: string; problems: Problem[] }[]
  /** Files imported before with the same content ("al aanwezig"): nothing written twice. */
  alreadyPresent?: number
  /** Files of households imported before, now with other content: not written; the user decides. */
  changed?: number
}

export type DrillSelection = { line: BudgetLine | null; month: number | null; whatIf: boolean }

const DRILL_LIMIT = 50

/**
 * The budget holder's portfolio (Portefeuille): loads every case and the active municipality profile
 * into the portfolio worker, asks it for the year report (budget, committed, forecast, variance per
 * budget line and month) and for what-ifs and drill-downs; imports the demo portfolio and many case
 * files at once with progress and a per-file report.
 */
export class PortfolioStore {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error: string | null = null
  loadProgress: { done: number; total: number } | null = null
  year: number
  availableYears: number[] = []
  levers: WhatIfLevers = NO_LEVERS
  report: PortfolioReport | null = null
  computing = false
  drillSelection: DrillSelection | null = null
  drillRows: HouseholdRow[] = []
  /** The chosen year's cells (budget line × month × household), fetched on demand for the spreadsheet export. */
  exportRows: ExportRow[] | null = null
  importProgress: { kind: 'demo' | 'files'; done: number; total: number } | null = null
  importReport: ImportReport | null = null
  /** How long the last load took: reading every case from IndexedDB, and evaluating them in the worker. */
  timings: { households: number; readMs: number; evaluateMs: number } | null = null
  private client: PortfolioClient | null = null
  private generation = 0
  /** The files of the last import whose household was imported before with other content. */
  private changedFiles: { name: string; file: unknown }[] = []

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly engine: Pick<WorkspaceEngine, 'provisions'>,
    private readonly createClient: () => PortfolioClient = createWorkerPortfolioClient,
    private readonly currentYear: () => number = () => new Date().getFullYear(),
  ) {
    this.year = currentYear()
    makeAutoObservable<
      PortfolioStore,
      'data' | 'ui' | 'engine' | 'createClient' | 'currentYear' | 'client' | 'generation' | 'changedFiles'
    >(this, {
      changedFiles: false,
      data: false,
      ui: false,
      engine: false,
      createClient: false,
      currentYear: false,
      client: false,
      generation: false,
      // Plain values handed to the worker and to Recharts as they are (observable proxies cannot be cloned).
      levers: observableRef,
      report: observableRef,
      drillRows: observableRef,
      exportRows: observableRef,
      drillSelection: observableRef,
    })
  }

  get busy(): boolean {
    return this.status === 'loading' || this.computing || this.importProgress !== null
  }

  get hasHouseholds(): boolean {
    return (this.report?.counts.households ?? 0) > 0
  }

  private getClient(): PortfolioClient {
    if (!this.client) this.client = this.createClient()
    return this.client
  }

  /** (Re)loads every case and the active profile into the worker, then reports the chosen year. */
  async load(): Promise<void> {
    const generation = ++this.generation
    this.status = 'loading'
    this.error = null
    this.exportRows = null
    this.loadProgress = null
    try {
      const started = performance.now()
      const [cases, municipality] = await Promise.all([
        this.data.cases.loadAllCases(),
        this.data.municipalities.getActiveProfile(),
      ])
      const read = performance.now()
      const portfolioCases = cases.map((c) => ({
        household: c.household,
        scenarios: c.scenarios,
        updatedAt: c.updatedAt,
        example: c.example,
        origin: c.origin,
      }))
      const loaded = await this.getClient().load(portfolioCases, municipality, (done, total) =>
        runInAction(() => {
          if (generation === this.generation) this.loadProgress = { done, total }
        }),
      )
      if (generation !== this.generation) return
      const evaluated = performance.now()
      runInAction(() => {
        this.timings = { households: cases.length, readMs: read - started, evaluateMs: evaluated - read }
      })
      const years = loaded.availableYears
      const year = years.includes(this.year)
        ? this.year
        : (years.find((y) => y >= this.currentYear()) ?? years[0] ?? this.year)
      const levers = this.levers
      const report = await this.getClient().report(year, levers)
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
      // Levers applied while the portfolio was still loading were not in that report: apply them now.
      if (generation === this.generation && this.levers !== levers) await this.refreshReport()
    } catch (error) {
      runInAction(() => {
        this.status = 'error'
        this.error =
          error instanceof DataError
            ? describeError(error)
            : error instanceof Error
              ? error.message
              : String(error)
        this.loadProgress = null
      })
    }
  }

  async setYear(year: number): Promise<void> {
    this.year = year
    this.exportRows = null
    this.drillSelection = null
    this.drillRows = []
    await this.refreshReport()
  }

  /** Applies what-if levers to every chosen scenario (the stored scenarios do not change). */
  async applyLevers(levers: WhatIfLevers): Promise<void> {
    this.levers = levers
    await this.refreshReport()
    if (this.drillSelection)
      await this.drill(this.drillSelection.line, this.drillSelection.month, this.drillSelection.whatIf)
  }

  async resetLevers(): Promise<void> {
    await this.applyLevers(NO_LEVERS)
  }

  private async refreshReport(): Promise<void> {
    if (this.status !== 'ready') return
    this.computing = true
    try {
      const report = await this.getClient().report(this.year, this.levers)
      runInAction(() => {
        this.report = report
      })
    } catch (error) {
      this.ui.showNotice('error', error instanceof Error ? error.message : String(error))
    } finally {
      runInAction(() => {
        this.computing = false
      })
    }
  }

  /** The households behind a budget line and/or month (largest first). */
  async drill(line: BudgetLine | null, month: number | null, whatIf = false): Promise<void> {
    const selection = { line, month, whatIf }
    this.drillSelection = selection
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

  /** Generates the synthetic demo portfolio (marked synthetic, stored as example data) and loads it. */
  async generateDemo(size: DemoSize, seed: number = DEFAULT_DEMO_SEED): Promise<void> {
    const files = generatePortfolio({
      seed,
      size,
      startYear: this.currentYear(),
      provisions: this.engine.provisions,
    })
    await this.importCaseFiles(
      'demo',
      files.map((file) => ({ name: file.household.label, file })),
      true,
    )
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
          problems: [{ path: '', message: i18next.t('portfolio.import.notJson') }],
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
          problems: [{ path: '', message: i18next.t('portfolio.import.notJson') }],
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
  ): Promise<void> {
    this.importReport = null
    this.importProgress = { kind, done: 0, total: files.length }
    try {
      const result = await this.data.cases.importMany(files, {
        example,
        ifChanged,
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
            ...result.refused.map((r) => ({ name: r.name, problems: r.errors.map(translateProblem) })),
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
          refused: [...alreadyRefused, { name: '', problems: [{ path: '', message: describeError(error) }] }],
        }
      })
    } finally {
      runInAction(() => {
        this.importProgress = null
      })
    }
    await this.load()
  }

  dispose(): void {
    this.client?.dispose()
    this.client = null
  }
}
