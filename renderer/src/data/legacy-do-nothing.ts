/**
 * The do-nothing selections as v3 and earlier kept them: one localStorage key per household
 * (`maatwerk.decision.doNothing.<householdId>`), JSON written by the decision screen without a schema.
 * The v4 upgrade (db.ts, `upgradeV3toV4`) reads them once through this module.
 */
import {
  CASE_FILE_MAX_AMOUNT_CENTS,
  CASE_FILE_MAX_HORIZON_MONTHS,
  doNothingSelectionSchema,
} from '#shared/case-file/schema'
import { ESCALATION_KINDS, type EscalationKind } from '#shared/decision/escalation'
import type { DoNothingSelection, EscalationRisk } from '#shared/domain/types'
import type { LegacyDoNothingSource } from './api'

export const LEGACY_DO_NOTHING_PREFIX = 'maatwerk.decision.doNothing.'

/** The longest source text a risk may hold (the case file's long-text bound). */
const MAX_TEXT = 5_000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, value))
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : ''
}

function normaliseRisk(value: unknown): EscalationRisk | null {
  if (!isRecord(value)) return null
  const kind = value['kind']
  if (typeof kind !== 'string' || !(ESCALATION_KINDS as readonly string[]).includes(kind)) return null
  const cost = value['annualCostCents']
  const carerId = value['carerId']
  return {
    kind: kind as EscalationKind,
    // The old screen let any number through (it showed the problem); the schema wants 0–1.
    likelihood: clamp(value['likelihood'], 0, 1, 0),
    likelihoodSource: text(value['likelihoodSource']),
    annualCostCents:
      typeof cost === 'number' &&
      Number.isSafeInteger(cost) &&
      cost >= 0 &&
      cost <= CASE_FILE_MAX_AMOUNT_CENTS
        ? cost
        : null,
    costSource: typeof value['costSource'] === 'string' ? text(value['costSource']) : null,
    onsetMonths: Math.round(clamp(value['onsetMonths'], 0, CASE_FILE_MAX_HORIZON_MONTHS, 0)),
    ...(typeof carerId === 'string' && carerId !== ''
      ? { carerId }
      : carerId === null
        ? { carerId: null }
        : {}),
  }
}

/**
 * A stored v3 value as a valid v4 selection, numbers brought into the schema's range (the old screen
 * stored what was typed and showed the problem). Null when the text is no selection (not JSON, no
 * dates, no risk list), holds a risk of an unknown kind, or still fails the schema: the caller then
 * leaves it in localStorage rather than store part of it.
 */
export function normaliseLegacySelection(raw: string | null): DoNothingSelection | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value) || !Array.isArray(value['risks'])) return null
  const startDate = value['startDate']
  const updatedOn = typeof value['updatedOn'] === 'string' ? value['updatedOn'] : startDate
  const risks = value['risks'].map(normaliseRisk)
  // A risk that cannot be read would be lost silently: then the whole value stays where it is.
  if (risks.some((risk) => risk === null)) return null
  const candidate = {
    startDate,
    horizonMonths: Math.round(clamp(value['horizonMonths'], 1, CASE_FILE_MAX_HORIZON_MONTHS, 36)),
    risks,
    updatedOn,
  }
  const parsed = doNothingSelectionSchema.safeParse(candidate)
  return parsed.success ? parsed.data : null
}

/** The legacy values in a Storage (the browser's localStorage in the app). */
export function localStorageLegacyDoNothing(
  storage: Storage | undefined = globalThis.localStorage,
): LegacyDoNothingSource | null {
  if (!storage) return null
  return {
    list() {
      const entries: { householdId: string; text: string }[] = []
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)
        if (!key?.startsWith(LEGACY_DO_NOTHING_PREFIX)) continue
        const stored = storage.getItem(key)
        if (stored !== null)
          entries.push({ householdId: key.slice(LEGACY_DO_NOTHING_PREFIX.length), text: stored })
      }
      return entries
    },
    remove(householdId) {
      storage.removeItem(LEGACY_DO_NOTHING_PREFIX + householdId)
    },
  }
}
