/**
 * participatiewet.aow-transition — bijstand and reintegration end at the AOW age (Participatiewet
 * art. 11 lid 1 read with AOW art. 7a on the pensioengerechtigde leeftijd, which is 67 + 3 months
 * from 2028). A warning in the month the person reaches it; costs stop on the AOW date.
 */
import type { EngineContext, LineCtx, PersonCtx } from '../../context/engine-context'
import { addFinding, monthOfDay } from '../../context/engine-context'
import { AOW_URL, PW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.aow-transition',
  law: 'participatiewet',
  severity: 'warning',
  legalBasis: { law: 'Algemene Ouderdomswet', article: '7a', url: articleUrl(AOW_URL, '7a'), verified: true },
  messageKey: 'findings.participatiewet.aow-transition',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Bijstand and reintegration lines end at AOW age: warning in that month.',
}

export function applyAowTransitionLine(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.law !== 'participatiewet' || line.provision.incomeSupport) return
  const p = line.person
  if (line.startDay >= p.aowDay) return
  if (p.aowDay > Math.min(line.endDay, ctx.horizonEndDay) || p.aowDay < ctx.horizonStartDay) return
  addFinding(
    ctx,
    rule,
    { lineId: line.line.id, personId: p.id, month: monthOfDay(ctx, p.aowDay) },
    { aowDate: p.aowDate },
  )
  line.blocks.push({ ruleId: rule.id, fromDay: p.aowDay, toDay: Number.POSITIVE_INFINITY })
}

export function addAowTransitionBijstand(
  ctx: EngineContext,
  personId: string,
  aowDate: string,
  aowDay: number,
): void {
  addFinding(
    ctx,
    rule,
    { personId, month: monthOfDay(ctx, aowDay) },
    { aowDate, bijstand: 1 },
    { messageKey: 'findings.participatiewet.aow-transition-bijstand' },
  )
}

const aioRule: RuleMeta = {
  id: 'participatiewet.aow-transition',
  law: 'participatiewet',
  severity: 'warning',
  legalBasis: {
    law: 'Participatiewet',
    article: '20, 22 sub a–c, 22a, 24; 47a lid 1 sub a en b, lid 2',
    url: articleUrl(PW_URL, '47a'),
    // Checked against the text valid from 2025-01-01 (BWBR0015703, via MinBZK/regelrecht
    // corpus/regulation/nl/wet/participatiewet/2025-01-01.yaml): art. 47a lid 1 gives the SVB the
    // AIO for alleenstaanden (sub a) and for gehuwden of whom both or one reached AOW age (sub b);
    // lid 2 applies hoofdstuk 2 (art. 11 lid 4, art. 13) and hoofdstuk 3 (art. 19–24, so art. 22a and
    // art. 24 too) to the SVB's AIO (read in the same text, checked 2026-12-01).
    verified: true,
  },
  messageKey: 'findings.participatiewet.aio-svb',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Bijstand ends at AOW age: from that date the SVB pays AIO up to the AOW-age norm — to a couple of whom one spouse reaches it (couple norm; the municipality keeps reintegration), and to an alleenstaande whose AOW stays below the single norm.',
}

/** Whose AIO: a single person, a couple leaving bijstand, or a couple who were not on bijstand. */
type AioCase = 'single' | 'couple' | 'couple-not-on-bijstand'

/**
 * From the day the first spouse reaches AOW age the SVB, not the municipality, pays the couple's
 * supplement (AIO) at the norm of art. 22 sub b or c; reintegration of the younger spouse stays with
 * the municipality. A couple (or single person) never on bijstand whose recorded income stays below
 * that norm gets the difference from the SVB too (art. 47a lid 1). Without a recorded AOW income the
 * amount is the full norm: the finding says so. When the younger spouse has no right to bijstand
 * (under 18, or a student under 27: art. 13), the AIO is the pensioner's alone at the art. 24 norm
 * (art. 11 lid 4 with art. 47a lid 2): the '-spouse-without-right' variant says so.
 */
export function addAioSvb(
  ctx: EngineContext,
  older: PersonCtx,
  month: string,
  normCents: number,
  aowRecorded: boolean,
  aioCase: AioCase = 'couple',
  spouseWithoutRight = false,
): void {
  const variant =
    aioCase === 'single'
      ? '-single'
      : spouseWithoutRight
        ? '-spouse-without-right'
        : aioCase === 'couple-not-on-bijstand'
          ? '-couple'
          : ''
  addFinding(
    ctx,
    aioRule,
    { personId: older.id, month },
    { aowDate: older.aowDate, normCents, aowRecorded: aowRecorded ? 1 : 0 },
    {
      messageKey: `findings.participatiewet.aio-svb${variant}${aowRecorded || aioCase === 'couple-not-on-bijstand' ? '' : '-no-aow'}`,
    },
  )
}
