/**
 * No dead exports, and no export without a reader outside its module. The rule:
 *
 * - An export of the app (renderer/src, shared, electron) must be read by another module of the app
 *   or by a config file a tool loads (electron-vite, Vite, Vitest, electron-builder). Imports are
 *   followed through barrels (`export * from`, `export { a } from`); a namespace or dynamic import
 *   reads the whole module. Default exports are left out (config files, which tools read).
 * - An export nothing reads is dead code: delete it. A barrel entry nobody imports through the barrel
 *   is dead too.
 * - An export only its own module uses is not an export: drop the `export` keyword.
 * - Tests and benches are not readers. An export only tests read is allowed only as a test seam,
 *   listed in TEST_SEAMS under the reason it is one (a fake the tests build the app with, a shipped
 *   schema a migration test opens, a constant a test asserts against, a pure helper tested on its
 *   own, a type a fixture names). Anything else a test alone keeps alive is dead code with a test.
 *   A seam the app starts to read, or that is gone, must leave the list.
 */
import { describe, expect, it } from 'vitest'
import { listSourceFiles, readModule, resolveSpecifier } from './source-graph'

/** Where the app's code lives: its exports are checked, and its modules are the readers. */
const APP_FOLDERS = ['renderer/src', 'shared', 'electron']
/** Config files the build tools load: they read app modules too (electron-builder: the after-pack hook). */
const CONFIG_READERS = [
  'electron.vite.config.ts',
  'vite.renderer.config.ts',
  'vitest.config.ts',
  'electron-builder.config.ts',
]
/** Tests and benches: readers of test seams only. */
const TEST_FOLDERS = ['tests']

/**
 * Exports read by something the import graph does not see, each with the reason.
 * (Keep this list short; an entry without a true reason is dead code.)
 */
const READ_OUTSIDE_THE_GRAPH: Readonly<Record<string, string>> = {
  'shared/case-file/enums.ts#ENUMS_MATCH_DOMAIN_TYPES':
    'a compile-time check: its type annotation fails to compile when a list and its union drift apart',
  'shared/case-file/schema.ts#SCHEMAS_MATCH_DOMAIN_TYPES':
    'a compile-time check: its type annotation fails to compile when a schema and its type drift apart',
}

