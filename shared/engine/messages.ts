/** Invariant messages of the engine: thrown on contract violations, matched by the tests. */
export const ENGINE_MESSAGES = {
  badStartDate: 'Scenario startDate is not a real calendar date (YYYY-MM-DD)',
  badHorizon: 'Scenario horizonMonths must be an integer from 1 to 600',
  badIndexation: 'Scenario indexationPercentPerYear must be a finite number from -50 to 100',
  badShadowPrice: 'Scenario informalHourValueCents must be a non-negative integer',
  noMembers: 'Household has no members',
  duplicatePerson: 'Household has two members with the same id',
  badBirthDate: 'Member birthDate is not a real calendar date',
  badWlzDate: 'Member wlzIndication.from is not a real calendar date',
  badIncome: 'Income netMonthlyCents must be a non-negative integer',
  duplicateLine: 'Scenario has two lines with the same id',
  unknownPerson: 'Line personId refers to no household member',
  unknownCarer: 'Line carerId refers to no carer of the household',
  unknownProvision: 'Line provisionId is not in the catalogue',
  badVolume: 'Line volume must be a finite number ≥ 0',
  badRate: 'Line rateCents must be a non-negative integer',
  badLineDates: 'Line dates must be real calendar dates with the end not before the start',
  badIncomeChange: 'Income change must name a member, a real date and non-negative integer cents',
  negativeAmount: 'Engine produced a negative amount',
  notInteger: 'Engine produced a non-integer amount',
  unbalanced: 'Sum over payers differs from the line totals plus bijstand',
} as const

export class EngineInvariantError extends Error {
  override name = 'EngineInvariantError'
}

export function fail(message: string, detail: string): never {
  throw new EngineInvariantError(`${message}: ${detail}`)
}
