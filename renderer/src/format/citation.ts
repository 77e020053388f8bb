import type { TFunction } from 'i18next'
import { citeSource } from '#shared/decision/citation'
import type { DeliveryForm, IsoDateInput, SourceCitation, TariffEntry } from '#shared/domain/types'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality/voorbeeldgemeente'
import { formatDate, type FormatLanguage } from './format'

type Tr = TFunction | ((key: string, o?: Record<string, unknown>) => string)

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/** '1 januari 2026' → '2026-01-01'; null when the text is no Dutch date. */
function dutchDate(text: string): string | null {
  const m = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(text.trim())
  const month = m ? DUTCH_MONTHS.indexOf(m[2] ?? '') + 1 : 0
  if (!m || month === 0) return null
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(Number(m[1])).padStart(2, '0')}`
}

/**
 * The publications `citeSource` names are written the Dutch way ("Normenbrief 1 januari 2026
 * (ministerie van SZW)", "Staatscourant 2025, nr. 35082"); the titles stay, the words and dates around
 * them follow the user's language.
 */
function localisePublication(publication: string, t: Tr, language?: FormatLanguage): string {
  let m = /^Normenbrief (.+) \(ministerie van SZW\)$/.exec(publication)
  if (m) {
    const iso = dutchDate(m[1] ?? '')
    return t('citation.pub.normenbrief', { date: iso ? formatDate(iso, language) : m[1] })
  }
  m = /^(Staatscourant|Gemeenteblad|Kamerstuk) (\d+), nr\. (\d+)$/.exec(publication)
  if (m) return t('citation.pub.numbered', { title: m[1], year: m[2], number: m[3] })
  m = /^SVB, AOW-leeftijd \((\d{4})\)$/.exec(publication)
  if (m) return t('citation.pub.svbAow', { year: m[1] })
  m = /^Lokale regelgeving (CVDR\d+)$/.exec(publication)
  if (m) return t('citation.pub.cvdr', { id: m[1] })
  return publication
}

/**
 * An article reference in the user's language: the law's own numbering stays ("art. 2.3.5 lid 3" — lid
 * is the term of art), the Dutch "en" between numbers becomes the language's word ("23 and 24", "sub a and b").
 */
export function formatArticle(article: string, t: Tr): string {
  return article.replace(/(?<=\)|\b\d+[a-z]?|\b[a-z]) en (?=\(|\d|[a-z]\b)/g, ` ${t('citation.and')} `)
}

/**
 * The stored source of a profile value the municipality changed itself (a rate, hours, a tariff): the
 * published figure it came from no longer holds, the municipality's own decision does. Stored in one
 * fixed Dutch form so every place that cites the value (plan, findings, catalogue, profile) reads it.
 */
export function setByMunicipalitySource(date: IsoDateInput): string {
  return `Vastgesteld door de gemeente op ${date}`
}
const SET_BY_MUNICIPALITY = /^Vastgesteld door de gemeente op (\d{4}-\d{2}-\d{2})$/

/** A stored source as a citation in the user's language: publications, then what kind of figure it is. */
export function formatCitation(source: string, t: Tr, language?: FormatLanguage): string {
  const set = SET_BY_MUNICIPALITY.exec(source.trim())
  if (set) return t('citation.setByMunicipality', { date: formatDate(set[1], language) })
  const c = citeSource(source)
  const parts = c.publications.map((p) => localisePublication(p, t, language))
  if (c.indexed)
    parts.push(t('explain.indexed', { percent: c.indexed.percentPerYear, year: c.indexed.fromYear }))
  if (c.example) parts.push(t('explain.example'))
  if (c.derived) parts.push(t('explain.derived'))
  return parts.length > 0 ? parts.join('; ') : t('explain.noPublication')
}

/**
 * A structured citation (`SourceCitation`) in the user's language: "Menzis Zorgkantoor, Pgb-vergoedingen
 * en tarieven Wlz, “Zorgverlener uit het sociaal netwerk”, 01-01-2024", then how the value relates to it
 * ("geïndexeerd met 3% per jaar vanaf 2024"). Whether the value is an example or unverified is said by
 * the badges beside it (`citationLabels`), not in this text.
 */
export function formatSourceCitation(
  citation: SourceCitation,
  t: TFunction | ((key: string, o?: Record<string, unknown>) => string),
  language?: FormatLanguage,
): string {
  const parts = [citation.publication]
  if (citation.article) parts.push(citation.article)
  if (citation.date) parts.push(t('citation.dated', { date: formatDate(citation.date, language) }))
  const text = parts.join(', ')
  return citation.use === 'indexed' && citation.indexed
    ? `${text}; ${t('citation.indexed', { percent: citation.indexed.percentPerYear, year: citation.indexed.fromYear })}`
    : text
}

/**
 * The labels beside a cited value: an example value (also a figure indexed forward from an older
 * publication: an estimate, not a published value), and a value not verified against its source.
 */
export function citationLabels(entry: {
  verified?: boolean
  citation?: SourceCitation
}): ('example' | 'unverified')[] {
  const labels: ('example' | 'unverified')[] = []
  if (entry.citation?.use === 'example' || entry.citation?.use === 'indexed') labels.push('example')
  if (entry.verified === false) labels.push('unverified')
  return labels
}

/** A value's source in the user's language: its structured citation when it has one, else its source text. */
export function formatSourceOf(
  entry: { source: string; citation?: SourceCitation | undefined },
  t: Tr,
  language?: FormatLanguage,
): string {
  return entry.citation
    ? formatSourceCitation(entry.citation, t, language)
    : formatCitation(entry.source, t, language)
}

/**
 * A tariff with its citation. A profile stored before tariffs carried citations still holds the example
 * profile's tariffs unchanged (same provision, form, period, rate and source): those get the example's.
 */
export function withTariffCitation(entry: TariffEntry): TariffEntry {
  if (entry.citation) return entry
  const known = DEFAULT_MUNICIPALITY.tariffs.find(
    (d) =>
      d.provisionId === entry.provisionId &&
      d.deliveryForm === entry.deliveryForm &&
      d.from === entry.from &&
      d.rateCents === entry.rateCents &&
      d.source === entry.source,
  )?.citation
  return known ? { ...entry, citation: known } : entry
}

/** Finds the citation of the tariff a line's rate came from (by provision, form and stored source). */
export type TariffCitationLookup = (
  provisionId: string,
  deliveryForm: DeliveryForm,
  source: string,
) => SourceCitation | undefined

export function tariffCitationLookup(tariffs: readonly TariffEntry[]): TariffCitationLookup {
  return (provisionId, deliveryForm, source) => {
    const entry = tariffs.find(
      (t) => t.provisionId === provisionId && t.deliveryForm === deliveryForm && t.source === source,
    )
    return entry ? withTariffCitation(entry).citation : undefined
  }
}
