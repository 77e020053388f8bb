import { makeAutoObservable } from 'mobx'
import type { Language } from '../i18n'
import { i18next } from '../i18n'

const LANGUAGE_KEY = 'maatwerk.language'

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY)
    return stored === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

/** UI state that is not domain data: the language, transient notices. */
export class UiStore {
  language: Language = readStoredLanguage()
  notice: { kind: 'info' | 'error'; message: string } | null = null

  /**
   * @param onLanguageChange told of the language at start and on every change — the desktop app
   *   rebuilds its Dutch/English application menu with it.
   */
  constructor(private readonly onLanguageChange: (language: Language) => void = () => undefined) {
    makeAutoObservable<UiStore, 'onLanguageChange'>(this, { onLanguageChange: false })
    this.onLanguageChange(this.language)
  }

  setLanguage(language: Language): void {
    this.language = language
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language)
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session only.
    }
    if (i18next.isInitialized) void i18next.changeLanguage(language)
    if (typeof document !== 'undefined') document.documentElement.lang = language
    this.onLanguageChange(language)
  }

  showNotice(kind: 'info' | 'error', message: string): void {
    this.notice = { kind, message }
  }

  clearNotice(): void {
    this.notice = null
  }
}
