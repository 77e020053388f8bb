/**
 * engine.line-costing — a line the engine cannot cost as entered: no tariff for its provision and
 * delivery form in the municipality profile (and no agreed rate), a unit that does not convert to
 * the provision's unit, or a delivery form the provision does not allow. Blocking: the line costs
 * nothing until it is corrected. Not a legal rule; it names the municipality profile as its basis.
 */
import type { RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'engine.line-costing',
  law: 'none',
  severity: 'blocking',
  legalBasis: { law: 'Gemeentelijk tarievenbesluit (profiel)', article: '-', verified: true },
  messageKey: 'findings.engine.missing-tariff',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Missing tariff, unit mismatch or delivery form not allowed for the provision.',
}

export const LINE_COSTING_KEYS = {
  missingTariff: 'findings.engine.missing-tariff',
  unitMismatch: 'findings.engine.unit-mismatch',
  formNotAllowed: 'findings.engine.delivery-form-not-allowed',
} as const
