/**
 * wmo.algemene-voorziening-first — a maatwerkvoorziening only insofar as the client cannot manage
 * with a general provision (Wmo 2015 art. 2.3.5 lid 3; the "ladder" of docs/legal-reference.md#ladder). When a
 * general provision in the catalogue can replace a Wmo maatwerk line (catalogue `alternativeFor`, e.g.
 * a dagactiviteit for dagbesteding), say so (info), unless
 * the scenario already uses that general provision for the person.
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, monthOfDay } from '../../context/engine-context'
import { PROVISIONS } from '../../catalogue/provisions'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.algemene-voorziening-first',
  law: 'wmo',
  severity: 'info',
  legalBasis: { law: 'Wmo 2015', article: '2.3.5 lid 3', url: articleUrl(WMO_URL, '2.3.5'), verified: true },
  messageKey: 'findings.wmo.algemene-voorziening-first',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'A general provision covers a domain of this Wmo maatwerk line.',
}

const GENERAL = PROVISIONS.filter((p) => p.general)

export function applyAlgemeneVoorzieningFirst(ctx: EngineContext, line: LineCtx): void {
  const prov = line.provision
  if (prov.law !== 'wmo' || prov.general || line.informal || prov.oneOff) return
  for (const general of GENERAL) {
    if (!(general.alternativeFor ?? []).includes(prov.id)) continue
    const used = ctx.lines.some((l) => l.provision.id === general.id && l.person.id === line.person.id)
    if (used) continue
    addFinding(
      ctx,
      rule,
      {
        lineId: line.line.id,
        personId: line.person.id,
        month: monthOfDay(ctx, Math.max(line.startDay, ctx.horizonStartDay)),
      },
      {
        generalProvisionId: general.id,
        generalLabelKey: general.labelKey,
      },
    )
  }
}
