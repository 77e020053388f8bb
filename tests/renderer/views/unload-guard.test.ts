import { afterEach, describe, expect, it } from 'vitest'
import { observable, runInAction } from 'mobx'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { guardUnsavedWrites } from '../../../renderer/src/views/shell/unload-guard'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import type { DataLayer } from '../../../renderer/src/data'
import { openTestWorkspace, until } from '../stores/workspace-fixtures'

/** Leaving the page as the browser does it: a cancelable `beforeunload`; true when the page refused. */
function tryToLeave(target: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  target.dispatchEvent(event)
  return event.defaultPrevented
}

function countingTarget() {
  const target = new EventTarget()
  let listeners = 0
  return {
    target,
    get listeners() {
      return listeners
    },
    addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void) {
      listeners += 1
      target.addEventListener(type, listener as EventListener)
    },
    removeEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void) {
      listeners -= 1
      target.removeEventListener(type, listener as EventListener)
    },
  }
}

let data: DataLayer | null = null
afterEach(() => {
  data?.close()
  data = null
})

describe('guardUnsavedWrites', () => {
  it('refuses to leave exactly while writes are in flight, and keeps no listener while idle', () => {
    const state = observable({ inFlight: 0 })
    const window = countingTarget()
    const remove = guardUnsavedWrites(window, () => state.inFlight)
    expect(window.listeners).toBe(0)
    expect(tryToLeave(window.target)).toBe(false)

    runInAction(() => (state.inFlight = 1))
    expect(window.listeners).toBe(1)
    expect(tryToLeave(window.target)).toBe(true)

    // A second write does not add a second listener; only the last one settling lets the page go.
    runInAction(() => (state.inFlight = 2))
    expect(window.listeners).toBe(1)
    runInAction(() => (state.inFlight = 1))
    expect(tryToLeave(window.target)).toBe(true)
    runInAction(() => (state.inFlight = 0))
    expect(window.listeners).toBe(0)
    expect(tryToLeave(window.target)).toBe(false)

    runInAction(() => (state.inFlight = 1))
    remove()
    expect(window.listeners).toBe(0)
    expect(tryToLeave(window.target)).toBe(false)
    // Removed for good: later writes no longer guard the page (the frame is gone).
    runInAction(() => (state.inFlight = 3))
    expect(window.listeners).toBe(0)
  })

  it('is in place when a guard starts while a write is already in flight', () => {
    const state = observable({ inFlight: 1 })
    const window = countingTarget()
    const remove = guardUnsavedWrites(window, () => state.inFlight)
    expect(tryToLeave(window.target)).toBe(true)
    remove()
  })

  it('follows the case store: an edit not yet stored holds the page, a stored one lets it go', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    await ws.data.seedExamples()
    const store = new CaseStore(ws.data, ws.ui, ws.engine, () => '2026-01-01')
    store.open(EXAMPLE_VAN_DEN_BERG.household.id)
    await until(() => store.status === 'ready')
    const window = countingTarget()
    const remove = guardUnsavedWrites(window, () => store.writesInFlight)

    const saved = store.updateHousehold({ label: 'Van den Berg (bewaard?)' })
    expect(tryToLeave(window.target)).toBe(true)
    expect(await saved).toBe(true)
    expect(tryToLeave(window.target)).toBe(false)
    const stored = await ws.data.cases.loadCase(EXAMPLE_VAN_DEN_BERG.household.id)
    expect(stored?.household.label).toBe('Van den Berg (bewaard?)')
    remove()
    store.close()
  })
})
