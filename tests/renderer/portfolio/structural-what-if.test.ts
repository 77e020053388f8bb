/**
 * Structural what-ifs (levers that need the engine again: respite for intensive carers, household-help
 * hours, ZIN→pgb) on a stored portfolio (issue 13): the portfolio's workers read the cases themselves
 * (nothing is read on the UI thread), only the households a lever touches are evaluated again, the
 * figures equal a fresh evaluation of every case, and a stop leaves nothing half-applied.
 */
import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import {
  NO_LEVERS,
  evaluateEntry,
  generatePortfolio,
  scenarioForPortfolio,
  type WhatIfLevers,
} from '#shared/portfolio'
import type { DataLayer } from '../../../renderer/src/data/api'
import type { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { PortfolioComputation } from '../../../renderer/src/workers/portfolio-computation'
import { openTestWorkspace } from '../stores/workspace-fixtures'
import { countUiThreadReads, recordingPortfolioStore, type PortfolioWorkspace } from './portfolio-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

const SIZE = 40

async function workspaceWithPortfolio(): Promise<PortfolioWorkspace> {
  const workspace = await openTestWorkspace()
  await workspace.data.cases.importMany(
    generatePortfolio({ size: SIZE, seed: 9, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
      name: `${i}`,
      file,
    })),
  )
  return workspace
}

/** The report under the levers when every case is evaluated fresh (baseline and what-if, from scratch). */
async function freshReport(data: DataLayer, levers: WhatIfLevers) {
  const cases = await data.cases.loadAllCases()
  const full = new PortfolioComputation(evaluateScenario, PROVISIONS)
  full.load(cases, await data.municipalities.getActiveProfile())
  return full.report(2026, levers)
}

function expectSameFigures(store: PortfolioStore, fresh: Awaited<ReturnType<typeof freshReport>>): void {
  expect(store.report!.lines).toEqual(fresh.lines)
  expect(store.report!.whatIf!.lines).toEqual(fresh.whatIf!.lines)
  expect(store.report!.whatIf!.mostAffected).toEqual(fresh.whatIf!.mostAffected)
  expect(store.report!.whatIf!.reevaluated).toBe(fresh.whatIf!.reevaluated)
}

/** Households with an intensive carer whose cared-for person has no respite in the chosen scenario. */
async function householdsRespiteTouches(data: DataLayer): Promise<number> {
  const profile = await data.municipalities.getActiveProfile()
  const respite = new Set(PROVISIONS.filter((p) => p.respite).map((p) => p.id))
  let touched = 0
  for (const c of await data.cases.loadAllCases()) {
    const choice = scenarioForPortfolio(c.scenarios)
    if (choice.kind === 'none') continue
    const entry = evaluateEntry(c, profile, evaluateScenario)
    const lacking = entry.intensiveCarerIds.some((carerId) => {
      const carer = c.household.carers.find((k) => k.id === carerId)
      return (
        carer !== undefined &&
        !choice.scenario.lines.some((l) => carer.caresFor.includes(l.personId) && respite.has(l.provisionId))
      )
    })
    if (lacking) touched++
  }
  return touched
}

