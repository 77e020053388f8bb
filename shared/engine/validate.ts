/** Input validation of evaluateScenario (docs/architecture.md#engine-contract): invariant errors. */
import type { EvaluateInput } from '../domain/types'
import { isIsoDate, yearMonthOf, yearOf } from '../domain/dates'
import { FIRST_SUPPORTED_DATE } from '../parameters/supported-period'
import { getProvision } from '../catalogue/provisions'
import { ENGINE_MESSAGES, fail } from './messages'

function isNonNegativeInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

/** Throws an EngineInvariantError on input that breaks the engine contract; never partial results. */
export function validate(input: EvaluateInput): void {
  const { household, scenario } = input
  if (!isIsoDate(scenario.startDate)) fail(ENGINE_MESSAGES.badStartDate, String(scenario.startDate))
  if (scenario.startDate < FIRST_SUPPORTED_DATE)
    fail(ENGINE_MESSAGES.beforeSupported, `${scenario.startDate} < ${FIRST_SUPPORTED_DATE}`, {
      firstMonth: yearMonthOf(FIRST_SUPPORTED_DATE),
      firstYear: yearOf(FIRST_SUPPORTED_DATE),
    })
  if (
    !Number.isSafeInteger(scenario.horizonMonths) ||
    scenario.horizonMonths < 1 ||
    scenario.horizonMonths > 600
  ) {
    fail(ENGINE_MESSAGES.badHorizon, String(scenario.horizonMonths), {
      months: String(scenario.horizonMonths),
    })
  }
  const idx = scenario.assumptions?.indexationPercentPerYear
  if (idx !== undefined && (!Number.isFinite(idx) || idx < -50 || idx > 100))
    fail(ENGINE_MESSAGES.badIndexation, String(idx), { percent: String(idx) })
  const shadow = scenario.assumptions?.informalHourValueCents
  if (shadow !== undefined && !isNonNegativeInt(shadow)) fail(ENGINE_MESSAGES.badShadowPrice, String(shadow))
  if (household.members.length === 0) fail(ENGINE_MESSAGES.noMembers, household.id)
  const ids = new Set<string>()
  for (const m of household.members) {
    if (ids.has(m.id)) fail(ENGINE_MESSAGES.duplicatePerson, m.id)
    ids.add(m.id)
    if (!isIsoDate(m.birthDate))
      fail(ENGINE_MESSAGES.badBirthDate, `${m.id} ${String(m.birthDate)}`, { name: m.name })
    if (m.wlzIndication && !isIsoDate(m.wlzIndication.from))
      fail(ENGINE_MESSAGES.badWlzDate, m.id, { name: m.name })
    if (!isNonNegativeInt(m.income.netMonthlyCents)) fail(ENGINE_MESSAGES.badIncome, m.id, { name: m.name })
  }
  const carerIds = new Set(household.carers.map((c) => c.id))
  const lineIds = new Set<string>()
  for (const l of scenario.lines) {
    if (lineIds.has(l.id)) fail(ENGINE_MESSAGES.duplicateLine, l.id)
    lineIds.add(l.id)
    if (!ids.has(l.personId)) fail(ENGINE_MESSAGES.unknownPerson, `${l.id} → ${l.personId}`)
    if (l.carerId != null && !carerIds.has(l.carerId))
      fail(ENGINE_MESSAGES.unknownCarer, `${l.id} → ${l.carerId}`)
    if (!getProvision(l.provisionId)) fail(ENGINE_MESSAGES.unknownProvision, `${l.id} → ${l.provisionId}`)
    if (typeof l.volume !== 'number' || !Number.isFinite(l.volume) || l.volume < 0)
      fail(ENGINE_MESSAGES.badVolume, `${l.id} ${String(l.volume)}`)
    if (l.rateCents != null && !isNonNegativeInt(l.rateCents))
      fail(ENGINE_MESSAGES.badRate, `${l.id} ${String(l.rateCents)}`)
    if (
      !isIsoDate(l.startDate) ||
      (l.endDate != null && (!isIsoDate(l.endDate) || l.endDate < l.startDate))
    ) {
      fail(ENGINE_MESSAGES.badLineDates, l.id)
    }
  }
  for (const w of scenario.wlzIndications ?? []) {
    if (!ids.has(w.personId) || !isIsoDate(w.from))
      fail(ENGINE_MESSAGES.badWlzDate, `${w.personId} ${String(w.from)}`)
  }
  for (const c of scenario.incomeChanges ?? []) {
    if (!ids.has(c.personId) || !isIsoDate(c.from) || !isNonNegativeInt(c.netMonthlyCents)) {
      fail(ENGINE_MESSAGES.badIncomeChange, `${c.personId} ${String(c.from)}`)
    }
  }
}
