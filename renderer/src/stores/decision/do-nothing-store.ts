import { makeAutoObservable } from 'mobx'
import type { DoNothingSelection, EscalationKind, EscalationRisk } from '#shared/domain/types'
import { tariffFor } from '#shared/municipality'
import {
  buildDoNothingBaseline,
  carerDropoutAnnualCents,
  newRisk,
  type DoNothingBaseline,
} from '#shared/decision/escalation'
import { carerWeeklyHours } from '#shared/decision/what-if'
import { CASE_FILE_MAX_AMOUNT_CENTS, CASE_FILE_MAX_HORIZON_MONTHS } from '#shared/case-file/schema'
import { municipalityOf, type DecisionDeps } from './decision-deps'

/** Why a risk edit was refused: the catalogue key of the message the view shows. */
export const DO_NOTHING_REFUSALS = {
  likelihood: 'decision.doNothing.refused.likelihood',
  onset: 'decision.doNothing.refused.onset',
  cost: 'decision.doNothing.refused.cost',
  carer: 'decision.doNothing.refused.carer',
} as const

/**
 * The cost of doing nothing for the open household: the escalation risks the consultant selects, each
 * with a likelihood and a sourced cost, as an expected cost shown next to the scenarios and never
 * added to them. The selection is case data: it is read from and written through the case store (the
 * database, so backups, case files and the inzage export carry it).
 */
export class DoNothingStore {
  constructor(private readonly deps: DecisionDeps) {
    makeAutoObservable<DoNothingStore, 'deps'>(this, { deps: false })
  }

  /** The stored selection, or an empty one over the first scenario's period until a risk is added. */
  get selection(): DoNothingSelection | null {
    const { openCase } = this.deps
    if (!openCase.household) return null
    const stored = openCase.doNothing
    if (stored) return stored
    const first = openCase.scenarios[0]
    const today = this.deps.today()
    return {
      startDate: first?.startDate ?? today,
      horizonMonths: first?.horizonMonths ?? 36,
      risks: [],
      updatedOn: today,
    }
  }

  private save(risks: EscalationRisk[]): Promise<boolean> {
    const current = this.selection
    if (!current) return Promise.resolve(false)
    return this.deps.openCase.saveDoNothing({ ...current, risks, updatedOn: this.deps.today() })
  }

  addRisk(kind: EscalationKind): Promise<boolean> {
    const current = this.selection
    if (!current) return Promise.resolve(false)
    const risk = newRisk(kind)
    if (kind === 'carer-dropout') risk.carerId = this.deps.openCase.household?.carers[0]?.id ?? null
    return this.save([...current.risks, risk])
  }

  /**
   * Changes one risk. A value the case could not hold (a likelihood outside 0–100%, a negative or
   * fractional onset, an unknown carer) changes nothing and says why.
   */
  updateRisk(index: number, patch: Partial<EscalationRisk>): Promise<boolean> {
    const current = this.selection
    const risk = current?.risks[index]
    if (!current || !risk) return Promise.resolve(false)
    const refusal = refusalOf(patch, this.deps.openCase.household?.carers.map((c) => c.id) ?? [])
    if (refusal) {
      this.deps.ui.showNotice('error', refusal)
      return Promise.resolve(false)
    }
    return this.save(current.risks.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  }

  removeRisk(index: number): Promise<boolean> {
    const current = this.selection
    if (!current?.risks[index]) return Promise.resolve(false)
    return this.save(current.risks.filter((_, i) => i !== index))
  }

  /** Hours a week a carer gives in the chosen (or first) scenario, else their capacity. */
  carerHours(carerId: string): number {
    const { openCase } = this.deps
    const scenario = openCase.scenarios.find((s) => s.chosen) ?? openCase.scenarios[0]
    const hours = scenario ? carerWeeklyHours(scenario, carerId) : 0
    return hours > 0
      ? hours
      : (openCase.household?.carers.find((c) => c.id === carerId)?.capacityHoursPerWeek ?? 0)
  }

  /** Professional replacement rate: individual begeleiding ZIN in the profile. */
  get replacementHourRateCents(): number | null {
    const on = this.selection?.startDate ?? this.deps.today()
    return tariffFor(municipalityOf(this.deps), 'wmo.begeleiding-individueel', 'zin', on)?.rateCents ?? null
  }

  get baseline(): DoNothingBaseline | null {
    const selection = this.selection
    if (!selection) return null
    const rate = this.replacementHourRateCents
    return buildDoNothingBaseline(selection, (carerId) =>
      rate == null ? null : carerDropoutAnnualCents(this.carerHours(carerId), rate),
    )
  }
}

function refusalOf(patch: Partial<EscalationRisk>, carerIds: string[]): string | null {
  const { likelihood, onsetMonths, annualCostCents, carerId } = patch
  if (likelihood !== undefined && !(Number.isFinite(likelihood) && likelihood >= 0 && likelihood <= 1))
    return DO_NOTHING_REFUSALS.likelihood
  if (
    onsetMonths !== undefined &&
    !(Number.isInteger(onsetMonths) && onsetMonths >= 0 && onsetMonths <= CASE_FILE_MAX_HORIZON_MONTHS)
  )
    return DO_NOTHING_REFUSALS.onset
  if (
    annualCostCents != null &&
    !(
      Number.isSafeInteger(annualCostCents) &&
      annualCostCents >= 0 &&
      annualCostCents <= CASE_FILE_MAX_AMOUNT_CENTS
    )
  )
    return DO_NOTHING_REFUSALS.cost
  if (carerId != null && !carerIds.includes(carerId)) return DO_NOTHING_REFUSALS.carer
  return null
}
