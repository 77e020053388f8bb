/**
 * Starts the real main-process wiring against the fake electron module, in a fresh temp userData
 * folder, and hands back what tests need to poke at.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMainProcess } from '../../electron/main/main-process'
import type { MainWindowHandle } from '../../electron/main/main-window'
import { APP_START_URL } from '#shared/ipc/desktop-api'
import { BrowserWindow, app, ipcMain, resetFakeElectron } from './fake-electron'

export type MainHarness = {
  userData: string
  documents: string
  handle: MainWindowHandle
  window: BrowserWindow
  invoke(channel: string, args: unknown[], senderUrl?: string | null): Promise<unknown>
  cleanup(): Promise<void>
}

export const TRUSTED_FRAME = { url: APP_START_URL, parent: null }

export function eventFrom(senderFrame: unknown): { senderFrame: unknown } {
  return { senderFrame }
}

export async function startHarness(options: { isPackaged?: boolean } = {}): Promise<MainHarness> {
  resetFakeElectron()
  const base = await mkdtemp(join(tmpdir(), 'maatwerk-main-'))
  const userData = join(base, 'userData')
  const documents = join(base, 'documents')
  app.setPath('userData', userData)
  app.setPath('documents', documents)
  app.isPackaged = options.isPackaged ?? false
  const started = startMainProcess({
    rendererRoot: join(base, 'renderer'),
    preloadPath: join(base, 'preload.cjs'),
  })
  app.makeReady()
  const handle = (await started) as unknown as MainWindowHandle | null
  if (!handle) throw new Error('main process did not create a window')
  const window = BrowserWindow.getAllWindows()[0]
  if (!window) throw new Error('no window')
  return {
    userData,
    documents,
    handle,
    window,
    async invoke(channel, args, senderUrl = APP_START_URL) {
      const handler = ipcMain.handlers.get(channel)
      if (!handler) throw new Error(`no handler for ${channel}`)
      const frame = senderUrl === null ? null : { url: senderUrl, parent: null }
      return handler(eventFrom(frame), ...args)
    },
    cleanup: () => rm(base, { recursive: true, force: true }),
  }
}
