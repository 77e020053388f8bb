/** The shape of a rule's metadata: id, legal basis, validity and message key (docs/architecture.md#rules). */
import type { IsoDate, LegalBasis, Law, Severity } from './types'

export type RuleMeta = {
  /** Stable dotted id; its last part is the file name under shared/rules/<law>/. */
  id: string
  law: Law
  severity: Severity
  legalBasis: LegalBasis
  /** i18n key of the finding text (renderer/src/i18n/messages/findings.ts). */
  messageKey: string
  /** The rule applies to months on or after this date … */
  validFrom: IsoDate
  /** … and on or before this one (null: open-ended). */
  validTo: IsoDate | null
  /** One line for developers: what the rule checks and what it deliberately leaves out. */
  summary: string
}
