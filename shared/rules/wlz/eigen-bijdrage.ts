/**
 * wlz.eigen-bijdrage — what a client with Wlz care pays the CAK (Wlz art. 3.2.5; Besluit
 * langdurige zorg art. 3.3.2.1 hoge and 3.3.2.2 lage eigen bijdrage). The same lage/hoge system
 * applies to Wmo beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.9–3.12), so this file also
 * holds the shared calculation used by wmo.eigen-bijdrage for beschermd wonen.
 *
 * Which bijdrage (CAK, "Hoge en lage eigen bijdrage"): the lage bijdrage during the first 6 months
 * of a stay, when a partner lives outside the institution (unless the couple receives AOW for
 * ongehuwden), when the client supports children (kinderbijslag: modelled as a child under 18 in
 * the household), and for Wlz care at home (vpt, mpt, Wlz-pgb); otherwise the hoge bijdrage.
 * Only persons of 18 and over pay.
 *
 * Amounts: lage = 12.5% of the bijdrageplichtig inkomen, between a minimum and a maximum per
 * month; hoge = the income less the deductions (zak- en kleedgeld, extra aftrek), at most the
 * hoge maximum. Deliberately an estimate: the CAK uses the fiscal verzamelinkomen of year t-2 of
 * client and partner plus a share of their vermogen; a household record holds net income now.
 * The finding therefore names the range the law allows and the inputs that would make it exact.
 */
import type { Cents } from '../../domain/types'
import { percentOfCents, divideRoundHalfUp } from '../../domain/money'
import type { IntramuralContributionParams } from '../../parameters/wlz'
import { WLZ_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wlz.eigen-bijdrage',
  law: 'wlz',
  severity: 'info',
  legalBasis: {
    law: 'Wet langdurige zorg; Besluit langdurige zorg',
    article: '3.2.5 Wlz; 3.3.2.1–3.3.2.2 Blz',
    url: articleUrl(WLZ_URL, '3.2.5'),
    verified: false,
  },
  messageKey: 'findings.wlz.eigen-bijdrage-hoge',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'CAK lage/hoge eigen bijdrage for Wlz care (estimate on recorded net income, with the legal range).',
}

export type IntramuralRegime = 'lage' | 'hoge'

/** Why the lage bijdrage applies (the first that holds), or null for the hoge bijdrage. */
export type LageReason = 'first-months' | 'partner-at-home' | 'children' | 'care-at-home'

export function lageReason(input: {
  /** The month lies within the first `lageMonths` months of the stay. */
  withinFirstMonths: boolean
  /** A partner (recorded relation) who does not stay in the institution. */
  partnerAtHome: boolean
  hasMinorChildren: boolean
  /** Wlz care at home (vpt, mpt, pgb) rather than a stay. */
  careAtHome: boolean
}): LageReason | null {
  if (input.careAtHome) return 'care-at-home'
  if (input.withinFirstMonths) return 'first-months'
  if (input.partnerAtHome) return 'partner-at-home'
  if (input.hasMinorChildren) return 'children'
  return null
}

export type IntramuralContribution = {
  regime: IntramuralRegime
  /** The estimate charged this month. */
  cents: Cents
  /** The range the law allows for this regime. */
  minCents: Cents
  maxCents: Cents
}

/**
 * The monthly contribution from `incomeMonthlyCents` (client and partner together for the lage
 * bijdrage; the client alone for the hoge bijdrage, which applies only without a partner at home).
 */
export function intramuralContribution(input: {
  regime: IntramuralRegime
  incomeMonthlyCents: Cents
  couple: boolean
  reachedAow: boolean
  params: IntramuralContributionParams
}): IntramuralContribution {
  const p = input.params
  const lage = Math.min(
    p.lageMaxCents,
    Math.max(p.lageMinCents, percentOfCents(input.incomeMonthlyCents, p.lagePercent)),
  )
  if (input.regime === 'lage')
    return { regime: 'lage', cents: lage, minCents: p.lageMinCents, maxCents: p.lageMaxCents }
  const deductionsYear =
    (input.couple ? p.zakEnKleedgeldCoupleYearCents : p.zakEnKleedgeldSingleYearCents) +
    (input.reachedAow ? p.extraDeductionAowYearCents : p.extraDeductionBelowAowYearCents)
  const hoge = input.incomeMonthlyCents - divideRoundHalfUp(deductionsYear, 12)
  return {
    regime: 'hoge',
    // Never below the lage minimum: the CAK charges at least that for a stay.
    cents: Math.min(p.hogeMaxCents, Math.max(p.lageMinCents, hoge)),
    minCents: p.lageMinCents,
    maxCents: p.hogeMaxCents,
  }
}
