/**
 * A first arrangement to start from when a case has none: for every need (a score at or below the
 * threshold of the need assessment in force in the start month, 1–2 today) a provision from
 * the catalogue that addresses the domain (a general provision first, per Wmo 2015 art. 2.3.5 lid 3;
 * for a minor the Jeugdwet), and for every carer who consented the mantelzorg they said they can give.
 * A starting point for the consultant, not a decision: the engine judges the lines like any others.
 */
import type { ArrangementLine, Household, IsoDateInput, ZrmDomain, ZrmScore } from '../domain/types'
import { ZRM_DOMAINS } from '../domain/types'
import { ageOn, isIsoDate } from '../domain/dates'
import { PROVISIONS, type ProvisionDefinition } from '../catalogue/provisions'
import { needAssessmentAt } from '../decision/optimiser/needs'
import { needHoursPerWeek } from '../rules/coverage/unmet-need'

export type SuggestedNeed = { personId: string; domain: ZrmDomain; score: ZrmScore; provisionId: string }

export type Suggestion = {
  lines: ArrangementLine[]
  needs: SuggestedNeed[]
  carers: { carerId: string; hoursPerWeek: number }[]
}

function rank(provision: ProvisionDefinition, minor: boolean): number {
  if (provision.general) return 0
  if (minor) return provision.law === 'jeugdwet' ? 1 : 9
  if (provision.law === 'jeugdwet') return 9
  return provision.law === 'wmo' ? 2 : provision.law === 'participatiewet' ? 3 : 9
}

function pickProvision(domain: ZrmDomain, minor: boolean): ProvisionDefinition | null {
  const candidates = PROVISIONS.filter(
    (p) =>
      p.domains.includes(domain) &&
      !p.oneOff &&
      (p.law === 'wmo' || p.law === 'jeugdwet' || p.law === 'participatiewet' || p.law === 'none') &&
      rank(p, minor) < 9,
  )
  return [...candidates].sort((a, b) => rank(a, minor) - rank(b, minor))[0] ?? null
}

export function suggestFirstArrangement(
  household: Household,
  startDate: IsoDateInput,
  newId: () => string,
): Suggestion {
  const lines: ArrangementLine[] = []
  const needs: SuggestedNeed[] = []
  const seen = new Set<string>()
  // Which scores are a need and the hours they get: the assessment in force in the start month.
  const assessment = needAssessmentAt(startDate)
  for (const member of household.members) {
    const minor = isIsoDate(member.birthDate) && ageOn(member.birthDate, startDate) < 18
    const scores = member.zrm?.scores ?? {}
    for (const domain of ZRM_DOMAINS) {
      const score = scores[domain]
      if (score === undefined || score > assessment.unmetNeedMaxScore) continue
      const provision = pickProvision(domain, minor)
      if (!provision) continue
      needs.push({ personId: member.id, domain, score, provisionId: provision.id })
      const key = `${member.id}|${provision.id}`
      if (seen.has(key)) continue
      seen.add(key)
      const deliveryForm = provision.deliveryForms.includes('algemeen')
        ? 'algemeen'
        : provision.deliveryForms.includes('zin')
          ? 'zin'
          : (provision.deliveryForms[0] ?? 'zin')
      lines.push({
        id: newId(),
        provisionId: provision.id,
        personId: member.id,
        deliveryForm,
        volume: provision.unit === 'hour' ? needHoursPerWeek(score, assessment) : 1,
        unit: provision.unit,
        frequency: provision.unit === 'piece' ? 'month' : 'week',
        startDate,
        endDate: null,
      })
    }
  }
  const carers: Suggestion['carers'] = []
  for (const carer of household.carers) {
    const personId = carer.caresFor.find((id) => household.members.some((m) => m.id === id))
    if (!carer.consent || !personId || carer.capacityHoursPerWeek <= 0) continue
    carers.push({ carerId: carer.id, hoursPerWeek: carer.capacityHoursPerWeek })
    lines.push({
      id: newId(),
      provisionId: 'informal.mantelzorg',
      personId,
      deliveryForm: 'mantelzorg',
      volume: carer.capacityHoursPerWeek,
      unit: 'hour',
      frequency: 'week',
      startDate,
      endDate: null,
      carerId: carer.id,
    })
  }
  return { lines, needs, carers }
}
