import type { i18n } from 'i18next'

/**
 * The translation function the pure builders take: i18next's `getFixedT(language)` fits it, and tests
 * can pass the same. Builders never read the app's current language themselves.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string

export type ReportLanguage = 'nl' | 'en'

/** True when `t` knows the key (i18next returns the key itself for a missing one). */
export function hasTranslation(t: Translate, key: string): boolean {
  return t(key) !== key
}

/** A `Translate` bound to one language of an i18next instance (the app's, or a test's). */
export function fixedTranslate(instance: i18n, language: ReportLanguage): Translate {
  const fixed = instance.getFixedT(language)
  return (key, options) => String(fixed(key, options ?? {}))
}
