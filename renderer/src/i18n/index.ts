import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { messages } from './messages'

export type Language = 'nl' | 'en'
export const LANGUAGES: readonly Language[] = ['nl', 'en']

/** Starts i18next with the Dutch and English catalogues; Dutch is the default and the fallback. */
export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
      lng: language,
      fallbackLng: 'nl',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    })
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language)
  }
  return i18next
}

export { i18next }