describe('PortfolioStore — structural what-ifs read by the workers', () => {
  it.each<[string, Partial<WhatIfLevers>]>([
    ['respite for intensive carers', { respiteEtmaalPerMonth: 2 }],
    ['household-help hours', { householdHelpPercentChange: -30 }],
    ['ZIN→pgb', { zinToPgbPercent: 40 }],
    ['all three at once', { respiteEtmaalPerMonth: 3, householdHelpPercentChange: 10, zinToPgbPercent: 25 }],
  ])(
    '%s: the figures of a fresh evaluation of every case; only touched households evaluated; no case read on the UI thread',
    async (_name, lever) => {
      const workspace = await workspaceWithPortfolio()
      const { store, evaluated, reset, calls } = recordingPortfolioStore(workspace)
      await store.sync()
      const uiReads = countUiThreadReads(workspace.data)
      const levers: WhatIfLevers = { ...NO_LEVERS, ...lever }
      reset()
      await store.applyLevers(levers)

      const fresh = await freshReport(workspace.data, levers)
      expectSameFigures(store, fresh)
      expect(store.report!.whatIf!.lines).not.toEqual(store.report!.lines)
      // Only the touched households were evaluated again; every other kept its stored result.
      expect(evaluated()).toBe(store.report!.whatIf!.reevaluated)
      expect(evaluated()).toBeGreaterThan(0)
      expect(evaluated()).toBeLessThan(SIZE)
      // The workers read the cases themselves: none on this thread.
      expect(calls.loadCases).toBeGreaterThan(0)
      expect(calls.evaluateStored).toBeGreaterThan(0)
      expect(uiReads()).toBe(0)
      store.dispose()
      workspace.data.close()
    },
    120_000,
  )

  it('respite is evaluated again for exactly the households with an intensive carer without respite', async () => {
    const workspace = await workspaceWithPortfolio()
    const { store, evaluated, reset } = recordingPortfolioStore(workspace)
    await store.sync()
    const touched = await householdsRespiteTouches(workspace.data)
    expect(touched).toBeGreaterThan(0)
    expect(touched).toBeLessThan(SIZE)
    reset()
    await store.applyLevers({ ...NO_LEVERS, respiteEtmaalPerMonth: 2 })
    expect(evaluated()).toBe(touched)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a second what-if reuses the cases read for the first and evaluates only what it touches', async () => {
    const workspace = await workspaceWithPortfolio()
    const { store, evaluated, reset, calls } = recordingPortfolioStore(workspace)
    await store.sync()
    await store.applyLevers({ ...NO_LEVERS, respiteEtmaalPerMonth: 2 })
    const loads = calls.loadCases
    const levers: WhatIfLevers = { ...NO_LEVERS, zinToPgbPercent: 50 }
    reset()
    await store.applyLevers(levers)
    expect(calls.loadCases).toBe(loads)
    expectSameFigures(store, await freshReport(workspace.data, levers))
    expect(evaluated()).toBe(store.report!.whatIf!.reevaluated)
    expect(evaluated()).toBeLessThan(SIZE)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('stopped while the workers evaluate: nothing of it reaches the portfolio; the baseline and stored results stay as they were', async () => {
    const workspace = await workspaceWithPortfolio()
    let stop = (): void => undefined
    const { store, evaluated, reset, calls } = recordingPortfolioStore(workspace, {
      afterEvaluateStored: () => stop(),
    })
    await store.sync()
    const baseline = store.report!
    stop = () => store.cancelWhatIf()
    const levers: WhatIfLevers = { ...NO_LEVERS, householdHelpPercentChange: 20, zinToPgbPercent: 30 }
    await store.applyLevers(levers)
    expect(calls.evaluateStored).toBeGreaterThan(0)
    expect(calls.addedSeries).toBe(0)
    expect(store.levers).toEqual(NO_LEVERS)
    expect(store.whatIfProgress).toBeNull()
    expect(store.report!.whatIf).toBeNull()
    expect(store.report!.lines).toEqual(baseline.lines)
    expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(SIZE)

    // Applied again: complete, and equal to a fresh evaluation of every case.
    stop = () => undefined
    reset()
    await store.applyLevers(levers)
    expectSameFigures(store, await freshReport(workspace.data, levers))
    expect(evaluated()).toBe(store.report!.whatIf!.reevaluated)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('stopped while the worker reads the cases: back to the baseline; the next what-if keeps the whole cases read and completes', async () => {
    const workspace = await workspaceWithPortfolio()
    let stop = (): void => undefined
    const { store, calls } = recordingPortfolioStore(workspace, { afterLoadCases: () => stop() })
    await store.sync()
    const baseline = store.report!
    stop = () => store.cancelWhatIf()
    const levers: WhatIfLevers = { ...NO_LEVERS, respiteEtmaalPerMonth: 2 }
    await store.applyLevers(levers)
    expect(calls.loadCases).toBe(1)
    expect(calls.evaluateStored).toBe(0)
    expect(store.levers).toEqual(NO_LEVERS)
    expect(store.caseLoadProgress).toBeNull()
    expect(store.report!.whatIf).toBeNull()
    expect(store.report!.lines).toEqual(baseline.lines)

    stop = () => undefined
    await store.applyLevers(levers)
    // Every case was read whole before the stop: none is read twice.
    expect(calls.loadCases).toBe(1)
    expect(calls.evaluateStored).toBeGreaterThan(0)
    expectSameFigures(store, await freshReport(workspace.data, levers))
    store.dispose()
    workspace.data.close()
  }, 120_000)
})
