import { beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP_CHANNELS, type DesktopApi } from '#shared/ipc/desktop-api'
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron'

/**
 * Every DesktopApi method, with the channel it must invoke and the arguments used here. The
 * `satisfies` makes this list exhaustive at compile time: a method added to DesktopApi without a row
 * here does not type-check.
 */
const expectedSurface = {
  getAppInfo: { channel: DESKTOP_CHANNELS.getAppInfo, args: [] },
  saveFile: { channel: DESKTOP_CHANNELS.saveFile, args: [{ suggestedName: 'a.json', data: '{}' }] },
  openFile: { channel: DESKTOP_CHANNELS.openFile, args: [{ maxBytes: 10 }] },
  openExternal: { channel: DESKTOP_CHANNELS.openExternal, args: ['https://wetten.overheid.nl/'] },
  setLanguage: { channel: DESKTOP_CHANNELS.setLanguage, args: ['en'] },
  takeOpenedCaseFiles: { channel: DESKTOP_CHANNELS.openedCaseFilesTake, args: [] },
  deviceKey: { channel: DESKTOP_CHANNELS.deviceKey, args: [] },
  osUserCheck: { channel: DESKTOP_CHANNELS.osUserCheck, args: ['probe'] },
  sentinel: {
    read: { channel: DESKTOP_CHANNELS.sentinelRead, args: [] },
    write: { channel: DESKTOP_CHANNELS.sentinelWrite, args: [{ installId: 'x' }] },
  },
  backups: {
    write: { channel: DESKTOP_CHANNELS.backupsWrite, args: [{ data: new Uint8Array([1]) }] },
    list: { channel: DESKTOP_CHANNELS.backupsList, args: [] },
    read: { channel: DESKTOP_CHANNELS.backupsRead, args: ['b.mwbackup'] },
  },
} satisfies {
  [K in keyof DesktopApi]: DesktopApi[K] extends (...args: never[]) => unknown
    ? { channel: string; args: unknown[] }
    : { [M in keyof DesktopApi[K]]: { channel: string; args: unknown[] } }
}

type Row = { channel: string; args: unknown[] }

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && 'channel' in value
}

let exposed: Record<string, unknown>

beforeAll(async () => {
  resetFakeElectron()
  await import('../../electron/preload/index')
  exposed = Object.fromEntries(contextBridge.exposed)
})

describe('the preload', () => {
  it('exposes exactly one global: desktop', () => {
    expect(Object.keys(exposed)).toEqual(['desktop'])
  })

  it('exposes exactly the DesktopApi methods, all functions, nested only for sentinel and backups', () => {
    const desktop = exposed.desktop as Record<string, unknown>
    expect(Object.keys(desktop).sort()).toEqual(Object.keys(expectedSurface).sort())
    for (const [key, row] of Object.entries(expectedSurface)) {
      if (isRow(row)) {
        expect(typeof desktop[key], key).toBe('function')
      } else {
        const group = desktop[key] as Record<string, unknown>
        expect(Object.keys(group).sort(), key).toEqual(Object.keys(row).sort())
        for (const method of Object.keys(row))
          expect(typeof group[method], `${key}.${method}`).toBe('function')
      }
    }
  })

  it('maps each method to its one fixed channel and passes the arguments through unchanged', async () => {
    const desktop = exposed.desktop as Record<string, unknown>
    const calls: [string, (...args: unknown[]) => Promise<unknown>, Row][] = []
    for (const [key, row] of Object.entries(expectedSurface)) {
      if (isRow(row)) {
        calls.push([key, desktop[key] as (...args: unknown[]) => Promise<unknown>, row])
      } else {
        const group = desktop[key] as Record<string, (...args: unknown[]) => Promise<unknown>>
        for (const [method, nested] of Object.entries(row))
          calls.push([`${key}.${method}`, group[method]!, nested])
      }
    }
    for (const [name, fn, row] of calls) {
      ipcRenderer.invocations.length = 0
      await fn(...row.args)
      expect(ipcRenderer.invocations, name).toEqual([{ channel: row.channel, args: row.args }])
    }
  })

  it('hands back what main answered, never ipcRenderer, process or an event object', async () => {
    ipcRenderer.respond = () => ({ ok: true, value: { name: 'Maatwerk' } })
    const desktop = exposed.desktop as { getAppInfo: () => Promise<unknown> }
    expect(await desktop.getAppInfo()).toEqual({ ok: true, value: { name: 'Maatwerk' } })
    const values = JSON.stringify(Object.values(exposed))
    expect(values).not.toContain('ipcRenderer')
    for (const value of Object.values(exposed.desktop as Record<string, unknown>)) {
      expect(value).not.toBe(ipcRenderer)
      expect(value).not.toBe(process)
    }
  })
})
