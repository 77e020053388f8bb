/** The shape of a rule's metadata: id, legal basis, validity and message key (docs/architecture.md#rules). */
import type { IsoDateInput, LegalBasis, Law, Severity } from '../domain/types'

export type RuleMeta = {
  /** Stable dotted id; its last part is the file name under shared/rules/<law>/. */
  id: string
  law: Law
  severity: Severity
  legalBasis: LegalBasis
  /** i18n key of the finding text (renderer/src/i18n/messages/findings.ts). */
  messageKey: string
  /** The rule applies to months on or after this date … */
  validFrom: IsoDateInput
  /** … and on or before this one (null: open-ended). */
  validTo: IsoDateInput | null
  /** One line for developers: what the rule checks and what it deliberately leaves out. */
  summary: string
}

export const WMO_URL = 'https://wetten.overheid.nl/BWBR0035362'
export const JEUGDWET_URL = 'https://wetten.overheid.nl/BWBR0034925'
export const PW_URL = 'https://wetten.overheid.nl/BWBR0015703'
export const WLZ_URL = 'https://wetten.overheid.nl/BWBR0035917'
export const ZVW_URL = 'https://wetten.overheid.nl/BWBR0018450'
export const AOW_URL = 'https://wetten.overheid.nl/BWBR0002221'

/** A JCI link to one article on wetten.overheid.nl (e.g. Wmo 2015 art. 2.3.5). */
export function articleUrl(lawUrl: string, article: string): string {
  const bwb = lawUrl.slice(lawUrl.lastIndexOf('/') + 1)
  return `https://wetten.overheid.nl/jci1.3:c:${bwb}&artikel=${article}`
}

/** True when `date` lies within the rule version's validity (validFrom ≤ date ≤ validTo). */
export function isRuleInForce(rule: Pick<RuleMeta, 'validFrom' | 'validTo'>, date: IsoDateInput): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo)
}

/**
 * The version of a rule in force on `date` (the month being evaluated: its first day), or null when
 * none is. Versions are the successive RuleMeta of one rule id, each with its own validFrom/validTo.
 */
export function ruleVersionAt<R extends Pick<RuleMeta, 'validFrom' | 'validTo'>>(
  versions: readonly R[],
  date: IsoDateInput,
): R | null {
  for (const v of versions) if (isRuleInForce(v, date)) return v
  return null
}
