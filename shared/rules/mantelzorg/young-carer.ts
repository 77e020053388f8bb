/**
 * mantelzorg.young-carer — a carer who is a minor does not cover an adult's care need beyond what
 * the gebruikelijke-hulp protocol expects of a child of that age. Gebruikelijke hulp is what may
 * reasonably be expected of "inwonende kinderen" among others (Wmo 2015 art. 1.1.1); the CIZ Protocol
 * gebruikelijke zorg (2014) expects personal care, begeleiding and supervision between adults only,
 * and the household-help protocols expect light household tasks of a child by age band. Those hours
 * live in parameters/mantelzorg.ts (YOUNG_CARER_PROTOCOL, confidence L): the protocols name tasks,
 * not hours, so the basis is marked unverified (docs/legal-reference.md#young-carers).
 *
 * A minor is a carer whose age in the month is below the age of majority: from the member the carer
 * is (personId), else the carer's birth date, else the age group 'under-18' (exact age unknown: the
 * oldest band, the most the protocol expects of any minor). An adult is a recipient of that age or
 * older in the month. Per line and month, the hours above what the protocol supports do not count
 * as covering the need: coverage.unmet-need counts such a line only for the domains the protocol
 * lets a minor cover at all (household tasks: instrumentele ADL; nothing else). Warning per line, in
 * the first month with hours above the protocol. Left out: the carer's hours still count in full for
 * the carer's load (the child does give them) and for the informal value; a minor caring for a minor
 * is the parents' gebruikelijke zorg, not this rule.
 */
import type { Carer, IsoDateInput, Provision, ZrmDomain } from '../../domain/types'
import { ageOnFirstOfMonth, requireIsoDateParts, type MonthInfo } from '../../domain/dates'
import { roundToDecimals } from '../../domain/money'
import { entryAt, valueAt } from '../../parameters/series'
import { YOUNG_CARER_PROTOCOL, type YoungCarerProtocol } from '../../parameters/mantelzorg'
import {
  addFinding,
  addTrace,
  ageAt,
  type CostTables,
  type EngineContext,
  type LineCtx,
} from '../../context/engine-context'
import { WMO_URL, articleUrl, type RuleMeta } from '../rule'

export const rule: RuleMeta = {
  id: 'mantelzorg.young-carer',
  law: 'informal',
  severity: 'warning',
  legalBasis: { law: 'Wmo 2015', article: '1.1.1', url: articleUrl(WMO_URL, '1.1.1'), verified: false },
  messageKey: 'findings.mantelzorg.young-carer',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    "A minor carer's hours for an adult above what the gebruikelijke-hulp protocol expects of that age.",
}

/** The one domain a minor may cover for an adult: household tasks (instrumentele ADL). */
export const HOUSEHOLD_DOMAIN: ZrmDomain = 'instrumentele-adl'

/** A carer whose exact age is unknown but whose age group is under 18. */
export const MINOR_AGE_UNKNOWN = -1

/**
 * What a minor's line may count for, per month of the horizon: the weekly hours the protocol
 * supports for household tasks and for any other care (NaN in months without a limit: the carer is
 * not a minor then, or the recipient is not an adult). Keyed by line index.
 */
export type MinorCarerLimits = Map<number, { household: Float64Array; other: Float64Array }>

/**
 * The carer's age on the first day of each month, MINOR_AGE_UNKNOWN for an 'under-18' carer without
 * a birth date, or null when the carer's age is not known to be a minor's at all.
 */
function carerAges(ctx: EngineContext, carer: Carer): Int32Array | null {
  const M = ctx.months.length
  const member = carer.personId != null ? ctx.personById.get(carer.personId) : undefined
  const birthDate = member?.person.birthDate ?? carer.birthDate ?? null
  if (birthDate == null) {
    if (carer.ageGroup !== 'under-18') return null
    return new Int32Array(M).fill(MINOR_AGE_UNKNOWN)
  }
  const ages = new Int32Array(M)
  const birth = requireIsoDateParts(birthDate)
  for (let mi = 0; mi < M; mi++) {
    const m = ctx.months[mi] as MonthInfo
    ages[mi] = ageOnFirstOfMonth(birth, m.year, m.monthNumber)
  }
  return ages
}

