/**
 * Reports and exports of the open case (plan PDF, comparison XLSX/CSV), the portfolio export, and the
 * resident's access (inzage) export and erasure. The pure builders in `reports/` do the work; this
 * store gathers their inputs (engine results computed on the real case, the pseudonymised case for
 * what is printed), saves through the Desktop (save dialog in Electron, download in the browser) and
 * reports the outcome as an i18n key.
 */
import { makeAutoObservable, runInAction } from 'mobx'
import type { CaseFile, Law, Scenario, ScenarioResult } from '#shared/domain/types'
import type { AuditEventAction, DataLayer } from '../data/api'
import type { Language } from '../i18n'
import { getDesktop } from '../platform'
import type { Desktop, FileFilter } from '../platform/desktop'
import { exportFileName, type ExportKind } from '../reports/file-names'
import type { PlanProvisionInfo } from '../reports/plan-pdf'
import { overlayPseudonyms } from '../reports/pseudonymised-view'
import {
  findAgeSensitiveScenarios,
  findScreenDifferences,
  type ScreenDifference,
} from '../reports/birth-year-figures'
import { isNotDistinctiveNamePart } from '#shared/case-file/pseudonymise'
import type { PortfolioRow } from '../reports/portfolio-export'
import { hasTranslation, type Translate } from '../reports/translate'
import type { CaseStore } from './case-store'
import { desktopErrorMessage, errorMessage, type MessageParams } from './messages'
import type { UiStore } from './ui-store'
import type { WorkspaceEngine } from './workspace-engine'

type ReportStatus = { kind: 'info' | 'error'; key: string; params?: MessageParams }

const FILTERS: Record<'pdf' | 'xlsx' | 'csv' | 'json', FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
}

const LAW_BY_PREFIX: [string, Law][] = [
  ['wmo.', 'wmo'],
  ['jeugd.', 'jeugdwet'],
  ['pw.', 'participatiewet'],
  ['zvw.', 'zvw'],
  ['wlz.', 'wlz'],
  ['informal.', 'informal'],
  ['algemeen.', 'wmo'],
]

type ReportStoreDeps = {
  data: DataLayer
  engine: WorkspaceEngine
  openCase: CaseStore
  ui: UiStore
  /**
   * The catalogue bound to one language (main.tsx passes i18next's): documents are written in a
   * language of their own (the plan's), and a store never imports i18next itself.
   */
  translate: (language: Language) => Translate
  /** Defaults to the page's Desktop (Electron bridge or browser fallback). */
  desktop?: Desktop
  now?: () => string
}

