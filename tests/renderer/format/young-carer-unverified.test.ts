/**
 * The young-carer finding says in words that its protocol hours are an assumption, not a verified
 * figure (YOUNG_CARER_PROTOCOL, confidence L): the protocols name tasks per age, not hours.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { messages } from '../../../renderer/src/i18n/messages'

async function translator(lng: 'nl' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng,
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    interpolation: { escapeValue: false },
  })
  return i18n
}

const PARAMS = {
  carerName: 'Daan',
  carerAge: 15,
  personName: 'Linda',
  hoursPerWeek: 8,
  supportedHoursPerWeek: 1,
  excessHoursPerWeek: 7,
  lineCount: 2,
}

const KEYS = ['young-carer', 'young-carer-lines', 'young-carer-age-unknown', 'young-carer-age-unknown-lines']

describe('findings.mantelzorg.young-carer*', () => {
  it.each(KEYS)(
    '%s says the protocol hours are an unverified assumption, in Dutch and English',
    async (key) => {
      expect((await translator('nl')).t(`findings.mantelzorg.${key}`, PARAMS)).toContain(
        'is een aanname (niet geverifieerd)',
      )
      expect((await translator('en')).t(`findings.mantelzorg.${key}`, PARAMS)).toContain(
        'is an assumption (not verified)',
      )
    },
  )
})
