import { afterEach, describe, expect, it } from 'vitest'
import { ComparisonStore } from '../../../../renderer/src/stores/decision/comparison-store'
import type { DataLayer } from '../../../../renderer/src/data'
import { municipalCents } from '#shared/decision/payers'
import { until } from '../workspace-fixtures'
import { VDB, openDecisionDeps } from './decision-fixtures'

let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

async function openComparison() {
  const ws = await openDecisionDeps()
  data = ws.data
  return { ...ws, comparison: new ComparisonStore(ws.deps) }
}

describe('ComparisonStore', { timeout: 30_000 }, () => {
  it('compares the scenarios with B cheaper for the municipality than A', async () => {
    const { comparison } = await openComparison()
    comparison.toggleCompared('s-verpleeghuis')
    const view = comparison.comparison!
    expect(view.scenarios.map((s) => s.id)).toEqual(['s-professioneel', 's-zorgcooperatie'])
    expect(view.summaries[1]!.municipalDeltaCents).toBeLessThan(0)
    expect(view.cumulative.at(-1)!['s-professioneel']).toBe(municipalCents(view.results[0]!.totalByPayer))
  })

  it('records the chosen arrangement with date and reasoning', async () => {
    const { comparison, data: layer } = await openComparison()
    expect(await comparison.choose('s-zorgcooperatie', 'Goedkoper; Anja krijgt respijt')).toBe(true)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios.find((s) => s.id === 's-zorgcooperatie')!.chosen).toEqual({
      on: '2026-01-15',
      reasoning: 'Goedkoper; Anja krijgt respijt',
    })
  })

  it('refuses a choice without reasoning with a catalogue key, not a sentence, and stores nothing', async () => {
    const { comparison, data: layer, ui } = await openComparison()
    expect(await comparison.choose('s-zorgcooperatie', '   ')).toBe(false)
    expect(ui.notice).toEqual({ kind: 'error', key: 'decision.choose.reasonRequired', params: {} })
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios.every((s) => !s.chosen)).toBe(true)
  })

  it('records a deviation from a finding and shows it on that finding', async () => {
    const { comparison, data: layer, openCase } = await openComparison()
    const result = comparison.evaluateScenario(openCase.scenarios[0]!).result!
    const finding = result.findings.find((f) => f.severity === 'warning')!
    expect(
      await comparison.recordDeviation('s-professioneel', finding, 'Bewust: Anja wil dit zelf blijven doen'),
    ).toBe(true)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios[0]!.deviations).toEqual([
      expect.objectContaining({
        ruleId: finding.ruleId,
        reason: 'Bewust: Anja wil dit zelf blijven doen',
        decidedOn: '2026-01-15',
      }),
    ])
    const summary = comparison.comparison!.summaries[0]!
    expect(summary.deviationCount).toBe(1)
    expect(summary.warnings.find((w) => w.finding.ruleId === finding.ruleId)?.deviated).toBe(true)
  })

  it('refuses a deviation without a reason with its catalogue key', async () => {
    const { comparison, openCase, ui } = await openComparison()
    const finding = comparison.evaluateScenario(openCase.scenarios[0]!).result!.findings[0]!
    expect(await comparison.recordDeviation('s-professioneel', finding, '')).toBe(false)
    expect(ui.notice).toEqual({ kind: 'error', key: 'decision.deviation.reasonRequired', params: {} })
  })

  it('starts afresh when another household is opened', async () => {
    const { comparison, openCase } = await openComparison()
    comparison.toggleCompared('s-verpleeghuis')
    expect(comparison.compareIds).not.toBeNull()
    openCase.open('h-yilmaz')
    await until(() => openCase.status === 'ready')
    expect(comparison.compareIds).toBeNull()
  })
})
