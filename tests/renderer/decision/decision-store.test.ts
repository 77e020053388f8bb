import { afterEach, describe, expect, it } from 'vitest'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import { DecisionStore } from '../../../renderer/src/stores/decision-store'
import type { DataLayer } from '../../../renderer/src/data'
import type { DoNothingSelection } from '../../../shared/decision/escalation'
import type { DoNothingStorage } from '../../../renderer/src/decision/do-nothing-storage'
import type { Solve } from '../../../shared/decision/optimiser/optimise'
import { EXAMPLE_VAN_DEN_BERG } from '../../../shared/examples'
import { municipalCents } from '../../../shared/decision/payers'
import { openTestWorkspace, until } from '../stores/workspace-fixtures'

const VDB = EXAMPLE_VAN_DEN_BERG.household.id
let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

function memoryStorage(): DoNothingStorage & { rows: Map<string, DoNothingSelection> } {
  const rows = new Map<string, DoNothingSelection>()
  return { rows, read: (id) => rows.get(id) ?? null, write: (s) => void rows.set(s.householdId, s) }
}

async function openDecision(storage = memoryStorage()) {
  const ws = await openTestWorkspace()
  data = ws.data
  await ws.data.seedExamples()
  const openCase = new CaseStore(ws.data, ws.ui, ws.engine, () => '2026-01-01')
  openCase.open(VDB)
  await until(() => openCase.status === 'ready')
  const highs = await (await import('highs')).default()
  const solve: Solve = (lp) => highs.solve(lp, { output_flag: false })
  const decision = new DecisionStore(
    openCase,
    ws.engine,
    ws.ui,
    storage,
    async () => solve,
    () => '2026-01-15',
  )
  return { ...ws, openCase, decision, storage }
}

describe('DecisionStore', { timeout: 30_000 }, () => {
  it('compares the scenarios with B cheaper for the municipality than A', async () => {
    const { decision } = await openDecision()
    decision.toggleCompared('s-verpleeghuis')
    const comparison = decision.comparison!
    expect(comparison.scenarios.map((s) => s.id)).toEqual(['s-professioneel', 's-zorgcooperatie'])
    expect(comparison.summaries[1]!.municipalDeltaCents).toBeLessThan(0)
    expect(comparison.cumulative.at(-1)!['s-professioneel']).toBe(
      municipalCents(comparison.results[0]!.totalByPayer),
    )
  })

  it('records the chosen arrangement with date and reasoning, and refuses a choice without reasoning', async () => {
    const { decision, data: layer } = await openDecision()
    expect(await decision.choose('s-zorgcooperatie', '   ')).toBe(false)
    expect(await decision.choose('s-zorgcooperatie', 'Goedkoper; Anja krijgt respijt')).toBe(true)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios.find((s) => s.id === 's-zorgcooperatie')!.chosen).toEqual({
      on: '2026-01-15',
      reasoning: 'Goedkoper; Anja krijgt respijt',
    })
  })

  it('records a deviation from a finding and shows it on that finding', async () => {
    const { decision, data: layer, openCase } = await openDecision()
    const result = decision.evaluateScenario(openCase.scenarios[0]!).result!
    const finding = result.findings.find((f) => f.severity === 'warning')!
    expect(
      await decision.recordDeviation('s-professioneel', finding, 'Bewust: Anja wil dit zelf blijven doen'),
    ).toBe(true)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios[0]!.deviations).toEqual([
      expect.objectContaining({
        ruleId: finding.ruleId,
        reason: 'Bewust: Anja wil dit zelf blijven doen',
        decidedOn: '2026-01-15',
      }),
    ])
    const summary = decision.comparison!.summaries[0]!
    expect(summary.deviationCount).toBe(1)
    expect(summary.warnings.find((w) => w.finding.ruleId === finding.ruleId)?.deviated).toBe(true)
  })

  it('recomputes a what-if at once without saving, and saves only on keep', async () => {
    const { decision, data: layer } = await openDecision()
    decision.selectWhatIfScenario('s-zorgcooperatie')
    const respite = decision.levers.find((l) => l.kind === 'line-volume' && l.lineId === 'b-logeeropvang')!
    const before = municipalCents(decision.whatIfResult!.totalByPayer)
    decision.setLever(respite, 4)
    expect(municipalCents(decision.whatIfResult!.totalByPayer)).toBeGreaterThan(before)
    const unsaved = await layer.cases.loadCase(VDB)
    expect(
      unsaved!.scenarios
        .find((s) => s.id === 's-zorgcooperatie')!
        .lines.find((l) => l.id === 'b-logeeropvang')!.volume,
    ).toBe(2)
    expect(await decision.keepWhatIf()).toBe(true)
    const saved = await layer.cases.loadCase(VDB)
    expect(
      saved!.scenarios.find((s) => s.id === 's-zorgcooperatie')!.lines.find((l) => l.id === 'b-logeeropvang')!
        .volume,
    ).toBe(4)
    expect(decision.hasWhatIfChanges).toBe(false)
  })

  it('runs the optimiser and saves its proposal as a normal scenario', async () => {
    const { decision, data: layer, openCase } = await openDecision()
    await decision.runOptimiser()
    const run = decision.run
    expect(run.status).toBe('done')
    if (run.status !== 'done' || run.outcome.kind !== 'proposal') throw new Error('no proposal')
    expect(run.alternatives.map((a) => a.scenarioId)).toEqual([
      's-professioneel',
      's-zorgcooperatie',
      's-verpleeghuis',
    ])
    const id = await decision.acceptProposal()
    expect(id).toBe(run.outcome.scenario.id)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios.find((s) => s.id === id)?.lines.length).toBe(run.outcome.scenario.lines.length)
    expect(openCase.selectedScenario?.id).toBe(id)
  })

  it('keeps the cost-of-doing-nothing selection per household apart from the scenarios', async () => {
    const { decision, storage, data: layer } = await openDecision()
    decision.addRisk('homelessness')
    decision.updateRisk(0, { likelihood: 0.1, likelihoodSource: 'inschatting wijkteam' })
    expect(decision.doNothingBaseline!.totalCents).toBe(Math.round((30_000_00 / 12) * 36 * 0.1))
    expect(storage.rows.get(VDB)!.risks).toHaveLength(1)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios).toHaveLength(3)
  })

  it('starts afresh when another household is opened', async () => {
    const { decision, openCase } = await openDecision()
    decision.selectWhatIfScenario('s-zorgcooperatie')
    decision.setLever({ kind: 'tariff-percent' }, 10)
    decision.toggleExcludedForm('pgb')
    openCase.open('h-yilmaz')
    await until(() => openCase.status === 'ready')
    expect(decision.whatIfValues).toEqual({})
    expect(decision.excludedDeliveryForms).toEqual([])
    expect(decision.whatIfScenario?.id).not.toBe('s-zorgcooperatie')
  })
})