/** Exports only tests read, by the reason each is a seam for tests. */
const TEST_SEAMS: Readonly<Record<string, readonly string[]>> = {
  'test infrastructure: a fake or in-memory stand-in the tests build the app with': [
    'renderer/src/data/open.ts#openDataLayerWith',
    'renderer/src/data/sentinel.ts#createMemorySentinel',
    'renderer/src/platform/fake-desktop.ts#createFakeDesktop',
    'renderer/src/stores/mobx-config.ts#MOBX_WARNING_PREFIX',
    'renderer/src/workers/portfolio-client.ts#createInlinePortfolioClient',
  ],
  'a shipped schema, key or upgrader a migration test opens (a shipped version is never edited)': [
    'renderer/src/data/at-rest-migration.ts#AT_REST_MIGRATION_CHUNK',
    'renderer/src/data/audit.ts#computeLegacyAuditHash',
    'renderer/src/data/db.ts#SCHEMA_V1',
    'renderer/src/data/db.ts#SCHEMA_V2',
    'renderer/src/data/db.ts#SCHEMA_V3',
    'renderer/src/data/db.ts#SCHEMA_V4',
    'renderer/src/data/db.ts#SCHEMA_V5',
    'renderer/src/data/db.ts#SCHEMA_V6',
    'renderer/src/data/db.ts#SCHEMA_VERSION',
    'renderer/src/data/db.ts#upgradeV1toV2',
    'renderer/src/data/db.ts#upgradeV2toV3',
    'renderer/src/data/db.ts#upgradeV3toV4',
    'renderer/src/data/db.ts#upgradeV5toV6',
    'renderer/src/data/import-identity.ts#LEGACY_IMPORT_KEY',
    'renderer/src/data/import-identity.ts#SEALED_IMPORT_KEY',
    'renderer/src/data/legacy-do-nothing.ts#LEGACY_DO_NOTHING_PREFIX',
    'renderer/src/data/sealed-box.ts#SEALED_PREFIX',
  ],
  'a constant a test asserts against, so the test and the code cannot drift apart': [
    'renderer/src/data/case-repository.ts#CONTENT_ACCEPTED_ACTION',
    'renderer/src/data/case-repository.ts#CONTENT_CHANGED_ACTION',
    'renderer/src/data/content-mac.ts#CONTENT_SEALED_ACTION',
    'renderer/src/data/content-mac.ts#CONTENT_SEALING_CHUNK',
    'renderer/src/data/portfolio-revision.ts#REVISION_TABLES',
    'shared/portfolio/tariff-import.ts#TARIFF_MAX_RATE_CENTS',
    'renderer/src/data/demo-portfolio.ts#DEMO_PORTFOLIO_MESSAGES',
    'renderer/src/data/demo-portfolio.ts#EXAMPLES_GENERATE_ACTION',
    'renderer/src/stores/engine-error.ts#UNEXPECTED_ENGINE_ERROR',
    'electron/main/app-identity.ts#USER_DATA_FOLDER',
    'electron/main/crash-recovery.ts#CRASH_WINDOW_MS',
    'electron/main/unload-guard.ts#UNLOAD_LEAVE',
    'electron/main/unload-guard.ts#UNLOAD_WAIT',
    'electron/main/csp.ts#APP_CONTENT_SECURITY_POLICY',
    'electron/main/csp.ts#CSP_HEADER_ONLY_DIRECTIVES',
    'electron/main/device-key.ts#DEVICE_KEY_FILE',
    'electron/main/menu-template.ts#HELP_LINKS',
    'electron/main/opened-files.ts#MAX_OPENED_CASE_FILE_BYTES',
    'electron/main/opened-files.ts#MAX_PENDING_CASE_FILES',
    'electron/main/os-user-check.ts#TOUCH_ID_REASON',
    'electron/main/window-state.ts#DEFAULT_WINDOW_SIZE',
    'electron/packaging/electron-support.ts#MAX_TABLE_AGE_DAYS',
    'renderer/src/backup/backup-file.ts#BACKUP_MAGIC',
    'renderer/src/backup/backup-file.ts#PBKDF2_ITERATIONS',
    'renderer/src/data/case-repository.ts#EXAMPLES_DELETE_ACTION',
    'renderer/src/platform/browser-desktop.ts#BROWSER_SENTINEL_KEY',
    'renderer/src/reports/csv.ts#CSV_MESSAGES',
    'renderer/src/stores/decision/do-nothing-store.ts#DO_NOTHING_REFUSALS',
    'renderer/src/stores/import-limits.ts#MAX_CASE_FILE_BYTES',
    'renderer/src/stores/lock-store.ts#LOCK_SETTINGS_KEY',
    'renderer/src/stores/portfolio-store.ts#EXAMPLE_BUDGET_HOUSEHOLDS',
    'shared/decision/escalation.ts#ESCALATION_REFERENCES',
    'shared/decision/optimiser/model.ts#INFORMAL_WEIGHT',
    'shared/portfolio/generator.ts#SYNTHETIC_ORIGIN',
    'shared/portfolio/what-if.ts#HOUSEHOLD_HELP_PROVISION_ID',
    'shared/rules/engine/line-costing.ts#LINE_COST_TRACE_ID',
  ],
  'a pure part a table-driven test checks on its own, apart from the module that uses it': [
    'electron/main/app-protocol.ts#contentTypeFor',
    'electron/main/app-protocol.ts#isInside',
    'electron/main/app-protocol.ts#resolveAppRequestPath',
    'electron/main/atomic-write.ts#isTempFileOf',
    'electron/main/backup-rotation.ts#isBackupFileName',
    'electron/main/csp.ts#parseContentSecurityPolicy',
    'electron/main/desktop-services.ts#labelForPath',
    'electron/main/window-state.ts#parseWindowState',
    'electron/packaging/after-pack.ts#electronBinaryPath',
    'electron/packaging/after-pack.ts#packagingProblems',
    'electron/packaging/electron-support.ts#majorOf',
    'renderer/src/data/audit.ts#buildAuditRow',
    'renderer/src/data/sentinel.ts#createLocalStorageSentinel',
    'renderer/src/platform/browser-desktop.ts#acceptAttributeFor',
    'renderer/src/platform/browser-desktop.ts#mimeTypeFor',
    'renderer/src/platform/device-keys.ts#deriveKey',
    'renderer/src/platform/index.ts#detectDesktop',
    'renderer/src/reports/csv.ts#defuseFormula',
    'renderer/src/reports/csv.ts#formatCentsForCsv',
    'renderer/src/reports/csv.ts#quoteCsvField',
    'renderer/src/reports/tariff-files.ts#readCsvTable',
    'renderer/src/reports/tariff-files.ts#readXlsxTable',
    'renderer/src/stores/cases-store.ts#selectVisibleSummaries',
    'renderer/src/stores/lock-store.ts#checkIdleMinutes',
    'renderer/src/stores/lock-store.ts#parseLockSettings',
    'renderer/src/views/case/household/MemberForm.tsx#memberCheck',
    'renderer/src/views/case/household/MemberForm.tsx#memberDraftOf',
    'renderer/src/views/case/network/NetworkTab.tsx#carerCheck',
    'renderer/src/views/case/network/NetworkTab.tsx#carerDraftOf',
    'renderer/src/views/common/validation.ts#addDays',
    'renderer/src/views/portfolio/profile-draft.ts#withValue',
    'renderer/src/views/settings/IdentityForm.tsx#identityCheck',
    'shared/domain/rule-meta.ts#ruleVersionAt',
    'shared/portfolio/tariff-import.ts#isRealIsoDate',
    'shared/portfolio/tariff-import.ts#parseEuroToCents',
    'shared/case-file/schema.ts#isVisibleText',
    'shared/decision/sensitivity.ts#leverRange',
    'shared/portfolio/series.ts#seriesFromMonthly',
    'shared/rules/wmo/eigen-bijdrage.ts#beschermdWonenRule',
    'shared/rules/wmo/eigen-bijdrage.ts#samenloopRule',
    'shared/rules/wlz/eigen-bijdrage.ts#lid4ReductionApplies',
    'shared/rules/wlz/eigen-bijdrage.ts#wlzParamsAt',
  ],
  'a type a test names for its fixtures or fakes': [
    'electron/main/menu-template.ts#MenuItemTemplate',
    'electron/packaging/electron-support.ts#SupportTable',
    'renderer/src/data/open.ts#DataLayerHooks',
    'renderer/src/platform/browser-desktop.ts#BrowserEnvironment',
    'renderer/src/platform/fake-desktop.ts#FakeDesktop',
    'renderer/src/stores/lock-store.ts#LockClock',
    'renderer/src/stores/root-store.ts#StoreI18n',
    'shared/decision/optimiser/optimise.ts#OptimiseArgs',
    'shared/portfolio/tariff-import.ts#TariffImportErrorCode',
  ],
  'a release gate whose check is the test itself (the Electron support window)': [
    'electron/packaging/electron-support.ts#ELECTRON_SUPPORT',
    'electron/packaging/electron-support.ts#supportVerdict',
  ],
  'a reference the forecast tests and the bench compare the worker pipeline against': [
    'shared/portfolio/evaluate-portfolio.ts#evaluatePortfolio',
  ],
}

