/**
 * Stored portfolio results (issue 13): each household's evaluated entry, keyed by the case version it
 * was computed from and a fingerprint of what else it depends on. A derived cache of this device's own
 * computation: written without an audit entry (it changes no case), skipped in read-only mode, never
 * part of a dump and cleared by a restore.
 */
import type {
  CaseAggregate,
  Observer,
  PortfolioResultRepository,
  StoredPortfolioResult,
  StoredPortfolioSnapshot,
} from './api'
import { assembleCase } from './case-rows'
import { openAggregate } from './at-rest'
import { observeQuery, type DataContext } from './context'
import type { MaatwerkDb } from './db'
import { toDataError } from './errors'
import { ACTIVE_MUNICIPALITY_KEY } from './municipality-repository'
import { decodeStoredResult, encodeStoredResult } from './stored-results-reader'
import { PORTFOLIO_REVISION_KEY, PORTFOLIO_SNAPSHOT_KEY, newRevision } from './portfolio-revision'

async function readRevision(db: MaatwerkDb): Promise<string | null> {
  const row = await db.portfolioState.get(PORTFOLIO_REVISION_KEY)
  return row?.key === 'revision' && typeof row.value === 'string' ? row.value : null
}

function isSnapshot(value: unknown): value is StoredPortfolioSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<StoredPortfolioSnapshot>
  return (
    typeof v.revision === 'string' && typeof v.fingerprint === 'string' && typeof v.writtenAt === 'string'
  )
}

/** (household id → updatedAt) of every household, read from the `updatedAt` index only. */
async function readVersions(db: MaatwerkDb): Promise<Map<string, string>> {
  const byVersion = db.households.orderBy('updatedAt')
  const [versions, ids] = await Promise.all([byVersion.keys(), byVersion.primaryKeys()])
  const map = new Map<string, string>()
  ids.forEach((id, i) => map.set(id, String(versions[i])))
  return map
}

async function readCases(db: MaatwerkDb, ids: readonly string[]): Promise<CaseAggregate[]> {
  const [households, members, carers, assessments, scenarios, lines] = await Promise.all([
    db.households.bulkGet([...ids]),
    db.members.where('householdId').anyOf(ids).toArray(),
    db.carers.where('householdId').anyOf(ids).toArray(),
    db.assessments.where('householdId').anyOf(ids).toArray(),
    db.scenarios.where('householdId').anyOf(ids).toArray(),
    db.lines.where('householdId').anyOf(ids).toArray(),
  ])
  const group = <T extends { householdId: string }>(rows: T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>()
    for (const row of rows) {
      const list = map.get(row.householdId)
      if (list) list.push(row)
      else map.set(row.householdId, [row])
    }
    return map
  }
  const by = {
    members: group(members),
    carers: group(carers),
    assessments: group(assessments),
    scenarios: group(scenarios),
    lines: group(lines),
  }
  const out: CaseAggregate[] = []
  for (const household of households) {
    if (!household) continue
    out.push(
      assembleCase(
        household,
        by.members.get(household.id) ?? [],
        by.carers.get(household.id) ?? [],
        by.assessments.get(household.id) ?? [],
        by.scenarios.get(household.id) ?? [],
        by.lines.get(household.id) ?? [],
      ),
    )
  }
  return out
}

export function createPortfolioResultRepository(context: DataContext): PortfolioResultRepository {
  const { db } = context
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw toDataError(error)
    }
  }
  return {
    databaseName: db.name,
    readSnapshot: () =>
      guarded(() =>
        db.transaction('r', db.households, db.portfolioResults, db.portfolioState, async () => {
          const [versions, results, revision] = await Promise.all([
            readVersions(db),
            db.portfolioResults.toArray(),
            readRevision(db),
          ])
          return {
            versions,
            results: results.map(decodeStoredResult).filter((r): r is StoredPortfolioResult => r !== null),
            revision,
          }
        }),
      ),

    readPortfolioState: () =>
      guarded(() =>
        db.transaction('r', db.portfolioState, async () => {
          const [revision, snapshot] = await db.portfolioState.bulkGet([
            PORTFOLIO_REVISION_KEY,
            PORTFOLIO_SNAPSHOT_KEY,
          ])
          return {
            revision:
              revision?.key === 'revision' && typeof revision.value === 'string' ? revision.value : null,
            snapshot: snapshot?.key === 'snapshot' && isSnapshot(snapshot.value) ? snapshot.value : null,
          }
        }),
      ),

    readRevisionAndVersions: () =>
      guarded(() =>
        db.transaction('r', db.households, db.portfolioState, async () => {
          const [revision, versions] = await Promise.all([readRevision(db), readVersions(db)])
          return { revision, versions }
        }),
      ),

    async savePortfolioSnapshot(snapshot) {
      if (context.state.readOnly) return false
      return guarded(() =>
        // The state table alone: this write does not change the revision (portfolio-revision.ts).
        db.transaction('rw', db.portfolioState, async () => {
          if ((await readRevision(db)) !== snapshot.revision) return false
          let revision = snapshot.revision
          if (revision === null) {
            // No write since the database had a revision: any write from now on replaces this one.
            revision = newRevision()
            await db.portfolioState.put({ key: PORTFOLIO_REVISION_KEY, value: revision })
          }
          await db.portfolioState.put({
            key: PORTFOLIO_SNAPSHOT_KEY,
            value: { ...snapshot, revision, writtenAt: context.now() },
          })
          return true
        }),
      )
    },

    readVersions: () => guarded(() => db.transaction('r', db.households, () => readVersions(db))),

    loadCases: (ids) =>
      guarded(async () => {
        const cases = await db.transaction(
          'r',
          [db.households, db.members, db.carers, db.assessments, db.scenarios, db.lines],
          () => readCases(db, ids),
        )
        return Promise.all(cases.map((aggregate) => openAggregate(aggregate, context.atRest)))
      }),

    async saveResults(results) {
      if (context.state.readOnly || results.length === 0) return
      await guarded(() => db.portfolioResults.bulkPut(results.map(encodeStoredResult)))
    },

    async deleteResults(ids) {
      if (context.state.readOnly || ids.length === 0) return
      await guarded(() => db.portfolioResults.bulkDelete([...ids]))
    },

    async clearResults() {
      if (context.state.readOnly) return
      await guarded(() => db.portfolioResults.clear())
    },

    observeProfileStamp(observer: Observer<string>) {
      return observeQuery(async () => {
        const [active, rows] = await Promise.all([
          db.meta.get(ACTIVE_MUNICIPALITY_KEY),
          db.municipalityProfiles.toArray(),
        ])
        return JSON.stringify([active?.value ?? null, rows.map((row) => [row.code, row.updatedAt])])
      }, observer)
    },

    observeVersions(observer: Observer<Map<string, string>>) {
      return observeQuery(() => readVersions(db), observer)
    },
  }
}
