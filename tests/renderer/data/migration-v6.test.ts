// v5 → v6: a household's members, carers, assessments, scenarios, lines and do-nothing selection move
// from six tables into one content row (issue 13, bulk work). Nothing may be lost, the cases must read
// back exactly as before, their content MACs must still fit, and a failed upgrade must leave v5 whole.
import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { EXAMPLE_CASES } from '#shared/examples'
import type { CaseFile } from '#shared/domain/types'
import { contentTablesOf } from '../../../renderer/src/data/case-rows'
import {
  CONTENT_TABLES,
  MaatwerkDb,
  SCHEMA_V5,
  SCHEMA_V6,
  upgradeV5toV6,
  type CaseContentRow,
} from '../../../renderer/src/data/db'
import { createHarness, type Harness } from './harness'

const V6_NAME = 'maatwerk-seed'
const V5_NAME = 'maatwerk-v5'

/** A do-nothing selection for the first example (so that table has a row to move too). */
const DO_NOTHING: NonNullable<CaseFile['doNothing']> = {
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
  ],
}

/**
 * A v5 database as the v5 app left it: the example households written by the data layer, then every
 * table copied into a database of schema v5, the content rows split back into their six tables.
 */
async function seedV5(
  indexedDB: IDBFactory,
): Promise<{ harness: Harness; tables: Record<string, unknown[]> }> {
  const seedHarness = createHarness({ name: V6_NAME, indexedDB })
  const seeded = await seedHarness.open()
  const files = EXAMPLE_CASES.map((c, i) => (i === 0 ? { ...c, doNothing: DO_NOTHING } : c))
  for (const file of files) await seeded.cases.importCaseFile(structuredClone(file))
  seeded.close()
  const v6 = new MaatwerkDb(V6_NAME, { indexedDB, IDBKeyRange })
  await v6.open()
  const tables: Record<string, unknown[]> = {}
  for (const table of v6.tables) tables[table.name] = await table.toArray()
  v6.close()
  const contents = contentTablesOf(tables['caseContents'] as CaseContentRow[])
  const v5 = new Dexie(V5_NAME, { indexedDB, IDBKeyRange })
  v5.version(5).stores(SCHEMA_V5)
  await v5.open()
  await v5.transaction('rw', v5.tables, async () => {
    for (const table of v5.tables) {
      const rows = (CONTENT_TABLES as readonly string[]).includes(table.name)
        ? contents[table.name as (typeof CONTENT_TABLES)[number]]
        : (tables[table.name] ?? [])
      await table.bulkAdd(rows)
    }
  })
  v5.close()
  return { harness: createHarness({ ...seedHarness.options, name: V5_NAME }), tables }
}

