import type { Household, Provision } from '#shared/domain/types'
import type { RateFor } from '#shared/decision/optimiser/candidates'
import type { OptimiserOptions } from '#shared/decision/optimiser/types'

/** A small catalogue whose optimum can be worked out by hand. */
export const PROVISIONS: Provision[] = [
  {
    id: 'hbh',
    law: 'wmo',
    unit: 'hour',
    deliveryForms: ['zin', 'pgb'],
    domains: ['instrumentele-adl'],
    labelKey: 'x',
  },
  { id: 'kv', law: 'wmo', unit: 'etmaal', deliveryForms: ['zin'], domains: [], respite: true, labelKey: 'x' },
  {
    id: 'mz',
    law: 'informal',
    unit: 'hour',
    deliveryForms: ['mantelzorg'],
    domains: ['instrumentele-adl', 'basale-adl'],
    labelKey: 'x',
  },
  {
    id: 'jeugd',
    law: 'jeugdwet',
    unit: 'hour',
    deliveryForms: ['zin'],
    domains: ['instrumentele-adl'],
    labelKey: 'x',
  },
]

export const HBH_ZIN = 3000
export const HBH_PGB = 2500

export function rates(kv: number): RateFor {
  const table: Record<string, number> = {
    'hbh|zin': HBH_ZIN,
    'hbh|pgb': HBH_PGB,
    'kv|zin': kv,
    'jeugd|zin': 5000,
  }
  return (provisionId, form) => table[`${provisionId}|${form}`] ?? null
}

export function household(capacity: number, burdenScore = 3): Household {
  return {
    id: 'h1',
    label: 'Test',
    members: [
      {
        id: 'p1',
        name: 'Client',
        birthDate: '1950-03-01',
        role: 'client',
        income: { kind: 'aow', netMonthlyCents: 0 },
      },
    ],
    carers: [
      {
        id: 'c1',
        name: 'Dochter',
        relation: 'child',
        livesIn: false,
        caresFor: ['p1'],
        capacityHoursPerWeek: capacity,
        workHoursPerWeek: 24,
        burdenScore,
        consent: true,
      },
    ],
  }
}

export function options(overrides: Partial<OptimiserOptions> = {}): OptimiserOptions {
  return {
    objective: 'municipal',
    asOf: '2026-01-01',
    informalHourValueCents: 1471,
    excludedProvisionIds: [],
    excludedDeliveryForms: [],
    locks: [],
    limits: [],
    carerOfferedHours: {},
    respiteHoursPerMonth: 48,
    ...overrides,
  }
}
