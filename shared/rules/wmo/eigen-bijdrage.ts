/**
 * wmo.eigen-bijdrage — the abonnementstarief: at most one fixed amount per household per calendar
 * month (Wmo 2015 art. 2.1.4 lid 3; 2024 €20.60, 2025 €21.00, 2026 €21.80), independent of income
 * and of the amount of care, never more than the cost of the support that month. €0 for a
 * multi-person household in which at least one partner is below AOW age; minors pay only for home
 * adaptations; beschermd wonen has its own income-dependent CAK contribution (Uitvoeringsbesluit
 * Wmo 2015 art. 3.12; only its minimum is modelled — the full algorithm is a GAP). A municipal
 * minima policy may lower the amount. Left out: the start month rule of the CAK (the engine charges
 * from the month the support starts) and the announced income-dependent contribution of 2027.
 */
import type { Cents, IsoDate } from '../../domain/types'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: { law: 'Wmo 2015', article: '2.1.4 lid 3', url: articleUrl(WMO_URL, '2.1.4'), verified: true },
  messageKey: 'findings.wmo.eigen-bijdrage',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Abonnementstarief per household per month, capped by that month’s Wmo cost; exemptions for couples below AOW age.',
}

export const beschermdWonenRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Uitvoeringsbesluit Wmo 2015',
    article: '3.12 lid 3',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0036014&artikel=3.12',
    verified: false,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-beschermd-wonen',
  validFrom: '2015-01-01',
  validTo: null,
  summary: 'Beschermd wonen: own CAK contribution (minimum modelled), not the abonnementstarief.',
}

export type EigenBijdrageStatus =
  'charged' | 'exempt-couple-below-aow' | 'minima-policy' | 'no-wmo-care' | 'beschermd-wonen'

/**
 * The client's contribution for one month. `ebCost` is the gross cost that month of the Wmo lines
 * subject to the abonnementstarief, `bwCost` that of beschermd-wonen lines.
 */
export function eigenBijdrageForMonth(input: {
  ebCost: Cents
  bwCost: Cents
  tariefCents: Cents
  bwMinimumCents: Cents
  coupleWithPartnerBelowAow: boolean
  minimaCents: Cents | null
}): { cents: Cents; status: EigenBijdrageStatus } {
  if (input.bwCost > 0) {
    return { cents: Math.min(input.bwMinimumCents, input.bwCost), status: 'beschermd-wonen' }
  }
  if (input.ebCost <= 0) return { cents: 0, status: 'no-wmo-care' }
  if (input.coupleWithPartnerBelowAow) return { cents: 0, status: 'exempt-couple-below-aow' }
  if (input.minimaCents !== null)
    return { cents: Math.min(input.minimaCents, input.tariefCents, input.ebCost), status: 'minima-policy' }
  return { cents: Math.min(input.tariefCents, input.ebCost), status: 'charged' }
}

/** A household is a couple when a client and a partner both live in. */
export function isCouplePartnerBelowAow(partnersAowDays: number[], monthLastDay: number): boolean {
  if (partnersAowDays.length < 2) return false
  // "Below AOW age" in a month: has not reached it by the month's last day, so the month in which
  // AOW age is reached is the first month the household pays (docs/example-cases.md#bakker).
  return partnersAowDays.some((aowDay) => aowDay > monthLastDay)
}

export type EigenBijdrageDate = IsoDate
