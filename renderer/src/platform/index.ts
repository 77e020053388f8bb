/**
 * The renderer's only door to the operating system. Stores call `getDesktop()`: the Electron bridge
 * when the preload exposed `window.desktop`, otherwise the browser fallback. Tests pass
 * `createFakeDesktop()` into stores instead.
 */
import type { DesktopApi } from '#shared/ipc/desktop-api'
import { createBrowserDesktop } from './browser-desktop'
import type { Desktop } from './desktop'
import { createElectronDesktop } from './electron-bridge'

declare global {
  interface Window {
    /** Present only in the Electron app (exposed by electron/preload). */
    desktop?: DesktopApi
  }
}

let current: Desktop | null = null

/** Picks the implementation once per page. */
export function getDesktop(): Desktop {
  current ??= detectDesktop(globalThis.window)
  return current
}

export function detectDesktop(target: Pick<Window, 'desktop'> | undefined): Desktop {
  const bridge = target?.desktop
  return bridge ? createElectronDesktop(bridge) : createBrowserDesktop()
}

export {
  acceptAttributeFor,
  BROWSER_SENTINEL_KEY,
  createBrowserDesktop,
  mimeTypeFor,
} from './browser-desktop'
export type { BrowserEnvironment } from './browser-desktop'
export * from './desktop'
export { createElectronDesktop } from './electron-bridge'
export { isAllowedExternalUrl } from './external-links'
export { createFakeDesktop, type FakeDesktop } from './fake-desktop'
export { createSentinelStore } from './sentinel-store'