const SEAM_KEYS = new Set(Object.values(TEST_SEAMS).flat())

type Usage = { names: Map<string, Set<string>>; whole: Set<string> }

function exportsName(file: string, name: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false
  seen.add(file)
  const info = readModule(file)
  if (info.localExports.includes(name) || info.reExports.some((r) => r.name === name)) return true
  return info.starExports.some((star) => exportsName(star, name, seen))
}

function markUsed(usage: Usage, file: string, name: string, seen = new Set<string>()): void {
  const key = `${file}#${name}`
  if (seen.has(key)) return
  seen.add(key)
  let names = usage.names.get(file)
  if (!names) usage.names.set(file, (names = new Set()))
  names.add(name)
  const info = readModule(file)
  if (info.localExports.includes(name)) return
  for (const re of info.reExports) if (re.name === name) markUsed(usage, re.to, re.original, seen)
  for (const star of info.starExports) if (exportsName(star, name)) markUsed(usage, star, name, seen)
}

function markWhole(usage: Usage, file: string): void {
  if (usage.whole.has(file)) return
  usage.whole.add(file)
  const info = readModule(file)
  for (const re of info.reExports) markUsed(usage, re.to, re.original)
  for (const star of info.starExports) markWhole(usage, star)
}

function collectUsage(readers: Iterable<string>): Usage {
  const usage: Usage = { names: new Map(), whole: new Set() }
  for (const file of readers) {
    for (const edge of readModule(file).imports) {
      if (edge.to === file) continue
      for (const name of edge.names) {
        if (name === '*') markWhole(usage, edge.to)
        else markUsed(usage, edge.to, name)
      }
    }
  }
  return usage
}

