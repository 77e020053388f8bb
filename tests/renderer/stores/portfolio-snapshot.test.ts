// Issue 13: the portfolio opens from its stored snapshot (the aggregated first page) only while the
// snapshot is current — same portfolio revision, same profile, parameters and engine — and shows what
// it is still loading; after any change that reaches the portfolio the snapshot is not used and the
// page shows the new figures. The snapshot equals a fresh aggregation of fresh evaluations.
import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { NO_LEVERS, currentResultVersions, generatePortfolio, type ResultVersions } from '#shared/portfolio'
import type { DataLayer, StoredPortfolioSnapshot } from '../../../renderer/src/data/api'
import { PortfolioStore } from '../../../renderer/src/stores/portfolio-store'
import {
  createInlinePortfolioClient,
  type PortfolioClient,
} from '../../../renderer/src/workers/portfolio-client'
import { PortfolioComputation } from '../../../renderer/src/workers/portfolio-computation'
import type { PortfolioReport } from '../../../renderer/src/workers/portfolio-protocol'
import { expectStoredResultsCurrent } from '../portfolio/stored-results-check'
import { countingPortfolioStore, findCostlyLineEdit } from '../portfolio/portfolio-fixtures'
import { openTestWorkspace, until } from './workspace-fixtures'

const SIZE = 24
type Workspace = Awaited<ReturnType<typeof openTestWorkspace>>

async function withPortfolio(data: DataLayer, seed = 11, size = SIZE, batch = 'a'): Promise<void> {
  await data.cases.importMany(
    generatePortfolio({ size, seed, startYear: 2026, provisions: PROVISIONS, batch }).map((file, i) => ({
      name: `${batch}-${i}`,
      file,
    })),
  )
}

/**
 * A store whose worker holds its reading of the stored rows until `release()`: while held, a store
 * that opened from the snapshot is already 'ready', one that did not is still 'loading'.
 */
function heldStore(workspace: Workspace, versions: ResultVersions = currentResultVersions()) {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  const state = { asked: false }
  const store = new PortfolioStore(
    workspace.data,
    workspace.ui,
    workspace.engine,
    (): PortfolioClient => {
      const client = createInlinePortfolioClient(evaluateScenario, PROVISIONS)
      return {
        ...client,
        openStored: async (...args) => {
          state.asked = true
          await held
          return client.openStored(...args)
        },
      }
    },
    () => 2026,
    () => versions,
  )
  return { store, state, release }
}

/** Every year's baseline report from fresh evaluations of the stored cases against the active profile. */
async function freshReports(data: DataLayer): Promise<PortfolioReport[]> {
  const computation = new PortfolioComputation(evaluateScenario, PROVISIONS)
  const cases = await data.cases.loadAllCases()
  const profile = await data.municipalities.getActiveProfile()
  computation.load(
    cases.map((c) => ({
      household: c.household,
      scenarios: c.scenarios,
      updatedAt: c.updatedAt,
      example: c.example,
      origin: c.origin,
    })),
    profile,
  )
  return computation.availableYears().map((year) => computation.report(year, NO_LEVERS))
}

