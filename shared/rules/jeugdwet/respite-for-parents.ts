/**
 * jeugdwet.respite-for-parents — for a child who needs permanent supervision at home, the college
 * provides where needed what lets the parents keep caring, such as respite (Jeugdwet art. 2.3
 * lid 3). Info when the scenario has a Jeugdwet respite line: it supports the parents as carers.
 */
import type { EngineContext } from '../../context/engine-context'
import { addFinding, monthOfDay } from '../../context/engine-context'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'jeugdwet.respite-for-parents',
  law: 'jeugdwet',
  severity: 'info',
  legalBasis: { law: 'Jeugdwet', article: '2.3 lid 3', url: articleUrl(JEUGDWET_URL, '2.3'), verified: true },
  messageKey: 'findings.jeugdwet.respite-for-parents',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A Jeugdwet respite line relieves the parents of a child who needs permanent supervision.',
}

export function applyRespiteForParents(ctx: EngineContext): void {
  for (const line of ctx.lines) {
    if (line.provision.law !== 'jeugdwet' || !line.provision.respite) continue
    addFinding(
      ctx,
      rule,
      {
        lineId: line.line.id,
        personId: line.person.id,
        month: monthOfDay(ctx, Math.max(line.startDay, ctx.horizonStartDay)),
      },
      {
        childName: line.person.person.name,
      },
    )
  }
}
