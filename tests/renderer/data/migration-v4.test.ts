// v3 → v4: the do-nothing selections move from localStorage into the database, losing nothing.
import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { LegacyDoNothingSource } from '../../../renderer/src/data/api'
import {
  MaatwerkDb,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_VERSION,
  upgradeV3toV4,
} from '../../../renderer/src/data/db'
import {
  LEGACY_DO_NOTHING_PREFIX,
  localStorageLegacyDoNothing,
  normaliseLegacySelection,
} from '../../../renderer/src/data/legacy-do-nothing'
import { createHarness } from './harness'

const NAME = 'maatwerk-test'

/** Legacy values in memory: what a v3 install had in localStorage. */
function legacyStore(
  entries: Record<string, string>,
): LegacyDoNothingSource & { values: Map<string, string> } {
  const values = new Map(Object.entries(entries))
  return {
    values,
    list: () => [...values].map(([householdId, text]) => ({ householdId, text })),
    remove: (householdId) => void values.delete(householdId),
  }
}

/** What the v3 decision screen wrote (with its own householdId field, no schema). */
const V3_VALUE = JSON.stringify({
  householdId: 'h1',
  startDate: '2026-02-01',
  horizonMonths: 24,
  updatedOn: '2026-02-03',
  risks: [
    {
      kind: 'homelessness',
      likelihood: 0.2,
      likelihoodSource: 'wijkteam',
      annualCostCents: null,
      costSource: null,
      onsetMonths: 3,
    },
    {
      kind: 'carer-dropout',
      // The v3 screen stored what was typed (150%) and showed the problem.
      likelihood: 1.5,
      likelihoodSource: '',
      annualCostCents: null,
      costSource: null,
      onsetMonths: 2.4,
      carerId: null,
    },
  ],
})

/** A v3 database with households h1 and h2. */
async function seedV3(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange })
  db.version(3).stores(SCHEMA_V3)
  await db.open()
  for (const id of ['h1', 'h2']) {
    await db.table('households').add({
      id,
      value: { id, label: `Huishouden ${id}` },
      example: false,
      origin: null,
      memberCount: 0,
      scenarioCount: 0,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      version: 1,
    })
  }
  db.close()
}

describe('schema v4', () => {
  it('is v3 plus the doNothing table keyed by household', () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4)
    expect(SCHEMA_V4).toEqual({ ...SCHEMA_V3, doNothing: 'householdId' })
    for (const spec of Object.values(SCHEMA_V4)) expect(spec).not.toContain('++')
  })
})

describe('v3 → v4 (do-nothing selections into the database)', () => {
  it('moves the stored selection of an existing household, normalised, and then removes the old value', async () => {
    const indexedDB = new IDBFactory()
    await seedV3(indexedDB)
    const legacy = legacyStore({ h1: V3_VALUE })
    const data = await createHarness({ name: NAME, indexedDB, legacyDoNothing: legacy }).open()
    expect(data.startup.kind).toBe('ok')
    expect((await data.cases.loadCase('h1'))!.doNothing).toEqual({
      startDate: '2026-02-01',
      horizonMonths: 24,
      updatedOn: '2026-02-03',
      risks: [
        {
          kind: 'homelessness',
          likelihood: 0.2,
          likelihoodSource: 'wijkteam',
          annualCostCents: null,
          costSource: null,
          onsetMonths: 3,
        },
        {
          kind: 'carer-dropout',
          likelihood: 1,
          likelihoodSource: '',
          annualCostCents: null,
          costSource: null,
          onsetMonths: 2,
          carerId: null,
        },
      ],
    })
    expect(legacy.values.has('h1')).toBe(false)
    data.close()
  })

  it('leaves what it cannot move where it was: unknown households and unreadable values', async () => {
    const indexedDB = new IDBFactory()
    await seedV3(indexedDB)
    const legacy = legacyStore({ 'h-elsewhere': V3_VALUE, h2: '{not json' })
    const data = await createHarness({ name: NAME, indexedDB, legacyDoNothing: legacy }).open()
    expect((await data.cases.loadCase('h2'))!.doNothing).toBeNull()
    expect([...legacy.values.keys()].sort()).toEqual(['h-elsewhere', 'h2'])
    data.close()
  })

  it('moves nothing and removes nothing when the upgrade fails half-way', async () => {
    const indexedDB = new IDBFactory()
    await seedV3(indexedDB)
    const legacy = legacyStore({ h1: V3_VALUE })
    const failing = new Dexie(NAME, { indexedDB, IDBKeyRange })
    failing.version(3).stores(SCHEMA_V3)
    failing
      .version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        await upgradeV3toV4(tx, legacy, '2026-11-30T10:00:00.000Z')
        throw new Error('upgrade failed half-way')
      })
    await expect(failing.open()).rejects.toThrow()
    failing.close()
    expect(legacy.values.get('h1')).toBe(V3_VALUE)
    // The next start upgrades for real.
    const db = new MaatwerkDb(NAME, { indexedDB, IDBKeyRange, legacyDoNothing: legacy })
    await db.open()
    expect((await db.caseContents.get('h1'))?.doNothing?.value.risks).toHaveLength(2)
    expect(db.legacyDoNothingMoved).toEqual(['h1'])
    db.close()
  })

  it('a new database never reads localStorage (there is no upgrade to run)', async () => {
    const legacy = legacyStore({ h1: V3_VALUE })
    const data = await createHarness({ legacyDoNothing: legacy }).open()
    expect(legacy.values.get('h1')).toBe(V3_VALUE)
    data.close()
  })
})

describe('normaliseLegacySelection', () => {
  it('refuses what is not a selection, or holds a risk of an unknown kind', () => {
    expect(normaliseLegacySelection(null)).toBeNull()
    expect(normaliseLegacySelection('{not json')).toBeNull()
    expect(normaliseLegacySelection(JSON.stringify({ startDate: '2026-01-01' }))).toBeNull()
    expect(normaliseLegacySelection(JSON.stringify({ startDate: 'gisteren', risks: [] }))).toBeNull()
    const strange = JSON.parse(V3_VALUE) as { risks: { kind: string }[] }
    strange.risks[0]!.kind = 'earthquake'
    expect(normaliseLegacySelection(JSON.stringify(strange))).toBeNull()
  })

  it('brings numbers into range: likelihood 0–1, whole months, a horizon of at least one month', () => {
    const value = JSON.parse(V3_VALUE) as Record<string, unknown>
    const normalised = normaliseLegacySelection(
      JSON.stringify({ ...value, horizonMonths: 0, updatedOn: undefined }),
    )
    expect(normalised?.horizonMonths).toBe(1)
    expect(normalised?.updatedOn).toBe('2026-02-01')
    expect(normalised?.risks.map((r) => [r.likelihood, r.onsetMonths])).toEqual([
      [0.2, 3],
      [1, 2],
    ])
  })
})

describe('localStorageLegacyDoNothing', () => {
  it('lists and removes only the do-nothing keys', () => {
    localStorage.clear()
    localStorage.setItem(`${LEGACY_DO_NOTHING_PREFIX}h1`, V3_VALUE)
    localStorage.setItem('maatwerk.language', 'en')
    const legacy = localStorageLegacyDoNothing(localStorage)!
    expect(legacy.list()).toEqual([{ householdId: 'h1', text: V3_VALUE }])
    legacy.remove('h1')
    expect(localStorage.getItem(`${LEGACY_DO_NOTHING_PREFIX}h1`)).toBeNull()
    expect(localStorage.getItem('maatwerk.language')).toBe('en')
  })
})
