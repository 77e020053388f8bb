import { BIJSTAND_NORMS, valueAt, type Person } from '#shared'
import { household, scenario } from '../../support/build'
import { month, run } from '../../support/engine'

export const BIJSTAND = { kind: 'bijstand', netMonthlyCents: 0 } as const
export const N = (key: keyof typeof BIJSTAND_NORMS, date = '2026-01-01') => valueAt(BIJSTAND_NORMS[key], date)
export const noIndex = { indexationPercentPerYear: 0 }

export function bijstandIn(members: Person[], ym = '2026-01', extra = {}): number {
  const r = run(household(members), scenario([], { horizonMonths: 12, assumptions: noIndex, ...extra }))
  return month(r, ym)['gemeente-bijstand']
}
