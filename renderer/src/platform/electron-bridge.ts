/**
 * The Electron implementation: `window.desktop` from the preload. Each call is guarded so that a
 * rejected invoke (e.g. a handler missing in an old main process) still arrives as a result value.
 */
import type { DesktopApi, DesktopResult } from '#shared/ipc/desktop-api'
import type { Desktop } from './desktop'

async function guard<T>(call: () => Promise<DesktopResult<T>>): Promise<DesktopResult<T>> {
  try {
    return await call()
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The desktop bridge did not answer.' } }
  }
}

export function createElectronDesktop(bridge: DesktopApi): Desktop {
  return {
    kind: 'electron',
    supportsBackups: true,
    getAppInfo: () => guard(() => bridge.getAppInfo()),
    saveFile: (request) => guard(() => bridge.saveFile(request)),
    openFile: (request) => guard(() => bridge.openFile(request)),
    openExternal: (url) => guard(() => bridge.openExternal(url)),
    setLanguage: (language) => guard(() => bridge.setLanguage(language)),
    takeOpenedCaseFiles: () => guard(() => bridge.takeOpenedCaseFiles()),
    deviceKey: () => guard(() => bridge.deviceKey()),
    osUserCheck: (mode) => guard(() => bridge.osUserCheck(mode)),
    sentinel: {
      read: () => guard(() => bridge.sentinel.read()),
      write: (value) => guard(() => bridge.sentinel.write(value)),
    },
    backups: {
      write: (request) => guard(() => bridge.backups.write(request)),
      list: () => guard(() => bridge.backups.list()),
      read: (name) => guard(() => bridge.backups.read(name)),
    },
  }
}
