/**
 * Screens must never contradict each other: the same concept carries the same label on every screen,
 * in the plan and in the exports, in both languages. Before, the what-if effect said "Informele uren
 * (gewaardeerd)" for the figure the cost table calls "Informele zorg (gewaardeerd, geen uitgave)", the
 * carer chart said "draagkracht" for what the network tab calls "Kan volhouden" (and the plan "Kan
 * aan"), and the portfolio's household tables had a vague "Bedrag" for the budget table's "Prognose".
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
  return i18n.t.bind(i18n)
}

/** Every string of a catalogue with its key path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key))
}

describe.each(['nl', 'en'] as const)('one label per concept (%s)', (language) => {
  it('the valued informal care: one label in the cost table, comparison, do-nothing, what-if and exports', async () => {
    const t = await translator(language)
    const label = t('money.payers.informal')
    expect(t('decision.rows.informal')).toBe(label)
    expect(t('reports.payers.informal')).toBe(label)
    // The what-if effect uses the payer's own label; no key of its own may drift away again.
    expect(strings(messages[language]).filter(([key]) => key === 'decision.whatIf.informal')).toEqual([])
    // Nothing calls the valued amount "hours".
    const hours = language === 'nl' ? /Informele uren \(gewaardeerd/ : /Informal hours \(valued/
    expect(strings(messages[language]).filter(([, text]) => hours.test(text))).toEqual([])
  })

  it('what a carer can sustain: the network tab’s words in the chart, the what-if lever and the plan', async () => {
    const t = await translator(language)
    const label = t('cases.network.hoursCapacity') // "Kan volhouden" / "Can sustain"
    expect(t('reports.plan.cols.capacity')).toBe(label)
    expect(t('decision.compare.capacity', { name: 'Anja' })).toBe(`Anja — ${label.toLowerCase()}`)
    expect(t('decision.whatIf.lever.carer-capacity', { name: 'Anja' }).toLowerCase()).toContain(
      label.toLowerCase(),
    )
    // The word for it is not "draagkracht"/"capacity" anywhere a carer's hours are meant. Bijzondere
    // bijstand's "draagkracht" (financial capacity, art. 35 Participatiewet) is another concept.
    const other = language === 'nl' ? /draagkracht/i : /\bcapacity\b/i
    const carerTexts = strings(messages[language]).filter(
      ([key, text]) => other.test(text.replace(/\{\{[^}]*\}\}/g, '')) && !key.includes('bijzondere-bijstand'),
    )
    expect(carerTexts.map(([key]) => key)).toEqual([])
  })

  it('the portfolio’s household tables and the spreadsheet name their amount as the budget table does', async () => {
    const t = await translator(language)
    expect(strings(messages[language]).filter(([key]) => key === 'portfolio.drill.amount')).toEqual([])
    expect(t('reports.sheet.amount')).toBe(t('portfolio.table.forecast'))
  })
})
