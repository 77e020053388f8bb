// A private i18next instance with the app's catalogues, so builders get a fixed-language `t`.
import i18next from 'i18next'
import { PROVISIONS } from '#shared/catalogue'
import { messages } from '../../../renderer/src/i18n/messages'
import {
  fixedTranslate,
  hasTranslation,
  type ReportLanguage,
  type Translate,
} from '../../../renderer/src/reports/translate'

export async function makeTranslate(language: ReportLanguage = 'nl'): Promise<Translate> {
  const instance = i18next.createInstance()
  await instance.init({
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  })
  return fixedTranslate(instance, language)
}

/** The plan's provision lookup as the report store builds it: law, name in `t`'s language, respite. */
export function provisionInfo(t: Translate) {
  return (id: string) => {
    const p = PROVISIONS.find((x) => x.id === id)
    const key = p?.labelKey ?? `provision.${id}`
    return {
      law: p?.law ?? 'none',
      label: hasTranslation(t, key) ? t(key) : id,
      respite: p?.respite ?? false,
    }
  }
}
