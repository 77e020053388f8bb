import type { Cents, Payer } from '../domain/types'
import { PAYERS } from '../domain/types'

/** The municipality's own payers (its budget lines). */
export const MUNICIPAL_PAYERS: readonly Payer[] = [
  'gemeente-wmo',
  'gemeente-jeugd',
  'gemeente-participatie',
  'gemeente-bijstand',
]
/** Everyone who pays money; `informal` (valued unpaid hours) is never cash. */
export const CASH_PAYERS: readonly Payer[] = PAYERS.filter((p) => p !== 'informal')

export function isMunicipalPayer(payer: Payer): boolean {
  return MUNICIPAL_PAYERS.includes(payer)
}

export function sumPayers(byPayer: Partial<Record<Payer, Cents>>, payers: readonly Payer[]): Cents {
  return payers.reduce((sum, p) => sum + (byPayer[p] ?? 0), 0)
}

export function municipalCents(byPayer: Partial<Record<Payer, Cents>>): Cents {
  return sumPayers(byPayer, MUNICIPAL_PAYERS)
}

export function cashCents(byPayer: Partial<Record<Payer, Cents>>): Cents {
  return sumPayers(byPayer, CASH_PAYERS)
}

export function emptyByPayer(): Record<Payer, Cents> {
  return Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, Cents>
}
