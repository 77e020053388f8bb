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

  constructor() {
    makeAutoObservable(this)
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
  }

  showNotice(kind: 'info' | 'error', message: string): void {
    this.notice = { kind, message }
  }

  clearNotice(): void {
    this.notice = null
  }
}
