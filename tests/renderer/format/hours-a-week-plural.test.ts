/** Issue 15 (singular and plural are right): a young carer's protocol hours read "1 hour", never "1 hours". */
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
  excessHoursPerWeek: 7,
}

describe('findings.mantelzorg.young-carer hours the protocol supports', () => {
  it.each([
    [1, 'hoogstens 1 uur per week', 'at most 1 hour a week'],
    [0, 'hoogstens 0 uur per week', 'at most 0 hours a week'],
  ])('%d hours a week reads “%s” and “%s”', async (supported, dutch, english) => {
    for (const key of ['findings.mantelzorg.young-carer', 'findings.mantelzorg.young-carer-age-unknown']) {
      const params = { ...PARAMS, supportedHoursPerWeek: supported }
      expect((await translator('nl')).t(key, params)).toContain(dutch)
      expect((await translator('en')).t(key, params)).toContain(english)
    }
  })
})
