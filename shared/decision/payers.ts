import type { CentsInput, Payer } from '../domain/types'
import { PAYERS } from '../domain/types'
import {
  MUNICIPAL_BUDGET_LINES,
  cashTotalCents,
  isCashPayer,
  isMunicipalBudgetLine,
  municipalNetCents,
} from './money-figures'

/** The municipality's own payers (its budget lines); defined in money-figures.ts. */
export const MUNICIPAL_PAYERS: readonly Payer[] = MUNICIPAL_BUDGET_LINES
/** Everyone who pays money; `informal` (valued unpaid hours) is never cash. */
export const CASH_PAYERS: readonly Payer[] = PAYERS.filter(isCashPayer)

export function isMunicipalPayer(payer: Payer): boolean {
  return isMunicipalBudgetLine(payer)
}

export function sumPayers(byPayer: Partial<Record<Payer, CentsInput>>, payers: readonly Payer[]): CentsInput {
  return payers.reduce((sum, p) => sum + (byPayer[p] ?? 0), 0)
}

/** Municipal net total (Wmo after the eigen bijdrage); see money-figures.ts. */
export function municipalCents(byPayer: Partial<Record<Payer, CentsInput>>): CentsInput {
  return municipalNetCents(byPayer)
}

/** "Totaal in geld" (gross care cost + bijstand); see money-figures.ts. */
export function cashCents(byPayer: Partial<Record<Payer, CentsInput>>): CentsInput {
  return cashTotalCents(byPayer)
}

export function emptyByPayer(): Record<Payer, CentsInput> {
  return Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, CentsInput>
}
