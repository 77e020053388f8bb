/**
 * Eigen-bijdrage regimes for the portfolio what-if. The engine computes the current abonnementstarief;
 * a what-if replaces the amount per household and month afterwards, on the gross Wmo cost.
 *
 * The income-dependent regime is an ANNOUNCEMENT, not law: "Wet vervanging abonnementstarief Wmo 2015"
 * (Kamerstuk 36 713), planned for 1 January 2027, declared controversieel in June 2025; adoption not
 * confirmed (docs/legal-reference.md#eigen-bijdrage-abonnementstarief). The exact formula is not published in any source we have, so this
 * module interpolates linearly between the announced minimum and maximum over the announced income
 * bands, uses the household's net income as a stand-in for the bijdrageplichtig inkomen, and keeps the
 * current liability rules (who pays at all). All three are our modelling assumptions.
 */
import type { CentsInput, Dated, Household, IncomeChange, IsoDateInput } from '../domain/types'
import { roundHalfUp } from '../domain/money'

export type EigenBijdrageRegime = 'current' | 'none' | 'income-dependent-2027'

type IncomeDependentParameters = {
  minimumMonthlyCents: CentsInput
  maximumMonthlyCents: CentsInput
  /** Yearly income up to which the minimum applies (single / multi-person household), cents. */
  lowIncomeSingleCents: CentsInput
  lowIncomeMultiCents: CentsInput
  /** Yearly income from which the maximum applies, cents. */
  highIncomeSingleCents: CentsInput
  highIncomeMultiCents: CentsInput
}

export const INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027: Dated<IncomeDependentParameters> = {
  from: '2027-01-01',
  value: {
    minimumMonthlyCents: 23_60,
    maximumMonthlyCents: 328_00,
    lowIncomeSingleCents: 24_500_00,
    lowIncomeMultiCents: 34_000_00,
    highIncomeSingleCents: 61_000_00,
    highIncomeMultiCents: 70_500_00,
  },
  source:
    'Aangekondigd (wetsvoorstel 36 713, niet aangenomen): https://www.gemeente.nu/sociaal/wmo/abonnementstarief-wmo-verdwijnt-in-2027/ ; https://www.rd.nl/artikel/1099597-eigen-bijdrage-wmo-flink-omhoog-voor-mensen-met-hoger-inkomen ; TK 2025D23457',
  confidence: 'M',
  verified: false,
  note: 'Minimum en maximum: H (aankondiging); inkomensgrenzen "ongeveer": M; lineaire tussenwaarden en netto-inkomen als grondslag: eigen aanname (formule niet gepubliceerd).',
}

/** The household's yearly net income (client and partners living in) in force on a date, cents. */
export function householdYearIncomeCents(
  household: Household,
  incomeChanges: readonly IncomeChange[],
  on: IsoDateInput,
): CentsInput {
  let monthly = 0
  for (const member of household.members) {
    if (member.livesIn === false) continue
    if (member.role !== 'client' && member.role !== 'partner') continue
    let net = member.income.netMonthlyCents
    let latest = ''
    for (const change of incomeChanges) {
      if (change.personId === member.id && change.from <= on && change.from >= latest) {
        net = change.netMonthlyCents
        latest = change.from
      }
    }
    monthly += net
  }
  return monthly * 12
}

export function isMultiPersonHousehold(household: Household): boolean {
  return household.members.filter((m) => m.livesIn !== false).length > 1
}

/** The announced income-dependent monthly bijdrage for a yearly income (linear between the bands). */
export function incomeDependentMonthlyCents(
  yearIncomeCents: CentsInput,
  multiPerson: boolean,
  p: IncomeDependentParameters = INCOME_DEPENDENT_EIGEN_BIJDRAGE_2027.value,
): CentsInput {
  const low = multiPerson ? p.lowIncomeMultiCents : p.lowIncomeSingleCents
  const high = multiPerson ? p.highIncomeMultiCents : p.highIncomeSingleCents
  if (yearIncomeCents <= low) return p.minimumMonthlyCents
  if (yearIncomeCents >= high) return p.maximumMonthlyCents
  const share = (yearIncomeCents - low) / (high - low)
  return roundHalfUp(p.minimumMonthlyCents + share * (p.maximumMonthlyCents - p.minimumMonthlyCents))
}
