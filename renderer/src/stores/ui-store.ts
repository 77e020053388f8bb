import { makeAutoObservable, observableRef, runInAction } from 'mobx'
import type { Language } from '../i18n'
import type { Message, MessageParams } from './messages'

const LANGUAGE_KEY = 'maatwerk.language'

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY)
    return stored === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

type NoticeKind = 'info' | 'error'

/**
 * A transient notice. Stores never translate: they name a catalogue key with its parameters, hand
 * over a composed message (stores/messages.ts) or the error itself, and the view puts it in the
 * user's language (views/shell/notice-text.ts) — so a notice follows a language switch and a store
 * test asserts keys, not sentences.
 */
export type Notice =
  | { kind: NoticeKind; key: string; params: MessageParams }
  | { kind: NoticeKind; message: Message }
  | { kind: 'error'; error: unknown }

/** UI state that is not domain data: the language, transient notices. */
export class UiStore {
  language: Language = readStoredLanguage()
  notice: Notice | null = null
  /**
   * Bulk work under way (the demo portfolio being generated): background work that would redo itself
   * after every chunk (the case list's analysis) waits until it is done.
   */
  bulkWork = 0

  /**
   * @param onLanguageChange told of the language at start and on every change — the view layer's
   *   i18n switches its language, the desktop app rebuilds its Dutch/English application menu.
   */
  constructor(private readonly onLanguageChange: (language: Language) => void = () => undefined) {
    // The notice's error is kept as given (a DataError's issues are read by the view), not made observable.
    makeAutoObservable<UiStore, 'onLanguageChange'>(this, { onLanguageChange: false, notice: observableRef })
    this.onLanguageChange(this.language)
  }

  setLanguage(language: Language): void {
    this.language = language
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language)
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session only.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = language
    this.onLanguageChange(language)
  }

  showNotice(kind: NoticeKind, key: string, params: MessageParams = {}): void {
    this.notice = { kind, key, params }
  }

  /** A notice composed of several messages (refusals of several files, each with its reason). */
  showMessage(kind: NoticeKind, message: Message): void {
    this.notice = { kind, message }
  }

  /** An error notice for a refused write or a failed read, described by the view (stores/messages.ts errorMessage, views/common/message-text.ts). */
  showError(error: unknown): void {
    this.notice = { kind: 'error', error }
  }

  /** Marks bulk work as running; call the returned function once when it ends (also on failure). */
  beginBulkWork(): () => void {
    this.bulkWork++
    let ended = false
    return () => {
      if (ended) return
      ended = true
      runInAction(() => this.bulkWork--)
    }
  }

  clearNotice(): void {
    this.notice = null
  }
}
