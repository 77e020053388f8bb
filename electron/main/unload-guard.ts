/**
 * No lost edit on close or reload, the main-process half. While a case edit shown on screen is not
 * yet stored, the page refuses to unload (`beforeunload`, renderer/src/views/shell/unload-guard.ts).
 * Electron then cancels the close or reload silently, unless the main process handles
 * `will-prevent-unload`: we ask, in the app's language, whether to wait or to leave anyway.
 *
 * "Wait" is the default and the answer to Escape. Waiting for a close keeps trying to close the window
 * (every `retryMs`, for at most `maxWaitMs`): the page drops its guard the moment its writes are
 * stored, and the next try closes the window, so the consultant does not have to close it again.
 * While that wait lasts, a refusal is not asked about again; once it is over, the next refusal asks
 * again. Waiting for a reload just keeps the page (a reload is cheap to repeat).
 *
 * No IPC channel is involved: the page says "not yet" only through `beforeunload`, which the sandboxed
 * renderer already has; the bridge stays as narrow as it was.
 */
import type { BrowserWindow, MessageBoxSyncOptions } from 'electron'
import type { Language } from '#shared/ipc/desktop-api'

type UnloadKind = 'close' | 'reload'

/** Index of each button in the dialog. */
export const UNLOAD_WAIT = 0
export const UNLOAD_LEAVE = 1

const TEXT: Record<
  Language,
  {
    title: string
    message: Record<UnloadKind, string>
    detail: Record<UnloadKind, string>
    wait: Record<UnloadKind, string>
    leave: Record<UnloadKind, string>
  }
> = {
  nl: {
    title: 'Maatwerk',
    message: {
      close: 'Uw laatste wijziging is nog niet bewaard.',
      reload: 'Uw laatste wijziging is nog niet bewaard.',
    },
    detail: {
      close:
        'Maatwerk bewaart hem nu. Wacht even: het venster sluit vanzelf zodra alles is bewaard. Sluit u nu toch, dan gaat de laatste wijziging verloren.',
      reload:
        'Maatwerk bewaart hem nu. Wacht even en laad daarna opnieuw. Laadt u nu toch opnieuw, dan gaat de laatste wijziging verloren.',
    },
    wait: { close: 'Wachten en dan sluiten', reload: 'Wachten' },
    leave: { close: 'Toch sluiten', reload: 'Toch opnieuw laden' },
  },
  en: {
    title: 'Maatwerk',
    message: {
      close: 'Your last change has not been stored yet.',
      reload: 'Your last change has not been stored yet.',
    },
    detail: {
      close:
        'Maatwerk is storing it now. Please wait: the window closes by itself once everything is stored. If you close it now, the last change is lost.',
      reload:
        'Maatwerk is storing it now. Please wait and reload afterwards. If you reload now, the last change is lost.',
    },
    wait: { close: 'Wait, then close', reload: 'Wait' },
    leave: { close: 'Close anyway', reload: 'Reload anyway' },
  },
}

/** The dialog's options: warning, "wait" first and default, Escape waits too. */
function unloadPromptOptions(language: Language, kind: UnloadKind): MessageBoxSyncOptions {
  const text = TEXT[language]
  return {
    type: 'warning',
    title: text.title,
    message: text.message[kind],
    detail: text.detail[kind],
    buttons: [text.wait[kind], text.leave[kind]],
    defaultId: UNLOAD_WAIT,
    cancelId: UNLOAD_WAIT,
    noLink: true,
  }
}

type PreventableEvent = { preventDefault: () => void }

type UnloadGuardDeps = {
  language: () => Language
  /** Shows the dialog synchronously (the answer must be known before the event returns). */
  ask: (window: BrowserWindow, options: MessageBoxSyncOptions) => number
  retryMs?: number
  maxWaitMs?: number
  now?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export function guardWindowUnload(window: BrowserWindow, deps: UnloadGuardDeps): void {
  const retryMs = deps.retryMs ?? 500
  const maxWaitMs = deps.maxWaitMs ?? 15_000
  const now = deps.now ?? (() => Date.now())
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms))
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  // Electron emits the window's `close` before the page's beforeunload; a refusal without it is a
  // reload (or another navigation of the page).
  let closing = false
  let waitUntil: number | null = null
  let retry: unknown = null

  const retryClose = (): void => {
    if (retry !== null) return
    retry = setTimer(() => {
      retry = null
      if (!window.isDestroyed()) window.close()
    }, retryMs)
  }

  window.on('close', () => {
    closing = true
  })
  window.on('closed', () => {
    if (retry !== null) clearTimer(retry)
    retry = null
  })
  window.webContents.on('will-prevent-unload', (event: PreventableEvent) => {
    const kind: UnloadKind = closing ? 'close' : 'reload'
    closing = false
    if (kind === 'close' && waitUntil !== null && now() < waitUntil) {
      retryClose()
      return
    }
    waitUntil = null
    const answer = deps.ask(window, unloadPromptOptions(deps.language(), kind))
    if (answer === UNLOAD_LEAVE) {
      // preventDefault on this event means: ignore the page's refusal and unload.
      event.preventDefault()
      return
    }
    if (kind === 'close') {
      waitUntil = now() + maxWaitMs
      retryClose()
    }
  })
}
