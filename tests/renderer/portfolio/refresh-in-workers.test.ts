/**
 * The background refresh and the tariff-import preview read their cases in the portfolio's workers
 * (issue 13), as the structural what-ifs do: nothing is read on the UI thread, the stored results and
 * the figures equal a fresh evaluation of every case, a what-if after a refresh uses the edited case
 * (not the copy cached before the edit), and the preview reports progress and can be stopped.
 */
import { reaction } from 'mobx'
import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { NO_LEVERS, generatePortfolio, type WhatIfLevers } from '#shared/portfolio'
import type { MunicipalityConfig } from '#shared/domain/types'
import type { DataLayer } from '../../../renderer/src/data/api'
import type { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { PortfolioComputation, evaluateEntries } from '../../../renderer/src/workers/portfolio-computation'
import { openTestWorkspace } from '../stores/workspace-fixtures'
import { countUiThreadReads, recordingPortfolioStore, type PortfolioWorkspace } from './portfolio-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

const SIZE = 40
const CHANGED_PROVISION = 'wmo.begeleiding-individueel'

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

/** Every case evaluated from scratch (what the portfolio must show). */
async function freshComputation(data: DataLayer): Promise<PortfolioComputation> {
  const full = new PortfolioComputation(evaluateScenario, PROVISIONS)
  full.load(await data.cases.loadAllCases(), await data.municipalities.getActiveProfile())
  return full
}

function expectFreshFigures(store: PortfolioStore, fresh: PortfolioComputation, levers: WhatIfLevers): void {
  const report = fresh.report(2026, levers)
  expect(store.report!.lines).toEqual(report.lines)
  expect(store.report!.topHouseholds).toEqual(report.topHouseholds)
  if (report.whatIf) {
    expect(store.report!.whatIf!.lines).toEqual(report.whatIf.lines)
    expect(store.report!.whatIf!.mostAffected).toEqual(report.whatIf.mostAffected)
  }
}

/** The active profile with the changed provision's tariffs doubled. */
async function doubledTariffs(data: DataLayer): Promise<MunicipalityConfig> {
  const profile = await data.municipalities.getActiveProfile()
  return {
    ...profile,
    tariffs: profile.tariffs.map((t) =>
      t.provisionId === CHANGED_PROVISION ? { ...t, rateCents: t.rateCents * 2 } : t,
    ),
  }
}

/** A chosen-scenario line paid in money (zorg in natura) with more than one unit: one less changes cost. */
async function editAZinLine(data: DataLayer): Promise<string> {
  const cases = await data.cases.loadAllCases()
  for (const c of cases) {
    const scenario = c.scenarios.find((s) => s.chosen) ?? c.scenarios[0]
    const line = scenario?.lines.find((l) => l.deliveryForm === 'zin' && l.volume > 1)
    if (!scenario || !line) continue
    await data.cases.saveLine(c.household.id, scenario.id, { ...line, volume: line.volume - 1 })
    return c.household.id
  }
  throw new Error('no household with a ZIN line of more than one unit')
}

describe('PortfolioStore — background refresh and tariff preview read by the workers', () => {
  it('the first open and an edited case are recomputed from cases the workers read; figures equal a fresh evaluation', async () => {
    const workspace = await workspaceWithPortfolio()
    const uiReads = countUiThreadReads(workspace.data)
    const { store, evaluated, reset, calls } = recordingPortfolioStore(workspace)
    // Nothing stored yet: every household is refreshed in the background.
    await store.sync()
    expect(calls.evaluateRead).toBe(SIZE)
    expect(uiReads()).toBe(0)
    await expectStoredResultsCurrent(store, workspace.data)
    expectFreshFigures(store, await freshComputation(workspace.data), NO_LEVERS)

    reset()
    await editAZinLine(workspace.data)
    await store.sync()
    expect(evaluated()).toBe(1)
    expect(calls.evaluateRead).toBe(SIZE + 1)
    expect(uiReads()).toBe(0)
    await expectStoredResultsCurrent(store, workspace.data)
    expectFreshFigures(store, await freshComputation(workspace.data), NO_LEVERS)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a what-if after a refresh uses the edited case, not the copy the portfolio cached before the edit', async () => {
    const workspace = await workspaceWithPortfolio()
    const uiReads = countUiThreadReads(workspace.data)
    const { store } = recordingPortfolioStore(workspace)
    await store.sync()
    const levers: WhatIfLevers = { ...NO_LEVERS, zinToPgbPercent: 40 }
    // The first what-if reads every case into the portfolio's cache.
    await store.applyLevers(levers)
    await store.resetLevers()
    // The edited household has a ZIN line: the lever touches it, so the what-if evaluates its case.
    await editAZinLine(workspace.data)
    await store.sync()
    await store.applyLevers(levers)
    expectFreshFigures(store, await freshComputation(workspace.data), levers)
    expect(uiReads()).toBe(0)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a tariff change recomputes only the households using it, from cases the workers read', async () => {
    const workspace = await workspaceWithPortfolio()
    const uiReads = countUiThreadReads(workspace.data)
    const { store, evaluated, reset } = recordingPortfolioStore(workspace)
    await store.sync()
    const users = (await freshComputation(workspace.data)).householdsUsing([CHANGED_PROVISION]).length
    expect(users).toBeGreaterThan(0)
    expect(users).toBeLessThan(SIZE)
    reset()
    const changed = await doubledTariffs(workspace.data)
    // As the profile form saves it (MunicipalityStore.save).
    await workspace.data.municipalities.saveProfile(changed)
    await workspace.data.municipalities.setActiveProfile(changed.code)
    await store.profileChanged(changed)
    await store.sync()
    expect(evaluated()).toBe(users)
    expect(uiReads()).toBe(0)
    await expectStoredResultsCurrent(store, workspace.data)
    expectFreshFigures(store, await freshComputation(workspace.data), NO_LEVERS)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('the tariff-import preview: the forecast change of a fresh evaluation, with progress, nothing read on the UI thread', async () => {
    const workspace = await workspaceWithPortfolio()
    const uiReads = countUiThreadReads(workspace.data)
    const { store, calls } = recordingPortfolioStore(workspace)
    await store.sync()
    const fresh = await freshComputation(workspace.data)
    const changed = await doubledTariffs(workspace.data)
    const users = fresh.householdsUsing([CHANGED_PROVISION])
    const usersCases = (await workspace.data.cases.loadAllCases()).filter((c) =>
      users.includes(c.household.id),
    )
    const expected = fresh.impact(evaluateEntries(usersCases, changed, evaluateScenario))
    expect(expected.households).toBeGreaterThan(0)

    const progress: { done: number; total: number }[] = []
    const watch = reaction(
      () => store.previewProgress,
      (p) => p && progress.push(p),
    )
    const read = calls.evaluateRead
    const impact = await store.previewProfileChange(changed, [CHANGED_PROVISION])
    watch()
    expect(impact).toEqual(expected)
    expect(calls.evaluateRead - read).toBe(users.length)
    expect(uiReads()).toBe(0)
    expect(progress[0]).toEqual({ done: 0, total: users.length })
    expect(store.previewProgress).toBeNull()
    // Nothing was stored by the preview.
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a stopped preview resolves empty; the tariff applied afterwards is recomputed in full and stored current', async () => {
    const workspace = await workspaceWithPortfolio()
    let stop = (): void => undefined
    const { store, evaluated, reset } = recordingPortfolioStore(workspace, {
      afterEvaluateRead: () => stop(),
    })
    await store.sync()
    const changed = await doubledTariffs(workspace.data)
    const users = (await freshComputation(workspace.data)).householdsUsing([CHANGED_PROVISION]).length
    stop = () => store.cancelProfilePreview()
    expect(await store.previewProfileChange(changed, [CHANGED_PROVISION])).toBeNull()
    expect(store.previewProgress).toBeNull()

    // Applied anyway: the stopped preview's evaluations are not taken for the refresh.
    stop = () => undefined
    reset()
    // As the profile form saves it (MunicipalityStore.save).
    await workspace.data.municipalities.saveProfile(changed)
    await workspace.data.municipalities.setActiveProfile(changed.code)
    await store.profileChanged(changed)
    await store.sync()
    expect(evaluated()).toBe(users)
    await expectStoredResultsCurrent(store, workspace.data)
    expectFreshFigures(store, await freshComputation(workspace.data), NO_LEVERS)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a cancelled refresh leaves the rest marked as not current; resumed, it completes from worker reads', async () => {
    const workspace = await workspaceWithPortfolio()
    const uiReads = countUiThreadReads(workspace.data)
    let stop = (): void => undefined
    const { store, calls } = recordingPortfolioStore(workspace, { afterEvaluateRead: () => stop() })
    stop = () => store.cancelRefresh()
    await store.sync()
    expect(calls.evaluateRead).toBeGreaterThan(0)
    expect(store.refreshing).toBe(false)
    expect(store.staleCount).toBe(SIZE)
    stop = () => undefined
    await store.refreshStale()
    expect(store.staleCount).toBe(0)
    expect(uiReads()).toBe(0)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)
})
