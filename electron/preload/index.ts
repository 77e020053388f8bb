/**
 * The sandboxed preload (built to one CommonJS file, out/preload/index.cjs, whose only require is
 * 'electron'). It exposes exactly one object, `window.desktop`, made of named functions that each
 * invoke one fixed channel. Never `ipcRenderer` itself, never `process`, never a raw listener
 * (docs/security-model.md#isolation).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { DESKTOP_CHANNELS as channel, type DesktopApi } from '#shared/ipc/desktop-api'

const desktop = {
  getAppInfo: () => ipcRenderer.invoke(channel.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(channel.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(channel.openFile, request),
  openExternal: (url) => ipcRenderer.invoke(channel.openExternal, url),
  setLanguage: (language) => ipcRenderer.invoke(channel.setLanguage, language),
  takeOpenedCaseFiles: () => ipcRenderer.invoke(channel.openedCaseFilesTake),
  deviceKey: () => ipcRenderer.invoke(channel.deviceKey),
  osUserCheck: (mode) => ipcRenderer.invoke(channel.osUserCheck, mode),
  sentinel: {
    read: () => ipcRenderer.invoke(channel.sentinelRead),
    write: (value) => ipcRenderer.invoke(channel.sentinelWrite, value),
  },
  backups: {
    write: (request) => ipcRenderer.invoke(channel.backupsWrite, request),
    list: () => ipcRenderer.invoke(channel.backupsList),
    read: (name) => ipcRenderer.invoke(channel.backupsRead, name),
  },
} satisfies DesktopApi

contextBridge.exposeInMainWorld('desktop', desktop)
