import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'
import type { MunicipalityConfig } from '#shared/domain/types'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { createHarness } from './harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

const utrecht: MunicipalityConfig = { ...DEFAULT_MUNICIPALITY, code: 'GM0344', name: 'Utrecht (testprofiel)' }

function latestProfiles(layer: DataLayer): Promise<MunicipalityConfig[]> {
  return new Promise((resolve, reject) => {
    const stop = layer.municipalities.observeProfiles({
      next: (value) => {
        stop()
        resolve(value)
      },
      error: reject,
    })
  })
}

describe('municipality profiles', () => {
  it('falls back to the engine default while nothing is stored', async () => {
    data = await createHarness().open()
    expect(await data.municipalities.getActiveProfile()).toEqual(DEFAULT_MUNICIPALITY)
    expect(await latestProfiles(data)).toEqual([])
  })

  it('stores a validated profile, activates it and keeps the choice across a restart', async () => {
    const harness = createHarness()
    data = await harness.open()
    await data.municipalities.saveProfile(utrecht)
    await data.municipalities.setActiveProfile('GM0344')
    expect(await latestProfiles(data)).toEqual([utrecht])
    data.close()
    data = await harness.open()
    expect(await data.municipalities.getActiveProfile()).toEqual(utrecht)
    await data.municipalities.setActiveProfile(DEFAULT_MUNICIPALITY.code)
    expect((await data.municipalities.getActiveProfile()).code).toBe(DEFAULT_MUNICIPALITY.code)
    const actions = (await data.audit.list()).map((entry) => entry.action)
    expect(actions).toEqual(['municipality.activate', 'municipality.activate', 'municipality.create'])
  })

  it('refuses an invalid profile (no write, no audit) and activating an unknown one', async () => {
    data = await createHarness().open()
    const error = (await data.municipalities
      .saveProfile({ ...utrecht, indexationPercentPerYear: 400 })
      .catch((caught: unknown) => caught)) as DataError
    expect(error).toBeInstanceOf(DataError)
    expect(error.kind).toBe('validation')
    expect(error.issues.map((issue) => issue.path)).toEqual(['indexationPercentPerYear'])
    const unknown = (await data.municipalities
      .setActiveProfile('GM0000')
      .catch((caught: unknown) => caught)) as DataError
    expect(unknown.kind).toBe('not-found')
    expect(await latestProfiles(data)).toEqual([])
    expect(await data.audit.list()).toEqual([])
  })
})
