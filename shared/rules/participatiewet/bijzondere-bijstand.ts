/**
 * participatiewet.bijzondere-bijstand — two income-support provisions a consultant can put in a plan,
 * with their statutory conditions as findings (the college decides case by case; the engine cannot
 * test necessity, assets or prospects, so it states what must be established).
 *
 * Bijzondere bijstand (Participatiewet art. 35 lid 1): for costs that are necessary in the
 * individual case because of special circumstances and cannot be met from the norm, the
 * individuele inkomenstoeslag, assets, or income above the norm (draagkracht); a voorliggende
 * voorziening comes first (art. 15 lid 1). Also for persons of AOW age (paid by the municipality);
 * not under 18 (art. 13 lid 1 sub f).
 * Individuele inkomenstoeslag (art. 36): on application, for a person from 21 to AOW age with a
 * long-term low income, no assets to take into account (art. 34) and no prospect of improving the
 * income; refused when granted in the 12 months before the application (lid 3).
 * Left out: the municipal verordening's reference period and amounts (set per municipality).
 */
import type { EngineContext, LineCtx } from '../../context/engine-context'
import { addFinding, blockLine, monthOfDay } from '../../context/engine-context'
import { dateFromDayNumber, dateOfAge, dayNumber, addYearsMonths } from '../../domain/dates'
import { INDIVIDUELE_INKOMENSTOESLAG } from '../../parameters/participatiewet'
import { entryFromCommencement } from '../../parameters/series'
import { PW_URL, articleUrl, type RuleMeta } from '../rule'

const BIJZONDERE_BIJSTAND_ID = 'pw.bijzondere-bijstand'
const IIT_ID = 'pw.individuele-inkomenstoeslag'

export const rule: RuleMeta = {
  id: 'participatiewet.bijzondere-bijstand',
  law: 'participatiewet',
  severity: 'info',
  legalBasis: {
    law: 'Participatiewet',
    article: '35 lid 1; 15 lid 1',
    url: articleUrl(PW_URL, '35'),
    verified: true,
  },
  messageKey: 'findings.participatiewet.bijzondere-bijstand',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Bijzondere bijstand: conditions of art. 35 (necessary costs, special circumstances, draagkracht, voorliggend first).',
}

const iitRule: RuleMeta = {
  id: 'participatiewet.bijzondere-bijstand',
  law: 'participatiewet',
  severity: 'info',
  legalBasis: { law: 'Participatiewet', article: '36', url: articleUrl(PW_URL, '36'), verified: true },
  messageKey: 'findings.participatiewet.individuele-inkomenstoeslag',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Individuele inkomenstoeslag: 21 to AOW age, long-term low income, no assets, no prospects; once per 12 months.',
}

const iitBlockRule: RuleMeta = { ...iitRule, severity: 'blocking' }

export function applyBijzondereBijstand(ctx: EngineContext, line: LineCtx): void {
  const id = line.provision.id
  if (id !== BIJZONDERE_BIJSTAND_ID && id !== IIT_ID) return
  const p = line.person
  const first = Math.max(line.startDay, ctx.horizonStartDay)
  const month = monthOfDay(ctx, first)
  if (id === BIJZONDERE_BIJSTAND_ID) {
    addFinding(ctx, rule, { lineId: line.line.id, personId: p.id, month }, {})
    return
  }
  const hasEarnings = p.incomeChanges.some((c) => c.change.kind === 'work' && c.change.netMonthlyCents > 0)
  addFinding(
    ctx,
    iitRule,
    { lineId: line.line.id, personId: p.id, month },
    { prospects: hasEarnings ? 1 : 0 },
    hasEarnings
      ? { messageKey: 'findings.participatiewet.individuele-inkomenstoeslag-prospects', severity: 'warning' }
      : {},
  )
  // Minimum age (art. 36 lid 1) and waiting months (lid 3), in force on the line's start.
  const iit = entryFromCommencement(INDIVIDUELE_INKOMENSTOESLAG, line.line.startDate).value
  const minAgeDay = dayNumber(dateOfAge(p.person.birthDate, iit.minAge))
  const last = Math.min(line.endDay, ctx.horizonEndDay)
  if (first < minAgeDay && last >= first) {
    blockLine(
      ctx,
      iitBlockRule,
      line,
      first,
      Math.min(last, minAgeDay - 1),
      month,
      { from: dateFromDayNumber(minAgeDay), minAge: iit.minAge },
      'findings.participatiewet.individuele-inkomenstoeslag-age',
    )
  }
  // Art. 36 lid 3: refused when granted in the 12 months before. Walk this person's toeslagen in date
  // order (line id breaks ties, so the result does not depend on line order), granting greedily.
  const own = ctx.lines
    .filter((l) => l.provision.id === IIT_ID && l.person === p)
    .sort((x, y) => x.startDay - y.startDay || (x.line.id < y.line.id ? -1 : x.line.id > y.line.id ? 1 : 0))
  let granted: LineCtx | null = null
  for (const l of own) {
    const until = granted ? dayNumber(addYearsMonths(granted.line.startDate, 0, iit.waitMonths)) : -Infinity
    if (l.startDay < until && granted) {
      if (l === line)
        blockLine(
          ctx,
          iitBlockRule,
          line,
          first,
          Math.max(first, Math.min(last, until - 1)),
          month,
          { earlier: granted.line.startDate, until: dateFromDayNumber(until), months: iit.waitMonths },
          'findings.participatiewet.individuele-inkomenstoeslag-12-months',
        )
      continue
    }
    granted = l
  }
}