/** Waits until the stored snapshot is the current one (stored in the background after an open). */
async function currentSnapshot(data: DataLayer): Promise<StoredPortfolioSnapshot> {
  const started = Date.now()
  for (;;) {
    const state = await data.portfolioResults!.readPortfolioState()
    const snapshot = state.snapshot
    if (snapshot && snapshot.revision === state.revision) return snapshot
    if (Date.now() - started > 30_000) throw new Error('no current snapshot stored')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Opens a held store and says whether the page was shown from the snapshot (before the rows were read). */
async function openHeld(workspace: Workspace, versions?: ResultVersions) {
  const held = heldStore(workspace, versions)
  const opening = held.store.open()
  await until(() => held.state.asked, 30_000)
  // Give a snapshot open every chance to finish before looking (it needs no rows).
  await new Promise((resolve) => setTimeout(resolve, 50))
  const fromSnapshot = held.store.status === 'ready'
  const shownWhileLoading = fromSnapshot ? held.store.detailLoading : false
  held.release()
  await opening
  await until(() => !held.store.detailLoading, 30_000)
  await held.store.sync()
  return { store: held.store, fromSnapshot, shownWhileLoading }
}

const year = (report: PortfolioReport | null) => report?.year ?? 2026
const reportOf = (reports: PortfolioReport[], y: number) => reports.find((r) => r.year === y)

describe('PortfolioStore — stored snapshot', () => {
  it('stores every year as a fresh aggregation of fresh evaluations would give it', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const store = countingPortfolioStore(workspace).store
    await store.sync()
    await expectStoredResultsCurrent(store, workspace.data)
    const snapshot = await currentSnapshot(workspace.data)
    const payload = snapshot.payload as {
      households: number
      availableYears: number[]
      reports: PortfolioReport[]
    }
    const fresh = await freshReports(workspace.data)
    expect(payload.households).toBe(SIZE)
    expect(payload.availableYears).toEqual(fresh.map((r) => r.year))
    expect(payload.reports).toEqual(fresh)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('opens from the snapshot before a single row is read, says it is loading the households, then shows the same figures from them', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace).store
    await first.sync()
    await currentSnapshot(workspace.data)
    first.dispose()

    const held = heldStore(workspace)
    await held.store.open()
    // The page is up, from two small reads; the rows are still being read.
    expect(held.state.asked).toBe(true)
    expect(held.store.status).toBe('ready')
    expect(held.store.detailLoading).toBe(true)
    expect(held.store.holdsBackground).toBe(true)
    const fresh = await freshReports(workspace.data)
    const y = year(held.store.report)
    expect(held.store.report).toEqual(reportOf(fresh, y))
    // Another year while the rows load: also from the snapshot.
    const other = fresh.find((r) => r.year !== y)!
    await held.store.setYear(other.year)
    expect(held.store.report).toEqual(other)
    // A drill-down waits for the households instead of answering from nothing.
    const drill = held.store.drill('wmo', null)
    held.release()
    await drill
    expect(held.store.detailLoading).toBe(false)
    expect(held.store.drillRows.length).toBeGreaterThan(0)
    expect(held.store.report).toEqual(other)
    expect(held.store.staleCount).toBe(0)
    held.store.dispose()
    workspace.data.close()
  }, 120_000)

  it('a what-if applied while the households behind the snapshot load reports its figures, without an error', async () => {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace).store
    await first.sync()
    await currentSnapshot(workspace.data)
    first.dispose()

    const held = heldStore(workspace)
    await held.store.open()
    expect(held.store.detailLoading).toBe(true)
    // "Doorrekenen" on the snapshot's page: the levers wait for the households, the cases and the pool.
    const levers = { ...NO_LEVERS, householdHelpPercentChange: 10 }
    const applying = held.store.applyLevers(levers)
    held.release()
    await applying
    expect(workspace.ui.notice).toBeNull()
    expect(held.store.levers).toEqual(levers)
    expect(held.store.report?.whatIf?.reevaluated).toBeGreaterThan(0)
    held.store.dispose()
    workspace.data.close()
  }, 120_000)

  /** Opens, stores the snapshot, applies `change`, and checks the next open ignores the snapshot. */
  async function expectChangeIgnoresSnapshot(
    change: (workspace: Workspace) => Promise<void>,
    versions?: ResultVersions,
  ): Promise<{ before: PortfolioReport[]; after: PortfolioReport[] }> {
    const workspace = await openTestWorkspace()
    await withPortfolio(workspace.data)
    const first = countingPortfolioStore(workspace).store
    await first.sync()
    const before = (await currentSnapshot(workspace.data)).payload as { reports: PortfolioReport[] }
    first.dispose()
    await change(workspace)

    const { store, fromSnapshot } = await openHeld(workspace, versions)
    expect(fromSnapshot).toBe(false)
    // The page shows the new figures: those of fresh evaluations of the changed data.
    const fresh = await freshReports(workspace.data)
    expect(store.staleCount).toBe(0)
    expect(store.report).toEqual(reportOf(fresh, year(store.report)))
    await expectStoredResultsCurrent(store, workspace.data, versions)
    // …and stores a snapshot of them, which the next open uses.
    const stored = await currentSnapshot(workspace.data)
    expect((stored.payload as { reports: PortfolioReport[] }).reports).toEqual(fresh)
    store.dispose()
    const again = await openHeld(workspace, versions)
    expect(again.fromSnapshot).toBe(true)
    expect(again.shownWhileLoading).toBe(true)
    expect(again.store.report).toEqual(reportOf(fresh, year(again.store.report)))
    again.store.dispose()
    workspace.data.close()
    return { before: before.reports, after: fresh }
  }

  const forecast = (reports: PortfolioReport[]) =>
    reports.reduce((sum, r) => sum + r.lines.reduce((s, l) => s + l.forecastCents, 0), 0)

  it('is not used after a case is edited', async () => {
    const { before, after } = await expectChangeIgnoresSnapshot(async ({ data }) => {
      const edit = await findCostlyLineEdit(data)
      await data.cases.saveLine(edit.householdId, edit.scenarioId, edit.line)
    })
    expect(forecast(after)).toBeLessThan(forecast(before))
  }, 120_000)

  it('is not used after a tariff changes', async () => {
    const { before, after } = await expectChangeIgnoresSnapshot(async ({ data }) => {
      const profile = await data.municipalities.getActiveProfile()
      await data.municipalities.saveProfile({
        ...profile,
        tariffs: profile.tariffs.map((t) =>
          t.provisionId === 'wmo.begeleiding-individueel' ? { ...t, rateCents: t.rateCents * 2 } : t,
        ),
      })
      await data.municipalities.setActiveProfile(profile.code)
    })
    expect(forecast(after)).toBeGreaterThan(forecast(before))
  }, 120_000)

  it('is not used after a budget changes (no household changes, the report does)', async () => {
    const { before, after } = await expectChangeIgnoresSnapshot(async ({ data }) => {
      const profile = await data.municipalities.getActiveProfile()
      await data.municipalities.saveProfile({
        ...profile,
        budgets: profile.budgets.map((b) => ({ ...b, cents: b.cents + 1_000_00 })),
      })
      await data.municipalities.setActiveProfile(profile.code)
    })
    expect(forecast(after)).toBe(forecast(before))
    expect(after.map((r) => r.lines.map((l) => l.budgetCents))).not.toEqual(
      before.map((r) => r.lines.map((l) => l.budgetCents)),
    )
  }, 120_000)

  it('is not used under another parameters version', async () => {
    await expectChangeIgnoresSnapshot(async () => undefined, {
      ...currentResultVersions(),
      parametersVersion: 'parameters-after-an-update',
    })
  }, 120_000)

  it('is not used after an import or a removal', async () => {
    const imported = await expectChangeIgnoresSnapshot(({ data }) => withPortfolio(data, 12, 3, 'b'))
    expect(imported.after[0]!.counts.households).toBe(SIZE + 3)
    const removed = await expectChangeIgnoresSnapshot(async ({ data }) => {
      const [first] = await data.cases.loadAllCases()
      await data.cases.deleteHousehold(first!.household.id)
    })
    expect(removed.after[0]!.counts.households).toBe(SIZE - 1)
  }, 240_000)

  it('is not used after a restore, which brings back the backup’s figures', async () => {
    let backup: PortfolioReport[] = []
    const { after } = await expectChangeIgnoresSnapshot(async (workspace) => {
      const { data } = workspace
      // The snapshot reflects the data at the backup; then a tariff changes; then the backup returns.
      const dump = await data.dumpDatabase()
      backup = await freshReports(data)
      const profile = await data.municipalities.getActiveProfile()
      await data.municipalities.saveProfile({
        ...profile,
        tariffs: profile.tariffs.map((t) => ({ ...t, rateCents: t.rateCents * 3 })),
      })
      await data.municipalities.setActiveProfile(profile.code)
      const changed = countingPortfolioStore(workspace).store
      await changed.sync()
      await currentSnapshot(data)
      changed.dispose()
      await data.restoreDatabase(JSON.parse(JSON.stringify(dump)) as typeof dump)
    })
    expect(after).toEqual(backup)
  }, 180_000)
})
