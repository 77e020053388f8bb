import { makeAutoObservable, observableRef, runInAction } from 'mobx'
import type { DataLayer } from '../data/api'
import type {
  BudgetLine,
  CentsInput,
  DeliveryForm,
  MunicipalityConfig,
  TariffEntry,
} from '#shared/domain/types'
import {
  changedTariffKeys,
  householdsUsingTariff,
  planTariffImport,
  validateTariffTable,
  type TariffImportPlan,
  type TariffImportResult,
  type TariffUsage,
} from '#shared/portfolio'
import { municipalityConfigSchema } from '#shared/case-file/schema'
import { fromZodIssue } from '#shared/case-file/errors'
import type { UiStore } from './ui-store'
import { problemOf, type Problem } from './messages'
import type { WorkspaceEngine } from './workspace-engine'
import type { CaseFileIo } from './case-file-io'
import type { ForecastImpact } from '../workers/portfolio-protocol'
import { readTariffTable, tariffsToCsv } from '../reports/tariff-files'
import { formatNumber } from '../format/format'

/**
 * A municipality's tariff table has a few hundred rows (products × delivery forms × periods). A file
 * far beyond that is not one, and checking it row by row (the overlap check compares the periods of
 * each tariff pairwise) froze the tab for minutes on a 300,000-row file: refused before it is read.
 */
const MAX_TARIFF_FILE_BYTES = 5 * 1024 * 1024
const MAX_TARIFF_ROWS = 10_000
const REFUSED_UNREAD: TariffImportResult = { ok: false, errors: [], rows: [] }

type TariffImportPreview = {
  fileName: string
  result: TariffImportResult
  unreadable: boolean
  /** Refused before it was checked row by row (too large): the message to show, or null. */
  tooLarge: { key: string; params: Record<string, string | number> } | null
  /** What applying would do to each period (null while the file is invalid). */
  plan: TariffImportPlan | null
  /** Affected households and forecast change ('unavailable' without a loaded portfolio). */
  impact: { status: 'computing' | 'ready' | 'unavailable'; value: ForecastImpact | null }
  /** The user pressed "apply" and is asked to confirm. */
  confirming: boolean
}

/** The last applied import, for undo: the table before and after it. */
type AppliedTariffImport = { fileName: string; before: TariffEntry[]; after: TariffEntry[] }

/** What the municipality store asks of the portfolio (injected; absent in some tests). */
type PortfolioHooks = {
  profileChanged(profile: MunicipalityConfig): Promise<void>
  previewProfileChange(
    profile: MunicipalityConfig,
    changedProvisionIds: string[],
  ): Promise<ForecastImpact | null>
  /** Stops the preview being computed (it then resolves null). */
  cancelProfilePreview?(): void
}

/** The CBS code of a municipality: GM and four digits (the code the portfolio and the exports use). */
export const CBS_CODE = /^GM\d{4}$/

/**
 * A profile's problems before saving, in one vocabulary with the profile form: the profile schema's
 * rules and words (`casefile.<code>`), and the two rules the form adds to it, in the form's words — a
 * CBS code (`forms.municipalityCode`) and budgets in whole euros, exactly as the council set them
 * (`forms.wholeEuros`; bug: € 14.500.000,01 could be stored). The repository validates again.
 */
function profileProblems(profile: MunicipalityConfig): Problem[] {
  const problems: Problem[] = []
  const parsed = municipalityConfigSchema.safeParse(profile)
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems.push(...fromZodIssue(issue, profile).map(problemOf))
  if (!CBS_CODE.test(profile.code))
    problems.push({ path: 'code', message: { key: 'forms.municipalityCode' } })
  profile.budgets.forEach((budget, i) => {
    if (budget.cents % 100 !== 0)
      problems.push({ path: `budgets[${i}].cents`, message: { key: 'forms.wholeEuros' } })
  })
  return problems
}

/**
 * The municipality profile (Gemeenteprofiel; Catalogus en tarieven): the active profile, edits saved
 * through the repository (validated there), the tariff-table import with a preview that applies
 * nothing until the whole file is valid, which households a tariff affects, and exports.
 */
export class MunicipalityStore {
  profile: MunicipalityConfig | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  saving = false
  problems: Problem[] = []
  importPreview: TariffImportPreview | null = null
  lastImport: AppliedTariffImport | null = null
  usage: { provisionId: string; deliveryForm: DeliveryForm; households: TariffUsage[] } | null = null
  /** The profile read in progress or done (`load`), for a file chosen before it is there. */
  private loading: Promise<void> | null = null

