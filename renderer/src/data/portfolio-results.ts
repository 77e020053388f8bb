/**
 * Stored portfolio results (issue 13): each household's evaluated entry, keyed by the case version it
 * was computed from and a fingerprint of what else it depends on. A derived cache of this device's own
 * computation: written without an audit entry (it changes no case), skipped in read-only mode, never
 * part of a dump and cleared by a restore.
 */
import type { CaseAggregate, Observer, PortfolioResultRepository, StoredPortfolioResult } from './api'
import { assembleCase } from './case-rows'
import { openAggregate } from './at-rest'
import { observeQuery, type DataContext } from './context'
import type { MaatwerkDb } from './db'
import { toDataError } from './errors'
import { ACTIVE_MUNICIPALITY_KEY } from './municipality-repository'
import { decodeStoredResult, encodeStoredResult } from './stored-results-reader'

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
        db.transaction('r', db.households, db.portfolioResults, async () => {
          const [versions, results] = await Promise.all([readVersions(db), db.portfolioResults.toArray()])
          return {
            versions,
            results: results.map(decodeStoredResult).filter((r): r is StoredPortfolioResult => r !== null),
          }
        }),
      ),

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
