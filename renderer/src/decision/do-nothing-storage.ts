/**
 * Where the "cost of doing nothing" selection of each household is kept. The data layer's case
 * aggregate has no place for it (a Scenario is validated strictly and must not carry escalation
 * risks, which are never an arrangement), so it is a small record per household in localStorage,
 * checked on read. Limitation: it is not part of backups or case files yet (see the report).
 */
import type { DoNothingSelection, EscalationRisk } from '../../../shared/decision/escalation'
import { ESCALATION_KINDS } from '../../../shared/decision/escalation'

export type DoNothingStorage = {
  read(householdId: string): DoNothingSelection | null
  write(selection: DoNothingSelection): void
}

const PREFIX = 'maatwerk.decision.doNothing.'

function isRisk(value: unknown): value is EscalationRisk {
  if (typeof value !== 'object' || value === null) return false
  const r = value as Record<string, unknown>
  return (
    typeof r.kind === 'string' &&
    (ESCALATION_KINDS as readonly string[]).includes(r.kind) &&
    typeof r.likelihood === 'number' &&
    typeof r.likelihoodSource === 'string' &&
    (r.annualCostCents === null ||
      (typeof r.annualCostCents === 'number' && Number.isInteger(r.annualCostCents))) &&
    (r.costSource === null || typeof r.costSource === 'string') &&
    typeof r.onsetMonths === 'number'
  )
}

export function parseSelection(text: string | null): DoNothingSelection | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (
      typeof value.householdId !== 'string' ||
      typeof value.startDate !== 'string' ||
      typeof value.horizonMonths !== 'number' ||
      !Array.isArray(value.risks) ||
      !value.risks.every(isRisk)
    )
      return null
    return value as unknown as DoNothingSelection
  } catch {
    return null
  }
}

export function localDoNothingStorage(
  storage: Storage | undefined = globalThis.localStorage,
): DoNothingStorage {
  return {
    read: (householdId) => {
      try {
        return parseSelection(storage?.getItem(PREFIX + householdId) ?? null)
      } catch {
        return null
      }
    },
    write: (selection) => {
      storage?.setItem(PREFIX + selection.householdId, JSON.stringify(selection))
    },
  }
}
