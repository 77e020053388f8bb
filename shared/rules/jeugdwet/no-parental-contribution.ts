/**
 * jeugdwet.no-parental-contribution — the ouderbijdrage for jeugdhulp was abolished per 1 January
 * 2016 (Stb. 2017, 64, retroactive to 2016-01-01; the article on the ouderbijdrage, Jeugdwet
 * art. 8.2.1 old, was repealed — article number not confirmed from the law text). Note: in the text
 * in force since 2025 (checked 2026-12-01) § 8.2 and art. 8.2.1 hold the "betaal-, onderzoeks- en
 * informatieplicht" of the college, no ouderbijdrage at all; the citation names the repealed old
 * article and stays unverified. Info, once per household with a Jeugdwet line.
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
    article: '8.2.1 (2015–2016)',
    url: articleUrl(JEUGDWET_URL, '8.2.1'),
    verified: false,
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