  constructor(
    private readonly data: DataLayer,
    private readonly ui: UiStore,
    private readonly engine: Pick<WorkspaceEngine, 'provisions'>,
    private readonly files: Pick<CaseFileIo, 'saveFile'>,
    private readonly portfolio: PortfolioHooks | null = null,
  ) {
    makeAutoObservable<MunicipalityStore, 'data' | 'ui' | 'engine' | 'files' | 'portfolio' | 'loading'>(
      this,
      {
        data: false,
        loading: false,
        ui: false,
        engine: false,
        files: false,
        portfolio: false,
        // The profile is replaced whole on every change, never mutated: kept as the plain value it is,
        // so it crosses postMessage to the portfolio workers (a deep observable proxy cannot be cloned —
        // what made the old JSON round trip necessary).
        profile: observableRef,
        importPreview: observableRef,
        lastImport: observableRef,
      },
    )
  }

  get provisions() {
    return this.engine.provisions
  }

  load(): Promise<void> {
    const loading = this.readProfile()
    this.loading = loading
    return loading
  }

  private async readProfile(): Promise<void> {
    this.status = 'loading'
    try {
      const profile = await this.data.municipalities.getActiveProfile()
      runInAction(() => {
        this.profile = profile
        this.status = 'ready'
      })
    } catch (error) {
      runInAction(() => {
        this.status = 'error'
      })
      this.ui.showError(error)
    }
  }

  /** Saves a changed profile; refused (with the problems shown, nothing stored) when it is invalid. */
  async save(profile: MunicipalityConfig): Promise<boolean> {
    const problems = profileProblems(profile)
    this.problems = problems
    if (problems.length > 0) return false
    this.saving = true
    try {
      await this.data.municipalities.saveProfile(profile)
      await this.data.municipalities.setActiveProfile(profile.code)
      runInAction(() => {
        this.profile = profile
      })
      // The portfolio recomputes only the households the change reaches (in the background).
      await this.portfolio?.profileChanged(profile).catch((error: unknown) => {
        this.ui.showError(error)
      })
      this.ui.showNotice('info', 'portfolio.profile.saved')
      return true
    } catch (error) {
      this.ui.showError(error)
      return false
    } finally {
      runInAction(() => {
        this.saving = false
      })
    }
  }

  async saveTariff(index: number | null, entry: TariffEntry): Promise<boolean> {
    if (!this.profile) return false
    const tariffs = [...this.profile.tariffs]
    if (index === null) tariffs.push(entry)
    else tariffs[index] = entry
    return this.save({ ...this.profile, tariffs })
  }

  async removeTariff(index: number): Promise<boolean> {
    if (!this.profile) return false
    return this.save({ ...this.profile, tariffs: this.profile.tariffs.filter((_, i) => i !== index) })
  }

  async setBudget(year: number, line: BudgetLine, cents: CentsInput): Promise<boolean> {
    if (!this.profile) return false
    const budgets = this.profile.budgets.filter((b) => !(b.year === year && b.line === line))
    budgets.push({ year, line, cents })
    budgets.sort((a, b) => a.year - b.year || a.line.localeCompare(b.line))
    return this.save({ ...this.profile, budgets })
  }

  /** The households with lines on this provision and delivery form (shown while editing a tariff). */
  async showUsage(provisionId: string, deliveryForm: DeliveryForm): Promise<void> {
    try {
      const cases = await this.data.cases.loadAllCases()
      runInAction(() => {
        this.usage = {
          provisionId,
          deliveryForm,
          households: householdsUsingTariff(cases, provisionId, deliveryForm),
        }
      })
    } catch (error) {
      this.ui.showError(error)
    }
  }

  clearUsage(): void {
    this.usage = null
  }

