/**
 * wmo.eigen-bijdrage — the abonnementstarief: at most one fixed amount per calendar month for the
 * ongehuwde cliënt, or for the gehuwde cliënt and partner together (Wmo 2015 art. 2.1.4a lid 4 for
 * maatwerkvoorzieningen and pgb's; art. 2.1.4 lid 3 for algemene voorzieningen with a duurzame
 * hulpverleningsrelatie; 2024 €20.60, 2025 €21.00, 2026 €21.80). The unit is the CAK's cliënt, not
 * the case: a client and partner (married, registered or cohabiting — the recorded relation, also
 * when the partner lives elsewhere, e.g. in a care home) are one unit; an adult child or other
 * housemate with Wmo support is a cliënt of their own and pays their own tarief ("ouders en
 * kinderen zijn nooit partners"). Minors pay only for home adaptations, charged to their parents.
 *
 * Exemptions: €0 for a client and partner of whom at least one is below AOW age (only the couple,
 * never an adult child); €0 while the person or their partner pays a Wlz eigen bijdrage (CAK
 * "Wel of geen eigen bijdrage voor Wmo betalen": the exemption also covers the partner, except when
 * they receive AOW for ongehuwden or are separated — not recordable here, stated in the finding).
 * Beschermd wonen has its own income-dependent CAK contribution (Uitvoeringsbesluit Wmo 2015
 * art. 3.9–3.12; lage/hoge as in the Wlz, see rules/wlz/eigen-bijdrage.ts) which replaces the
 * abonnementstarief for other Wmo support too. A municipal minima policy may lower the amount.
 * The tarief never exceeds that month's Wmo cost of the unit, except for hulpmiddelen and
 * woningaanpassingen in eigendom: the CAK charges the tarief every month while they are in use until
 * their cost price has been paid (the cost itself stays in its start month; contributions in months
 * without municipal cost are booked against that start month so no month goes negative).
 * Left out: the CAK's start-month rule (the engine charges from the month support starts), the
 * announced income-dependent contribution of 2027, and the municipality's choice to exempt
 * collectief vervoer or wheelchairs (the catalogue flags which provisions carry the tarief).
 */
import type { Cents, IsoDate } from '../../domain/types'
import type { IntramuralContribution } from '../wlz/eigen-bijdrage'
import type { EngineContext, LineCtx } from '../../engine/context'
import { addFinding, monthOfDay } from '../../engine/context'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015',
    article: '2.1.4a lid 4 (maatwerk, pgb); 2.1.4 lid 3 (algemene voorziening)',
    url: articleUrl(WMO_URL, '2.1.4a'),
    verified: false,
  },
  messageKey: 'findings.wmo.eigen-bijdrage',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Abonnementstarief per CAK unit (client, or client and partner) per month, capped by that unit’s Wmo cost; exemptions for couples below AOW age and for Wlz samenloop.',
}

export const beschermdWonenRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Uitvoeringsbesluit Wmo 2015',
    article: '3.9–3.12',
    url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0036014&artikel=3.12',
    verified: false,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-beschermd-wonen',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Beschermd wonen: income-dependent CAK contribution (lage/hoge, estimate), not the abonnementstarief.',
}

export const samenloopRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'CAK uitvoeringspraktijk (Wmo 2015 art. 2.1.4a; Besluit langdurige zorg)',
    article: 'samenloop Wlz–Wmo',
    url: 'https://www.hetcak.nl/regelingen/zorg-vanuit-de-wlz/berekening-van-de-eigen-bijdrage-wlz/wel-of-geen-eigen-bijdrage-voor-wmo-betalen',
    verified: true,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-wlz-samenloop',
  validFrom: '2020-01-01',
  validTo: null,
  summary: 'No Wmo eigen bijdrage while the client or partner pays a Wlz eigen bijdrage.',
}

export const eigendomRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015; CAK',
    article: '2.1.4a (hulpmiddelen en woningaanpassingen in eigendom: tot de kostprijs)',
    url: articleUrl(WMO_URL, '2.1.4a'),
    verified: false,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-eigendom',
  validFrom: '2020-01-01',
  validTo: null,
  summary:
    'Aids and adaptations in eigendom: the tarief each month while in use, until the cost price has been paid.',
}

