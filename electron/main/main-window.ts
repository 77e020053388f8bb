/**
 * The one app window: created with the locked-down options, restored to its remembered place, loaded
 * from the fixed app origin, saved back on move/resize/close, and reloaded when its renderer dies.
 */
import { BrowserWindow, dialog, screen } from 'electron'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APP_START_URL } from '#shared/ipc/desktop-api'
import { writeFileAtomic } from './atomic-write'
import { decideCrashRecovery } from './crash-recovery'
import { WINDOW_STATE_FILE } from './user-data-files'
import { buildWindowOptions } from './window-options'
import { fitWindowState, parseWindowStateText, serializeWindowState, type WindowState } from './window-state'

export type MainWindowHandle = {
  window: BrowserWindow
  /** Writes the current bounds now (awaited before quitting). */
  flushWindowState(): Promise<void>
}

async function readStoredWindowState(userData: string): Promise<WindowState | null> {
  try {
    return parseWindowStateText(await readFile(join(userData, WINDOW_STATE_FILE), 'utf8'))
  } catch {
    return null
  }
}

export async function createMainWindow(options: {
  userData: string
  preloadPath: string
  isPackaged: boolean
  now?: () => number
}): Promise<MainWindowHandle> {
  const now = options.now ?? (() => Date.now())
  const stored = await readStoredWindowState(options.userData)
  const initial = fitWindowState(
    stored,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow(
    buildWindowOptions({
      bounds: initial.bounds,
      preloadPath: options.preloadPath,
      isPackaged: options.isPackaged,
    }),
  )
  if (initial.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  let lastState: WindowState = initial
  let pendingWrite: Promise<void> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | null = null
  const capture = (): void => {
    if (window.isDestroyed()) return
    lastState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
  }
  const write = (): Promise<void> => {
    const text = serializeWindowState(lastState)
    pendingWrite = pendingWrite
      .then(async () => {
        await mkdir(options.userData, { recursive: true })
        await writeFileAtomic(join(options.userData, WINDOW_STATE_FILE), text)
      })
      .catch(() => undefined) // losing a window position is not worth an error dialog
    return pendingWrite
  }
  const scheduleWrite = (): void => {
    capture()
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void write(), 500)
  }
  for (const event of ['resized', 'moved', 'maximize', 'unmaximize'] as const) {
    window.on(event as 'resized', scheduleWrite)
  }
  window.on('close', () => {
    capture()
    if (timer) clearTimeout(timer)
    void write()
  })

  const crashTimes: number[] = []
  window.webContents.on('render-process-gone', (_event, details) => {
    const decision = decideCrashRecovery(details.reason, crashTimes, now())
    if (decision === 'ignore') return
    crashTimes.push(now())
    if (decision === 'reload') {
      // The data lives in IndexedDB, which survives a renderer crash; reloading restores the app.
      void window.loadURL(APP_START_URL)
      return
    }
    dialog.showErrorBox(
      'Maatwerk',
      'Maatwerk is herhaaldelijk vastgelopen en wordt niet opnieuw geladen. Sluit het programma en start het opnieuw. / Maatwerk stopped repeatedly; please restart it.',
    )
  })

  await window.loadURL(APP_START_URL)
  return {
    window,
    flushWindowState: () => {
      if (timer) clearTimeout(timer)
      capture()
      return write()
    },
  }
}
