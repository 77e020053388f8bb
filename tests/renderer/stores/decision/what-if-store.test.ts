import { afterEach, describe, expect, it } from 'vitest'
import { WhatIfStore } from '../../../../renderer/src/stores/decision/what-if-store'
import type { DataLayer } from '../../../../renderer/src/data'
import { municipalCents } from '#shared/decision/payers'
import { until } from '../workspace-fixtures'
import { VDB, openDecisionDeps } from './decision-fixtures'

let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

async function openWhatIf() {
  const ws = await openDecisionDeps()
  data = ws.data
  return { ...ws, whatIf: new WhatIfStore(ws.deps) }
}

function respiteVolume(aggregate: Awaited<ReturnType<DataLayer['cases']['loadCase']>>): number | undefined {
  return aggregate!.scenarios
    .find((s) => s.id === 's-zorgcooperatie')!
    .lines.find((l) => l.id === 'b-logeeropvang')!.volume
}

describe('WhatIfStore', { timeout: 30_000 }, () => {
  it('recomputes a what-if at once without saving, and saves only on keep', async () => {
    const { whatIf, data: layer } = await openWhatIf()
    whatIf.selectScenario('s-zorgcooperatie')
    const respite = whatIf.levers.find((l) => l.kind === 'line-volume' && l.lineId === 'b-logeeropvang')!
    const before = municipalCents(whatIf.result!.totalByPayer)
    expect(whatIf.setLever(respite, 4)).toBe(true)
    expect(municipalCents(whatIf.result!.totalByPayer)).toBeGreaterThan(before)
    expect(respiteVolume(await layer.cases.loadCase(VDB))).toBe(2)
    expect(await whatIf.keep()).toBe(true)
    expect(respiteVolume(await layer.cases.loadCase(VDB))).toBe(4)
    expect(whatIf.hasChanges).toBe(false)
  })

  it('refuses a lever value out of range and changes nothing', async () => {
    const { whatIf } = await openWhatIf()
    const respite = whatIf.levers.find((l) => l.kind === 'line-volume')!
    expect(whatIf.setLever(respite, -1)).toBe(false)
    expect(whatIf.values).toEqual({})
    expect(whatIf.hasChanges).toBe(false)
  })

  it('sweeps the levers for the sensitivity table on the chosen measure', async () => {
    const { whatIf } = await openWhatIf()
    whatIf.selectScenario('s-zorgcooperatie')
    whatIf.setMeasure('societal')
    const sweep = whatIf.sensitivity!
    expect(sweep.bars.length).toBeGreaterThan(0)
    whatIf.setSensitivityPercent(0)
    expect(whatIf.sensitivityPercent).toBe(20)
  })

  it('starts afresh when another household is opened', async () => {
    const { whatIf, openCase } = await openWhatIf()
    whatIf.selectScenario('s-zorgcooperatie')
    whatIf.setLever({ kind: 'tariff-percent' }, 10)
    openCase.open('h-yilmaz')
    await until(() => openCase.status === 'ready')
    expect(whatIf.values).toEqual({})
    expect(whatIf.scenario?.id).not.toBe('s-zorgcooperatie')
  })
})
