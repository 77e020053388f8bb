import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  findScenarioReferenceErrors,
  householdSchema,
  municipalityConfigSchema,
  personSchema,
  scenarioSchema,
} from '#shared/case-file'
import type { MunicipalityConfig } from '#shared/domain/types'
import { EXAMPLE_CASES, EXAMPLE_DE_VRIES, EXAMPLE_YILMAZ } from '#shared/examples'
import { DEFAULT_MUNICIPALITY } from '#shared/municipality'

const customCodes = (result: {
  success: boolean
  error?: { issues: { code: string; params?: unknown }[] }
}) =>
  (result.error?.issues ?? []).map((i) =>
    i.code === 'custom' ? (i.params as { code: string }).code : i.code,
  )

describe('schemas used on single writes', () => {
  it('accept every example household, member and scenario', () => {
    for (const file of EXAMPLE_CASES) {
      expect(householdSchema.safeParse(file.household).success).toBe(true)
      for (const m of file.household.members) expect(personSchema.safeParse(m).success).toBe(true)
      for (const s of file.scenarios) expect(scenarioSchema.safeParse(s).success).toBe(true)
    }
  })

  it('householdSchema checks carers against the members of the same household', () => {
    const household = structuredClone(EXAMPLE_DE_VRIES.household)
    household.carers[0]!.caresFor = ['p-nobody']
    const result = householdSchema.safeParse(household)
    expect(customCodes(result)).toEqual(['unknownPerson'])
    expect(result.error!.issues[0]!.path).toEqual(['carers', 0, 'caresFor', 0])
  })

  it('scenarioSchema checks line ids, dates and carers within the scenario', () => {
    const scenario = structuredClone(EXAMPLE_DE_VRIES.scenarios[0]!)
    scenario.lines[1]!.id = scenario.lines[0]!.id
    scenario.lines[2]!.endDate = '2025-12-31'
    scenario.lines[6]!.carerId = null
    expect(customCodes(scenarioSchema.safeParse(scenario)).sort()).toEqual(
      ['carerRequired', 'duplicateId', 'endBeforeStart'].sort(),
    )
  })

  it('findScenarioReferenceErrors lists what a scenario names that its household lacks', () => {
    const scenario = structuredClone(EXAMPLE_YILMAZ.scenarios[1]!)
    expect(findScenarioReferenceErrors(scenario, EXAMPLE_YILMAZ.household)).toEqual([])
    scenario.lines[0]!.personId = 'p-ghost'
    scenario.incomeChanges![0]!.personId = 'p-ghost'
    expect(
      findScenarioReferenceErrors(scenario, EXAMPLE_YILMAZ.household).map((e) => `${e.path} ${e.code}`),
    ).toEqual(['lines[0].personId unknownPerson', 'incomeChanges[0].personId unknownPerson'])
  })
})

describe('municipalityConfigSchema', () => {
  const profile = (): MunicipalityConfig => structuredClone(DEFAULT_MUNICIPALITY)

  it('accepts the Voorbeeldgemeente profile', () => {
    expect(municipalityConfigSchema.safeParse(DEFAULT_MUNICIPALITY).error?.issues ?? []).toEqual([])
  })

  it('rejects two tariffs for one provision and delivery form that overlap in time', () => {
    const config = profile()
    config.tariffs.push({ ...config.tariffs[0]!, to: null })
    expect(customCodes(municipalityConfigSchema.safeParse(config))).toContain('overlappingTariff')
  })

  it('accepts consecutive tariffs and rejects a tariff that ends before it starts', () => {
    const base = { provisionId: 'x.test', deliveryForm: 'zin' as const, rateCents: 100, source: 'test' }
    const config = profile()
    config.tariffs = [
      { ...base, from: '2024-01-01', to: '2024-12-31' },
      { ...base, from: '2025-01-01', to: null },
    ]
    expect(municipalityConfigSchema.safeParse(config).success).toBe(true)
    config.tariffs[0]!.to = '2023-12-31'
    expect(customCodes(municipalityConfigSchema.safeParse(config))).toEqual(['endBeforeStart'])
  })

  it('rejects a dated series out of order and a budget entered twice', () => {
    const config = profile()
    const [first, second] = config.pgbNetworkHourRate
    config.pgbNetworkHourRate.splice(0, 2, second!, first!)
    config.budgets.push({ ...config.budgets[0]! })
    expect(customCodes(municipalityConfigSchema.safeParse(config)).sort()).toEqual([
      'duplicateBudget',
      'seriesOrder',
    ])
  })

  it('rejects unknown keys and money that is not whole cents', () => {
    const config = profile() as MunicipalityConfig & { extra?: number }
    config.extra = 1
    config.tariffs[0]!.rateCents = 12.5
    expect(customCodes(municipalityConfigSchema.safeParse(config)).sort()).toEqual([
      'invalidCents',
      'unrecognized_keys',
    ])
  })
})

describe('zod under the app CSP', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('never evaluates code (no Function constructor) when schemas are built and used', async () => {
    vi.resetModules()
    const realFunction = globalThis.Function
    const calls: unknown[][] = []
    vi.stubGlobal(
      'Function',
      new Proxy(realFunction, {
        construct(target, args: unknown[]) {
          calls.push(args)
          return Reflect.construct(target, args) as object
        },
        apply(target, thisArg, args: unknown[]) {
          calls.push(args)
          return Reflect.apply(target, thisArg, args) as unknown
        },
      }),
    )
    const fresh = await import('#shared/case-file')
    const { serializeCaseFile } = fresh
    for (const file of EXAMPLE_CASES) expect(fresh.parseCaseFile(serializeCaseFile(file)).ok).toBe(true)
    expect(fresh.parseCaseFile('{"format":"maatwerk.case","formatVersion":1}').ok).toBe(false)
    expect(calls).toEqual([])
  })
})
