/**
 * mantelzorg.young-carer — a carer who is a minor does not cover an adult's care need beyond what
 * the gebruikelijke-hulp protocol expects of a child of that age. Gebruikelijke hulp is what may
 * reasonably be expected of "inwonende kinderen" among others (Wmo 2015 art. 1.1.1); the CIZ Protocol
 * gebruikelijke zorg (2014) expects personal care, begeleiding and supervision between adults only,
 * and the household-help protocols expect light household tasks of a child by age band. Those hours
 * live in parameters/mantelzorg.ts (YOUNG_CARER_PROTOCOL, confidence L): the protocols name tasks,
 * not hours. Art. 1.1.1 itself was read in the text of 2015, so the rule's basis is verified; a
 * finding is marked unverified (badge, plan) while the protocol entry it applies is, its trace names
 * the source as UNVERIFIED and its text says the hours are an assumption
 * (docs/legal-reference.md#young-carers).
 *
 * A minor is a carer whose age in the month is below the age of majority: from the member the carer
 * is (personId), else the carer's birth date, else the age group 'under-18' (exact age unknown: the
 * oldest band, the most the protocol expects of any minor). An adult is a recipient of that age or
 * older in the month. The protocol expects hours of the child, not of each line: per month, all of a
 * minor's lines for one adult are added up — household tasks together, other care together — and
 * checked against what the protocol supports (the optimiser keeps the same sum, decision/optimiser
 * model.ts), so splitting the hours over several lines does not get round it. The hours above that
 * do not count as covering the need: coverage.unmet-need counts such a line only for the domains the
 * protocol lets a minor cover at all (household tasks: instrumentele ADL; nothing else; coverage is
 * per domain, so the sum changes which lines are flagged, not which domains count). Warning per
 * line, in the first month in which its kind of help for that adult is above the protocol. Left out: the carer's hours still count in full for
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
  // Read 2026-12-01 in the text of 1 January 2015: "gebruikelijke hulp: hulp die naar algemeen
  // aanvaarde opvattingen in redelijkheid mag worden verwacht van de echtgenoot, ouders, inwonende
  // kinderen of andere huisgenoten".
  legalBasis: { law: 'Wmo 2015', article: '1.1.1', url: articleUrl(WMO_URL, '1.1.1'), verified: true },
  messageKey: 'findings.mantelzorg.young-carer',
  validFrom: '2015-01-01',
  validTo: null,
  summary:
    "A minor carer's hours for an adult above what the gebruikelijke-hulp protocol expects of that age.",
}

/**
 * The rule as its findings carry it while the protocol hours they apply are unverified: the article
 * is read, the figure is not, so the finding is not verified as a whole.
 */
const ruleWithUnverifiedHours: RuleMeta = { ...rule, legalBasis: { ...rule.legalBasis, verified: false } }

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
export function isHouseholdCapable(
  provision: Pick<Provision, 'domains'> & { householdHelp?: boolean },
): boolean {
  return provision.householdHelp === true || provision.domains.includes(HOUSEHOLD_DOMAIN)
}

/**
 * Carer step: the lines the carer gives (`given`: line index and weekly hours) are grouped by the
 * adult they go to; in each month in which the carer is a minor and that person an adult, every line
 * gets a limit in `limits`, and a line is warned about in the first month in which the hours of its
 * kind (household tasks, or other care) for that adult, summed over the lines allowed that month,
 * exceed what the protocol supports.
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
  const byRecipient = new Map<string, { li: number; hours: number; household: boolean }[]>()
  for (const g of given) {
    const line = ctx.lines[g.li] as LineCtx
    const group = byRecipient.get(line.person.id) ?? []
    group.push({ ...g, household: isHouseholdCapable(line.provision) })
    byRecipient.set(line.person.id, group)
  }
  for (const group of byRecipient.values()) {
    const recipient = (ctx.lines[(group[0] as { li: number }).li] as LineCtx).person
    const flagged = new Set<number>()
    for (let mi = 0; mi < M; mi++) {
      const age = ages[mi] ?? 0
      if (age >= majority) continue
      if (ageAt(ctx, recipient, mi) < majority) continue
      // The hours of each kind the minor gives this adult this month, over the lines allowed now.
      let householdHours = 0
      let otherHours = 0
      let householdLines = 0
      let otherLines = 0
      for (const g of group) {
        if ((tables.allowed[g.li * M + mi] ?? 0) === 0) continue
        if (g.household) {
          householdHours += g.hours
          householdLines++
        } else {
          otherHours += g.hours
          otherLines++
        }
      }
      if (householdLines + otherLines === 0) continue
      const m = ctx.months[mi] as MonthInfo
      const support = protocolSupport(age, m.firstDay)
      for (const g of group) {
        if ((tables.allowed[g.li * M + mi] ?? 0) === 0) continue
        let limit = limits.get(g.li)
        if (!limit) {
          limit = {
            household: new Float64Array(M).fill(Number.NaN),
            other: new Float64Array(M).fill(Number.NaN),
          }
          limits.set(g.li, limit)
        }
        limit.household[mi] = support.household
        limit.other[mi] = support.other
        const supported = g.household ? support.household : support.other
        const total = g.household ? householdHours : otherHours
        if (flagged.has(g.li) || total <= supported) continue
        flagged.add(g.li)
        recordYoungCarer(ctx, carer, ctx.lines[g.li] as LineCtx, m, age, {
          total,
          supported,
          lines: g.household ? householdLines : otherLines,
        })
      }
    }
  }
}

function recordYoungCarer(
  ctx: EngineContext,
  carer: Carer,
  line: LineCtx,
  m: MonthInfo,
  age: number,
  hours: { total: number; supported: number; lines: number },
): void {
  const unknownAge = age === MINOR_AGE_UNKNOWN
  const params: Record<string, string | number> = {
    carerName: carer.name,
    personName: line.person.person.name,
    // The hours of this kind for this adult over all the minor's lines that month.
    hoursPerWeek: roundToDecimals(hours.total, 2),
    supportedHoursPerWeek: hours.supported,
    excessHoursPerWeek: roundToDecimals(hours.total - hours.supported, 2),
    lineCount: hours.lines,
  }
  if (!unknownAge) params.carerAge = age
  const key = `findings.mantelzorg.young-carer${unknownAge ? '-age-unknown' : ''}${hours.lines > 1 ? '-lines' : ''}`
  const e = entryAt(YOUNG_CARER_PROTOCOL, m.firstDay)
  const unverified = e.verified === false
  addFinding(
    ctx,
    unverified ? ruleWithUnverifiedHours : rule,
    { lineId: line.line.id, personId: line.person.id, carerId: carer.id, month: m.month },
    params,
    key === rule.messageKey ? {} : { messageKey: key },
  )
  const source = `${e.source}${unverified ? ' (UNVERIFIED)' : ''}`
  addTrace(ctx, rule, {
    inputs: {
      lineId: line.line.id,
      carerId: carer.id,
      carerAge: unknownAge ? 'under-18' : age,
      linesForThisAdult: hours.lines,
    },
    parameters: [
      { key: 'householdHoursPerWeekByAge', value: e.value.householdHoursPerWeekByAge, source },
      { key: 'otherCareHoursPerWeek', value: e.value.otherCareHoursPerWeek, source },
    ],
    outcome: `${params.excessHoursPerWeek} h/week above the protocol (over ${hours.lines} line(s) for this adult) do not cover the need from ${m.month}`,
  })
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
