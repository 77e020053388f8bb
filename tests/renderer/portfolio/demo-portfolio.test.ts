import { describe, expect, it } from 'vitest'
import { evaluateScenario, PROVISIONS } from '#shared'
import { generatePortfolio } from '#shared/portfolio'
import { EXAMPLES_DELETE_ACTION } from '../../../renderer/src/data/case-repository'
import { DEMO_PORTFOLIO_MESSAGES, EXAMPLES_GENERATE_ACTION } from '../../../renderer/src/data/demo-portfolio'
import { CasesStore } from '../../../renderer/src/stores/cases-store'
import { openTestWorkspace, until } from '../stores/workspace-fixtures'
import { countingPortfolioStore, DEMO_NOW, expectStoppedDemoKeepsWholeChunks } from './portfolio-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

describe('PortfolioStore.generateDemo — bulk generation with stored results', () => {
  it('stores N households with current results equal to a fresh evaluation, each evaluated once, one audit entry per chunk', async () => {
    const workspace = await openTestWorkspace()
    const { store, evaluated } = countingPortfolioStore(workspace)
    await store.generateDemo(200, 5, DEMO_NOW, 60)

    expect(store.importReport).toMatchObject({ kind: 'demo', imported: 200, refused: [] })
    expect(store.importReport?.stopped).toBeUndefined()
    // Evaluated while being generated, never a second time by a refresh.
    expect(evaluated()).toBe(200)
    expect(store.staleCount).toBe(0)
    expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(200)
    expect(store.report!.counts).toMatchObject({ households: 200, synthetic: 200 })
    const cases = await workspace.data.cases.loadAllCases()
    expect(cases.every((c) => c.example)).toBe(true)

    // 200 households in chunks of 60: four chunks, four audit entries counting them, none per household.
    const audit = await workspace.data.audit.list()
    const generated = audit.filter((e) => e.action === EXAMPLES_GENERATE_ACTION)
    expect(generated.map((e) => e.objectId).sort()).toEqual(['count:20', 'count:60', 'count:60', 'count:60'])
    expect(generated.every((e) => e.householdId === null)).toBe(true)
    expect(audit.filter((e) => e.action === 'case.import')).toHaveLength(0)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('stopped mid-way keeps whole chunks only, each household with its current result', async () => {
    const workspace = await openTestWorkspace()
    const { store } = countingPortfolioStore(workspace)
    await expectStoppedDemoKeepsWholeChunks(workspace, store, 6)
    expect(store.demoStopping).toBe(false)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('gives every household a unique label across repeated generations, even in the same second', async () => {
    const workspace = await openTestWorkspace()
    const { store } = countingPortfolioStore(workspace)
    await store.generateDemo(200, 7, DEMO_NOW, 100)
    await store.generateDemo(200, 7, DEMO_NOW, 100)
    const labels = (await workspace.data.cases.loadAllCases()).map((c) => c.household.label)
    expect(labels).toHaveLength(400)
    expect(new Set(labels).size).toBe(400)
    store.dispose()
    workspace.data.close()
  }, 120_000)

  it('removing the examples removes only demo households and their stored results, never a real case', async () => {
    const workspace = await openTestWorkspace()
    const { data } = workspace
    const [own] = generatePortfolio({ seed: 3, size: 1, startYear: 2026, provisions: PROVISIONS })
    const ownId = await data.cases.importCaseFile(own!)
    const { store } = countingPortfolioStore(workspace)
    await store.sync()
    await store.generateDemo(200, 8, DEMO_NOW, 100)
    expect((await data.portfolioResults!.readSnapshot()).results).toHaveLength(201)

    const result = await data.removeExamples({ chunkSize: 70 })
    expect(result).toEqual({ removed: 200, total: 200, cancelled: false })
    const left = await data.cases.loadAllCases()
    expect(left.map((c) => c.household.id)).toEqual([ownId])
    const snapshot = await data.portfolioResults!.readSnapshot()
    expect(snapshot.results.map((r) => r.householdId)).toEqual([ownId])
    // No row of a removed household is left in any table (members, lines, …), the own ones all are.
    const { tables } = await data.dumpDatabase()
    for (const name of ['members', 'carers', 'assessments', 'scenarios', 'lines', 'doNothing']) {
      const rows = (tables[name] ?? []) as { householdId: string }[]
      expect(rows.every((row) => row.householdId === ownId)).toBe(true)
    }
    expect(tables['members']).toHaveLength(own!.household.members.length)
    expect(tables['lines']).toHaveLength(own!.scenarios.flatMap((s) => s.lines).length)
    const removals = (await data.audit.list()).filter((e) => e.action === EXAMPLES_DELETE_ACTION)
    // Chunks of at most 70 neighbours in key order (the own case, wherever it sorts, splits a stretch).
    const counts = removals.map((e) => Number(e.objectId.replace('count:', '')))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200)
    expect(Math.max(...counts)).toBeLessThanOrEqual(70)
    expect(counts.length).toBeLessThanOrEqual(4)
    store.dispose()
    data.close()
  }, 120_000)
})

describe('demo portfolio writer', () => {
  it('writes a chunk all or nothing: a failing write leaves no household, result or audit entry of it', async () => {
    const workspace = await openTestWorkspace()
    const { data } = workspace
    const writer = data.demoPortfolio!
    const files = generatePortfolio({ seed: 4, size: 5, startYear: 2026, provisions: PROVISIONS, batch: 'x' })
    const chunk = await writer.prepare(files)
    const profile = await data.municipalities.getActiveProfile()
    const { createFingerprintContext, evaluateEntry } = await import('#shared/portfolio')
    const fingerprints = createFingerprintContext(profile)
    const results = chunk.cases.map((c) => {
      const entry = evaluateEntry(c, profile, evaluateScenario)
      return {
        householdId: c.household.id,
        caseVersion: c.updatedAt,
        fingerprint: fingerprints.fingerprintOf(entry.provisionIds),
        entry,
      }
    })
    // Results that do not match the chunk are refused before anything is written.
    await expect(writer.write(chunk, results.slice(1))).rejects.toThrow(
      DEMO_PORTFOLIO_MESSAGES.resultsMismatch,
    )
    await writer.write(chunk, results)
    const auditBefore = (await data.audit.list()).length
    // The same households again: the second write fails part-way (ids taken) and is rolled back whole.
    const again = {
      ...chunk,
      cases: chunk.cases,
      rows: chunk.rows.map((rows, i) =>
        i === 0 ? { ...rows, household: { ...rows.household, id: 'fresh' } } : rows,
      ),
    }
    const againResults = results.map((r, i) => (i === 0 ? { ...r, householdId: 'fresh' } : r))
    await expect(writer.write(again, againResults)).rejects.toBeTruthy()
    expect((await data.cases.loadAllCases()).map((c) => c.household.id).sort()).toEqual(
      chunk.cases.map((c) => c.household.id).sort(),
    )
    expect((await data.portfolioResults!.readSnapshot()).results).toHaveLength(5)
    expect((await data.audit.list()).length).toBe(auditBefore)
    data.close()
  }, 60_000)
})

describe('bulk work and the case list', () => {
  it('the case list does not re-read or analyse during bulk work, and catches up once it ends', async () => {
    const ws = await openTestWorkspace()
    const cases = new CasesStore(ws.data, ws.ui, ws.files, ws.engine)
    cases.start()
    await until(() => cases.loaded)
    const end = ws.ui.beginBulkWork()
    await ws.data.cases.createHousehold('Tijdens bulkwerk')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(cases.summaries).toHaveLength(0)
    end()
    end() // a second call changes nothing
    expect(ws.ui.bulkWork).toBe(0)
    await until(() => cases.summaries.length === 1)
    expect(cases.summaries[0]?.label).toBe('Tijdens bulkwerk')
    cases.stop()
    ws.data.close()
  })
})
