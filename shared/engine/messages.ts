/**
 * Invariant messages of the engine: thrown on contract violations, matched by the tests. These English
 * texts are for logs and tests; the screens show the error by its code (`EngineInvariantError.code`),
 * translated from the renderer's catalogues (`engine.messages.<code>`), the way findings are.
 */
export const ENGINE_MESSAGES = {
  badStartDate: 'Scenario startDate is not a real calendar date (YYYY-MM-DD)',
  beforeSupported: 'Scenario starts before the first month Maatwerk supports',
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

export type EngineMessageCode = keyof typeof ENGINE_MESSAGES

const CODE_OF_MESSAGE = new Map<string, EngineMessageCode>(
  (Object.keys(ENGINE_MESSAGES) as EngineMessageCode[]).map((code) => [ENGINE_MESSAGES[code], code]),
)

/** The i18n key of an engine message code: 'engine.messages.badHorizon'. */
export function engineMessageKey(code: EngineMessageCode): string {
  return `engine.messages.${code}`
}

/**
 * A broken engine contract. `message` is the English text with the technical detail (ids, raw values)
 * for logs; `code` and `params` are what a screen translates — params hold only values a user typed
 * (a number of months, a name), never internal ids.
 */
export class EngineInvariantError extends Error {
  override name = 'EngineInvariantError'
  readonly code: EngineMessageCode | null
  readonly detail: string
  readonly params: Readonly<Record<string, string | number>>

  constructor(message: string, detail: string, params: Record<string, string | number> = {}) {
    super(`${message}: ${detail}`)
    this.code = CODE_OF_MESSAGE.get(message) ?? null
    this.detail = detail
    this.params = params
  }
}

export function fail(message: string, detail: string, params: Record<string, string | number> = {}): never {
  throw new EngineInvariantError(message, detail, params)
}
