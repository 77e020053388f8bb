/**
 * The enumerations of the case file (docs/architecture.md#case-file) as runtime lists. Each list is checked against its
 * union type in both directions, so adding a value to `shared/domain/types.ts` fails to compile here
 * until the schema knows it too.
 */
import type {
  BudgetLine,
  CarerAgeGroup,
  CarerRelation,
  Confidence,
  DeliveryForm,
  EscalationKind,
  Frequency,
  IncomeKind,
  MemberRole,
  Unit,
} from '../domain/types'

export const MEMBER_ROLES = ['client', 'partner', 'child', 'housemate'] as const
export const INCOME_KINDS = ['none', 'work', 'bijstand', 'aow', 'pension', 'benefit', 'student'] as const
export const CARER_RELATIONS = [
  'partner',
  'child',
  'parent',
  'sibling',
  'other-family',
  'friend',
  'neighbour',
  'volunteer',
  'other',
] as const
export const CARER_AGE_GROUPS = ['under-18', '18-24', '25-64', '65-74', '75-plus'] as const
export const DELIVERY_FORMS = ['zin', 'pgb', 'pgb-netwerk', 'mantelzorg', 'volunteer', 'algemeen'] as const
export const UNITS = ['minute', 'hour', 'dagdeel', 'etmaal', 'piece', 'euro'] as const
export const FREQUENCIES = ['week', 'month', 'total'] as const
export const CONFIDENCES = ['H', 'M', 'L'] as const
export const BUDGET_LINES = ['wmo', 'jeugd', 'participatie', 'bijstand'] as const
export const ESCALATION_KINDS = [
  'crisis-admission',
  'out-of-home-placement',
  'homelessness',
  'wlz-admission',
  'carer-dropout',
] as const

/** Compile-time: true only when the two unions hold the same members. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
// Each line fails to compile when a list and its union drift apart.
export const ENUMS_MATCH_DOMAIN_TYPES: [
  Same<(typeof MEMBER_ROLES)[number], MemberRole>,
  Same<(typeof INCOME_KINDS)[number], IncomeKind>,
  Same<(typeof CARER_RELATIONS)[number], CarerRelation>,
  Same<(typeof CARER_AGE_GROUPS)[number], CarerAgeGroup>,
  Same<(typeof DELIVERY_FORMS)[number], DeliveryForm>,
  Same<(typeof UNITS)[number], Unit>,
  Same<(typeof FREQUENCIES)[number], Frequency>,
  Same<(typeof CONFIDENCES)[number], Confidence>,
  Same<(typeof BUDGET_LINES)[number], BudgetLine>,
  Same<(typeof ESCALATION_KINDS)[number], EscalationKind>,
] = [true, true, true, true, true, true, true, true, true, true]
