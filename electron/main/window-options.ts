/**
 * The options of the one app window. Every security-relevant preference is stated explicitly, even
 * where it is Electron's default, so that a change of default or a careless edit shows up in the
 * option snapshot test (docs/security-model.md#isolation).
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import { MIN_WINDOW_SIZE, type Rectangle } from './window-state'

export function buildWindowOptions(input: {
  bounds: Rectangle
  preloadPath: string
  isPackaged: boolean
}): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Maatwerk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would open links in new windows; there are none to open.
      disableBlinkFeatures: 'Auxclick',
      devTools: !input.isPackaged,
    },
  }
}
