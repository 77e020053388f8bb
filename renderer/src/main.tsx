import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createRootStore } from './stores/root-store'
import { StoreProvider } from './stores/store-context'
import { createDesktopCaseFileIo } from './stores/case-file-io'
import { createWorkspaceEngine } from './stores/workspace-engine'
import { i18next, initI18n, type Language } from './i18n'
import { fixedTranslate } from './reports/translate'
import { localStorageLegacyDoNothing, openDataLayer } from './data'
import { configureMobx } from './stores/mobx-config'
import { afterStartupSettles } from './stores/startup-schedule'
import { prestartPortfolioWorker } from './workers/portfolio-client'
import { createSentinelStore, getDesktop } from './platform'
import { loadDeviceKeys } from './platform/device-keys'
import { readIdentity, UNKNOWN_ACTOR } from './stores/identity-store'
import { OpenFailedScreen } from './views/startup/OpenFailedScreen'
import './styles.css'

const engine = createWorkspaceEngine()

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem('maatwerk.language') === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

/**
 * Opens the data layer before anything renders (the startup gate needs to know whether data went
 * missing), then builds the RootStore with the data layer, the desktop platform and the engine.
 */
async function start(container: HTMLElement): Promise<void> {
  configureMobx()
  const root = createRoot(container)
  initI18n(storedLanguage())
  const desktop = getDesktop()
  // The screens load as their own chunk while IndexedDB opens, so parsing and opening overlap.
  const screens = Promise.all([import('./App'), import('./views/startup/StartupGate')])
  let data
  const keys = await loadDeviceKeys(desktop)
  const osCheck = await desktop.osUserCheck('probe')
  try {
    const identity = readIdentity()
    data = await openDataLayer({
      sentinel: createSentinelStore(desktop),
      auditKey: keys.auditKey,
      ...(keys.atRestKey ? { atRestKey: keys.atRestKey } : {}),
      ...(keys.importKey ? { importKey: keys.importKey } : {}),
      actor: identity.consultant ?? UNKNOWN_ACTOR,
      device: identity.deviceId,
      // v3 kept the do-nothing selections in localStorage; the v4 upgrade moves them in once.
      legacyDoNothing: localStorageLegacyDoNothing(),
    })
  } catch (error) {
    root.render(<OpenFailedScreen message={error instanceof Error ? error.message : String(error)} />)
    return
  }
  performance.mark('maatwerk.data-open')
  // Started on the portfolio page (a reload there): its worker reads the stored results while the
  // screens load and render, instead of after the page asked for them.
  const resultsDatabase = data.portfolioResults?.databaseName
  if (
    resultsDatabase &&
    data.startup.kind === 'ok' &&
    typeof Worker !== 'undefined' &&
    /^#\/portfolio(\/|$)/.test(globalThis.location?.hash ?? '')
  )
    prestartPortfolioWorker(resultsDatabase)
  const [{ App }, { StartupGate }] = await screens
  performance.mark('maatwerk.screens-loaded')
  const rootStore = createRootStore({
    data,
    engine,
    files: createDesktopCaseFileIo(desktop, () => i18next.t('fileTypes.caseFile')),
    desktop,
    i18n: {
      fixedTranslate: (language) => fixedTranslate(i18next, language),
      changeLanguage: (language) => {
        // Before initI18n below, the language is the one i18next is started with.
        if (i18next.isInitialized) void i18next.changeLanguage(language)
      },
    },
    keyProtection: keys.protection,
    automaticWrappingKey: keys.backupKey,
    osUserCheckAvailable: osCheck.ok && osCheck.value,
  })
  initI18n(rootStore.ui.language)
  // Check the audit trail once the first screen is up and the portfolio (when that is the page
  // started on) has opened, when the UI thread is idle: off the start-up path.
  // Held back at most 8 s: an altered or shortened log must be shown soon after every start.
  void afterStartupSettles(() => rootStore.portfolio.holdsBackground, { maxWaitMs: 8_000 }).then(() =>
    rootStore.startup.verifyAudit(),
  )
  // Unattended automatic backups resume only over a database that passed the start-up inspection: a
  // backup of an emptied database must never rotate the good ones away.
  if (data.startup.kind === 'ok') setTimeout(() => void rootStore.backups.resumeAutomatic(), 3000)
  root.render(
    <StrictMode>
      <StoreProvider value={rootStore}>
        <StartupGate>
          <App />
        </StartupGate>
      </StoreProvider>
    </StrictMode>,
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('Maatwerk: #root element missing from index.html')
void start(container)
