/**
 * The findings for months before a parameter series starts (findings.engine.amounts-unavailable.*)
 * name the period and the first month with figures in both languages, and say that the part is not
 * calculated — not that it costs € 0. Also the refusal of a scenario before 2015 (engine.messages).
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { evaluateScenario, type Finding } from '#shared'
import { messages } from '../../../renderer/src/i18n/messages'
import { formatFindingParams } from '../../../renderer/src/format/finding-params'
import { formatYearMonth } from '../../../renderer/src/format/format'
import { household, line, person, scenario } from '../../shared/support/build'

async function translator(lng: 'nl' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng,
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    interpolation: { escapeValue: false },
  })
  return i18n
}

// A real finding from the engine: an AOW-age client on bijstand with mantelzorg in 2019.
const result = evaluateScenario({
  household: household(
    [person({ id: 'p', birthDate: '1940-05-14', income: { kind: 'bijstand', netMonthlyCents: 0 } })],
    [
      {
        id: 'c',
        name: 'c',
        relation: 'child',
        livesIn: false,
        caresFor: ['p'],
        capacityHoursPerWeek: 10,
        workHoursPerWeek: 0,
        burdenScore: null,
        consent: true,
      },
    ],
  ),
  scenario: scenario(
    [
      line({
        provisionId: 'informal.mantelzorg',
        personId: 'p',
        carerId: 'c',
        volume: 4,
        startDate: '2019-03-01',
      }),
    ],
    { startDate: '2019-03-01', horizonMonths: 4 },
  ),
})
const unavailable = result.findings.filter((f) =>
  f.messageKey.startsWith('findings.engine.amounts-unavailable.'),
)

describe('findings.engine.amounts-unavailable', () => {
  it('is recorded for both series the 2019 scenario lacks', () => {
    expect(unavailable.map((f) => f.messageKey).sort()).toEqual([
      'findings.engine.amounts-unavailable.bijstand-norms',
      'findings.engine.amounts-unavailable.wml-per-hour',
    ])
  })

  it.each([
    ['nl', 'mrt 2019', 'jun 2019', 'jan 2024', 'niet berekend'],
    ['en', 'Mar 2019', 'Jun 2019', 'Jan 2024', 'not calculated'],
  ] as const)(
    'names the months and says the part is not calculated (%s)',
    async (lng, from, until, first, words) => {
      const i18n = await translator(lng)
      for (const f of unavailable as Finding[]) {
        const format = {
          cents: String,
          date: String,
          number: String,
          month: (m: string) => formatYearMonth(m as Parameters<typeof formatYearMonth>[0], lng),
        }
        const text = i18n.t(f.messageKey, formatFindingParams(f.params, { format }))
        expect(text).not.toContain('{{')
        expect(text).not.toBe(f.messageKey)
        expect(text).toContain(from)
        expect(text).toContain(until)
        expect(text).toContain(first)
        expect(text).toContain(words)
      }
    },
  )

  it('refuses a scenario before 2015 with a sentence naming January 2015', async () => {
    expect((await translator('nl')).t('engine.messages.beforeSupported', { firstYear: 2015 })).toContain(
      'vanaf januari 2015',
    )
    expect((await translator('en')).t('engine.messages.beforeSupported', { firstYear: 2015 })).toContain(
      'from January 2015',
    )
  })
})
