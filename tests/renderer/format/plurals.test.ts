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

describe('singular and plural in counts (issue 15)', () => {
  it.each([
    ['portfolio.counts.households', { count: 1 }, '1 huishouden', '1 household'],
    ['portfolio.counts.households', { count: 2 }, '2 huishoudens', '2 households'],
    ['caseload.shown', { shown: 1, total: 1, count: 1 }, '1 van 1 huishouden', '1 of 1 household'],
    ['caseload.shown', { shown: 1, total: 6, count: 6 }, '1 van 6 huishoudens', '1 of 6 households'],
    ['portfolio.catalogue.tariffCount', { count: 1 }, '1 tarief', '1 tariff'],
    [
      'money.perMonthBasis',
      { count: 1 },
      'gemiddeld over 1 maand looptijd',
      'averaged over a horizon of 1 month',
    ],
    ['reports.units.dagdeel', { count: 1 }, 'dagdeel', 'half-day'],
  ] as const)('%s with %j reads “%s” and “%s”', async (key, options, dutch, english) => {
    expect((await translator('nl')).t(key, options)).toBe(dutch)
    expect((await translator('en')).t(key, options)).toBe(english)
  })

  it('never speaks of cents in a message a user reads', () => {
    const texts = JSON.stringify(messages.nl) + JSON.stringify(messages.en)
    expect(texts.match(/\bcent(en|s)?\b/gi) ?? []).toEqual([])
  })
})