  /**
   * Reads and validates a tariff file (CSV or XLSX) and shows what it would do: per provision and
   * delivery form the periods added, replaced or ended, then (computed in the portfolio workers)
   * the households affected and how the forecast changes. Nothing is applied yet.
   */
  async previewTariffFile(fileName: string, content: ArrayBuffer): Promise<void> {
    const refuse = (key: string, params: Record<string, string | number>) =>
      runInAction(() => {
        this.importPreview = {
          fileName,
          result: REFUSED_UNREAD,
          unreadable: false,
          tooLarge: { key, params },
          plan: null,
          impact: { status: 'unavailable', value: null },
          confirming: false,
        }
      })
    if (content.byteLength > MAX_TARIFF_FILE_BYTES) {
      refuse('data.tariffImport.tooLarge', {
        sizeMb: formatNumber(Math.round((content.byteLength / (1024 * 1024)) * 10) / 10),
        maxMb: formatNumber(MAX_TARIFF_FILE_BYTES / (1024 * 1024)),
      })
      return
    }
    let table: string[][]
    let unreadable = false
    try {
      table = await readTariffTable(fileName, content)
    } catch {
      table = []
      unreadable = true
    }
    // The header row does not count.
    if (table.length - 1 > MAX_TARIFF_ROWS) {
      refuse('data.tariffImport.tooManyRows', {
        rows: formatNumber(table.length - 1),
        maxRows: formatNumber(MAX_TARIFF_ROWS),
      })
      return
    }
    const result = validateTariffTable(table, this.engine.provisions)
    // A file chosen before the page has read the profile (right after a start, while the database is
    // busy opening a large portfolio) waits for it. Before, the plan was null and "Tarieven toepassen"
    // stayed disabled without a word (the hang seen in the 30,000-household benchmark).
    if (!this.profile) await (this.loading ?? this.load())
    const profile = this.profile
    const plan =
      result.ok && profile
        ? planTariffImport(
            profile.tariffs,
            result.rows.map((r) => r.entry),
            profile.indexationPercentPerYear,
          )
        : null
    const preview: TariffImportPreview = {
      fileName,
      result,
      unreadable,
      tooLarge: null,
      plan,
      impact: { status: plan && this.portfolio ? 'computing' : 'unavailable', value: null },
      confirming: false,
    }
    runInAction(() => {
      this.importPreview = preview
    })
    if (!plan || !profile || !this.portfolio || !plan.changesSomething) {
      if (plan && !plan.changesSomething) this.setImpact(preview, 'ready', null)
      return
    }
    const changed = [...new Set(changedTariffKeys(profile.tariffs, plan.tariffs).map((k) => k.provisionId))]
    try {
      const impact = await this.portfolio.previewProfileChange({ ...profile, tariffs: plan.tariffs }, changed)
      this.setImpact(preview, impact ? 'ready' : 'unavailable', impact)
    } catch (error) {
      this.setImpact(preview, 'unavailable', null)
      this.ui.showError(error)
    }
  }

  private setImpact(
    preview: TariffImportPreview,
    status: TariffImportPreview['impact']['status'],
    value: ForecastImpact | null,
  ): void {
    // Only the preview still shown (another file may have been chosen meanwhile).
    if (this.importPreview === preview) this.importPreview = { ...preview, impact: { status, value } }
  }

  cancelTariffImport(): void {
    this.importPreview = null
    this.portfolio?.cancelProfilePreview?.()
  }

  /** "Apply" asks for confirmation first (the preview stays visible). */
  askToApplyTariffImport(): void {
    const preview = this.importPreview
    if (preview?.plan) this.importPreview = { ...preview, confirming: true }
  }

  cancelConfirmation(): void {
    const preview = this.importPreview
    if (preview) this.importPreview = { ...preview, confirming: false }
  }

  /**
   * Applies a fully valid import (after confirmation): only the periods the file names are added or
   * replaced, overlapping earlier periods are ended (see planTariffImport). Can be undone.
   */
  async applyTariffImport(): Promise<boolean> {
    const preview = this.importPreview
    if (!this.profile || !preview || !preview.result.ok) return false
    const before = this.profile.tariffs
    const plan = planTariffImport(
      before,
      preview.result.rows.map((r) => r.entry),
      this.profile.indexationPercentPerYear,
    )
    const ok = await this.save({ ...this.profile, tariffs: plan.tariffs })
    if (ok)
      runInAction(() => {
        this.importPreview = null
        this.lastImport = { fileName: preview.fileName, before, after: plan.tariffs }
      })
    return ok
  }

  /** Puts the tariffs back as they were before the last import (refused when edited since). */
  async undoTariffImport(): Promise<boolean> {
    const last = this.lastImport
    if (!this.profile || !last) return false
    if (JSON.stringify(this.profile.tariffs) !== JSON.stringify(last.after)) {
      this.ui.showNotice('error', 'portfolio.catalogue.import.undoChanged')
      runInAction(() => (this.lastImport = null))
      return false
    }
    const ok = await this.save({ ...this.profile, tariffs: last.before })
    if (ok) {
      runInAction(() => (this.lastImport = null))
      this.ui.showNotice('info', 'portfolio.catalogue.import.undone', { file: last.fileName })
    }
    return ok
  }

  async exportProfile(): Promise<void> {
    if (!this.profile) return
    await this.files.saveFile(
      `gemeenteprofiel-${this.profile.code}.json`,
      JSON.stringify(this.profile, null, 2),
    )
  }

  async exportTariffsCsv(): Promise<void> {
    if (!this.profile) return
    await this.files.saveFile(`tarieven-${this.profile.code}.csv`, tariffsToCsv(this.profile.tariffs))
  }
}
