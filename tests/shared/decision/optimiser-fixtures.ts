import type { Household, IsoDateInput, MunicipalityConfig, Provision } from '#shared/domain/types'
import { PROVISIONS as CATALOGUE } from '#shared/catalogue'
import { DEFAULT_MUNICIPALITY, tariffFor } from '#shared/municipality'
import type { RateFor } from '#shared/decision/optimiser/candidates'
import { deriveNeeds } from '#shared/decision/optimiser/needs'
import { optimise, type OptimiserOutcome, type Solve } from '#shared/decision/optimiser/optimise'
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

/**
 * The optimiser as the app runs it on a household: the real catalogue, the needs derived over the
 * base horizon (36 months from 1 January 2026 unless given), the tariffs of the example profile (or
 * of `municipality`, or `rateFor`) and `options()` with the overrides.
 */
export function proposeArrangement(args: {
  household: Household
  solve: Solve
  base?: { startDate: IsoDateInput; horizonMonths: number }
  municipality?: MunicipalityConfig
  rateFor?: RateFor
  options?: Partial<OptimiserOptions>
}): OptimiserOutcome {
  const base = args.base ?? { startDate: '2026-01-01', horizonMonths: 36 }
  const municipality = args.municipality ?? DEFAULT_MUNICIPALITY
  return optimise({
    household: args.household,
    provisions: CATALOGUE,
    needs: deriveNeeds(args.household, base),
    rateFor: args.rateFor ?? ((p, f, d) => tariffFor(municipality, p, f, d)?.rateCents ?? null),
    options: options(args.options),
    solve: args.solve,
    base,
    scenarioId: 's-opt',
    scenarioName: 'Voorstel',
    newLineId: (i) => `opt-${i}`,
  })
}
