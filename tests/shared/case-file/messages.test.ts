import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { CASE_FILE_ERROR_CODES, caseFileMessageNl, parseCaseFile } from '#shared/case-file'
import { en, nl } from '../../../renderer/src/i18n/messages/casefile'

type Catalogue = Record<string, unknown>

/** What i18next does with `{{name}}`, enough to compare texts. */
function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]))
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()
}

describe('case-file problem texts', () => {
  it.each(CASE_FILE_ERROR_CODES)(
    'has a Dutch and an English text for %s with the same placeholders',
    (code) => {
      const nlText = (nl.casefile as Catalogue)[code]
      const enText = (en.casefile as Catalogue)[code]
      expect(typeof nlText).toBe('string')
      expect(typeof enText).toBe('string')
      expect(placeholders(enText as string)).toEqual(placeholders(nlText as string))
    },
  )

  // Texts that translate a token through i18next nesting ($t(…)) are checked in the language tests below.
  it.each(CASE_FILE_ERROR_CODES.filter((c) => !((nl.casefile as Catalogue)[c] as string).includes('$t(')))(
    'says the same in the renderer catalogue as the default Dutch message for %s',
    (code) => {
      const template = (nl.casefile as Catalogue)[code] as string
      const params = Object.fromEntries(placeholders(template).map((p, i) => [p, `«${p}${i}»`]))
      expect(interpolate(template, params)).toBe(caseFileMessageNl(code, params))
    },
  )

  it('translates the expected kind of value in both languages through i18next nesting', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: 'en',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    })
    expect(i18n.t('casefile.invalidType', { expected: 'object' })).toBe(
      'Wrong kind of value (expected: object).',
    )
    expect(i18n.t('casefile.invalidType', { lng: 'nl', expected: 'string' })).toBe(
      caseFileMessageNl('invalidType', { expected: 'string' }),
    )
  })

  it('names the unit and period of a volume that cannot be delivered, in both languages', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    })
    const params = { maximum: 168, unit: 'hour', frequency: 'week' }
    expect(i18n.t('casefile.volumeTooBig', params)).toBe(caseFileMessageNl('volumeTooBig', params))
    expect(i18n.t('casefile.volumeTooBig', params)).toBe(
      'Hoogstens 168 uur per week: meer kan in die tijd niet worden geleverd.',
    )
    expect(
      i18n.t('casefile.volumeTooBig', { ...params, lng: 'en', unit: 'etmaal', frequency: 'total' }),
    ).toBe('At most 168 etmalen (24 hours) in total: no more can be delivered in that time.')
    expect(Object.keys(en.casefile.units)).toEqual(Object.keys(nl.casefile.units))
    expect(Object.keys(en.casefile.frequencies)).toEqual(Object.keys(nl.casefile.frequencies))
  })

  it('names the expected kind of value with a token both languages translate', () => {
    const result = parseCaseFile(
      '{"format":"maatwerk.case","formatVersion":1,"household":"x","scenarios":[]}',
    )
    expect(result.ok).toBe(false)
    const error = !result.ok ? result.errors.find((e) => e.code === 'invalidType') : undefined
    expect(error?.params).toEqual({ expected: 'object' })
    expect(nl.casefile.types.object).toBe('object')
    expect(Object.keys(en.casefile.types)).toEqual(Object.keys(nl.casefile.types))
  })
})
