/**
 * The IPC surface of the main process. `handleDesktopChannel` is the only code that calls
 * `ipcMain.handle` (a static test enforces it): it refuses calls from any frame but the app's own,
 * validates the arguments with the channel's zod schema, and turns unexpected exceptions into
 * result values without their messages (which may hold paths).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import {
  DESKTOP_CHANNELS,
  type DesktopApi,
  type DesktopChannel,
  type DesktopResult,
} from '#shared/ipc/desktop-api'
import { isTrustedSender, validateChannelArguments, type ChannelArguments } from './ipc-validation'

function handleDesktopChannel<C extends DesktopChannel, T>(
  channel: C,
  handler: (args: ChannelArguments[C], event: IpcMainInvokeEvent) => Promise<DesktopResult<T>>,
): void {
  ipcMain.handle(
    channel,
    async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]): Promise<DesktopResult<T>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return {
          ok: false,
          error: { code: 'untrusted-sender', message: `Refused ${channel}: not the app's own page.` },
        }
      }
      const check = validateChannelArguments(channel, rawArgs)
      if (!check.ok) return { ok: false, error: check.error }
      try {
        return await handler(check.args, event)
      } catch {
        return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly.` } }
      }
    },
  )
}

/** The main-process implementations behind `DesktopApi`, one per channel, typed against it. */
export type DesktopServices = {
  getAppInfo: () => ReturnType<DesktopApi['getAppInfo']>
  saveFile: (
    request: ChannelArguments[typeof DESKTOP_CHANNELS.saveFile][0],
  ) => ReturnType<DesktopApi['saveFile']>
  openFile: (
    request: ChannelArguments[typeof DESKTOP_CHANNELS.openFile][0],
  ) => ReturnType<DesktopApi['openFile']>
  openExternal: (url: string) => ReturnType<DesktopApi['openExternal']>
  setLanguage: (language: 'nl' | 'en') => ReturnType<DesktopApi['setLanguage']>
  takeOpenedCaseFiles: () => ReturnType<DesktopApi['takeOpenedCaseFiles']>
  deviceKey: () => ReturnType<DesktopApi['deviceKey']>
  osUserCheck: (mode: 'probe' | 'verify') => ReturnType<DesktopApi['osUserCheck']>
  readSentinel: () => ReturnType<DesktopApi['sentinel']['read']>
  writeSentinel: (
    value: ChannelArguments[typeof DESKTOP_CHANNELS.sentinelWrite][0],
  ) => ReturnType<DesktopApi['sentinel']['write']>
  writeBackup: (
    request: ChannelArguments[typeof DESKTOP_CHANNELS.backupsWrite][0],
  ) => ReturnType<DesktopApi['backups']['write']>
  listBackups: () => ReturnType<DesktopApi['backups']['list']>
  readBackup: (name: string) => ReturnType<DesktopApi['backups']['read']>
}

export function registerDesktopIpc(services: DesktopServices): void {
  const c = DESKTOP_CHANNELS
  handleDesktopChannel(c.getAppInfo, () => services.getAppInfo())
  handleDesktopChannel(c.saveFile, ([request]) => services.saveFile(request))
  handleDesktopChannel(c.openFile, ([request]) => services.openFile(request))
  handleDesktopChannel(c.openExternal, ([url]) => services.openExternal(url))
  handleDesktopChannel(c.setLanguage, ([language]) => services.setLanguage(language))
  handleDesktopChannel(c.openedCaseFilesTake, () => services.takeOpenedCaseFiles())
  handleDesktopChannel(c.deviceKey, () => services.deviceKey())
  handleDesktopChannel(c.osUserCheck, ([mode]) => services.osUserCheck(mode))
  handleDesktopChannel(c.sentinelRead, () => services.readSentinel())
  handleDesktopChannel(c.sentinelWrite, ([value]) => services.writeSentinel(value))
  handleDesktopChannel(c.backupsWrite, ([request]) => services.writeBackup(request))
  handleDesktopChannel(c.backupsList, () => services.listBackups())
  handleDesktopChannel(c.backupsRead, ([name]) => services.readBackup(name))
}
