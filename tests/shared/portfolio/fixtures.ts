import type { ArrangementLine, Household, Person, Scenario } from '#shared/domain/types'
import type { PortfolioCase } from '#shared/portfolio'

export function person(
  id: string,
  role: Person['role'],
  birthDate: string,
  income: Person['income'] = { kind: 'none', netMonthlyCents: 0 },
): Person {
  return { id, name: id, birthDate, role, income }
}

export function line(
  id: string,
  provisionId: string,
  personId: string,
  spec: Partial<ArrangementLine> = {},
): ArrangementLine {
  return {
    id,
    provisionId,
    personId,
    deliveryForm: 'zin',
    volume: 2,
    unit: 'hour',
    frequency: 'week',
    startDate: '2026-01-01',
    endDate: null,
    ...spec,
  }
}

export function scenario(lines: ArrangementLine[], spec: Partial<Scenario> = {}): Scenario {
  return {
    id: 's1',
    name: 'Gekozen',
    startDate: '2026-01-01',
    horizonMonths: 24,
    lines,
    chosen: { on: '2025-12-15', reasoning: 'test' },
    ...spec,
  }
}

export function portfolioCase(
  id: string,
  members: Person[],
  scenarios: Scenario[],
  extra: Partial<Household> = {},
): PortfolioCase {
  return {
    household: { id, label: `Huishouden ${id}`, members, carers: [], ...extra },
    scenarios,
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}
