import { afterEach, describe, expect, it } from 'vitest'
import {
  MAX_RESPITE_ETMALEN_PER_MONTH,
  OptimiserStore,
} from '../../../../renderer/src/stores/decision/optimiser-store'
import type { DataLayer } from '../../../../renderer/src/data'
import { MAX_NEED_HOURS_PER_WEEK } from '#shared/decision/optimiser/needs'
import { until } from '../workspace-fixtures'
import { VDB, openDecisionDeps } from './decision-fixtures'

let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

async function openOptimiser() {
  const ws = await openDecisionDeps()
  data = ws.data
  return { ...ws, optimiser: new OptimiserStore(ws.deps) }
}

describe('OptimiserStore', { timeout: 60_000 }, () => {
  it('runs the optimiser, names the proposal as the view asks, and saves it as a normal scenario', async () => {
    const { optimiser, data: layer, openCase, ui } = await openOptimiser()
    await optimiser.runOptimiser('Voorstel optimalisatie')
    const run = optimiser.run
    expect(run.status).toBe('done')
    if (run.status !== 'done' || run.outcome.kind !== 'proposal') throw new Error('no proposal')
    expect(run.outcome.scenario.name).toBe('Voorstel optimalisatie')
    expect(run.alternatives.map((a) => a.scenarioId)).toEqual([
      's-professioneel',
      's-zorgcooperatie',
      's-verpleeghuis',
    ])
    const id = await optimiser.acceptProposal()
    expect(id).toBe(run.outcome.scenario.id)
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.scenarios.find((s) => s.id === id)?.lines.length).toBe(run.outcome.scenario.lines.length)
    expect(openCase.selectedScenario?.id).toBe(id)
    expect(ui.notice).toEqual({
      kind: 'info',
      key: 'decision.optimiser.accepted',
      params: { name: 'Voorstel optimalisatie' },
    })
    expect(optimiser.run).toEqual({ status: 'idle' })
  })

  it('reports a solver that cannot load as a failed run, not a thrown error', async () => {
    const ws = await openDecisionDeps()
    data = ws.data
    const optimiser = new OptimiserStore({
      ...ws.deps,
      solver: () => Promise.reject(new Error('wasm blocked')),
    })
    await optimiser.runOptimiser('Voorstel')
    // The screen says "something unexpected went wrong" in the user's language; the thrown text is
    // only the technical part, for the fold-out.
    expect(optimiser.run).toEqual({
      status: 'failed',
      message: { key: 'engine.messages.unexpected', params: {}, technical: 'Error: wasm blocked' },
    })
  })

  it('keeps respite within 0–8 etmalen a month and ignores other values', async () => {
    const { optimiser } = await openOptimiser()
    optimiser.setRespiteEtmalen(MAX_RESPITE_ETMALEN_PER_MONTH)
    expect(optimiser.respiteEtmalenPerMonth).toBe(8)
    optimiser.setRespiteEtmalen(MAX_RESPITE_ETMALEN_PER_MONTH + 1)
    optimiser.setRespiteEtmalen(-1)
    optimiser.setRespiteEtmalen(Number.NaN)
    expect(optimiser.respiteEtmalenPerMonth).toBe(8)
  })

  it('refuses a need of negative, too many or no hours and keeps the hours it had', async () => {
    const { optimiser } = await openOptimiser()
    const need = optimiser.optimiserNeeds[0]!
    const before = optimiser.optimiserNeeds.map((n) => n.hoursPerWeek)
    for (const hours of [-1, MAX_NEED_HOURS_PER_WEEK + 0.5, Number.NaN])
      expect(optimiser.setNeedHours(need.personId, need.domain, hours)).toBe(false)
    expect(optimiser.optimiserNeeds.map((n) => n.hoursPerWeek)).toEqual(before)
    expect(optimiser.setNeedHours(need.personId, need.domain, MAX_NEED_HOURS_PER_WEEK)).toBe(true)
    expect(optimiser.optimiserNeeds[0]!.hoursPerWeek).toBe(MAX_NEED_HOURS_PER_WEEK)
    expect(optimiser.setRespiteEtmalen(1.5)).toBe(false)
    expect(optimiser.respiteEtmalenPerMonth).toBe(2)
  })

  it('toggles exclusions and locks, and keeps a limit when the new one is not a volume', async () => {
    const { optimiser } = await openOptimiser()
    optimiser.toggleExcludedForm('pgb')
    optimiser.toggleExcludedProvision('wmo.dagbesteding')
    const lock = {
      provisionId: 'wmo.dagbesteding',
      deliveryForm: 'zin' as const,
      personId: 'p-vdb',
      volume: 2,
    }
    optimiser.toggleLock(lock)
    expect(optimiser.isLocked(lock)).toBe(true)
    optimiser.setLimit('wmo.dagbesteding', 3)
    expect(optimiser.limits).toEqual([{ provisionId: 'wmo.dagbesteding', maxVolume: 3 }])
    expect(optimiser.setLimit('wmo.dagbesteding', -1)).toBe(false)
    expect(optimiser.setLimit('wmo.dagbesteding', Number.NaN)).toBe(false)
    expect(optimiser.limits).toEqual([{ provisionId: 'wmo.dagbesteding', maxVolume: 3 }])
    expect(optimiser.setLimit('wmo.dagbesteding', null)).toBe(true)
    expect(optimiser.limits).toEqual([])
    optimiser.toggleExcludedForm('pgb')
    expect(optimiser.excludedDeliveryForms).toEqual([])
    expect(optimiser.excludedProvisionIds).toEqual(['wmo.dagbesteding'])
  })

  it('starts afresh when another household is opened', async () => {
    const { optimiser, openCase } = await openOptimiser()
    optimiser.toggleExcludedForm('pgb')
    const need = optimiser.optimiserNeeds[0]!
    optimiser.setNeedHours(need.personId, need.domain, need.hoursPerWeek + 1)
    openCase.open('h-yilmaz')
    await until(() => openCase.status === 'ready')
    expect(optimiser.excludedDeliveryForms).toEqual([])
    expect(optimiser.needs).toBeNull()
  })
})
