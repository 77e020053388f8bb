import type { DataLayer } from '../data/api'
import type { Desktop } from '../platform/desktop'
import type { DeviceKeys } from '../platform/device-keys'
import { readNewestBackupHead } from '../backup/backup-anchor'
import type { Language } from '../i18n'
import type { Translate } from '../reports/translate'
import { UiStore } from './ui-store'
import { CasesStore } from './cases-store'
import { CaseStore } from './case-store'
import { StartupStore } from './startup-store'
import type { CaseFileIo } from './case-file-io'
import type { WorkspaceEngine } from './workspace-engine'
import { ReportStore } from './report-store'
import { BackupStore } from './backup-store'
import { ComparisonStore } from './decision/comparison-store'
import { WhatIfStore } from './decision/what-if-store'
import { OptimiserStore } from './decision/optimiser-store'
import { DoNothingStore } from './decision/do-nothing-store'
import type { DecisionDeps } from './decision/decision-deps'
import { localToday } from '../format/today'
import { loadSolver } from '../decision/highs-solver'
import { PortfolioStore } from './portfolio-store'
import { MunicipalityStore } from './municipality-store'
import { IdentityStore } from './identity-store'
import { RetentionStore } from './retention-store'
import { LockStore } from './lock-store'

/**
 * The view layer's i18n as the stores need it, injected so no store imports it (main.tsx passes
 * i18next's): the catalogue bound to one language, for documents written in a language of their own
 * (the plan PDF), and the switch of the UI's language.
 */
export type StoreI18n = {
  fixedTranslate(language: Language): Translate
  changeLanguage(language: Language): void
}

/** What the RootStore is built from: the data layer (repositories), the desktop platform, the engine. */
type RootStoreDeps = {
  data: DataLayer
  engine: WorkspaceEngine
  /** Reading and writing case files (Electron dialogs or the browser fallback). */
  files: CaseFileIo
  desktop: Desktop
  i18n: StoreI18n
  /** How the device key is held; 'unavailable' when it could not be read (see platform/device-keys). */
  keyProtection?: DeviceKeys['protection']
  /** Seals the automatic backups' key between sessions (null where the OS does not protect the device key). */
  automaticWrappingKey?: Uint8Array | null
  /** Whether the OS offers a user check for unlocking (probed once at start; Touch ID on macOS). */
  osUserCheckAvailable?: boolean
}

/**
 * The RootStore constructs the domain stores and the UiStore and injects their transport
 * (repositories, the desktop platform). Feature stores are added here as they arrive: one import and
 * one field each, constructed from `deps` (and `this.ui` for notices).
 */
export class RootStore {
  readonly ui: UiStore
  readonly data: DataLayer
  readonly engine: WorkspaceEngine
  readonly desktop: Desktop
  readonly startup: StartupStore
  readonly cases: CasesStore
  readonly openCase: CaseStore
  readonly reports: ReportStore
  readonly backups: BackupStore
  /** Decision support for the open household: one store per feature, all built from one `DecisionDeps`. */
  readonly comparison: ComparisonStore
  readonly whatIf: WhatIfStore
  readonly optimiser: OptimiserStore
  readonly doNothing: DoNothingStore
  readonly portfolio: PortfolioStore
  readonly municipality: MunicipalityStore
  readonly identity: IdentityStore
  readonly retention: RetentionStore
  readonly lock: LockStore

  constructor(deps: RootStoreDeps) {
    // The catalogue and the desktop app's menu follow the UI language (the menu: a no-op in the browser).
    this.ui = new UiStore((language) => {
      deps.i18n.changeLanguage(language)
      void deps.desktop.setLanguage(language)
    })
    this.data = deps.data
    this.engine = deps.engine
    this.desktop = deps.desktop
    this.startup = new StartupStore(
      deps.data,
      this.ui,
      () => readNewestBackupHead(deps.desktop),
      deps.keyProtection === 'unavailable',
    )
    // The case list's background analysis gives way while the portfolio does bulk work.
    this.cases = new CasesStore(
      deps.data,
      this.ui,
      deps.files,
      deps.engine,
      localToday,
      () => this.portfolio.holdsBackground,
    )
    this.openCase = new CaseStore(deps.data, this.ui, deps.engine)
    this.reports = new ReportStore({
      data: deps.data,
      engine: deps.engine,
      openCase: this.openCase,
      ui: this.ui,
      desktop: deps.desktop,
      translate: (language) => deps.i18n.fixedTranslate(language),
    })
    this.backups = new BackupStore({
      data: () => deps.data,
      desktop: deps.desktop,
      automaticWrappingKey: deps.automaticWrappingKey ?? null,
      backupFileTypeName: () => deps.i18n.fixedTranslate(this.ui.language)('fileTypes.backup'),
    })
    const decisionDeps: DecisionDeps = {
      openCase: this.openCase,
      engine: deps.engine,
      ui: this.ui,
      today: localToday,
      solver: loadSolver,
      newId: () => globalThis.crypto.randomUUID(),
    }
    this.comparison = new ComparisonStore(decisionDeps)
    this.whatIf = new WhatIfStore(decisionDeps)
    this.optimiser = new OptimiserStore(decisionDeps)
    this.doNothing = new DoNothingStore(decisionDeps)
    this.portfolio = new PortfolioStore(deps.data, this.ui, deps.engine)
    this.municipality = new MunicipalityStore(deps.data, this.ui, deps.engine, deps.files, this.portfolio)
    this.identity = new IdentityStore((actor) => deps.data.setActor?.(actor))
    this.retention = new RetentionStore(deps.data, this.ui)
    this.lock = new LockStore({
      osCheckAvailable: deps.osUserCheckAvailable ?? false,
      verifyWithOs: async () => {
        const result = await deps.desktop.osUserCheck('verify')
        if (result.ok) return result.value ? 'ok' : 'refused'
        return result.error.code === 'unsupported' ? 'unsupported' : 'refused'
      },
    })
  }
}

export function createRootStore(deps: RootStoreDeps): RootStore {
  return new RootStore(deps)
}
