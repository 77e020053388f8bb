/**
 * mantelzorg.respite-recommended — an intensive carer without respite in the scenario (no respite
 * line for a person the carer cares for): suggest respijtzorg. Respite is part of supporting
 * mantelzorgers (Wmo 2015 art. 2.1.2 lid 2 sub b and art. 2.2.2; the Wlz package includes logeeropvang to relieve
 * mantelzorgers, Wlz art. 3.1.1 lid 1 sub g). Warning per carer.
 */
import { addFinding, type EngineContext } from '../../context/engine-context'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.respite-recommended',
  law: 'informal',
  severity: 'warning',
  legalBasis: {
    law: 'Wmo 2015',
    article: '2.1.2 lid 2 sub b en 2.2.2',
    url: articleUrl(WMO_URL, '2.2.2'),
    verified: true,
  },
  messageKey: 'findings.mantelzorg.respite-recommended',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'An intensive carer and no respite line for the people they care for.',
}

/**
 * Household step: a warning for each intensive carer when no line that is not blocked gives respite
 * to a person they care for.
 */
export function applyRespiteRecommended(
  ctx: EngineContext,
  intensiveCarers: readonly { carerId: string; caresFor: readonly string[]; month: string }[],
): void {
  for (const ic of intensiveCarers) {
    const hasRespite = ctx.lines.some(
      (l) => l.provision.respite && ic.caresFor.includes(l.person.id) && !l.blocked,
    )
    if (!hasRespite) {
      const carer = ctx.carers.find((c) => c.id === ic.carerId)
      addFinding(ctx, rule, { carerId: ic.carerId, month: ic.month }, { carerName: carer?.name ?? '' })
    }
  }
}
