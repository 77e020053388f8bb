import type { TFunction } from 'i18next'
import { citeSource } from '../../../shared/decision/citation'

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
