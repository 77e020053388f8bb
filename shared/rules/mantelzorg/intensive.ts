/**
 * mantelzorg.intensive — a carer giving at least 8 hours a week for at least 3 months is a
 * "langdurig en intensief" mantelzorger (CBS/SCP definition; docs/legal-reference.md#intensive-care). Not a legal
 * test: the legal anchor is the municipality's duty to support mantelzorgers (Wmo 2015 art. 2.1.2
 * lid 4 sub b; article number not confirmed). Info per carer.
 */
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.intensive',
  law: 'informal',
  severity: 'info',
  legalBasis: { law: 'Wmo 2015', article: '2.1.2 lid 4', url: articleUrl(WMO_URL, '2.1.2'), verified: false },
  messageKey: 'findings.mantelzorg.intensive',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A carer gives ≥ 8 h/week for ≥ 3 months.',
}
