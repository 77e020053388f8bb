// Issue 13: the compact stored row of a household's portfolio result reads back exactly what was stored.
import { describe, expect, it } from 'vitest'
import type { StoredPortfolioResult } from '../../../renderer/src/data/api'
import {
  decodeStoredResult,
  encodeStoredResult,
  readStoredResults,
} from '../../../renderer/src/data/stored-results-reader'
import { MaatwerkDb, type HouseholdRow } from '../../../renderer/src/data/db'
import { SERIES_STRIDE } from '#shared/portfolio'

function result(values: number[]): StoredPortfolioResult {
  return {
    householdId: 'h1',
    caseVersion: '2026-11-30T10:00:00.000Z',
    fingerprint: '00abc',
    entry: {
      householdId: 'h1',
      updatedAt: '2026-11-30T10:00:00.000Z',
      choice: 'chosen',
      scenarioId: 's1',
      scenarioName: 'Maatwerk "thuis"',
      series: {
        startMonth: 2026 * 12,
        months: values.length / SERIES_STRIDE,
        values: Float64Array.from(values),
      },
      intensiveCarerIds: ['c1'],
      lineCount: 2,
      provisionIds: ['wmo.begeleiding-individueel', 'wmo.hulp-bij-het-huishouden'],
      meta: { label: 'Gezin Ünal', pseudonymised: false, synthetic: true, imported: true },
    },
  }
}

describe('encodeStoredResult / decodeStoredResult', () => {
  it('stores whole cents as 32-bit integers and reads back exactly the result, without copying the series', () => {
    const original = result([12_345, 0, 0, 0, 1_980, 2_147_483_647, -2_147_483_648, 0, 0, 0])
    const row = structuredClone(encodeStoredResult(original))
    expect(row.values).toBeInstanceOf(Int32Array)
    const decoded = decodeStoredResult(row)!
    // The stored integers themselves (30,000 series are not converted at open).
    expect(decoded.entry.series.values).toBe(row.values)
    const plain = (r: StoredPortfolioResult) => ({
      ...r,
      entry: { ...r.entry, series: { ...r.entry.series, values: Array.from(r.entry.series.values) } },
    })
    expect(plain(decoded)).toEqual(plain(original))
  })

  it('keeps 64-bit floats when a value is not a whole number of cents or exceeds 32 bits', () => {
    for (const odd of [0.5, 2_147_483_648, -2_147_483_649]) {
      const original = result([odd, 0, 0, 0, 0])
      const row = encodeStoredResult(original)
      expect(row.values).toBeInstanceOf(Float64Array)
      expect(decodeStoredResult(structuredClone(row))).toEqual(original)
    }
  })

  it('reads nothing from a damaged row (the household is recomputed)', () => {
    const row = encodeStoredResult(result([1, 2, 3, 4, 5]))
    expect(decodeStoredResult({ ...row, head: '[1,2]' })).toBeNull()
    expect(decodeStoredResult({ ...row, values: new Int32Array(4) })).toBeNull()
    expect(decodeStoredResult({ ...row, values: [1, 2, 3, 4, 5] })).toBeNull()
    expect(decodeStoredResult({ ...row, fingerprint: undefined })).toBeNull()
    expect(decodeStoredResult(null)).toBeNull()
  })
})

describe('readStoredResults', () => {
  /** A database with `count` households and a stored row for each (ids h00, h01, ...). */
  async function seeded(count: number): Promise<string> {
    const name = `reader-test-${count}-${Date.now()}`
    const db = new MaatwerkDb(name)
    await db.open()
    const ids = Array.from({ length: count }, (_, i) => `h${String(i).padStart(2, '0')}`)
    const households = ids.map((id, i) => ({
      id,
      updatedAt: `2026-11-30T10:00:${String(59 - i).padStart(2, '0')}.000Z`,
    }))
    await db.households.bulkPut(households as unknown as HouseholdRow[])
    await db.portfolioResults.bulkPut(
      households.map((h) =>
        encodeStoredResult({
          ...result([1, 2, 3, 4, 5]),
          householdId: h.id,
          caseVersion: h.updatedAt,
        }),
      ),
    )
    db.close()
    return name
  }

  it('reads every row once when the rows take several reads (a remainder, an exact multiple, one read)', async () => {
    for (const [count, perRead] of [
      [10, 3],
      [9, 3],
      [4, 10],
    ] as const) {
      const snapshot = await readStoredResults(await seeded(count), indexedDB, perRead)
      expect(snapshot.results.map((r) => r.householdId).sort()).toEqual(
        Array.from({ length: count }, (_, i) => `h${String(i).padStart(2, '0')}`),
      )
      // The versions come from the households' `updatedAt` index, oldest first.
      expect(snapshot.ids).toHaveLength(count)
      expect(snapshot.versions).toEqual([...snapshot.versions].sort())
      for (const r of snapshot.results)
        expect(r.caseVersion).toBe(snapshot.versions[snapshot.ids.indexOf(r.householdId)])
    }
  })
})
