/**
 * wmo.zvw-voorliggend — personal care and nursing at home for adults is Zvw wijkverpleging (no
 * eigen risico, no Wmo bijdrage), so a Wmo personal-care line should be a zvw.wijkverpleging line.
 * A warning: the line is still costed as entered. Legal basis: Zvw art. 10 sub a with the Besluit
 * zorgverzekering art. 2.10 (verpleging en verzorging); article numbers not confirmed here.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, monthOfDay } from '../../context/engine-context'
import { ZVW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.zvw-voorliggend',
  law: 'wmo',
  severity: 'warning',
  legalBasis: { law: 'Zorgverzekeringswet', article: '10', url: articleUrl(ZVW_URL, '10'), verified: false },
  messageKey: 'findings.wmo.zvw-voorliggend',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A Wmo personal-care line for an adult: suggest Zvw wijkverpleging.',
}

export function applyZvwVoorliggend(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'wmo' || !line.provision.personalCare || line.informal) return
  const from = Math.max(line.startDay, line.person.day18, ctx.horizonStartDay)
  if (from > Math.min(line.endDay, ctx.horizonEndDay)) return
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: line.person.id, month: monthOfDay(ctx, from) },
    {
      suggestedProvision: 'zvw.wijkverpleging',
    },
  )
}
