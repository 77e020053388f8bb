/**
 * The engine never reads the clock or the local time zone (lint forbids the global Date in shared/),
 * so results must be identical under any process TZ. Node applies a changed process.env.TZ at once,
 * so the same inputs are evaluated under time zones on both sides of the date line and compared.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { EXAMPLE_CASES, compareScenarios, evaluateScenario } from '#shared'
import { caseArb } from './arbitraries'

const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Amsterdam', 'America/St_Johns']
const originalTz = process.env.TZ

function underTz<T>(tz: string, fn: () => T): T {
  process.env.TZ = tz
  try {
    return fn()
  } finally {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  }
}

describe('time-zone independence', () => {
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ
    else process.env.TZ = originalTz
  })

  it('really switches the process time zone (guards this test itself)', () => {
    const offsets = ZONES.map((tz) => underTz(tz, () => new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()))
    expect(new Set(offsets).size).toBeGreaterThan(2)
  })

  it.each(EXAMPLE_CASES.map((c) => [c.household.label, c] as const))(
    'evaluates %s identically in every zone',
    (_label, file) => {
      const results = ZONES.map((tz) =>
        underTz(tz, () => compareScenarios({ household: file.household, scenarios: file.scenarios })),
      )
      for (const r of results.slice(1)) expect(r).toEqual(results[0])
    },
  )

  it('evaluates generated households identically at UTC+14 and UTC−11', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const east = underTz('Pacific/Kiritimati', () => evaluateScenario(input))
        const west = underTz('Pacific/Pago_Pago', () => evaluateScenario(input))
        expect(west).toEqual(east)
      }),
      { seed: 42, numRuns: 40 },
    )
  })
})
