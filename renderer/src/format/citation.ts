import type { TFunction } from 'i18next'
import { citeSource } from '../../../shared/decision/citation'
import type { SourceCitation } from '../../../shared/domain/types'
import { formatDate, type FormatLanguage } from './format'

/** A stored source as a citation in the user's language: publications, then what kind of figure it is. */
export function formatCitation(
  source: string,
  t: TFunction | ((key: string, o?: Record<string, unknown>) => string),
): string {
  const c = citeSource(source)
  const parts = [...c.publications]
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
export function citationLabels(entry: { verified?: boolean; citation?: SourceCitation }): (
  | 'example'
  | 'unverified'
)[] {
  const labels: ('example' | 'unverified')[] = []
  if (entry.citation?.use === 'example' || entry.citation?.use === 'indexed') labels.push('example')
  if (entry.verified === false) labels.push('unverified')
  return labels
}
