// Issue 13: the import report's counts are numbers in the reader's notation ("30.000 huishoudens
// opgeslagen", "30,000 households saved"), as every other count on the portfolio page.
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

describe('the import report counts in the user’s notation', () => {
  it.each([
    ['portfolio.data.imported', 30_000, '30.000 huishoudens opgeslagen.', '30,000 households saved.'],
    ['portfolio.data.imported', 1_000, '1.000 huishoudens opgeslagen.', '1,000 households saved.'],
    ['portfolio.data.imported', 1, '1 huishouden opgeslagen.', '1 household saved.'],
    ['portfolio.data.imported', 0, '0 huishoudens opgeslagen.', '0 households saved.'],
    ['portfolio.data.refused', 2_500, '2.500 bestanden geweigerd:', '2,500 files refused:'],
    [
      'data.import.alreadyPresent',
      12_000,
      '12.000 huishoudens waren al aanwezig met dezelfde inhoud (niet dubbel opgeslagen).',
      '12,000 households were already present with the same content (not saved twice).',
    ],
    [
      'data.import.changed',
      4_321,
      '4.321 huishoudens zijn eerder geïmporteerd maar hebben nu een andere inhoud; ze zijn niet opgeslagen.',
      '4,321 households were imported before but now have different content; they were not saved.',
    ],
  ] as const)('%s with %d reads “%s” and “%s”', async (key, count, dutch, english) => {
    expect((await translator('nl')).t(key, { count })).toBe(dutch)
    expect((await translator('en')).t(key, { count })).toBe(english)
  })
})
