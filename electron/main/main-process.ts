/**
 * Start-up order of the main process. Before `ready`: the sandbox for every renderer, the app://
 * scheme as privileged, the single-instance lock, hardening of every web contents. After `ready`:
 * session lockdown, the protocol handler, IPC, the menu, the window.
 */
import { BrowserWindow, Menu, app, dialog, protocol, session } from 'electron'
import { APP_SCHEME, type Language } from '#shared/ipc/desktop-api'
import { createAppProtocolHandler } from './app-protocol'
import { createDesktopServices } from './desktop-services'
import { openExternalSafely } from './external-links'
import { registerDesktopIpc } from './ipc'
import { createMainWindow, type MainWindowHandle } from './main-window'
import { buildMenuTemplate } from './menu-template'
import { OpenedCaseFileQueue, caseFilePathsFromArgv } from './opened-files'
import { hardenSession } from './session-security'
import { guardWindowUnload } from './unload-guard'
import { cleanUpInterruptedWrites } from './user-data-files'
import { hardenWebContents } from './web-contents-security'

type MainProcessPaths = {
  /** Folder with the built renderer (out/renderer). */
  rendererRoot: string
  /** The sandboxed CommonJS preload (out/preload/index.cjs). */
  preloadPath: string
}

/** The language the page last chose (Dutch until it says otherwise): for the menu and main's own dialogs. */
let currentLanguage: Language = 'nl'

function applyApplicationMenu(language: Language): void {
  currentLanguage = language
  const template = buildMenuTemplate({
    language,
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    openExternal: (url) => void openExternalSafely(url),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as Parameters<typeof Menu.buildFromTemplate>[0]))
}

/** Resolves to the window handle, or null when another instance already runs (this one quits). */
export function startMainProcess(paths: MainProcessPaths): Promise<MainWindowHandle | null> {
  app.enableSandbox()
  // standard: relative URLs, its own origin and storage; secure: a secure context (like https);
  // supportFetchAPI: the solver fetches its .wasm. `corsEnabled` stays unset on purpose: it would let
  // other origins read app:// responses, and same-origin module scripts and workers do not need it.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return Promise.resolve(null)
  }

  let handle: MainWindowHandle | null = null
  const focusExisting = (): void => {
    const window = handle?.window
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.focus()
  }
  // Case files handed over by the OS wait here until the page takes them (it asks on start and on
  // focus, which focusExisting gives it). macOS sends `open-file`, possibly before ready.
  const openedCaseFiles = new OpenedCaseFileQueue()
  openedCaseFiles.add(caseFilePathsFromArgv(process.argv, process.cwd()))
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedCaseFiles.add(caseFilePathsFromArgv(['', path], process.cwd()))
    focusExisting()
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedCaseFiles.add(caseFilePathsFromArgv(argv, workingDirectory))
    focusExisting()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternalSafely))
  app.on('window-all-closed', () => {
    void (handle?.flushWindowState() ?? Promise.resolve()).finally(() => app.quit())
  })

  return app.whenReady().then(async () => {
    const allowDevTools = !app.isPackaged
    hardenSession(session.defaultSession, { allowDevTools })
    protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererRoot))
    const userData = app.getPath('userData')
    await cleanUpInterruptedWrites(userData).catch(() => undefined)
    registerDesktopIpc(
      createDesktopServices({
        userData,
        getWindow: () => handle?.window ?? BrowserWindow.getAllWindows()[0] ?? null,
        applyLanguage: applyApplicationMenu,
        openedCaseFiles,
      }),
    )
    applyApplicationMenu('nl')
    handle = await createMainWindow({ userData, preloadPath: paths.preloadPath, isPackaged: app.isPackaged })
    // A close or reload while a case edit is not yet stored: ask, and wait for the write (unload-guard.ts).
    guardWindowUnload(handle.window, {
      language: () => currentLanguage,
      ask: (window, options) => dialog.showMessageBoxSync(window, options),
    })
    return handle
  })
}
