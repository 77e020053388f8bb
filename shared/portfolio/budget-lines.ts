/**
 * Budget lines of the municipality and how the engine's payers map onto them. Only the four municipal
 * payers are budget lines; Wlz, Zvw, the client's eigen bijdrage and informal hours are not charged to
 * a municipal budget (the eigen bijdrage is kept apart as income of the Wmo line).
 */
import type { BudgetLine, Payer } from '../domain/types'

export const BUDGET_LINES: readonly BudgetLine[] = ['wmo', 'jeugd', 'participatie', 'bijstand'] as const
export const BUDGET_LINE_COUNT = 4

const LINE_OF_PAYER: Partial<Record<Payer, BudgetLine>> = {
  'gemeente-wmo': 'wmo',
  'gemeente-jeugd': 'jeugd',
  'gemeente-participatie': 'participatie',
  'gemeente-bijstand': 'bijstand',
}

/** The budget line a payer's amount is charged to, or null when it is not a municipal budget. */
export function budgetLineForPayer(payer: Payer): BudgetLine | null {
  return LINE_OF_PAYER[payer] ?? null
}

export function budgetLineIndex(line: BudgetLine): number {
  return BUDGET_LINES.indexOf(line)
}