export type EigenBijdrageStatus =
  | 'charged'
  | 'exempt-couple-below-aow'
  | 'minima-policy'
  | 'no-wmo-care'
  | 'beschermd-wonen'
  | 'wlz-samenloop'

/** The key of the CAK unit that a Wmo line of `role` belongs to (the main unit holds minors too). */
export function cakUnitKey(personId: string, role: string, isAdult: boolean): string {
  return role === 'client' || role === 'partner' || !isAdult ? MAIN_UNIT : personId
}
export const MAIN_UNIT = 'main'

/**
 * One CAK unit's contribution for one month. `ebCost` is the unit's gross cost that month of the
 * Wmo lines subject to the abonnementstarief, `bwCost` that of beschermd-wonen lines; `bw` the
 * income-dependent beschermd-wonen contribution (required when `bwCost` > 0).
 */
export function eigenBijdrageForMonth(input: {
  ebCost: Cents
  bwCost: Cents
  tariefCents: Cents
  bw: IntramuralContribution | null
  coupleWithPartnerBelowAow: boolean
  /** The client or partner of this unit pays a Wlz eigen bijdrage this month. */
  wlzSamenloop: boolean
  minimaCents: Cents | null
}): { cents: Cents; status: EigenBijdrageStatus } {
  if (input.ebCost <= 0 && input.bwCost <= 0) return { cents: 0, status: 'no-wmo-care' }
  if (input.wlzSamenloop) return { cents: 0, status: 'wlz-samenloop' }
  if (input.bwCost > 0) {
    return { cents: Math.min(input.bw?.cents ?? 0, input.bwCost), status: 'beschermd-wonen' }
  }
  if (input.coupleWithPartnerBelowAow) return { cents: 0, status: 'exempt-couple-below-aow' }
  if (input.minimaCents !== null)
    return { cents: Math.min(input.minimaCents, input.tariefCents, input.ebCost), status: 'minima-policy' }
  return { cents: Math.min(input.tariefCents, input.ebCost), status: 'charged' }
}

/** A client and partner (recorded relation) of whom at least one is below AOW age this month. */
export function isCouplePartnerBelowAow(partnersAowDays: number[], monthLastDay: number): boolean {
  if (partnersAowDays.length < 2) return false
  // "Below AOW age" in a month: has not reached it by the month's last day, so the month in which
  // AOW age is reached is the first month the household pays (docs/example-cases.md#bakker).
  return partnersAowDays.some((aowDay) => aowDay > monthLastDay)
}

export type EigenBijdrageDate = IsoDate

export const opvangRule: RuleMeta = {
  id: 'wmo.eigen-bijdrage',
  law: 'wmo',
  severity: 'info',
  legalBasis: {
    law: 'Wmo 2015; Uitvoeringsbesluit Wmo 2015',
    article: '2.1.4 lid 1 Wmo; hoofdstuk 3 Uitvoeringsbesluit (opvang)',
    url: articleUrl(WMO_URL, '2.1.4'),
    verified: false,
  },
  messageKey: 'findings.wmo.eigen-bijdrage-opvang',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    'Maatschappelijke opvang: no abonnementstarief; a contribution only where the municipal verordening sets one (not modelled: €0, labelled).',
}

/**
 * Maatschappelijke opvang carries no abonnementstarief. Whether the client contributes, and how
 * much, is set by the municipal verordening within the Uitvoeringsbesluit; no national amount or
 * range was found, so the engine charges €0 and says so once per opvang line.
 */
export function applyOpvangContribution(ctx: EngineContext, line: LineCtx): void {
  if (line.provision.id !== 'wmo.opvang' || line.informal) return
  addFinding(
    ctx,
    opvangRule,
    {
      lineId: line.line.id,
      personId: line.person.id,
      month: monthOfDay(ctx, Math.max(line.startDay, ctx.horizonStartDay)),
    },
    { amountCents: 0 },
  )
}