/** Name replacements real → pseudonym for every person and carer (matched by position: the pseudonymiser renumbers ids but keeps the order). */
function buildRedactions(real: CaseFile, pseudo: CaseFile): { from: string; to: string }[] {
  const pairs: { from: string; to: string }[] = []
  const add = (from: string, to: string) => {
    if (!from || from === to) return
    pairs.push({ from, to })
    // Also the distinctive parts of a multi-word name ("Esra Yilmaz" → "Yilmaz"), not particles or
    // titles ("de", "Gezin", "Mevrouw"); replaced as whole tokens only (createTokenReplacer).
    const parts = from
      .split(/[\s,.'’()-]+/u)
      .filter((part) => part.length >= 2 && /^\p{Lu}/u.test(part) && !isNotDistinctiveNamePart(part))
    if (parts.length > 1 || (parts.length === 1 && parts[0] !== from))
      for (const part of parts) pairs.push({ from: part, to })
  }
  add(real.household.label, pseudo.household.label)
  real.household.members.forEach((m, i) => {
    const p = pseudo.household.members[i]
    add(m.name, p?.name ?? '—')
  })
  real.household.carers.forEach((c, i) => {
    const p = pseudo.household.carers[i]
    add(c.name, p?.name ?? '—')
  })
  return pairs
}

export class ReportStore {
  planLanguage: Language
  pseudonymise = true
  /** The portfolio spreadsheet names households only on this explicit opt-in (default: numbered). */
  portfolioIncludeLabels = false
  planScenarioId: string | null = null
  busy = false
  status: ReportStatus | null = null

  private readonly deps: ReportStoreDeps & { desktop: Desktop }

  constructor(deps: ReportStoreDeps) {
    this.deps = { ...deps, desktop: deps.desktop ?? getDesktop() }
    this.planLanguage = deps.ui.language
    makeAutoObservable<ReportStore, 'deps'>(this, { deps: false })
  }

  private now(): string {
    return (this.deps.now ?? (() => new Date().toISOString()))()
  }

  setPlanLanguage(language: Language): void {
    this.planLanguage = language
  }

  setPseudonymise(value: boolean): void {
    this.pseudonymise = value
  }

  setPortfolioIncludeLabels(value: boolean): void {
    this.portfolioIncludeLabels = value
  }

  setPlanScenario(scenarioId: string): void {
    this.planScenarioId = scenarioId
  }

  clearStatus(): void {
    this.status = null
  }

  /** The plan's scenario: the user's pick, else the chosen one, else the selected one. */
  get planScenario(): Scenario | null {
    const scenarios = this.deps.openCase.scenarios
    return (
      scenarios.find((s) => s.id === this.planScenarioId) ??
      scenarios.find((s) => s.chosen) ??
      this.deps.openCase.selectedScenario ??
      null
    )
  }

  private translate(language: Language): Translate {
    return this.deps.translate(language)
  }

  provisionInfo(t: Translate): (provisionId: string) => PlanProvisionInfo {
    const byId = new Map(this.deps.engine.provisions.map((p) => [p.id, p]))
    return (provisionId) => {
      const provision = byId.get(provisionId)
      const labelKey = provision?.labelKey ?? `provision.${provisionId}`
      return {
        law:
          provision?.law ?? LAW_BY_PREFIX.find(([prefix]) => provisionId.startsWith(prefix))?.[1] ?? 'none',
        label: hasTranslation(t, labelKey) ? t(labelKey) : provisionId,
        respite: provision?.respite ?? false,
      }
    }
  }

  private currentCaseFile(): CaseFile | null {
    const aggregate = this.deps.openCase.aggregate
    if (!aggregate) return null
    return {
      format: 'maatwerk.case',
      formatVersion: 1,
      household: aggregate.household,
      scenarios: aggregate.scenarios,
      origin: aggregate.origin,
    }
  }

  private evaluateAll(file: CaseFile): Record<string, ScenarioResult> {
    const municipality = this.deps.openCase.municipality
    const results: Record<string, ScenarioResult> = {}
    for (const scenario of file.scenarios) {
      results[scenario.id] = this.deps.engine.evaluateScenario({
        household: file.household,
        scenario,
        ...(municipality ? { municipality } : {}),
      })
    }
    return results
  }

  private pseudonymousCopy(real: CaseFile, t: Translate): CaseFile {
    return this.deps.engine.pseudonymiseCaseFile(real, { householdLabel: t('reports.plan.pseudoHousehold') })
  }

  /**
   * Where the pseudonymised plan and comparison differ from the screen (which computes on the exact
   * birth dates): shown next to the pseudonymise switch, so the consultant sees which figures move
   * before exporting. Empty when pseudonymisation is off, nothing differs, or the engine refuses.
   */
  get pseudonymisedDifferences(): ScreenDifference[] {
    const real = this.currentCaseFile()
    if (!this.pseudonymise || !real) return []
    try {
      const t = this.translate(this.planLanguage)
      const shown = overlayPseudonyms(real, this.pseudonymousCopy(real, t))
      const ids = real.scenarios.map((s) => s.id)
      return findScreenDifferences(ids, this.evaluateAll(real), this.evaluateAll(shown))
    } catch {
      // The arrangement tab shows the engine's refusal in plain words; here there is nothing to compare.
      return []
    }
  }

  private async save(
    kind: ExportKind,
    extension: 'pdf' | 'xlsx' | 'csv' | 'json',
    data: Uint8Array,
    event: { action: AuditEventAction; householdId: string | null },
  ): Promise<void> {
    const result = await this.deps.desktop.saveFile({
      suggestedName: exportFileName(kind, this.now(), extension),
      data,
      filters: FILTERS[extension],
    })
    // Who exported what (issue 12 item 7): only ids and a fixed action, never names or BSNs.
    if (result.ok) {
      await this.deps.data.audit
        .record({
          action: event.action,
          objectType: event.householdId ? 'household' : 'portfolio',
          objectId: event.householdId ?? 'portfolio',
          householdId: event.householdId,
        })
        .catch(() => undefined)
    }
    runInAction(() => {
      if (result.ok)
        this.status = { kind: 'info', key: 'reports.ui.saved', params: { name: result.value.name } }
      else if (result.error.code === 'cancelled') this.status = { kind: 'info', key: 'reports.ui.cancelled' }
      else
        this.status = {
          kind: 'error',
          key: 'reports.ui.failed',
          params: { message: desktopErrorMessage(result.error) },
        }
    })
  }

  private async run(task: () => Promise<void>): Promise<void> {
    if (this.busy) return
    this.busy = true
    this.status = null
    try {
      await task()
    } catch (error) {
      runInAction(() => {
        this.status = {
          kind: 'error',
          key: 'reports.ui.failed',
          // Plain words; the platform's own text only in the technical fold-out (StatusLine).
          params: { message: errorMessage(error) },
        }
      })
    } finally {
      runInAction(() => {
        this.busy = false
      })
    }
  }

  /** The plan's PDF bytes (also used by tests); null when no case or scenario is open. */
  async makePlanPdf(): Promise<Uint8Array | null> {
    // jsPDF and exceljs are loaded on first use, so they do not slow down the app's start.
    const { buildPlanPdf } = await import('../reports/plan-pdf')
    const real = this.currentCaseFile()
    const scenario = this.planScenario
    if (!real || !scenario) return null
    const t = this.translate(this.planLanguage)
    const pseudo = this.pseudonymise ? this.pseudonymousCopy(real, t) : null
    const shown = pseudo ? overlayPseudonyms(real, pseudo) : real
    // A pseudonymised plan is computed on the birth years it shows (1 July of each year): results
    // from the exact birth dates would put the month someone turns 18 or reaches the AOW age, and so
    // the birth date the plan says it hides, into every transition (issue 12 item 10).
    const results = this.evaluateAll(shown)
    // The screen computes on the exact birth dates. Where the amounts depend on where in its year a
    // birthday falls, the plan says they may differ from the screen rather than that they are
    // unchanged; asked of the birth years alone, like the comparison's mark, because "unchanged" for a
    // case with a transition would tell that the birthday falls in July (reports/birth-year-figures.ts).
    const amountsDifferFromScreen =
      pseudo !== null && findAgeSensitiveScenarios(shown, (file) => this.evaluateAll(file)).has(scenario.id)
    return buildPlanPdf({
      household: shown.household,
      scenarios: shown.scenarios,
      scenarioId: scenario.id,
      results,
      t,
      language: this.planLanguage,
      provision: this.provisionInfo(t),
      ...(this.deps.openCase.municipality ? { tariffs: this.deps.openCase.municipality.tariffs } : {}),
      generatedAt: this.now(),
      pseudonymised: this.pseudonymise,
      amountsDifferFromScreen,
      redactions: pseudo ? buildRedactions(real, pseudo) : [],
    })
  }

  /**
   * A plan or comparison of a household changed outside Maatwerk is not made: it would show figures
   * that no longer fit the content MAC as if they were sound (and a plan goes to the resident or into
   * a beschikking). Says why and logs the refusal; true when refused.
   */
  private async refuseChangedContent(action: AuditEventAction): Promise<boolean> {
    if (!this.deps.openCase.contentChanged) return false
    const householdId = this.deps.openCase.aggregate?.household.id ?? null
    if (householdId)
      await this.deps.data.audit
        .record({ action, objectType: 'household', objectId: householdId, householdId, result: 'refused' })
        .catch(() => undefined)
    runInAction(() => {
      this.status = { kind: 'error', key: 'reports.ui.contentChanged' }
    })
    return true
  }

  exportPlan(): Promise<void> {
    return this.run(async () => {
      if (await this.refuseChangedContent('report.plan-pdf')) return
      const bytes = await this.makePlanPdf()
      if (!bytes) {
        runInAction(() => {
          this.status = { kind: 'error', key: 'reports.ui.notLoaded' }
        })
        return
      }
      await this.save('plan', 'pdf', bytes, {
        action: 'report.plan-pdf',
        householdId: this.deps.openCase.aggregate?.household.id ?? null,
      })
    })
  }

  exportComparison(format: 'xlsx' | 'csv'): Promise<void> {
    return this.run(async () => {
      if (await this.refuseChangedContent('report.comparison-export')) return
      const real = this.currentCaseFile()
      if (!real || real.scenarios.length === 0) {
        runInAction(() => {
          this.status = { kind: 'error', key: 'reports.ui.noScenarios' }
        })
        return
      }
      const t = this.translate(this.planLanguage)
      const shown = this.pseudonymise ? this.pseudonymousCopy(real, t) : real
      // Pseudonymised: computed on the birth years only, like the plan (see makePlanPdf); the file
      // marks the scenarios whose figures depend on where in the year a birthday falls, asked of the
      // birth years alone so the mark gives nothing away (reports/birth-year-figures.ts).
      const computed = this.pseudonymise ? overlayPseudonyms(real, shown) : real
      const results = this.evaluateAll(computed)
      const input = {
        householdLabel: shown.household.label,
        // Scenario names are free text and may name people: the pseudonymised copy keeps the order.
        scenarios: real.scenarios.map((s, i) => ({ id: s.id, name: shown.scenarios[i]?.name ?? s.name })),
        results: real.scenarios.map((s) => results[s.id] as ScenarioResult),
        t,
        generatedAt: this.now(),
        ...(this.pseudonymise
          ? {
              birthYearBasis: {
                ageSensitive: findAgeSensitiveScenarios(computed, (f) => this.evaluateAll(f)),
              },
            }
          : {}),
      }
      const { buildComparisonCsv, buildComparisonXlsx } = await import('../reports/comparison-export')
      const bytes = format === 'xlsx' ? await buildComparisonXlsx(input) : buildComparisonCsv(input)
      await this.save('vergelijking', format, bytes, {
        action: 'report.comparison-export',
        householdId: this.deps.openCase.aggregate?.household.id ?? null,
      })
    })
  }

  exportPortfolio(rows: PortfolioRow[], format: 'xlsx' | 'csv', title?: string): Promise<void> {
    return this.run(async () => {
      if (rows.length === 0) {
        runInAction(() => {
          this.status = { kind: 'error', key: 'reports.ui.portfolioEmpty' }
        })
        return
      }
      const t = this.translate(this.deps.ui.language)
      const { buildPortfolioCsv, buildPortfolioXlsx, pseudonymisePortfolioRows } =
        await import('../reports/portfolio-export')
      const input = {
        rows: this.portfolioIncludeLabels
          ? rows
          : pseudonymisePortfolioRows(rows, (n) => t('exportIdentity.numberedHousehold', { n })),
        t,
        generatedAt: this.now(),
        ...(title ? { title } : {}),
      }
      const bytes = format === 'xlsx' ? await buildPortfolioXlsx(input) : buildPortfolioCsv(input)
      await this.save('portefeuille', format, bytes, { action: 'report.portfolio-export', householdId: null })
    })
  }

  /** Everything stored about one household (inzage), as JSON or PDF. */
  exportResidentAccess(householdId: string, format: 'json' | 'pdf'): Promise<void> {
    return this.run(async () => {
      // Never refused (GDPR art. 15): a household changed outside Maatwerk is marked in the document.
      const { caseFile, contentChanged } = await this.deps.data.cases.exportForAccess(householdId)
      const audit = await this.deps.data.audit.list({ householdId })
      const t = this.translate(this.deps.ui.language)
      const provision = this.provisionInfo(t)
      const input = {
        caseFile,
        contentChanged,
        audit,
        generatedAt: this.now(),
        t,
        provisionLabel: (id: string) => provision(id).label,
      }
      const { buildResidentAccessJson, buildResidentAccessPdf } = await import('../reports/inzage')
      const bytes = format === 'json' ? buildResidentAccessJson(input) : buildResidentAccessPdf(input)
      await this.save('inzage', format, bytes, { action: 'report.inzage-export', householdId })
    })
  }

  /** Erasure (GDPR art. 17): the data layer removes the household from every table. */
  async eraseHousehold(householdId: string): Promise<boolean> {
    let erased = false
    await this.run(async () => {
      await this.deps.data.cases.deleteHousehold(householdId)
      erased = true
      runInAction(() => {
        this.status = { kind: 'info', key: 'reports.ui.erased' }
      })
    })
    if (erased) this.deps.ui.showNotice('info', 'reports.ui.erased')
    return erased
  }
}
