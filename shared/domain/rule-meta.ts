/** The shape of a rule's metadata: id, legal basis, validity and message key (docs/architecture.md#rules). */
import type { IsoDateInput, LegalBasis, Law, Severity } from './types'

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
