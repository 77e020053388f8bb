import { getDependencyTree, reaction } from 'mobx'
import { afterEach, describe, expect, it } from 'vitest'
import { generatePortfolio } from '#shared/portfolio'
import {
  CasesStore,
  selectVisibleSummaries,
  type HouseholdSummary,
} from '../../../renderer/src/stores/cases-store'
import type { DataLayer } from '../../../renderer/src/data'
import {
  EXAMPLE_BAKKER,
  EXAMPLE_VAN_DEN_BERG,
  PROVISIONS,
  caseloadFactsOf,
  caseloadScenarioOf,
  evaluateScenario,
  serializeCaseFile,
} from '#shared'
import { municipalNetPerMonthCents } from '#shared/decision/money-figures'
import { analyseCase } from '../../../renderer/src/data/caseload-analysis'
import { localToday } from '../../../renderer/src/format/today'
import { openTestWorkspace, until } from './workspace-fixtures'
import { i18next } from '../../../renderer/src/i18n'
import { messageText } from '../../../renderer/src/views/common/message-text'

let data: DataLayer | null = null
afterEach(() => {
  data?.close()
  data = null
})

function summary(label: string, updatedAt: string, monthlyCostCents: number | null): HouseholdSummary {
  return {
    id: label,
    label,
    memberCount: 1,
    scenarioCount: 1,
    example: false,
    origin: null,
    updatedAt,
    createdAt: updatedAt,
    monthlyCostCents,
  }
}

describe('selectVisibleSummaries', () => {
  const list = [
    summary('Gezin Yilmaz', '2026-01-02T10:00:00Z', 50_000),
    summary('Mevrouw Bakker', '2026-01-03T10:00:00Z', null),
    summary('Ölmez', '2026-01-01T10:00:00Z', 120_000),
  ]

  it('sorts by name in Dutch collation, last change (newest first) and monthly cost (highest first, unknown last)', () => {
    expect(selectVisibleSummaries(list, '', 'name').map((s) => s.label)).toEqual([
      'Gezin Yilmaz',
      'Mevrouw Bakker',
      'Ölmez',
    ])
    expect(selectVisibleSummaries(list, '', 'updated').map((s) => s.label)).toEqual([
      'Mevrouw Bakker',
      'Gezin Yilmaz',
      'Ölmez',
    ])
    expect(selectVisibleSummaries(list, '', 'cost').map((s) => s.label)).toEqual([
      'Ölmez',
      'Gezin Yilmaz',
      'Mevrouw Bakker',
    ])
  })

  it('filters case-insensitively on the label and leaves the input untouched', () => {
    expect(selectVisibleSummaries(list, '  bakker ', 'name').map((s) => s.label)).toEqual(['Mevrouw Bakker'])
    expect(list[0]!.label).toBe('Gezin Yilmaz')
  })
})

async function openStore() {
  const ws = await openTestWorkspace()
  data = ws.data
  const store = new CasesStore(ws.data, ws.ui, ws.files, ws.engine)
  store.start()
  await until(() => store.loaded)
  return { ...ws, store }
}

