import { afterEach, describe, expect, it, vi } from 'vitest'
import { DESKTOP_CHANNELS } from '#shared/ipc/desktop-api'
import { UNLOAD_LEAVE, UNLOAD_WAIT } from '../../electron/main/unload-guard'
import { app, dialog } from './fake-electron'
import { startHarness, type MainHarness } from './main-harness'

// The page refuses to unload while a case edit is not yet stored (renderer/src/views/shell/unload-guard.ts);
// the fake's window and web contents model that as `refusesUnload` and emit `will-prevent-unload`.

let harness: MainHarness | null = null

afterEach(async () => {
  vi.useRealTimers()
  // Every try to close writes the window state: let those writes finish before the folder goes.
  await harness?.handle.flushWindowState()
  await harness?.cleanup()
  harness = null
})

async function start(): Promise<MainHarness> {
  harness = await startHarness()
  // Fake timers only after start: the harness's own file work needs the real ones.
  vi.useFakeTimers()
  return harness
}

function prompts() {
  return dialog.calls.filter((call) => call.method === 'showMessageBoxSync')
}

describe('closing the window while an edit is not yet stored', () => {
  it('asks in Dutch, and on "wait" keeps the window until the edit is stored, then closes it without asking again', async () => {
    const { window } = await start()
    window.webContents.refusesUnload = true
    dialog.messageBoxSyncResults.push(UNLOAD_WAIT)
    window.close()

    expect(window.isDestroyed()).toBe(false)
    expect(prompts()).toHaveLength(1)
    const [prompt] = prompts()
    expect(prompt?.window).toBe(window)
    expect(prompt?.options).toMatchObject({
      type: 'warning',
      message: 'Uw laatste wijziging is nog niet bewaard.',
      buttons: ['Wachten en dan sluiten', 'Toch sluiten'],
      defaultId: UNLOAD_WAIT,
      cancelId: UNLOAD_WAIT,
    })

    // Still storing: the window keeps trying quietly.
    await vi.advanceTimersByTimeAsync(1_000)
    expect(window.isDestroyed()).toBe(false)
    expect(window.closeCalls).toBeGreaterThan(1)
    // Stored: the page no longer refuses, and the next try closes the window.
    window.webContents.refusesUnload = false
    await vi.advanceTimersByTimeAsync(600)
    expect(window.isDestroyed()).toBe(true)
    expect(prompts()).toHaveLength(1)
  })

  it('closes at once when the consultant chooses to leave anyway', async () => {
    const { window } = await start()
    window.webContents.refusesUnload = true
    dialog.messageBoxSyncResults.push(UNLOAD_LEAVE)
    window.close()
    expect(window.isDestroyed()).toBe(true)
    expect(prompts()).toHaveLength(1)
  })

  it('Escape (the cancel answer) waits: the window stays', async () => {
    const { window } = await start()
    window.webContents.refusesUnload = true
    window.close() // no queued answer: the fake answers with cancelId
    expect(window.isDestroyed()).toBe(false)
  })

  it('asks again when the edit is still not stored after the longest wait', async () => {
    const { window } = await start()
    window.webContents.refusesUnload = true
    dialog.messageBoxSyncResults.push(UNLOAD_WAIT, UNLOAD_LEAVE)
    window.close()
    await vi.advanceTimersByTimeAsync(14_000)
    expect(prompts()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(prompts()).toHaveLength(2)
    expect(window.isDestroyed()).toBe(true)
  })

  it('asks nothing when every edit is stored', async () => {
    const { window } = await start()
    window.close()
    expect(window.isDestroyed()).toBe(true)
    expect(prompts()).toHaveLength(0)
  })

  it('asks in English once the page has switched the app to English', async () => {
    const h = await start()
    await h.invoke(DESKTOP_CHANNELS.setLanguage, ['en'])
    h.window.webContents.refusesUnload = true
    dialog.messageBoxSyncResults.push(UNLOAD_WAIT)
    h.window.close()
    expect(prompts()[0]?.options).toMatchObject({
      message: 'Your last change has not been stored yet.',
      buttons: ['Wait, then close', 'Close anyway'],
      defaultId: UNLOAD_WAIT,
      cancelId: UNLOAD_WAIT,
    })
  })
})

describe('reloading while an edit is not yet stored', () => {
  it('asks with the reload wording; "wait" keeps the page, "leave" reloads', async () => {
    const { window } = await start()
    window.webContents.refusesUnload = true
    dialog.messageBoxSyncResults.push(UNLOAD_WAIT)
    window.webContents.reload()
    expect(window.webContents.reloadCount).toBe(0)
    expect(prompts()[0]?.options).toMatchObject({
      buttons: ['Wachten', 'Toch opnieuw laden'],
      defaultId: UNLOAD_WAIT,
      cancelId: UNLOAD_WAIT,
    })
    // A reload is not retried: no close, no reload happens later by itself.
    await vi.advanceTimersByTimeAsync(20_000)
    expect(window.closeCalls).toBe(0)
    expect(window.webContents.reloadCount).toBe(0)

    dialog.messageBoxSyncResults.push(UNLOAD_LEAVE)
    window.webContents.reload()
    expect(window.webContents.reloadCount).toBe(1)
    expect(app.quitCalls).toBe(0)
  })
})
