/**
 * wmo.procedure-deadlines — the onderzoek is completed within 6 weeks of the melding (Wmo 2015
 * art. 2.3.2 lid 1); the beschikking follows within 2 weeks of the aanvraag (art. 2.3.5 lid 2: "Het
 * college geeft de beschikking binnen twee weken na ontvangst van de aanvraag", read in the text of
 * 1 January 2015 on 2026-12-01; lid 1 names the aanvragen, not the term). A deadline counts as passed when the recorded
 * completion date is later, or — when none is recorded — when the as-of date is past it.
 */
import type { EngineContext } from '../../context/engine-context'
import { addFinding } from '../../context/engine-context'
import { addDays } from '../../domain/dates'
import { valueAt } from '../../parameters/series'
import { WMO_BESCHIKKING_DAYS, WMO_ONDERZOEK_DAYS } from '../../parameters/wmo'
import type { IsoDateInput } from '../../domain/types'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.procedure-deadlines',
  law: 'wmo',
  severity: 'warning',
  legalBasis: { law: 'Wmo 2015', article: '2.3.2 lid 1', url: articleUrl(WMO_URL, '2.3.2'), verified: true },
  messageKey: 'findings.wmo.procedure-deadlines',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Onderzoek within 6 weeks of the melding; beschikking within 2 weeks of the aanvraag.',
}

export function applyProcedureDeadlines(ctx: EngineContext, asOf: IsoDateInput): void {
  const dates = ctx.household.dates
  if (!dates) return
  if (dates.melding) {
    const days = valueAt(WMO_ONDERZOEK_DAYS, dates.melding)
    const deadline = addDays(dates.melding, days)
    const done = dates.onderzoekAfgerond ?? null
    if ((done !== null && done > deadline) || (done === null && asOf > deadline)) {
      addFinding(
        ctx,
        rule,
        {},
        { step: 'onderzoek', start: dates.melding, deadline, weeks: days / 7, completed: done ?? '' },
      )
    }
  }
  if (dates.aanvraag) {
    const days = valueAt(WMO_BESCHIKKING_DAYS, dates.aanvraag)
    const deadline = addDays(dates.aanvraag, days)
    const done = dates.beschikking ?? null
    if ((done !== null && done > deadline) || (done === null && asOf > deadline)) {
      addFinding(
        ctx,
        {
          ...rule,
          legalBasis: {
            law: 'Wmo 2015',
            article: '2.3.5 lid 2',
            url: articleUrl(WMO_URL, '2.3.5'),
            verified: true,
          },
        },
        {},
        { step: 'beschikking', start: dates.aanvraag, deadline, weeks: days / 7, completed: done ?? '' },
      )
    }
  }
}
