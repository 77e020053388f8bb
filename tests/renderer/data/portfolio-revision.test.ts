// Issue 13: the portfolio revision changes in the same transaction as every write the portfolio
// depends on, whichever path makes it, so a stored portfolio snapshot can never be taken for current
// after such a write; and the snapshot is stored only under the revision it reflects.
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { PROVISIONS } from '#shared'
import { generatePortfolio } from '#shared/portfolio'
import type { DataLayer } from '../../../renderer/src/data/api'
import {
  CONTENT_TABLES,
  MaatwerkDb,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_VERSION,
  STORED_TABLE_NAMES,
} from '../../../renderer/src/data/db'
import { ACTIVE_MUNICIPALITY_KEY } from '../../../renderer/src/data/municipality-repository'
import {
  ACTIVE_PROFILE_META_KEY,
  PORTFOLIO_CHANGES_KEPT,
  REVISION_TABLES,
  portfolioChangeKey,
} from '../../../renderer/src/data/portfolio-revision'
import { createHarness, type Harness } from './harness'

/** Two generated households as case files (a household with members, carers, scenarios and lines). */
const files = (seed: number, size = 2) =>
  generatePortfolio({ size, seed, startYear: 2026, provisions: PROVISIONS, batch: `b${seed}` }).map(
    (file, i) => ({ name: `${seed}-${i}`, file }),
  )

