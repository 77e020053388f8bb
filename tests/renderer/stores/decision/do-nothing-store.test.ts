import { afterEach, describe, expect, it } from 'vitest'
import {
  DO_NOTHING_REFUSALS,
  DoNothingStore,
} from '../../../../renderer/src/stores/decision/do-nothing-store'
import type { DataLayer } from '../../../../renderer/src/data'
import { ESCALATION_REFERENCES } from '#shared/decision/escalation'
import { until } from '../workspace-fixtures'
import { VDB, openDecisionDeps } from './decision-fixtures'

let data: DataLayer | null = null

afterEach(() => {
  data?.close()
  data = null
})

async function openDoNothing() {
  const ws = await openDecisionDeps()
  data = ws.data
  return { ...ws, doNothing: new DoNothingStore(ws.deps) }
}

const HOMELESSNESS_PER_YEAR = ESCALATION_REFERENCES.homelessness.annualCostCents ?? 0

describe('DoNothingStore', { timeout: 30_000 }, () => {
  it('offers an empty selection over the first scenario’s period until a risk is added', async () => {
    const { doNothing, openCase } = await openDoNothing()
    expect(doNothing.selection).toEqual({
      startDate: openCase.scenarios[0]!.startDate,
      horizonMonths: openCase.scenarios[0]!.horizonMonths,
      risks: [],
      updatedOn: '2026-01-15',
    })
    expect(doNothing.baseline!.totalCents).toBe(0)
  })

  it('stores the selection with the case in the database, apart from the scenarios', async () => {
    const { doNothing, data: layer } = await openDoNothing()
    expect(await doNothing.addRisk('homelessness')).toBe(true)
    expect(await doNothing.updateRisk(0, { likelihood: 0.1, likelihoodSource: 'inschatting wijkteam' })).toBe(
      true,
    )
    // €30,000 a year over 36 months at a 10% likelihood.
    expect(doNothing.baseline!.totalCents).toBe(Math.round((HOMELESSNESS_PER_YEAR / 12) * 36 * 0.1))
    const stored = await layer.cases.loadCase(VDB)
    expect(stored!.doNothing!.risks).toEqual([
      expect.objectContaining({
        kind: 'homelessness',
        likelihood: 0.1,
        likelihoodSource: 'inschatting wijkteam',
      }),
    ])
    expect(stored!.scenarios).toHaveLength(3)
    const audit = await layer.audit.list({ householdId: VDB })
    expect(audit.filter((e) => e.action === 'doNothing.save')).toHaveLength(2)
  })

  it('names the first carer for a carer-dropout risk and prices their hours at the ZIN rate', async () => {
    const { doNothing } = await openDoNothing()
    await doNothing.addRisk('carer-dropout')
    const risk = doNothing.selection!.risks[0]!
    expect(risk.carerId).toBe('c-anja')
    expect(doNothing.baseline!.risks[0]!.costOrigin).toBe(
      doNothing.replacementHourRateCents == null ? 'missing' : 'computed',
    )
  })

  it.each([
    ['a likelihood above 100%', { likelihood: 1.5 }, DO_NOTHING_REFUSALS.likelihood],
    ['a likelihood that is not a number', { likelihood: Number.NaN }, DO_NOTHING_REFUSALS.likelihood],
    ['a negative onset', { onsetMonths: -1 }, DO_NOTHING_REFUSALS.onset],
    ['an onset in part-months', { onsetMonths: 1.5 }, DO_NOTHING_REFUSALS.onset],
    ['an onset past the longest horizon', { onsetMonths: 121 }, DO_NOTHING_REFUSALS.onset],
    ['a cost in fractions of a cent', { annualCostCents: 10.5 }, DO_NOTHING_REFUSALS.cost],
    ['a carer the household does not have', { carerId: 'c-nobody' }, DO_NOTHING_REFUSALS.carer],
  ])('refuses %s with its message key and changes nothing', async (_name, patch, key) => {
    const { doNothing, data: layer, ui } = await openDoNothing()
    await doNothing.addRisk('homelessness')
    const before = await layer.cases.loadCase(VDB)
    expect(await doNothing.updateRisk(0, patch)).toBe(false)
    expect(ui.notice).toEqual({ kind: 'error', key, params: {} })
    expect(await layer.cases.loadCase(VDB)).toEqual(before)
  })

  it('accepts the boundaries: 0% and 100%, onset 0 and 120 months', async () => {
    const { doNothing } = await openDoNothing()
    await doNothing.addRisk('homelessness')
    for (const patch of [{ likelihood: 0 }, { likelihood: 1 }, { onsetMonths: 0 }, { onsetMonths: 120 }]) {
      expect(await doNothing.updateRisk(0, patch)).toBe(true)
    }
  })

  it('removes a risk', async () => {
    const { doNothing, data: layer } = await openDoNothing()
    await doNothing.addRisk('homelessness')
    await doNothing.addRisk('out-of-home-placement')
    expect(await doNothing.removeRisk(0)).toBe(true)
    expect((await layer.cases.loadCase(VDB))!.doNothing!.risks.map((r) => r.kind)).toEqual([
      'out-of-home-placement',
    ])
    expect(await doNothing.removeRisk(5)).toBe(false)
  })

  it('shows each household its own selection', async () => {
    const { doNothing, openCase } = await openDoNothing()
    await doNothing.addRisk('homelessness')
    openCase.open('h-yilmaz')
    await until(() => openCase.status === 'ready')
    expect(doNothing.selection!.risks).toEqual([])
    openCase.open(VDB)
    await until(() => openCase.status === 'ready')
    expect(doNothing.selection!.risks.map((r) => r.kind)).toEqual(['homelessness'])
  })
})