function isRead(usage: Usage, file: string, name: string): boolean {
  return usage.whole.has(file) || (usage.names.get(file)?.has(name) ?? false)
}

type Findings = {
  /** Nothing reads it, not even its own module. */
  dead: string[]
  /** Only its own module uses it: not an export. */
  localOnly: string[]
  /** Only tests read it, and it is not a listed test seam. */
  testOnly: string[]
  /** Listed as a test seam but read by the app, or no longer exported. */
  staleSeams: string[]
}

/** Every export of the app's modules, judged by who reads it (see the rule at the top). */
function judgeExports(): Findings {
  const appReaders = listSourceFiles([...APP_FOLDERS, 'renderer'])
  for (const config of CONFIG_READERS) if (resolveSpecifier('', `./${config}`)) appReaders.push(config)
  const app = collectUsage(appReaders)
  const tests = collectUsage(listSourceFiles(TEST_FOLDERS))
  const found: Findings = { dead: [], localOnly: [], testOnly: [], staleSeams: [] }
  const seen = new Set<string>()
  for (const file of listSourceFiles(APP_FOLDERS)) {
    const info = readModule(file)
    for (const name of info.localExports) {
      if (name === 'default') continue
      const key = `${file}#${name}`
      seen.add(key)
      if (isRead(app, file, name)) {
        if (SEAM_KEYS.has(key)) found.staleSeams.push(key)
        continue
      }
      if (Object.hasOwn(READ_OUTSIDE_THE_GRAPH, key)) continue
      if (isRead(tests, file, name)) {
        if (!SEAM_KEYS.has(key)) found.testOnly.push(key)
        continue
      }
      // The declaration itself is one occurrence; any other is a use inside the module.
      if ((info.identifierCounts.get(name) ?? 0) > 1) found.localOnly.push(key)
      else found.dead.push(key)
    }
    for (const re of info.reExports) {
      if (!isRead(app, file, re.name) && !isRead(tests, file, re.name)) found.dead.push(`${file}#${re.name}`)
    }
  }
  for (const key of SEAM_KEYS) if (!seen.has(key)) found.staleSeams.push(key)
  for (const list of Object.values(found)) list.sort()
  return found
}

describe('dead exports', () => {
  const found = judgeExports()

  it('finds no export of the app that nothing reads', () => {
    expect(found.dead).toEqual([])
  })

  it('finds no export only its own module uses (drop the export keyword)', () => {
    expect(found.localOnly).toEqual([])
  })

  it('finds no export only tests read unless it is a listed test seam', () => {
    expect(found.testOnly).toEqual([])
  })

  it('keeps the test seams to exports that exist and only tests read', () => {
    expect(found.staleSeams).toEqual([])
  })
})