describe('portfolio revision', () => {
  let data: DataLayer | null = null
  let raw: MaatwerkDb | null = null
  afterEach(() => {
    raw?.close()
    raw = null
    data?.close()
    data = null
  })

  async function open(): Promise<{
    harness: Harness
    data: DataLayer
    revision: () => Promise<string | null>
  }> {
    const harness = createHarness({ name: `revision-${Math.random()}` })
    data = await harness.open()
    const opened = data
    return {
      harness,
      data: opened,
      revision: async () => (await opened.portfolioResults!.readPortfolioState()).revision,
    }
  }

  /** A second connection to the same database, for writes that pass no repository. */
  function rawDb(harness: Harness): MaatwerkDb {
    raw = new MaatwerkDb(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    return raw
  }

  it('is schema v5: v4 plus the portfolio state table keyed by name', () => {
    expect(SCHEMA_V5).toEqual({ ...SCHEMA_V4, portfolioState: 'key' })
  })

  it('is schema v6: the six content tables folded into one content row per household, keyed by it', () => {
    expect(SCHEMA_VERSION).toBe(6)
    const kept = Object.entries(SCHEMA_V6).filter(([, spec]) => spec !== null)
    expect(Object.fromEntries(kept)).toEqual({
      households: SCHEMA_V5.households,
      caseContents: 'householdId',
      municipalityProfiles: SCHEMA_V5.municipalityProfiles,
      audit: SCHEMA_V5.audit,
      meta: SCHEMA_V5.meta,
      portfolioResults: SCHEMA_V5.portfolioResults,
      portfolioState: SCHEMA_V5.portfolioState,
    })
    const removed = Object.entries(SCHEMA_V6)
      .filter(([, spec]) => spec === null)
      .map(([name]) => name)
    expect(removed.sort()).toEqual([...CONTENT_TABLES].sort())
  })

  it('counts the meta row that names the active profile, by the same key the profile repository writes', () => {
    expect(ACTIVE_MUNICIPALITY_KEY).toBe(ACTIVE_PROFILE_META_KEY)
    // Every stored table of case data and profiles (not the audit log, not meta: meta counts by key).
    expect([...REVISION_TABLES].sort()).toEqual(
      STORED_TABLE_NAMES.filter((name) => name !== 'audit' && name !== 'meta').sort(),
    )
  })

  it('changes with every kind of write to cases, profiles and the active profile', async () => {
    const { data, revision } = await open()
    const seen = new Set<string | null>([await revision()])
    /** The write changed the revision to a value never seen before. */
    const expectNew = async (what: string, write: () => Promise<unknown>) => {
      await write()
      const next = await revision()
      expect(next, what).not.toBeNull()
      expect(seen.has(next), what).toBe(false)
      seen.add(next)
    }
    const imported = await data.cases.importMany(files(1))
    expect(imported.imported).toHaveLength(2)
    seen.add(await revision())
    const [id] = imported.imported as [string, ...string[]]
    const aCase = (await data.cases.loadCase(id))!
    const scenario = aCase.scenarios[0]!
    const line = scenario.lines[0]!
    const member = aCase.household.members[0]!

    await expectNew('create', () => data.cases.createHousehold('Nieuw'))
    await expectNew('household fields', () =>
      data.cases.updateHousehold({ id, label: 'Anders', municipalityCode: 'GM0363', dates: {} }),
    )
    await expectNew('member', () => data.cases.saveMember(id, { ...member, name: `${member.name} B` }))
    await expectNew('line', () => data.cases.saveLine(id, scenario.id, { ...line, volume: line.volume + 1 }))
    await expectNew('line removed', () => data.cases.deleteLine(id, scenario.id, line.id))
    await expectNew('scenario', () => data.cases.saveScenario(id, { ...scenario, name: 'Variant' }))
    await expectNew('duplicate', () => data.cases.duplicateHousehold(id, 'Kopie'))
    await expectNew('import', () => data.cases.importMany(files(2)))
    const profile = await data.municipalities.getActiveProfile()
    await expectNew('tariff', () =>
      data.municipalities.saveProfile({
        ...profile,
        tariffs: profile.tariffs.map((t, i) => (i === 0 ? { ...t, rateCents: t.rateCents + 100 } : t)),
      }),
    )
    await expectNew('budget', () =>
      data.municipalities.saveProfile({
        ...profile,
        budgets: profile.budgets.map((b, i) => (i === 0 ? { ...b, cents: b.cents + 100_00 } : b)),
      }),
    )
    await expectNew('active profile', () => data.municipalities.setActiveProfile(profile.code))
    await expectNew('removal', () => data.cases.deleteHousehold(id))
    await expectNew('examples seeded', () => data.seedExamples())
    await expectNew('examples removed', () => data.removeExamples())
    const dump = await data.dumpDatabase()
    expect(Object.keys(dump.tables)).not.toContain('portfolioState')
    await expectNew('restore', () => data.restoreDatabase(JSON.parse(JSON.stringify(dump)) as typeof dump))
  }, 120_000)

  it('changes with a write that passes no repository, in its own transaction', async () => {
    const { harness, data, revision } = await open()
    const [id] = (await data.cases.importMany(files(3))).imported as [string, ...string[]]
    const before = await revision()
    const db = rawDb(harness)
    const content = (await db.caseContents.get(id))!
    const line = content.lines[0]!
    await db.caseContents.put({
      ...content,
      lines: [
        { ...line, value: { ...line.value, volume: line.value.volume + 1 } },
        ...content.lines.slice(1),
      ],
    })
    const after = await revision()
    expect(after).not.toBe(before)
    // A deletion by range (a collection delete, as the example removal does).
    await db.caseContents.where(':id').between(id, id, true, true).delete()
    expect(await revision()).not.toBe(after)
  })

  it('stays as it was when the write is rolled back with its transaction', async () => {
    const { harness, data, revision } = await open()
    const [id] = (await data.cases.importMany(files(4))).imported as [string, ...string[]]
    const before = await revision()
    const db = rawDb(harness)
    const row = (await db.households.get(id))!
    await expect(
      db.transaction('rw', db.households, async () => {
        await db.households.put({ ...row, updatedAt: '2030-01-01T00:00:00.000Z' })
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await revision()).toBe(before)
    expect((await db.households.get(id))!.updatedAt).toBe(row.updatedAt)
  })

  it('stays as it is for writes the portfolio does not depend on (an audit event, other meta rows)', async () => {
    const { harness, data, revision } = await open()
    await data.cases.importMany(files(5))
    const before = await revision()
    await data.audit.record({
      action: 'case.view',
      objectType: 'household',
      objectId: 'x',
      householdId: null,
    })
    const db = rawDb(harness)
    await db.meta.put({ key: 'some-other-setting', value: 1 })
    expect(await revision()).toBe(before)
    // The active profile's row does count, also written directly.
    await db.meta.put({ key: ACTIVE_PROFILE_META_KEY, value: 'GM0363' })
    expect(await revision()).not.toBe(before)
  })

  it('stores a snapshot only under the revision it reflects', async () => {
    const { data, revision } = await open()
    await data.cases.importMany(files(6))
    const results = data.portfolioResults!
    const current = await revision()
    expect(
      await results.savePortfolioSnapshot({ revision: 'an-older-revision', fingerprint: 'f', payload: 1 }),
    ).toBe(false)
    expect((await results.readPortfolioState()).snapshot).toBeNull()
    expect(await results.savePortfolioSnapshot({ revision: current, fingerprint: 'f', payload: 1 })).toBe(
      true,
    )
    const stored = await results.readPortfolioState()
    expect(stored.snapshot).toMatchObject({ revision: current, fingerprint: 'f', payload: 1 })
    // Storing the snapshot is no change of the portfolio.
    expect(stored.revision).toBe(current)
    // A restore drops it.
    const dump = await data.dumpDatabase()
    await data.restoreDatabase(JSON.parse(JSON.stringify(dump)) as typeof dump)
    expect((await results.readPortfolioState()).snapshot).toBeNull()
  })

  it('upgrades a v4 database without a revision; the first snapshot stores one, and the next write changes it', async () => {
    const harness = createHarness({ name: `revision-upgrade-${Math.random()}` })
    // A v4 database with one household.
    const v4 = new Dexie(harness.options.name!, {
      indexedDB: harness.options.indexedDB!,
      IDBKeyRange: harness.options.IDBKeyRange!,
    })
    v4.version(4).stores(SCHEMA_V4)
    await v4.open()
    v4.close()
    data = await harness.open()
    const id = await data.cases.createHousehold('Voor de upgrade')
    expect(await data.cases.loadCase(id)).not.toBeNull()
    const db = rawDb(harness)
    // A revision written before the table existed cannot be; simulate "no write since the upgrade".
    await db.portfolioState.clear()
    const results = data.portfolioResults!
    expect(await results.readPortfolioState()).toEqual({ revision: null, snapshot: null })
    expect(await results.savePortfolioSnapshot({ revision: null, fingerprint: 'f', payload: 2 })).toBe(true)
    const state = await results.readPortfolioState()
    expect(state.revision).not.toBeNull()
    expect(state.snapshot?.revision).toBe(state.revision)
    await data.cases.updateHousehold({ id, label: 'Na de upgrade', municipalityCode: 'GM0363', dates: {} })
    expect((await results.readPortfolioState()).revision).not.toBe(state.revision)
  })

  it('numbers every revision and keeps the change rows of the newest ones only (older ones pruned)', async () => {
    const { harness, data: opened } = await open()
    const id = await opened.cases.createHousehold('Eén')
    const db = rawDb(harness)
    const row = (await db.households.get(id))!
    const writes = PORTFOLIO_CHANGES_KEPT + 70
    for (let n = 0; n < writes; n++) await db.households.put({ ...row, updatedAt: `2027-01-01T00:00:${n}` })
    const revision = (await db.portfolioState.get('revision')) as { value: string; seq: number }
    const keys = (await db.portfolioState.where('key').startsWith('change:').primaryKeys()) as string[]
    const seqs = [...new Set(keys.map((key) => Number(key.split(':')[1])))]
    // Every revision from the oldest kept to the newest has its change row, and no more than the kept
    // number (and one pruning step) are there.
    expect(seqs.at(-1)).toBe(revision.seq)
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => revision.seq - seqs.length + 1 + i))
    expect(seqs.length).toBeGreaterThanOrEqual(PORTFOLIO_CHANGES_KEPT)
    expect(seqs.length).toBeLessThanOrEqual(PORTFOLIO_CHANGES_KEPT + 32)
    // The newest says what its write did: this household, at its new version.
    const newest = keys.filter((key) => key.startsWith(`${portfolioChangeKey(revision.seq)}:`))
    expect(await db.portfolioState.get(newest[0]!)).toMatchObject({
      value: { households: { [id]: `2027-01-01T00:00:${writes - 1}` } },
    })
  }, 120_000)
})
