/**
 * jeugdwet.no-parental-contribution — the ouderbijdrage for jeugdhulp was abolished per 1 January
 * 2016 (Wet van 21 december 2016, Stb. 2017, 64, in force 28 February 2017 with retroactive effect to
 * 1 January 2016; the amounts had been set to nil in the Besluit Jeugdwet from that date). The
 * repealed article is Jeugdwet art. 8.2.1 in the text of 1 January 2015 (§ 8.2 "Ouderbijdrage",
 * read 2026-12-01): an ouderbijdrage for jeugdhulp "voor zover deze jeugdhulp verblijf buiten het
 * gezin inhoudt". In the text in force since 2025 § 8.2 and art. 8.2.1 hold the college's "betaal-,
 * onderzoeks- en informatieplicht" instead, so the link points to the 2015 text. Info, once per
 * household with a Jeugdwet line.
 */
import type { EngineContext } from '../../context/engine-context'
import { addFinding } from '../../context/engine-context'
import { JEUGDWET_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'jeugdwet.no-parental-contribution',
  law: 'jeugdwet',
  severity: 'info',
  legalBasis: {
    law: 'Jeugdwet (Stb. 2017, 64)',
    article: '8.2.1 (tekst 2015–2016)',
    url: `${articleUrl(JEUGDWET_URL, '8.2.1')}&z=2015-01-01&g=2015-01-01`,
    verified: true,
  },
  messageKey: 'findings.jeugdwet.no-parental-contribution',
  validFrom: '2016-01-01',
  validTo: null,
  summary: 'No parental contribution for jeugdhulp since 2016.',
}

export function applyNoParentalContribution(ctx: EngineContext): void {
  const jeugd = ctx.lines.filter((l) => l.provision.law === 'jeugdwet')
  if (jeugd.length === 0) return
  addFinding(ctx, rule, {}, { lines: jeugd.length })
}
