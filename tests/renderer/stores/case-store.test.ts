import { afterEach, describe, expect, it } from 'vitest'
import { CaseStore } from '../../../renderer/src/stores/case-store'
import type { DataLayer } from '../../../renderer/src/data'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { openTestWorkspace, until } from './workspace-fixtures'

const VDB = EXAMPLE_VAN_DEN_BERG.household.id
let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

async function openVanDenBerg() {
  const ws = await openTestWorkspace()
  data = ws.data
  await ws.data.seedExamples()
  const store = new CaseStore(ws.data, ws.ui, ws.engine, () => '2026-01-01')
  store.open(VDB)
  await until(() => store.status === 'ready')
  return { ...ws, store }
}

describe('CaseStore', () => {
  it('evaluates the selected scenario of the open household with the engine', async () => {
    const { store, engine } = await openVanDenBerg()
    const scenario = store.selectedScenario!
    expect(scenario.name).toBe('Professioneel thuis')
    const direct = engine.evaluateScenario({
      household: store.household!,
      scenario,
      ...(store.municipality ? { municipality: store.municipality } : {}),
    })
    expect(store.result?.totalByPayer).toEqual(direct.totalByPayer)
    const anja = store.household!.carers.find((c) => c.name === 'Anja')!
    const load = store.result!.carers.find((c) => c.carerId === anja.id)!
    expect(load.overloaded).toBe(true)
  })

  it('updates the result in the same tick as an edit, before the write is stored, and keeps it after reopening', async () => {
    const { store, data: layer, ui, engine } = await openVanDenBerg()
    const scenario = store.selectedScenario!
    const line = scenario.lines.find((l) => l.provisionId === 'wmo.hulp-bij-het-huishouden')!
    const before = store.result!.totalByPayer['gemeente-wmo']
    const pending = store.saveLine(scenario.id, { ...line, volume: line.volume + 2 })
    // Synchronously: the computed already reflects the doubled household help.
    expect(store.result!.totalByPayer['gemeente-wmo']).toBeGreaterThan(before)
    expect(await pending).toBe(true)

    const reopened = new CaseStore(layer, ui, engine)
    reopened.open(VDB)
    await until(() => reopened.status === 'ready')
    const stored = reopened.selectedScenario!.lines.find((l) => l.id === line.id)!
    expect(stored.volume).toBe(line.volume + 2)
  })

  it('counts an edit as in flight from the moment it shows until it is stored, also when it fails', async () => {
    const { store } = await openVanDenBerg()
    const scenario = store.selectedScenario!
    const line = scenario.lines[0]!
    expect(store.writesInFlight).toBe(0)
    const first = store.saveLine(scenario.id, { ...line, volume: line.volume + 1 })
    const second = store.saveLine(scenario.id, { ...line, volume: -1 })
    expect(store.writesInFlight).toBe(2)
    expect(await first).toBe(true)
    expect(await second).toBe(false)
    expect(store.writesInFlight).toBe(0)
  })

  it('refuses an invalid write with a notice and brings back the stored state', async () => {
    const { store, ui } = await openVanDenBerg()
    const scenario = store.selectedScenario!
    const line = scenario.lines[0]!
    const ok = await store.saveLine(scenario.id, { ...line, personId: 'nobody-here' })
    expect(ok).toBe(false)
    expect(ui.notice?.kind).toBe('error')
    await until(() => store.selectedScenario!.lines.find((l) => l.id === line.id)!.personId === line.personId)
  })

  it('creates, duplicates, renames and deletes scenarios, selecting the new one', async () => {
    const { store } = await openVanDenBerg()
    const count = store.scenarios.length
    const id = await store.createScenario('Leeg')
    expect(store.selectedScenario?.id).toBe(id)
    expect(store.selectedScenario?.lines).toEqual([])
    const source = store.scenarios[0]!
    const copyId = await store.duplicateScenario(source.id, 'Kopie')
    const copy = store.scenarios.find((s) => s.id === copyId)!
    expect(copy.lines).toHaveLength(source.lines.length)
    expect(copy.lines.map((l) => l.id)).not.toEqual(source.lines.map((l) => l.id))
    expect(await store.renameScenario(copy.id, 'Andere naam')).toBe(true)
    expect(await store.deleteScenario(copy.id)).toBe(true)
    await until(() => store.scenarios.length === count + 1)
    expect(store.scenarios.map((s) => s.name)).not.toContain('Andere naam')
    expect(store.selectedScenario?.id).not.toBe(copy.id)
  })

  it('reports a household that does not exist as missing', async () => {
    const ws = await openTestWorkspace()
    data = ws.data
    const store = new CaseStore(ws.data, ws.ui, ws.engine)
    store.open('no-such-household')
    await until(() => store.status === 'missing')
    expect(store.result).toBeNull()
  })
})
