/** Builders for engine test inputs: small, explicit households and scenarios. */
import type { ArrangementLine, Carer, Household, Person, Scenario } from '#shared'

export function person(spec: Partial<Person> & Pick<Person, 'id' | 'birthDate'>): Person {
  return { name: spec.id, role: 'client', income: { kind: 'none', netMonthlyCents: 0 }, ...spec }
}

export function carer(spec: Partial<Carer> & Pick<Carer, 'id'>): Carer {
  return {
    name: spec.id,
    relation: 'child',
    livesIn: false,
    caresFor: [],
    capacityHoursPerWeek: 10,
    workHoursPerWeek: 0,
    burdenScore: null,
    consent: true,
    ...spec,
  }
}

export function household(
  members: Person[],
  carers: Carer[] = [],
  extra: Partial<Household> = {},
): Household {
  return { id: 'h', label: 'Test', members, carers, ...extra }
}

let lineCounter = 0
export function line(
  spec: Partial<ArrangementLine> & Pick<ArrangementLine, 'provisionId' | 'personId'>,
): ArrangementLine {
  lineCounter++
  return {
    id: `l${lineCounter}`,
    deliveryForm: 'zin',
    volume: 1,
    unit: 'hour',
    frequency: 'week',
    startDate: '2026-01-01',
    endDate: null,
    ...spec,
  }
}

export function scenario(lines: ArrangementLine[], extra: Partial<Scenario> = {}): Scenario {
  return { id: 's', name: 'Test', startDate: '2026-01-01', horizonMonths: 12, lines, ...extra }
}
