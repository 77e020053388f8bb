/**
 * When a closed case may be erased: its retention term (bewaartermijn) from the municipal selection
 * list or the law (shared/parameters/retention.ts), counted from the day the case was closed.
 *
 * - The term is chosen by what the case granted: with a beschikking, the Jeugdwet term when the case
 *   is a Jeugdwet case or any of its (chosen, else all) lines is a Jeugdwet line — a mixed dossier is
 *   kept for the longest term that applies — else the Wmo term; without a beschikking, the term for a
 *   plan that led to no provision.
 * - The term in force on the later of the closing day and `asOf` applies: a term lengthened by law
 *   (the Jeugdwet's 15 → 20 years in 2020) also covers dossiers still kept.
 * - A term of N years that starts on day D ends on the same calendar day N years later (29 February
 *   → 28 February); from that day on the case is past its term and may be erased.
 */
import type { Household, IsoDateInput, LegalBasis, Scenario } from '../domain/types'
import { addYearsMonths, isIsoDate } from '../domain/dates'
import { entryAt } from '../parameters/series'
import {
  JEUGDWET_RETENTION_YEARS,
  NO_PROVISION_RETENTION_YEARS,
  WMO_RETENTION_YEARS,
} from '../parameters/retention'
import { getProvision } from '../catalogue'
import { JEUGDWET_URL, articleUrl } from '../rules/rule'
import { procedureLawOf } from './procedure'

export type RetentionCategory = 'wmo' | 'jeugdwet' | 'no-provision'

export type Retention = {
  category: RetentionCategory
  closedOn: IsoDateInput
  years: number
  /** The first day on which the case is past its term. */
  retainUntil: IsoDateInput
  /** The list's result or the article that sets the term, as cited in the parameter. */
  source: string
  confidence: 'H' | 'M' | 'L'
  verified: boolean
  legalBasis: LegalBasis
}

const SERIES = {
  wmo: WMO_RETENTION_YEARS,
  jeugdwet: JEUGDWET_RETENTION_YEARS,
  'no-provision': NO_PROVISION_RETENTION_YEARS,
} as const

const BASIS: Record<RetentionCategory, LegalBasis> = {
  wmo: {
    law: 'Selectielijst gemeenten en intergemeentelijke organen 2020',
    article: 'resultaat 8.1.1',
    url: 'https://www.vhic.nl/faq/wmo/',
    verified: false,
  },
  // Lid 3 holds the term in the text of 2015 (read 2026-12-01: fifteen years) and in the text of 2025
  // (twenty years; see JEUGDWET_RETENTION_YEARS), so the article number is confirmed. The Selectielijst
  // results above stay unverified: the list text itself was not found.
  jeugdwet: {
    law: 'Jeugdwet',
    article: '7.3.8 lid 3',
    url: articleUrl(JEUGDWET_URL, '7.3.8'),
    verified: true,
  },
  'no-provision': {
    law: 'Selectielijst gemeenten en intergemeentelijke organen 2020',
    article: 'resultaat 3.2',
    url: 'https://www.vhic.nl/faq/wmo/',
    verified: false,
  },
}

function categoryOf(
  household: Household,
  scenarios: readonly Scenario[],
  closedOn: IsoDateInput,
): RetentionCategory {
  const dates = household.dates ?? {}
  if (!dates.beschikking) return 'no-provision'
  if (procedureLawOf(household, scenarios, closedOn) === 'jeugdwet') return 'jeugdwet'
  const chosen = scenarios.find((s) => s.chosen)
  const lines = (chosen ? [chosen] : scenarios).flatMap((s) => s.lines)
  if (lines.some((l) => getProvision(l.provisionId)?.law === 'jeugdwet')) return 'jeugdwet'
  return 'wmo'
}

/** The retention of a case; null while the case is not closed (no valid closing date). */
export function retentionOf(input: {
  household: Household
  scenarios: readonly Scenario[]
  asOf: IsoDateInput
}): Retention | null {
  const closedOn = input.household.dates?.afgesloten
  if (!closedOn || !isIsoDate(closedOn)) return null
  const category = categoryOf(input.household, input.scenarios, closedOn)
  const series = SERIES[category]
  const first = series[0]?.from ?? closedOn
  const on = [closedOn, input.asOf, first].sort().at(-1) ?? closedOn
  const entry = entryAt(series, on)
  return {
    category,
    closedOn,
    years: entry.value,
    retainUntil: addYearsMonths(closedOn, entry.value),
    source: entry.source,
    confidence: entry.confidence,
    verified: entry.verified !== false,
    legalBasis: BASIS[category],
  }
}

/** True from the first day after the term: the case may then be erased. */
export function isPastRetention(retention: Retention, asOf: IsoDateInput): boolean {
  return asOf >= retention.retainUntil
}
