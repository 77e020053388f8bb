/**
 * The one definition of each money figure that a screen, the plan, an export or the portfolio shows.
 * Every view reads these functions (never its own sum over payers), so one scenario shows one figure
 * everywhere, and each label names which figure it is (the i18n block `money.*`).
 *
 * Basis (docs/architecture.md#engine-contract, payer rules): the engine's `byPayer` is what each party pays. The client's Wmo
 * eigen bijdrage (paid via the CAK to the municipality) appears as `client` and has already been
 * subtracted from `gemeente-wmo` in that month; bijstand is not a care line but a municipal cash
 * payment (`gemeente-bijstand`); informal hours are valued, never spent, and are never in a cash figure.
 *
 * - gross care cost: what the arrangement's paid lines cost, whoever pays (municipality incl. the
 *   eigen bijdrage, Wlz, Zvw, SVB or any other cash payer), without bijstand;
 * - eigen bijdrage: the client's share, the `client` payer as it is (no figure of its own: the panel
 *   shows it as that payer's row, see result-view `eigenBijdrageByYear`);
 * - municipal net cost per budget line: each `gemeente-*` payer as it is, Wmo after the eigen bijdrage;
 * - municipal net total: the sum of those budget lines (bijstand included: it is municipal money);
 * - totaal in geld: every cash payer together = gross care cost + bijstand.
 */
import type { CentsInput, Payer, ScenarioResult } from '../domain/types'
import { PAYERS } from '../domain/types'
import { roundHalfUp } from '../domain/money'

type ByPayer = Partial<Record<Payer, CentsInput>>

/** Cash payers whose money is municipal (its budget lines): every `gemeente-…` payer. */
export function isMunicipalBudgetLine(payer: Payer): boolean {
  return payer.startsWith('gemeente-')
}

/** Payers that pay in money: everyone but the valued informal hours (kept generic: new payers count). */
export function isCashPayer(payer: Payer): boolean {
  return payer !== 'informal'
}

/** Municipal budget lines in the engine's payer order. */
export const MUNICIPAL_BUDGET_LINES: readonly Payer[] = PAYERS.filter(isMunicipalBudgetLine)
/** Bijstand is municipal money but not the cost of a care line. */
const BIJSTAND_PAYER: Payer = 'gemeente-bijstand'

function sum(byPayer: ByPayer, keep: (payer: Payer) => boolean): CentsInput {
  let total = 0
  for (const payer of Object.keys(byPayer) as Payer[]) if (keep(payer)) total += byPayer[payer] ?? 0
  return total
}

/** "Gemeente totaal (netto)": all municipal budget lines, Wmo after the eigen bijdrage, bijstand included. */
export function municipalNetCents(byPayer: ByPayer): CentsInput {
  return sum(byPayer, isMunicipalBudgetLine)
}

/** Gross cost of the paid care lines, whoever pays, eigen bijdrage included; no bijstand, no informal hours. */
export function grossCareCents(byPayer: ByPayer): CentsInput {
  return sum(byPayer, (p) => isCashPayer(p) && p !== BIJSTAND_PAYER)
}

/** "Totaal in geld": every cash payer together (gross care cost + bijstand); informal hours never. */
export function cashTotalCents(byPayer: ByPayer): CentsInput {
  return sum(byPayer, isCashPayer)
}

/**
 * "Gemeente netto, gemiddeld per maand": the municipal net total over the scenario's horizon divided
 * by its months, rounded half-up to a cent. The one monthly municipal figure that the arrangement
 * panel, the comparison, the optimiser and the plan all show.
 */
export function municipalNetPerMonthCents(
  result: Pick<ScenarioResult, 'totalByPayer' | 'monthly'>,
): CentsInput {
  const months = Math.max(1, result.monthly.length)
  return roundHalfUp(municipalNetCents(result.totalByPayer) / months)
}

/** Average gross cost a month of one line over the months it runs in the horizon (from the engine). */
export function linePerMonthCents(totalCents: CentsInput, months: number): CentsInput {
  return roundHalfUp(totalCents / Math.max(1, months))
}
