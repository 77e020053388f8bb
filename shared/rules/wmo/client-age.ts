/**
 * wmo.client-age — Wmo maatwerk is for adults: for a minor, support belongs under the Jeugdwet
 * (the Jeugdwet defines jeugdige as under 18, art. 1.1, and covers jeugdhulp for them; Wmo 2015
 * art. 2.3.5 lid 6 lets the college refuse where another law provides). Home adaptations (and
 * aids) for minors stay Wmo: the Wmo eigen bijdrage for minors exists only for woningaanpassingen.
 * Left out: the transition at 18 of a Wmo line started before (the line simply becomes allowed).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber } from '../../domain/dates'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.client-age',
  law: 'wmo',
  severity: 'blocking',
  legalBasis: { law: 'Jeugdwet', article: '1.1', url: articleUrl(JEUGDWET_URL, '1.1'), verified: true },
  messageKey: 'findings.wmo.client-age',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Wmo lines (other than home adaptations and aids) for a person under 18 are blocked until the 18th birthday.',
}

export function applyClientAge(ctx: EngineContext, line: LineCtx): void {
  const prov = line.provision
  if (prov.law !== 'wmo' || prov.general || line.informal || prov.eigenBijdrageForMinors || prov.oneOff)
    return
  const from = Math.max(line.startDay, ctx.horizonStartDay)
  if (from >= line.person.day18) return
  const to = Math.min(line.endDay, line.person.day18 - 1)
  if (to < from) return
  blockLine(ctx, rule, line, from, to, monthOfDay(ctx, from), {
    birthDate: line.person.person.birthDate,
    adultFrom: dateFromDayNumber(line.person.day18),
  })
}