/** The household hours a week the protocol expects of a minor of `age` (unknown: the oldest band). */
function householdHoursFor(protocol: YoungCarerProtocol, age: number): number {
  const bands = protocol.householdHoursPerWeekByAge
  if (age === MINOR_AGE_UNKNOWN) return bands[bands.length - 1]?.hoursPerWeek ?? 0
  let hours = 0
  for (const band of bands) if (age >= band.fromAge) hours = band.hoursPerWeek
  return hours
}

/**
 * What the protocol in force on `date` supports of a minor of `age` (MINOR_AGE_UNKNOWN: the oldest
 * band), in hours a week: household tasks and any other care. The optimiser plans with the same figures.
 */
export function protocolSupport(age: number, date: IsoDateInput): { household: number; other: number } {
  const protocol = valueAt(YOUNG_CARER_PROTOCOL, date)
  return { household: householdHoursFor(protocol, age), other: protocol.otherCareHoursPerWeek }
}

/** True when a provision can be household tasks: household help, or informal care that includes them. */
export function isHouseholdCapable(provision: Pick<Provision, 'domains'> & { householdHelp?: boolean }): boolean {
  return provision.householdHelp === true || provision.domains.includes(HOUSEHOLD_DOMAIN)
}

/**
 * Carer step: for each line the carer gives (`given`: line index and weekly hours), the months in
 * which the carer is a minor and the recipient an adult get a limit in `limits`, and the first month
 * whose hours exceed the protocol's gets a warning.
 */
export function applyYoungCarer(
  ctx: EngineContext,
  tables: CostTables,
  carer: Carer,
  given: readonly { li: number; hours: number }[],
  limits: MinorCarerLimits,
): void {
  if (given.length === 0) return
  const ages = carerAges(ctx, carer)
  if (!ages) return
  const M = ctx.months.length
  const majority = ctx.majorityAge
  for (const g of given) {
    const line = ctx.lines[g.li] as LineCtx
    const householdCapable = isHouseholdCapable(line.provision)
    let household: Float64Array | null = null
    let other: Float64Array | null = null
    let flagged = false
    for (let mi = 0; mi < M; mi++) {
      const age = ages[mi] ?? 0
      if (age >= majority) continue
      if (ageAt(ctx, line.person, mi) < majority) continue
      if ((tables.allowed[g.li * M + mi] ?? 0) === 0) continue
      const m = ctx.months[mi] as MonthInfo
      const support = protocolSupport(age, m.firstDay)
      household ??= new Float64Array(M).fill(Number.NaN)
      other ??= new Float64Array(M).fill(Number.NaN)
      household[mi] = support.household
      other[mi] = support.other
      const supported = householdCapable ? support.household : support.other
      if (flagged || g.hours <= supported) continue
      flagged = true
      const unknownAge = age === MINOR_AGE_UNKNOWN
      const params: Record<string, string | number> = {
        carerName: carer.name,
        personName: line.person.person.name,
        hoursPerWeek: roundToDecimals(g.hours, 2),
        supportedHoursPerWeek: supported,
        excessHoursPerWeek: roundToDecimals(g.hours - supported, 2),
      }
      if (!unknownAge) params.carerAge = age
      addFinding(
        ctx,
        rule,
        { lineId: line.line.id, personId: line.person.id, carerId: carer.id, month: m.month },
        params,
        unknownAge ? { messageKey: 'findings.mantelzorg.young-carer-age-unknown' } : {},
      )
      const e = entryAt(YOUNG_CARER_PROTOCOL, m.firstDay)
      addTrace(ctx, rule, {
        inputs: { lineId: line.line.id, carerId: carer.id, carerAge: unknownAge ? 'under-18' : age },
        parameters: [
          { key: 'householdHoursPerWeekByAge', value: e.value.householdHoursPerWeekByAge, source: e.source },
          { key: 'otherCareHoursPerWeek', value: e.value.otherCareHoursPerWeek, source: e.source },
        ],
        outcome: `${params.excessHoursPerWeek} h/week above the protocol do not cover the need from ${m.month}`,
      })
    }
    if (household && other) limits.set(g.li, { household, other })
  }
}

/**
 * Whether line `li` counts as covering `domain` in month `mi`: always, unless a minor gives it to an
 * adult that month and the protocol expects nothing of the minor for that domain.
 */
export function countsAsCover(limits: MinorCarerLimits, li: number, mi: number, domain: ZrmDomain): boolean {
  const limit = limits.get(li)
  if (!limit) return true
  const supported = domain === HOUSEHOLD_DOMAIN ? limit.household[mi] : limit.other[mi]
  return supported === undefined || Number.isNaN(supported) || supported > 0
}