describe('CasesStore', () => {
  it('imports a valid case file and lists it', async () => {
    const { store } = await openStore()
    const outcome = await store.importText(serializeCaseFile(EXAMPLE_BAKKER))
    expect(outcome.ok).toBe(true)
    await until(() => store.summaries.length === 1)
    expect(store.summaries[0]!.label).toBe(EXAMPLE_BAKKER.household.label)
  })

  it('refuses a broken case file with every problem by path and writes nothing', async () => {
    const { store } = await openStore()
    await store.importText(serializeCaseFile(EXAMPLE_BAKKER))
    await until(() => store.summaries.length === 1)
    const broken = structuredClone(EXAMPLE_VAN_DEN_BERG)
    broken.household.members[0]!.birthDate = '1942-02-30'
    broken.scenarios[0]!.lines[0]!.personId = 'p-unknown'
    const outcome = await store.importText(JSON.stringify(broken))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    const paths = outcome.problems.map((p) => p.path)
    expect(paths).toContain('household.members[0].birthDate')
    expect(paths).toContain('scenarios[0].lines[0].personId')
    expect(outcome.problems.every((p) => messageText(p.message, i18next.t).length > 0)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.summaries).toHaveLength(1)
  })

  it('refuses text that is not JSON', async () => {
    const { store } = await openStore()
    const outcome = await store.importText('{ this is not json')
    expect(outcome.ok).toBe(false)
  })

  it('exports pseudonymised by default and with identifying data only when asked', async () => {
    const { store, saved } = await openStore()
    const outcome = await store.importText(serializeCaseFile(EXAMPLE_VAN_DEN_BERG))
    if (!outcome.ok) throw new Error('import failed')
    const pseudoOk = await store.exportCase(outcome.householdId, { includeIdentifying: false })
    expect(pseudoOk, JSON.stringify(store['ui'].notice)).toBe(true)
    expect(await store.exportCase(outcome.householdId, { includeIdentifying: true })).toBe(true)
    const [pseudo, full] = saved
    expect(pseudo!.text).not.toContain('Anja')
    expect(pseudo!.text).not.toContain('999993847')
    expect(pseudo!.text).not.toContain('1942-05-14')
    expect(pseudo!.name).not.toContain('berg')
    expect(full!.text).toContain('Anja')
    expect(full!.text).toContain('1942-05-14')
  })

  it('creates, duplicates and deletes households', async () => {
    const { store } = await openStore()
    const id = await store.create('  Familie Jansen ')
    await until(() => store.summaries.length === 1)
    expect(store.summaries[0]!.label).toBe('Familie Jansen')
    const copy = await store.duplicate(id!, 'Familie Jansen (kopie)')
    await until(() => store.summaries.length === 2)
    expect(await store.remove(copy!)).toBe(true)
    await until(() => store.summaries.length === 1)
    expect(store.summaries[0]!.id).toBe(id)
  })

  it('fills in the municipal net cost a month of the first scenario for the list, as the arrangement panel shows it', async () => {
    const { store } = await openStore()
    await store.importText(serializeCaseFile(EXAMPLE_VAN_DEN_BERG))
    await until(() => store.summaries.length === 1)
    const expected = municipalNetPerMonthCents(
      evaluateScenario({
        household: EXAMPLE_VAN_DEN_BERG.household,
        scenario: EXAMPLE_VAN_DEN_BERG.scenarios[0]!,
      }),
    )
    await until(() => store.costOf(store.summaries[0]!) !== null)
    expect(store.costOf(store.summaries[0]!)).toBe(expected)
  })
  it('holds the background analysis while bulk work elsewhere has the UI thread, then finishes it', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    let held = true
    const store = new CasesStore(ws.data, ws.ui, ws.files, ws.engine, undefined, () => held)
    store.start()
    await until(() => store.loaded)
    for (const file of [EXAMPLE_VAN_DEN_BERG, EXAMPLE_BAKKER]) await store.importText(serializeCaseFile(file))
    await until(() => store.summaries.length === 2)
    // The analysis starts 600 ms after the list settles; held, it analyses nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(store.analysedCount).toBe(0)
    held = false
    await until(() => store.analysedCount === 2, 5_000)
    store.stop()
  })

  it('the counts follow the analysis through one revision, not one tracked entry per household', async () => {
    // At 30,000 households a tracked entry per household made every published slice cost some 300 ms
    // of recomputation (issue 13: it showed up when going from the case list to the portfolio).
    const { store, data: layer } = await openStore()
    await layer.cases.importMany(
      generatePortfolio({ size: 12, seed: 3, startYear: 2026, provisions: PROVISIONS }).map((file, i) => ({
        name: `${i}`,
        file,
      })),
    )
    const seen: number[] = []
    const stop = reaction(
      () => store.analysedCount,
      (count) => seen.push(count),
    )
    await until(() => store.analysedCount === 12, 30_000)
    // Read while the reaction still observes the count.
    const dependencies = getDependencyTree(store, 'analysedCount').dependencies ?? []
    stop()
    expect(seen.at(-1)).toBe(12)
    // The summaries and the revision (not twelve entries of a map).
    expect(dependencies.map((d) => d.name.split('.').at(-1)).sort()).toEqual([
      'analysedRevision',
      'summaries',
    ])
    store.stop()
  })

  it('analyses a household saved while the worker was reading: it does not stay "being analysed"', async () => {
    // Seen in CI: "5 van 5 huishoudens · Casussen doorrekenen… 4 van 5" for good. A save landed while
    // the worker analysed; its new summary came in while the run was busy (so it was not scheduled),
    // and the worker's way out of the run did not look again.
    const ws = await openTestWorkspace()
    data = ws.data
    const files = generatePortfolio({ size: 5, seed: 4, startYear: 2026, provisions: PROVISIONS })
    await ws.data.cases.importMany(files.map((file, i) => ({ name: `${i}`, file })))
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    let calls = 0
    ws.data.caseloadAnalysis = {
      async analyse(ids, municipality, asOf) {
        calls++
        const cases = await ws.data.portfolioResults!.loadCases(ids)
        if (calls === 1) await gate
        return cases.map((c) => analyseCase(c, evaluateScenario, municipality, asOf))
      },
      close: () => undefined,
    }
    const store = new CasesStore(ws.data, ws.ui, ws.files, ws.engine)
    store.start()
    await until(() => calls === 1, 10_000)
    const edited = store.summaries[0]!
    await ws.data.cases.updateHousehold({ id: edited.id, label: 'Hernoemd tijdens de analyse' })
    await until(() => store.summaries.some((s) => s.label === 'Hernoemd tijdens de analyse'))
    release()
    await until(() => store.analysedCount === 5, 10_000)
    const current = store.summaries.find((s) => s.id === edited.id)!
    expect(store.analysed.get(edited.id)?.updatedAt).toBe(current.updatedAt)
    expect(calls).toBe(2)
    store.stop()
  })

  it('counts the households the analysis found changed outside Maatwerk, as its flag does', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    const files = generatePortfolio({ size: 4, seed: 5, startYear: 2026, provisions: PROVISIONS })
    await ws.data.cases.importMany(files.map((file, i) => ({ name: `${i}`, file })))
    const changedId = (await ws.data.cases.loadAllCases())[2]!.household.id
    // The worker played here: it marks one household as its content check would.
    ws.data.caseloadAnalysis = {
      async analyse(ids, municipality, asOf) {
        const cases = await ws.data.portfolioResults!.loadCases(ids)
        return cases.map((c) =>
          analyseCase(
            c.household.id === changedId ? { ...c, contentChanged: true } : c,
            evaluateScenario,
            municipality,
            asOf,
          ),
        )
      },
      close: () => undefined,
    }
    const store = new CasesStore(ws.data, ws.ui, ws.files, ws.engine)
    store.start()
    expect(store.contentChangedCount).toBe(0)
    await until(() => store.analysedCount === 4, 10_000)
    expect(store.contentChangedCount).toBe(1)
    expect(store.counts.flags['content-changed']).toBe(1)
    store.toggleFlag('content-changed')
    expect(store.visible.map((s) => s.id)).toEqual([changedId])
    store.stop()
  })

  // Issue 13: after bulk work the analysis of tens of thousands of households ran on the UI thread.
  it('with an analysis worker, reads and evaluates nothing on this thread and shows the worker’s facts', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    const files = generatePortfolio({ size: 30, seed: 8, startYear: 2026, provisions: PROVISIONS })
    await ws.data.cases.importMany(files.map((file, i) => ({ name: `${i}`, file })))
    // The worker played here: the same reads (by id, through the stored-results repository) and the
    // same shared analysis the worker runs (caseload.worker.ts).
    const requests: number[] = []
    let failAt = -1
    ws.data.caseloadAnalysis = {
      async analyse(ids, municipality, asOf) {
        requests.push(ids.length)
        if (requests.length === failAt) throw new Error('worker gone')
        const cases = await ws.data.portfolioResults!.loadCases(ids)
        return cases.map((c) => analyseCase(c, evaluateScenario, municipality, asOf))
      },
      close: () => undefined,
    }
    let onThisThread = 0
    const engine = {
      ...ws.engine,
      evaluateScenario: (input: Parameters<typeof ws.engine.evaluateScenario>[0]) => {
        onThisThread++
        return ws.engine.evaluateScenario(input)
      },
    }
    const store = new CasesStore(ws.data, ws.ui, ws.files, engine)
    store.start()
    await until(() => store.analysedCount === 30, 30_000)
    expect(onThisThread).toBe(0)
    expect(requests).toEqual([30])
    // The list's facts are the engine's own for each household.
    const profile = await ws.data.municipalities.getActiveProfile()
    const byLabel = new Map(files.map((f) => [f.household.label, f]))
    for (const s of store.summaries) {
      const file = byLabel.get(s.label)!
      const scenario = caseloadScenarioOf(file.scenarios)
      const result = scenario
        ? evaluateScenario({ household: file.household, scenario, municipality: profile })
        : null
      expect(store.factsOf(s)).toEqual(
        caseloadFactsOf({ household: file.household, scenarios: file.scenarios, asOf: localToday(), result }),
      )
    }
    store.stop()

    // A worker that fails: the rest is analysed on this thread, nothing is left out.
    failAt = requests.length + 1
    const again = new CasesStore(ws.data, ws.ui, ws.files, engine)
    again.start()
    await until(() => again.analysedCount === 30, 30_000)
    expect(onThisThread).toBe(30)
    again.stop()
  })
})
