/**
 * The portfolio store as the tests make it (demo generation, stored results, snapshot): on an inline
 * client over the real engine, at a fixed year and result versions, counting the households it
 * evaluates; and the check every stopped demo generation must pass.
 */
import { reaction } from 'mobx'
import { expect } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { currentResultVersions, type EvaluateFn, type ResultVersions } from '#shared/portfolio'
import type { ArrangementLine, Household, Scenario } from '#shared/domain/types'
import type { DataLayer } from '../../../renderer/src/data/api'
import { EXAMPLES_GENERATE_ACTION } from '../../../renderer/src/data/demo-portfolio'
import { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { createInlinePortfolioClient } from '../../../renderer/src/workers/portfolio-client'
import type { openTestWorkspace } from '../stores/workspace-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

export type PortfolioWorkspace = Awaited<ReturnType<typeof openTestWorkspace>>

/** The clock of the demo generations under test. */
export const DEMO_NOW = new Date('2026-11-30T18:05:00Z')

/** A portfolio store as the app makes it, on an inline client that counts the households it evaluates. */
export function countingPortfolioStore(
  workspace: PortfolioWorkspace,
  versions: ResultVersions = currentResultVersions(),
): { store: PortfolioStore; evaluated: () => number; reset: () => void } {
  let count = 0
  const evaluate: EvaluateFn = (input) => {
    count++
    return evaluateScenario(input)
  }
  const store = new PortfolioStore(
    workspace.data,
    workspace.ui,
    workspace.engine,
    () => createInlinePortfolioClient(evaluate, PROVISIONS),
    () => 2026,
    () => versions,
  )
  return { store, evaluated: () => count, reset: () => (count = 0) }
}

/**
 * Generates 200 demo households in chunks of 30 and stops once the first chunk is in: only whole
 * chunks stay, each household with its current result and one audit entry per chunk. Resolves with
 * the number kept, for checks of the caller's own.
 */
export async function expectStoppedDemoKeepsWholeChunks(
  workspace: PortfolioWorkspace,
  store: PortfolioStore,
  seed: number,
): Promise<number> {
  const stopAfterFirst = reaction(
    () => store.importProgress?.done ?? 0,
    (done) => {
      if (done >= 30) store.stopDemo()
    },
  )
  await store.generateDemo(200, seed, DEMO_NOW, 30)
  stopAfterFirst()

  const cases = await workspace.data.cases.loadAllCases()
  expect(cases.length).toBeGreaterThan(0)
  expect(cases.length).toBeLessThan(200)
  expect(cases.length % 30).toBe(0)
  expect(store.importReport).toMatchObject({ imported: cases.length, stopped: true, requested: 200 })
  expect(store.importProgress).toBeNull()
  expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(cases.length)
  const chunks = (await workspace.data.audit.list()).filter((e) => e.action === EXAMPLES_GENERATE_ACTION)
  expect(chunks).toHaveLength(cases.length / 30)
  return cases.length
}

/** Counts the households read on the UI thread (the repository's case read). */
export function countUiThreadReads(data: DataLayer): () => number {
  const repository = data.portfolioResults!
  const original = repository.loadCases.bind(repository)
  let read = 0
  repository.loadCases = (ids) => {
    read += ids.length
    return original(ids)
  }
  return () => read
}

/** What the store asked of its portfolio client during a what-if (see `recordingPortfolioStore`). */
export type ClientCalls = {
  /** Case reads the worker did itself (spans or named households). */
  loadCases: number
  /** Batches evaluated by a worker from cases it read itself. */
  evaluateStored: number
  /** Series handed to the portfolio (what the report under the levers uses). */
  addedSeries: number
  /** Households a worker read itself and evaluated (a background refresh, a tariff-import preview). */
  evaluateRead: number
}

/**
 * A portfolio store as the app makes it (inline client over the real engine, counting evaluations),
 * recording what it asks of the client; `hooks` run after a worker's case read or evaluation (a test
 * stops the what-if or the preview there, as a user's click would while the workers are busy).
 */
export function recordingPortfolioStore(
  workspace: PortfolioWorkspace,
  hooks: {
    afterLoadCases?: () => void
    afterEvaluateStored?: () => void
    afterEvaluateRead?: () => void
  } = {},
): {
  store: PortfolioStore
  evaluated: () => number
  reset: () => void
  calls: ClientCalls
} {
  let count = 0
  const evaluate: EvaluateFn = (input) => {
    count++
    return evaluateScenario(input)
  }
  const calls: ClientCalls = { loadCases: 0, evaluateStored: 0, addedSeries: 0, evaluateRead: 0 }
  const store = new PortfolioStore(
    workspace.data,
    workspace.ui,
    workspace.engine,
    () => {
      const client = createInlinePortfolioClient(evaluate, PROVISIONS)
      return {
        ...client,
        async loadCases(source, read) {
          const result = await client.loadCases(source, read)
          calls.loadCases++
          hooks.afterLoadCases?.()
          return result
        },
        async evaluateWhatIfStored(source, tasks, municipality, levers) {
          const result = await client.evaluateWhatIfStored(source, tasks, municipality, levers)
          calls.evaluateStored++
          hooks.afterEvaluateStored?.()
          return result
        },
        async evaluateStored(source, ids, municipality) {
          const result = await client.evaluateStored(source, ids, municipality)
          calls.evaluateRead += result.entries.length
          hooks.afterEvaluateRead?.()
          return result
        },
        async addWhatIfSeries(levers, ids, series, versions) {
          calls.addedSeries += ids.length
          return client.addWhatIfSeries(levers, ids, series, versions)
        },
      }
    },
    () => 2026,
    () => currentResultVersions(),
  )
  return { store, evaluated: () => count, reset: () => (count = 0), calls }
}

/**
 * A chosen-scenario (else first) line whose edit to one unit less lowers what the municipality pays
 * (in `year`, or over the whole horizon), asked of the engine itself with the active profile. Picking
 * by shape alone made tests flaky: which household comes first depends on generated ids, and one
 * unit less of a Zvw line, a mantelzorg line or a cheap line the eigen bijdrage covers either way
 * changes no municipal figure.
 */
export async function findCostlyLineEdit(
  data: DataLayer,
  year?: number,
): Promise<{ householdId: string; scenarioId: string; line: ArrangementLine }> {
  const municipality = await data.municipalities.getActiveProfile()
  const municipalCost = (household: Household, scenario: Scenario) => {
    let sum = 0
    for (const m of evaluateScenario({ household, scenario, municipality }).monthly) {
      if (year !== undefined && !m.month.startsWith(`${year}-`)) continue
      for (const [payer, cents] of Object.entries(m.byPayer)) if (payer.startsWith('gemeente-')) sum += cents
    }
    return sum
  }
  for (const c of await data.cases.loadAllCases()) {
    const scenario = c.scenarios.find((s) => s.chosen) ?? c.scenarios[0]
    if (!scenario) continue
    const cost = municipalCost(c.household, scenario)
    for (const line of scenario.lines) {
      // One unit less: always a valid volume (more could pass the unit's own maximum).
      if (line.volume <= 1) continue
      const edited = { ...line, volume: line.volume - 1 }
      const lines = scenario.lines.map((l) => (l === line ? edited : l))
      if (municipalCost(c.household, { ...scenario, lines }) < cost)
        return { householdId: c.household.id, scenarioId: scenario.id, line: edited }
    }
  }
  throw new Error('no line whose edit lowers what the municipality pays')
}
