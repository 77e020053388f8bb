/**
 * participatiewet.inkomstenvrijlating — 25% of net earnings from work is left out of the means test,
 * capped per month, for at most 6 consecutive months, for recipients aged 27+ (Participatiewet
 * art. 31 lid 2 sub n; confirmed by the WerkSaam Westfriesland beleidsregel citing art. 31 lid 2 onder
 * n, r en z). An alleenstaande ouder with a child under 12 keeps 12.5% (capped) for up to
 * 30 more months (sub r). Left out: the medisch-urenbeperkt and loonkostensubsidie variants (15%).
 */
import type { CentsInput } from '../../domain/types'
import { percentOfCents } from '../../domain/money'
import { INKOMSTENVRIJLATING, type InkomstenvrijlatingParams } from '../../parameters/participatiewet'
import { entryAt } from '../../parameters/series'
import type { MonthInfo } from '../../domain/dates'
import { addFinding, addTrace, type EngineContext } from '../../context/engine-context'
import { PW_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'participatiewet.inkomstenvrijlating',
  law: 'participatiewet',
  severity: 'info',
  legalBasis: {
    law: 'Participatiewet',
    article: '31 lid 2 sub n en r',
    url: articleUrl(PW_URL, '31'),
    verified: true,
  },
  messageKey: 'findings.participatiewet.inkomstenvrijlating',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    '25% of earnings exempt, capped, 6 months, 27+; single parents with a child under 12: 12.5% for 30 more months.',
}

/**
 * The exempt part of `earnings` this month, given how many months of each exemption were used.
 * Returns which exemption applied ('regular', 'single-parent' or null).
 */
export function inkomstenvrijlating(input: {
  earningsCents: CentsInput
  age: number
  singleParentWithYoungChild: boolean
  regularMonthsUsed: number
  singleParentMonthsUsed: number
  params: InkomstenvrijlatingParams
  /** Caps indexed beyond the last known year. */
  capCents: CentsInput
  singleParentCapCents: CentsInput
}): { cents: CentsInput; kind: 'regular' | 'single-parent' | null } {
  const p = input.params
  if (input.earningsCents <= 0) return { cents: 0, kind: null }
  if (input.age >= p.minAge && input.regularMonthsUsed < p.months) {
    return {
      cents: Math.min(percentOfCents(input.earningsCents, p.ratePercent), input.capCents),
      kind: 'regular',
    }
  }
  if (input.singleParentWithYoungChild && input.singleParentMonthsUsed < p.singleParentMonths) {
    return {
      cents: Math.min(
        percentOfCents(input.earningsCents, p.singleParentRatePercent),
        input.singleParentCapCents,
      ),
      kind: 'single-parent',
    }
  }
  return { cents: 0, kind: null }
}

/** Records the month an exemption starts (or changes kind) for a person: a finding and a trace entry. */
export function recordVrijlatingStart(
  ctx: EngineContext,
  input: {
    month: MonthInfo
    personId: string
    /** The person named in the trace (undefined when the note named none). */
    tracePersonId: string | undefined
    kind: string
    params: InkomstenvrijlatingParams
    capCents: CentsInput
    singleParentCapCents: CentsInput
  },
): void {
  const { month: m, kind, params } = input
  const singleParent = kind === 'single-parent'
  addFinding(
    ctx,
    rule,
    { personId: input.personId, month: m.month },
    {
      kind,
      ratePercent: singleParent ? params.singleParentRatePercent : params.ratePercent,
      capCents: singleParent ? input.singleParentCapCents : input.capCents,
      months: singleParent ? params.singleParentMonths : params.months,
    },
  )
  addTrace(ctx, rule, {
    inputs: { personId: input.tracePersonId, month: m.month, kind },
    parameters: [
      {
        key: 'inkomstenvrijlating',
        value: params,
        source: entryAt(INKOMSTENVRIJLATING, m.firstDay).source,
      },
    ],
    outcome: `exemption ${kind} starts`,
  })
}
