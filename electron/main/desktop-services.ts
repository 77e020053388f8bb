/**
 * The OS work behind each bridge method: dialogs, atomic file writes, the sentinel and the backups.
 * Returned paths are base names only; absolute paths never cross the bridge.
 */
import { BrowserWindow, app, dialog, safeStorage, systemPreferences } from 'electron'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import type { DesktopResult } from '#shared/ipc/desktop-api'
import { writeFileAtomic } from './atomic-write'
import { loadDeviceKey } from './device-key'
import { openExternalSafely } from './external-links'
import { createOsUserCheck } from './os-user-check'
import { sanitizeSuggestedName } from './file-names'
import type { DesktopServices } from './ipc'
import { readFileForBridge, readOpenedCaseFile, type OpenedCaseFileQueue } from './opened-files'
import { listBackups, readBackup, readSentinel, writeBackup, writeSentinel } from './user-data-files'

/** `~/…` instead of the home folder, so the label can be shown or logged without the user name. */
export function labelForPath(path: string, home: string = homedir()): string {
  if (home && (path === home || path.startsWith(`${home}/`) || path.startsWith(`${home}\\`))) {
    return `~${path.slice(home.length)}`
  }
  return path
}

function cancelled<T>(): DesktopResult<T> {
  return { ok: false, error: { code: 'cancelled', message: 'The dialog was closed.' } }
}

export function createDesktopServices(deps: {
  userData: string
  getWindow: () => BrowserWindow | null
  applyLanguage: (language: 'nl' | 'en') => void
  /** Case files the OS handed over (file association, command line); absent in tests that need none. */
  openedCaseFiles?: OpenedCaseFileQueue
}): DesktopServices {
  const parentWindow = (): BrowserWindow | undefined => deps.getWindow() ?? undefined
  const osUserCheck = createOsUserCheck(systemPreferences)
  return {
    async getAppInfo() {
      return {
        ok: true,
        value: {
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
          userDataPathLabel: labelForPath(deps.userData),
        },
      }
    },

    async saveFile(request) {
      const options = {
        defaultPath: join(app.getPath('documents'), sanitizeSuggestedName(request.suggestedName)),
        filters: request.filters ?? [],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      }
      const window = parentWindow()
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return cancelled()
      try {
        await writeFileAtomic(choice.filePath, request.data)
      } catch {
        return { ok: false, error: { code: 'io', message: 'The file could not be written.' } }
      }
      return { ok: true, value: { name: basename(choice.filePath) } }
    },

    async openFile(request) {
      const options = { filters: request.filters ?? [], properties: ['openFile'] as 'openFile'[] }
      const window = parentWindow()
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return cancelled()
      return readFileForBridge(path, request.maxBytes, request.as ?? 'text')
    },

    openExternal: (url) => openExternalSafely(url),

    async setLanguage(language) {
      deps.applyLanguage(language)
      return { ok: true, value: null }
    },

    async takeOpenedCaseFiles() {
      const paths = deps.openedCaseFiles?.takeAll() ?? []
      return { ok: true, value: await Promise.all(paths.map(readOpenedCaseFile)) }
    },

    deviceKey: () => loadDeviceKey(deps.userData, safeStorage),
    osUserCheck: (mode) => osUserCheck(mode),
    readSentinel: () => readSentinel(deps.userData),
    writeSentinel: (value) => writeSentinel(deps.userData, value),
    writeBackup: (request) => writeBackup(deps.userData, request.data, request.name),
    listBackups: () => listBackups(deps.userData),
    readBackup: (name) => readBackup(deps.userData, name),
  }
}
