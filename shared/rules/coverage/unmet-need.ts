/**
 * coverage.unmet-need — a ZRM domain scored 1 or 2 (acute / not self-reliant) that no allowed line
 * for that person addresses. The onderzoek must establish the needs and the support that answers
 * them (Wmo 2015 art. 2.3.2 lid 4). Warning per person and domain.
 */
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'coverage.unmet-need',
  law: 'none',
  severity: 'warning',
  legalBasis: { law: 'Wmo 2015', article: '2.3.2 lid 4', url: articleUrl(WMO_URL, '2.3.2'), verified: true },
  messageKey: 'findings.coverage.unmet-need',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A ZRM domain scored 1–2 that no line addresses.',
}
