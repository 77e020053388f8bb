import { expect } from 'vitest'
import { evaluateScenario } from '#shared'
import { createFingerprintContext, evaluateEntry, type ResultVersions } from '#shared/portfolio'
import type { DataLayer } from '../../../renderer/src/data/api'
import type { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'

/**
 * Every stored result equals a fresh evaluation of its case against the active profile, and carries
 * the case's current version and the current fingerprint: stored results are never silently stale.
 */
export async function expectStoredResultsCurrent(
  store: PortfolioStore,
  data: DataLayer,
  versions?: ResultVersions,
): Promise<number> {
  expect(store.staleCount).toBe(0)
  const snapshot = await data.portfolioResults!.readSnapshot()
  const profile = await data.municipalities.getActiveProfile()
  const fingerprints = createFingerprintContext(profile, versions)
  const cases = await data.cases.loadAllCases()
  expect(snapshot.results).toHaveLength(cases.length)
  const byId = new Map(snapshot.results.map((r) => [r.householdId, r]))
  for (const c of cases) {
    const stored = byId.get(c.household.id)!
    const fresh = evaluateEntry(c, profile, evaluateScenario)
    expect(stored.caseVersion).toBe(c.updatedAt)
    expect(stored.fingerprint).toBe(fingerprints.fingerprintOf(fresh.provisionIds))
    expect({ ...stored.entry, series: Array.from(stored.entry.series.values) }).toEqual({
      ...fresh,
      series: Array.from(fresh.series.values),
    })
    expect(stored.entry.series.startMonth).toBe(fresh.series.startMonth)
  }
  return cases.length
}
