import { reaction } from 'mobx'
import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import {
  HOUSEHOLD_HELP_PROVISION_ID,
  NO_LEVERS,
  currentResultVersions,
  generatePortfolio,
  scenarioForPortfolio,
  type WhatIfLevers,
} from '#shared/portfolio'
import type { DataLayer } from '../../../renderer/src/data/api'
import { MaatwerkDb, type PortfolioResultRow } from '../../../renderer/src/data/db'
import { encodeStoredResult } from '../../../renderer/src/data/stored-results-reader'
import { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import { MunicipalityStore } from '../../../renderer/src/stores/municipality-store'
import { createInlinePortfolioClient } from '../../../renderer/src/workers/portfolio-client'
import { PortfolioComputation } from '../../../renderer/src/workers/portfolio-computation'
import { openTestWorkspace, until } from '../stores/workspace-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'
import { countingPortfolioStore, findCostlyLineEdit } from './portfolio-fixtures'

const SIZE = 40

async function withPortfolio(data: DataLayer): Promise<void> {
  await data.cases.importMany(
    generatePortfolio({ size: SIZE, seed: 9, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
      name: `${i}`,
      file,
    })),
  )
}

const total = (store: PortfolioStore) => store.report!.lines.reduce((a, l) => a + l.forecastCents, 0)

