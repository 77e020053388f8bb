// A private i18next instance with the app's catalogues, so builders get a fixed-language `t`.
import i18next from 'i18next'
import { messages } from '../../../renderer/src/i18n/messages'
import { fixedTranslate, type ReportLanguage, type Translate } from '../../../renderer/src/reports/translate'

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
