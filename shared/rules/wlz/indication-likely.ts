/**
 * wlz.indication-likely — the Wlz is for a lasting need of permanent supervision or 24-hour care
 * nearby (Wlz art. 3.2.1). The engine cannot diagnose; it flags a likely case from the ZRM scores of
 * a person without a Wlz indication: basale ADL at 1, or basale ADL at 2 with physical or mental
 * health at 1 (acute). A warning suggesting a CIZ application.
 */
import type { EngineContext } from '../../context/engine-context'
import { addFinding } from '../../context/engine-context'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.indication-likely',
  law: 'wlz',
  severity: 'warning',
  legalBasis: {
    law: 'Wet langdurige zorg',
    article: '3.2.1',
    url: articleUrl(WLZ_URL, '3.2.1'),
    verified: true,
  },
  messageKey: 'findings.wlz.indication-likely',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'ZRM scores point to permanent supervision or 24-hour care nearby: suggest a CIZ application.',
}

export function applyWlzIndicationLikely(ctx: EngineContext): void {
  for (const p of ctx.persons) {
    if (Number.isFinite(p.wlzFromDay)) continue
    const scores = p.person.zrm?.scores
    if (!scores) continue
    const adl = scores['basale-adl']
    const body = scores['lichamelijke-gezondheid']
    const mind = scores['geestelijke-gezondheid']
    const likely = adl === 1 || (adl === 2 && (body === 1 || mind === 1))
    if (!likely) continue
    addFinding(
      ctx,
      rule,
      { personId: p.id },
      {
        basaleAdl: adl ?? 0,
        lichamelijkeGezondheid: body ?? 0,
        geestelijkeGezondheid: mind ?? 0,
      },
    )
  }
}
