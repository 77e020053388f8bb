/**
 * No lost edit on close or reload. The case screen shows an edit at once and stores it in the
 * background (stores/case-store.ts, `writesInFlight`); closing or reloading the page in that moment
 * would abort the write and lose the edit without a word. While a write is in flight, this guard asks
 * the page to stay (`beforeunload`): a browser shows its own "leave site?" prompt; in Electron the main
 * process answers with a dialog of its own and waits for the write before it closes the window
 * (electron/main/unload-guard.ts).
 *
 * The listener is registered only while there is something to lose: an idle page keeps no
 * `beforeunload` handler (Chromium keeps such pages out of its back/forward cache, and Electron would
 * ask for nothing).
 */
import { reaction } from 'mobx'

/** The part of `window` the guard needs (a fake in unit tests). */
type UnloadTarget = {
  addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void
  removeEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void
}

/** Asks the browser (or Electron) to confirm leaving the page. */
function refuseUnload(event: BeforeUnloadEvent): void {
  event.preventDefault()
  // The older way, which Electron's `will-prevent-unload` and Chromium before 119 still go by.
  event.returnValue = true
}

/**
 * Keeps a `beforeunload` guard on `target` exactly while `writesInFlight()` is above 0 (observed with
 * MobX). Returns the function that removes the guard and stops observing.
 */
export function guardUnsavedWrites(target: UnloadTarget, writesInFlight: () => number): () => void {
  let guarded = false
  const set = (pending: boolean): void => {
    if (pending === guarded) return
    guarded = pending
    if (pending) target.addEventListener('beforeunload', refuseUnload)
    else target.removeEventListener('beforeunload', refuseUnload)
  }
  const stop = reaction(() => writesInFlight() > 0, set, { fireImmediately: true })
  return () => {
    stop()
    set(false)
  }
}
