/**
 * mantelzorg.overload — a carer whose hours exceed the capacity they stated, or whose EDIZ-plus
 * burden score is at or above 9 (overbelast; docs/legal-reference.md#overload), is overloaded. Warning per
 * carer. The municipality must weigh the carer's load in the onderzoek (Wmo 2015 art. 2.3.2 lid 4
 * sub d, article numbering not confirmed).
 */
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.overload',
  law: 'informal',
  severity: 'warning',
  legalBasis: { law: 'Wmo 2015', article: '2.3.2 lid 4', url: articleUrl(WMO_URL, '2.3.2'), verified: false },
  messageKey: 'findings.mantelzorg.overload',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Carer hours above stated capacity, or burden score ≥ the overload threshold.',
}