describe('PortfolioStore — stored results', () => {
  it('stores every result, then opens from them without evaluating a single household', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace)
    await first.store.sync()
    expect(first.evaluated()).toBe(SIZE)
    await expectStoredResultsCurrent(first.store, workspace.data)

    const second = countingPortfolioStore(workspace)
    await second.store.sync()
    expect(second.evaluated()).toBe(0)
    expect(second.store.staleCount).toBe(0)
    expect(second.store.report!.lines).toEqual(first.store.report!.lines)
    expect(second.store.report!.topHouseholds).toEqual(first.store.report!.topHouseholds)
    first.store.dispose()
    second.store.dispose()
    workspace.data.close()
  }, 120_000)

  it('keeps the loaded portfolio between visits to the page (no second read)', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    let reads = 0
    const store = new PortfolioStore(
      workspace.data,
      workspace.ui,
      workspace.engine,
      () => {
        const client = createInlinePortfolioClient(evaluateScenario, PROVISIONS)
        return {
          ...client,
          openStored: (...args) => {
            reads++
            return client.openStored(...args)
          },
        }
      },
      () => 2026,
    )
    await store.sync()
    expect(reads).toBe(1)
    await store.open()
    await store.open()
    expect(reads).toBe(1)
    await store.open(true)
    expect(reads).toBe(2)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('opens from the rows it reads itself, and from rows read on this thread when it cannot', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace)
    await first.store.sync()
    const repository = workspace.data.portfolioResults!
    expect(repository.databaseName).toBeTruthy()
    // A database the reader cannot reach: the store reads the rows here instead.
    const elsewhere = { ...repository, databaseName: 'not-this-database' }
    const second = new PortfolioStore(
      { ...workspace.data, portfolioResults: elsewhere },
      workspace.ui,
      workspace.engine,
      () => createInlinePortfolioClient(evaluateScenario, PROVISIONS),
      () => 2026,
    )
    await second.open()
    expect(second.status).toBe('ready')
    expect(second.staleCount).toBe(0)
    expect(second.report!.lines).toEqual(first.store.report!.lines)
    first.store.dispose()
    second.dispose()
    workspace.data.close()
  }, 120_000)

  it('recomputes only an edited household and shows its new figures (change feed)', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store, evaluated, reset } = countingPortfolioStore(workspace)
    await store.sync()
    const before = total(store)
    // A line whose edit changes the forecast of the year shown (the engine's own figures).
    const edit = await findCostlyLineEdit(workspace.data, store.year)
    reset()
    await workspace.data.cases.saveLine(edit.householdId, edit.scenarioId, edit.line)
    // The change feed (liveQuery on household versions) picks the edit up without any call.
    await until(() => total(store) !== before && store.staleCount === 0 && !store.refreshing, 60_000)
    expect(evaluated()).toBe(1)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('recomputes only the households using a provision whose tariff changed', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store, evaluated, reset } = countingPortfolioStore(workspace)
    await store.sync()
    const municipality = new MunicipalityStore(
      workspace.data,
      workspace.ui,
      workspace.engine,
      workspace.files,
      store,
    )
    await municipality.load()
    const cases = await workspace.data.cases.loadAllCases()
    const users = cases.filter((c) =>
      (c.scenarios.find((s) => s.chosen) ?? c.scenarios[0])?.lines.some(
        (l) => l.provisionId === 'wmo.begeleiding-individueel',
      ),
    ).length
    expect(users).toBeGreaterThan(0)
    expect(users).toBeLessThan(SIZE)
    const before = store.report!.lines.find((l) => l.line === 'wmo')!.forecastCents
    reset()
    const profile = municipality.profile!
    expect(
      await municipality.save({
        ...profile,
        tariffs: profile.tariffs.map((t) =>
          t.provisionId === 'wmo.begeleiding-individueel' ? { ...t, rateCents: t.rateCents * 2 } : t,
        ),
      }),
    ).toBe(true)
    await store.sync()
    expect(evaluated()).toBe(users)
    expect(store.report!.lines.find((l) => l.line === 'wmo')!.forecastCents).toBeGreaterThan(before)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('recomputes every household when the parameters version changes', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace)
    await first.store.sync()
    first.store.dispose()
    const next = { ...currentResultVersions(), parametersVersion: 'parameters-after-an-update' }
    const second = countingPortfolioStore(workspace, next)
    await second.store.open()
    // Opened at once from the old results, marked as not current, and refreshed.
    await second.store.sync()
    expect(second.evaluated()).toBe(SIZE)
    await expectStoredResultsCurrent(second.store, workspace.data, next)
    second.store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a restore clears the stored results; the next open recomputes from the restored cases', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace)
    await first.store.sync()
    first.store.dispose()
    const dump = await workspace.data.dumpDatabase()
    expect(Object.keys(dump.tables)).not.toContain('portfolioResults')
    await workspace.data.restoreDatabase(JSON.parse(JSON.stringify(dump)) as typeof dump)
    expect((await workspace.data.portfolioResults!.readSnapshot()).results).toHaveLength(0)
    const second = countingPortfolioStore(workspace)
    await second.store.sync()
    expect(second.evaluated()).toBe(SIZE)
    await expectStoredResultsCurrent(second.store, workspace.data)
    second.store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a restore while the portfolio is open brings back the restored tariffs and cases, and stores every result again', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store } = countingPortfolioStore(workspace)
    await store.sync()
    const original = total(store)
    const dump = await workspace.data.dumpDatabase()
    const municipality = new MunicipalityStore(
      workspace.data,
      workspace.ui,
      workspace.engine,
      workspace.files,
      store,
    )
    await municipality.load()
    const profile = municipality.profile!
    // One provision only: the restore must reach the other households through the results epoch.
    await municipality.save({
      ...profile,
      tariffs: profile.tariffs.map((t) =>
        t.provisionId === 'wmo.begeleiding-individueel' ? { ...t, rateCents: t.rateCents * 2 } : t,
      ),
    })
    await store.sync()
    expect(total(store)).toBeGreaterThan(original)
    // Restore the backup made before the tariff change (what the backup screen does).
    await workspace.data.restoreDatabase(JSON.parse(JSON.stringify(dump)) as typeof dump)
    await until(() => store.status === 'ready' && total(store) === original && !store.refreshing, 30_000)
    await store.sync()
    expect(total(store)).toBe(original)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a tariff changed elsewhere (another window) reaches the open portfolio through the change feed', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store } = countingPortfolioStore(workspace)
    await store.sync()
    const before = total(store)
    const profile = await workspace.data.municipalities.getActiveProfile()
    // Straight through the data layer: no store tells the portfolio.
    await workspace.data.municipalities.saveProfile({
      ...profile,
      tariffs: profile.tariffs.map((t) => ({ ...t, rateCents: t.rateCents * 2 })),
    })
    await workspace.data.municipalities.setActiveProfile(profile.code)
    await until(() => total(store) > before && store.staleCount === 0 && !store.refreshing, 30_000)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a case edited in another window reaches the open portfolio: it says the household is not current until it is recomputed', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store, evaluated, reset } = countingPortfolioStore(workspace)
    await store.sync()
    const [result] = (await workspace.data.portfolioResults!.readSnapshot()).results
    const id = result!.householdId
    // What the page says meanwhile: the households not current, and the refresh under way.
    const said: number[] = []
    const watch = reaction(
      () =>
        store.staleCount +
        (store.refreshProgress ? store.refreshProgress.total - store.refreshProgress.done : 0),
      (count) => said.push(count),
    )
    reset()
    // Another window's connection: its own write, no store of this page hears of it.
    const other = new MaatwerkDb(workspace.data.portfolioResults!.databaseName!)
    await other.transaction('rw', other.households, other.caseContents, async () => {
      const household = (await other.households.get(id))!
      const content = (await other.caseContents.get(id))!
      await other.caseContents.put({
        ...content,
        lines: content.lines.map((l) => ({ ...l, value: { ...l.value, volume: l.value.volume + 3 } })),
      })
      await other.households.put({ ...household, updatedAt: '2099-01-01T00:00:00.000Z' })
    })
    other.close()
    await until(() => evaluated() === 1 && store.staleCount === 0 && !store.refreshing, 30_000)
    watch()
    expect(said.some((count) => count >= 1)).toBe(true)
    expect(said.at(-1)).toBe(0)
    expect(evaluated()).toBe(1)
    const stored = (await workspace.data.portfolioResults!.readSnapshot()).results.find(
      (r) => r.householdId === id,
    )
    expect(stored?.caseVersion).toBe('2099-01-01T00:00:00.000Z')
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('case files imported while the portfolio is open are evaluated (only they) and stored', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store, evaluated, reset } = countingPortfolioStore(workspace)
    await store.sync()
    reset()
    const more = generatePortfolio({ size: 7, seed: 31, startYear: 2026, provisions: PROVISIONS })
    await workspace.data.cases.importMany(more.map((file, i) => ({ name: `more-${i}`, file })))
    await until(() => store.report!.counts.households === SIZE + 7 && !store.refreshing, 30_000)
    expect(evaluated()).toBe(7)
    expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(SIZE + 7)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a stored row it cannot read (damaged) is shown as not current and recomputed; a first-format row is read', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace)
    await first.store.sync()
    const before = first.store.report!.lines
    first.store.dispose()
    const repository = workspace.data.portfolioResults!
    const [damaged, other, older] = (await repository.readSnapshot()).results
    const raw = new MaatwerkDb(repository.databaseName!)
    await raw.portfolioResults.bulkPut([
      // Damaged: a series that is not cents per month and slot, and a row without its fields.
      { ...encodeStoredResult(damaged!), values: new Float64Array(3) },
      { ...encodeStoredResult(other!), head: '{' },
      // The first format (the entry as a nested object) is still read: not recomputed.
      older as unknown as PortfolioResultRow,
    ])
    raw.close()
    const { store, evaluated } = countingPortfolioStore(workspace)
    const seen: number[] = []
    const stop = reaction(
      () => store.staleCount,
      (count) => seen.push(count),
    )
    await store.sync()
    stop()
    expect(seen[0]).toBe(2)
    expect(evaluated()).toBe(2)
    expect(store.report!.lines).toEqual(before)
    await expectStoredResultsCurrent(store, workspace.data)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a cancelled refresh leaves the households marked as not current', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store } = countingPortfolioStore(workspace)
    await store.open()
    store.cancelRefresh()
    await until(() => !store.refreshing)
    expect(store.staleCount).toBeGreaterThan(0)
    await store.refreshStale()
    expect(store.staleCount).toBe(0)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('evaluates a structural what-if only for the households it changes, with progress, and equal to a full evaluation', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store, evaluated, reset } = countingPortfolioStore(workspace)
    await store.sync()
    const cases = await workspace.data.cases.loadAllCases()
    const helped = cases.filter((c) => {
      const choice = scenarioForPortfolio(c.scenarios)
      return (
        choice.kind !== 'none' &&
        choice.scenario.lines.some((l) => l.provisionId === HOUSEHOLD_HELP_PROVISION_ID)
      )
    })
    expect(helped.length).toBeGreaterThan(0)
    expect(helped.length).toBeLessThan(SIZE)
    const levers: WhatIfLevers = { ...NO_LEVERS, householdHelpPercentChange: 20 }
    const progress: { done: number; total: number }[] = []
    const stop = reaction(
      () => store.whatIfProgress,
      (p) => p && progress.push(p),
    )
    reset()
    await store.applyLevers(levers)
    stop()
    // Only the households with household help were evaluated again; every other kept its stored result.
    expect(evaluated()).toBe(helped.length)
    expect(progress.at(-1)).toEqual({ done: helped.length, total: helped.length })
    expect(store.report!.whatIf!.reevaluated).toBe(helped.length)
    // The same figures as evaluating the whole portfolio under the levers at once, from scratch.
    const profile = await workspace.data.municipalities.getActiveProfile()
    const full = new PortfolioComputation(evaluateScenario, PROVISIONS)
    full.load(cases, profile)
    const expected = full.report(2026, levers)
    expect(store.report!.whatIf!.lines).toEqual(expected.whatIf!.lines)
    expect(store.report!.whatIf!.mostAffected).toEqual(expected.whatIf!.mostAffected)
    expect(store.report!.whatIf!.lines).not.toEqual(store.report!.lines)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a stopped what-if goes back to the baseline and reports no what-if', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const { store } = countingPortfolioStore(workspace)
    await store.sync()
    const stop = reaction(
      () => store.whatIfProgress,
      (p) => p && store.cancelWhatIf(),
    )
    await store.applyLevers({ ...NO_LEVERS, zinToPgbPercent: 50 })
    stop()
    expect(store.levers).toEqual(NO_LEVERS)
    expect(store.report!.whatIf).toBeNull()
    expect(store.whatIfProgress).toBeNull()
    store.dispose()
    workspace.data.close()
  }, 120_000)
})
