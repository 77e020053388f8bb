/**
 * Issue 15 item 5: the municipality profile's local parameters cite their sources in the user's
 * language — publication, article, date — with a label where the value is an example or unverified;
 * never an English working note.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality/voorbeeldgemeente'
import { municipalityConfigSchema } from '#shared/case-file/schema'
import type { Dated } from '#shared/domain/types'
import {
  citationLabels,
  formatArticle,
  formatCitation,
  formatSourceCitation,
  tariffCitationLookup,
  withTariffCitation,
} from '../../../renderer/src/format/citation'
import { withCitation, withValue } from '../../../renderer/src/views/portfolio/profile-draft'
import { makeTranslate } from '../reports/i18n-helper'

const localParameters: Dated<unknown>[] = [
  ...DEFAULT_MUNICIPALITY.pgbNetworkHourRate,
  ...DEFAULT_MUNICIPALITY.gebruikelijkeHulpHoursPerWeek,
  ...(DEFAULT_MUNICIPALITY.minimaPolicy ?? []),
]
/** Words of the working notes that must not reach a reader. */
const WORKING_NOTE = /\bGAP\b|\(example|indexed \d|Example:|placeholder|docs\//

describe('formatSourceCitation', () => {
  it('gives every local parameter of the example profile a structured citation', () => {
    for (const entry of localParameters) {
      expect(entry.citation, entry.source).toBeDefined()
      expect(entry.citation?.publication.length).toBeGreaterThan(0)
    }
  })

  it('reads as a citation in Dutch and in English, without the working notes', async () => {
    for (const language of ['nl', 'en'] as const) {
      const t = await makeTranslate(language)
      for (const entry of localParameters) {
        const text = formatSourceCitation(entry.citation!, t, language)
        expect(text).not.toMatch(WORKING_NOTE)
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      }
    }
  })

  it('cites the Wlz informal-care rate with its publication, section and date, and the indexation', async () => {
    const nl = await makeTranslate('nl')
    const en = await makeTranslate('en')
    const [published, indexed] = DEFAULT_MUNICIPALITY.pgbNetworkHourRate
    expect(formatSourceCitation(published!.citation!, nl, 'nl')).toBe(
      'Menzis Zorgkantoor, Pgb-vergoedingen en tarieven Wlz, “Zorgverlener uit het sociaal netwerk”, versie van 01-01-2024',
    )
    expect(formatSourceCitation(indexed!.citation!, en, 'en')).toBe(
      'Menzis Zorgkantoor, Pgb-vergoedingen en tarieven Wlz, “Zorgverlener uit het sociaal netwerk”, version of 1 Jan 2024; indexed by 3% a year from the 2024 figure',
    )
  })

  it('labels example and unverified values, and a published, verified value not at all', () => {
    const [published, indexed] = DEFAULT_MUNICIPALITY.pgbNetworkHourRate
    expect(citationLabels(published!)).toEqual([])
    expect(citationLabels(indexed!)).toEqual(['example', 'unverified'])
    expect(citationLabels(DEFAULT_MUNICIPALITY.gebruikelijkeHulpHoursPerWeek[0]!)).toEqual([
      'example',
      'unverified',
    ])
  })

  it('keeps the citations through the profile schema (stored and exchanged profiles)', () => {
    const parsed = municipalityConfigSchema.parse(JSON.parse(JSON.stringify(DEFAULT_MUNICIPALITY)))
    expect(parsed.pgbNetworkHourRate[0]?.citation).toEqual(
      DEFAULT_MUNICIPALITY.pgbNetworkHourRate[0]?.citation,
    )
  })
})

describe('the profile screen’s citations', () => {
  const defaults = DEFAULT_MUNICIPALITY.pgbNetworkHourRate
  const stored = defaults.map(({ citation: _c, ...rest }) => rest)

  it('gives a profile saved before citations existed the example profile’s citation', () => {
    expect(withCitation(stored[0]!, defaults).citation).toEqual(defaults[0]!.citation)
  })

  it('cites a changed value as set by the municipality on the day: the publication no longer backs it', async () => {
    const changed = withValue(defaults[1]!, 3000, '2026-12-01')
    expect(changed.citation).toBeUndefined()
    expect(changed.verified).toBeUndefined()
    expect(changed.source).toBe('Vastgesteld door de gemeente op 2026-12-01')
    expect(withCitation(changed, defaults).citation).toBeUndefined()
    expect(formatCitation(changed.source, await makeTranslate('nl'), 'nl')).toBe(
      'vastgesteld door de gemeente op 01-12-2026',
    )
    expect(formatCitation(changed.source, await makeTranslate('en'), 'en')).toBe(
      'set by the municipality on 1 Dec 2026',
    )
    expect(withValue(defaults[0]!, defaults[0]!.value, '2026-12-01')).toEqual(defaults[0])
  })
})

describe('tariff citations', () => {
  const cited = DEFAULT_MUNICIPALITY.tariffs.find((t) => t.provisionId === 'wmo.hulp-bij-het-huishouden')!

  it('cites an example tariff by its publication, the table row and the indexation, not the working note', async () => {
    expect(cited.citation).toMatchObject({
      publication: 'Gemeente Westerveld, Tarieven Wmo 2023',
      article: 'HbH',
      use: 'indexed',
      indexed: { percentPerYear: 3, fromYear: 2023 },
    })
    expect(formatSourceCitation(cited.citation!, await makeTranslate('en'), 'en')).toBe(
      'Gemeente Westerveld, Tarieven Wmo 2023, HbH; indexed by 3% a year from the 2023 figure',
    )
  })

  it('gives a tariff stored before tariffs had citations the example profile’s, and a changed one none', () => {
    const { citation: _c, ...stored } = cited
    expect(withTariffCitation(stored).citation).toEqual(cited.citation)
    expect(withTariffCitation({ ...stored, rateCents: stored.rateCents + 1 }).citation).toBeUndefined()
  })

  it('finds the citation of the tariff behind a line’s rate for the plan, also in a profile stored without one', () => {
    const stored = DEFAULT_MUNICIPALITY.tariffs.map(({ citation: _c, ...t }) => t)
    const lookup = tariffCitationLookup(stored)
    expect(lookup(cited.provisionId, cited.deliveryForm, cited.source)).toEqual(cited.citation)
    expect(
      lookup(cited.provisionId, cited.deliveryForm, 'Vastgesteld door de gemeente op 2026-12-01'),
    ).toBeUndefined()
  })

  it('loads a stored profile whose tariffs have no citation (old data) and one whose tariffs have one', () => {
    const old = {
      ...DEFAULT_MUNICIPALITY,
      tariffs: DEFAULT_MUNICIPALITY.tariffs.map(({ citation: _c, ...t }) => t),
    }
    expect(municipalityConfigSchema.safeParse(old).success).toBe(true)
    expect(municipalityConfigSchema.safeParse(DEFAULT_MUNICIPALITY).success).toBe(true)
  })
})

describe('article references in the user’s language', () => {
  it('turns the Dutch "en" between article numbers, sub-letters and bracketed terms into "and" in English', async () => {
    const en = await makeTranslate('en')
    expect(formatArticle('20, 21, 22, 22a, 23 en 24', en)).toBe('20, 21, 22, 22a, 23 and 24')
    expect(formatArticle('22 sub a–c; 22a; 47a lid 1 sub a en b', en)).toBe(
      '22 sub a–c; 22a; 47a lid 1 sub a and b',
    )
    expect(formatArticle('1.1.1 (gebruikelijke hulp) en 2.3.5 lid 3', en)).toBe(
      '1.1.1 (gebruikelijke hulp) and 2.3.5 lid 3',
    )
  })

  it('leaves a Dutch article reference as the law writes it', async () => {
    const nl = await makeTranslate('nl')
    expect(formatArticle('47a lid 1 sub a en b', nl)).toBe('47a lid 1 sub a en b')
  })
})
