/**
 * The AIO finding for a couple whose younger spouse has no right to bijstand (Participatiewet art. 24
 * with art. 47a lid 2) names the pensioner, the date and the norm in both languages.
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

const PARAMS = { person: 'Jan', aowDate: '1 mei 2026', normCents: '€ 1.072,08' }

describe('findings.participatiewet.aio-svb-spouse-without-right*', () => {
  it.each([
    ['aio-svb-spouse-without-right', 'art. 24', 'art. 24'],
    ['aio-svb-spouse-without-right-no-aow', 'leg de AOW vast', 'record the AOW'],
  ])('%s reads in Dutch and English with its params filled in', async (key, dutch, english) => {
    const nl = (await translator('nl')).t(`findings.participatiewet.${key}`, PARAMS)
    const en = (await translator('en')).t(`findings.participatiewet.${key}`, PARAMS)
    for (const text of [nl, en]) {
      expect(text).toContain('Jan')
      expect(text).toContain('1 mei 2026')
      expect(text).toContain('€ 1.072,08')
      expect(text).not.toMatch(/\{\{|\}\}/)
    }
    expect(nl).toContain(dutch)
    expect(en).toContain(english)
  })
})