describe('upgrading a v5 database to v6 (one content row per household)', () => {
  it('moves every row into its household’s content row; the cases, their MACs and the audit chain are as before', async () => {
    const indexedDB = new IDBFactory()
    const { harness, tables: seededV6 } = await seedV5(indexedDB)
    // The rows as v5 holds them, table by table.
    const v5 = new Dexie(V5_NAME, { indexedDB, IDBKeyRange })
    v5.version(5).stores(SCHEMA_V5)
    await v5.open()
    const v5Rows: Record<string, unknown[]> = {}
    for (const name of CONTENT_TABLES) v5Rows[name] = await v5.table(name).toArray()
    v5.close()
    expect(v5Rows['members']!.length).toBeGreaterThan(EXAMPLE_CASES.length)
    expect(v5Rows['lines']!.length).toBeGreaterThan(EXAMPLE_CASES.length)
    expect(v5Rows['doNothing']).toHaveLength(1)

    const data = await harness.open()
    expect(data.startup.kind).toBe('ok')
    const cases = await data.cases.loadAllCases()
    expect(cases).toHaveLength(EXAMPLE_CASES.length)
    for (const aggregate of cases) {
      // Read one by one, each content MAC still fits (no "changed outside Maatwerk").
      const loaded = await data.cases.loadCase(aggregate.household.id)
      expect(loaded?.contentChanged, aggregate.household.label).toBeUndefined()
      expect(loaded).toEqual(aggregate)
    }
    const byLabel = new Map(cases.map((c) => [c.household.label, c]))
    for (const example of EXAMPLE_CASES) {
      const aggregate = byLabel.get(example.household.label)!
      expect(aggregate.household.members.map((m) => m.name)).toEqual(
        example.household.members.map((m) => m.name),
      )
      expect(aggregate.scenarios.map((s) => s.lines.length)).toEqual(
        example.scenarios.map((s) => s.lines.length),
      )
    }
    expect(cases.filter((c) => c.doNothing !== null)).toHaveLength(1)
    expect((await data.audit.verifyChain()).ok).toBe(true)
    // A dump (the v1–v5 table format) holds exactly the rows v5 held.
    const dump = await data.dumpDatabase()
    for (const name of CONTENT_TABLES) expect(dump.tables[name], name).toEqual(v5Rows[name])
    data.close()

    const upgraded = new MaatwerkDb(V5_NAME, { indexedDB, IDBKeyRange })
    await upgraded.open()
    expect(upgraded.verno).toBe(6)
    expect(upgraded.tables.map((t) => t.name).sort()).toEqual(
      Object.entries(SCHEMA_V6)
        .filter(([, spec]) => spec !== null)
        .map(([name]) => name)
        .sort(),
    )
    // The content rows are the ones the v6 layer wrote itself for the same households.
    const contents = await upgraded.caseContents.toArray()
    expect(contents).toHaveLength(EXAMPLE_CASES.length)
    // (Entries in key order: v5 read them back in key order, the layer wrote them by position.)
    const key = (entry: object) => JSON.stringify(Object.values(entry).slice(0, 3))
    const normal = (rows: CaseContentRow[]) =>
      [...rows]
        .sort((a, b) => a.householdId.localeCompare(b.householdId))
        .map((row) => ({
          ...row,
          members: [...row.members].sort((a, b) => a.id.localeCompare(b.id)),
          carers: [...row.carers].sort((a, b) => a.id.localeCompare(b.id)),
          assessments: [...row.assessments].sort((a, b) => a.personId.localeCompare(b.personId)),
          scenarios: [...row.scenarios].sort((a, b) => a.id.localeCompare(b.id)),
          lines: [...row.lines].sort((a, b) => key(a).localeCompare(key(b))),
        }))
    expect(normal(contents)).toEqual(normal(seededV6['caseContents'] as CaseContentRow[]))
    upgraded.close()
  })

  it('a failed upgrade leaves the v5 database as it was, every row, and the next start upgrades', async () => {
    const indexedDB = new IDBFactory()
    const { harness } = await seedV5(indexedDB)
    const snapshot = async () => {
      const v5 = new Dexie(V5_NAME, { indexedDB, IDBKeyRange })
      v5.version(5).stores(SCHEMA_V5)
      await v5.open()
      const rows: Record<string, unknown[]> = {}
      for (const table of v5.tables) rows[table.name] = await table.toArray()
      const version = v5.verno
      v5.close()
      return { rows, version }
    }
    const before = await snapshot()
    // The upgrade copies everything, then fails (a crash or a full disk at the last moment).
    const failing = new Dexie(V5_NAME, { indexedDB, IDBKeyRange })
    failing.version(5).stores(SCHEMA_V5)
    failing
      .version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        await upgradeV5toV6(tx)
        throw new Error('upgrade failed at the last moment')
      })
    await expect(failing.open()).rejects.toThrow()
    failing.close()
    const after = await snapshot()
    expect(after.version).toBe(5)
    expect(after.rows).toEqual(before.rows)

    const data = await harness.open()
    expect(data.startup.kind).toBe('ok')
    expect(await data.cases.loadAllCases()).toHaveLength(EXAMPLE_CASES.length)
    data.close()
  })

  it('keeps rows whose household row is gone, in a content row of their own (nothing is thrown away)', async () => {
    const indexedDB = new IDBFactory()
    const v5 = new Dexie('orphans', { indexedDB, IDBKeyRange })
    v5.version(5).stores(SCHEMA_V5)
    await v5.open()
    const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
    await v5.table('members').bulkAdd([
      { householdId: 'gone', id: 'p2', position: 1, value: { id: 'p2', name: 'B' }, ...stamps },
      { householdId: 'gone', id: 'p1', position: 0, value: { id: 'p1', name: 'A' }, ...stamps },
    ])
    v5.close()
    const db = new MaatwerkDb('orphans', { indexedDB, IDBKeyRange })
    await db.open()
    const content = await db.caseContents.get('gone')
    expect(content?.members.map((m) => m.id)).toEqual(['p1', 'p2'])
    expect(content?.lines).toEqual([])
    expect(content?.doNothing).toBeNull()
    db.close()
  })
})
