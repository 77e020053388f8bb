/**
 * The case file's refusals of impossible dates read in both languages, with the field named: a
 * scenario before 1 January 2015 (`beforeSupported`) and a date before a member's birth (`beforeBirth`,
 * the field through `casefile.fields.<field>`).
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

describe('casefile date refusals, nl and en', () => {
  it('beforeSupported names the first year and the schemes not modelled', async () => {
    expect((await translator('nl')).t('casefile.beforeSupported', { firstYear: 2015 })).toContain(
      'Dit scenario begint vóór 1 januari 2015',
    )
    expect((await translator('en')).t('casefile.beforeSupported', { firstYear: 2015 })).toContain(
      'This scenario starts before 1 January 2015',
    )
  })

  it.each([
    [
      'wlzIndication',
      'De ingangsdatum van de Wlz-indicatie ligt',
      'The start date of the Wlz indication lies',
    ],
    ['zrmAssessment', 'De datum van de ZRM-meting ligt', 'The date of the ZRM assessment lies'],
    ['zrmHistory', 'De datum van een eerdere ZRM-meting ligt', 'The date of an earlier ZRM assessment lies'],
    [
      'scenarioWlzIndication',
      'De ingangsdatum van de Wlz-indicatie in dit scenario ligt',
      'The start date of the Wlz indication in this scenario lies',
    ],
  ])('beforeBirth names the field %s', async (field, nl, en) => {
    const params = { field, birthDate: '20-05-2012' }
    expect((await translator('nl')).t('casefile.beforeBirth', params)).toBe(
      `${nl} vóór de geboortedatum (20-05-2012). Controleer beide datums.`,
    )
    expect((await translator('en')).t('casefile.beforeBirth', params)).toBe(
      `${en} before the date of birth (20-05-2012). Check both dates.`,
    )
  })
})
