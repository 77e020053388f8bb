/** Engine invariants (docs/architecture.md#quality-bars) as fast-check properties with fixed seeds. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAYERS, evaluateScenario, type ScenarioResult } from '#shared'
import { caseArb } from './arbitraries'

const RUNS = { seed: 20260101, numRuns: 150 }

function grossLines(r: ScenarioResult): number {
  return r.lines.reduce((s, l) => s + l.totalCents, 0)
}

function payerSum(byPayer: ScenarioResult['totalByPayer']): number {
  return PAYERS.reduce((s, p) => s + byPayer[p], 0)
}

describe('evaluateScenario invariants', () => {
  it('sums over payers to the line totals plus computed bijstand and AIO, month by month and in total', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = evaluateScenario(input)
        // Bijstand computed by the month walk (not by a line): the bijstand budget minus the lines it
        // pays (bijzondere bijstand, individuele inkomenstoeslag).
        const bijstandLines = r.lines
          .filter((l) => l.payer === 'gemeente-bijstand')
          .reduce((s, l) => s + l.totalCents, 0)
        const computedBijstand = r.totalByPayer['gemeente-bijstand'] - bijstandLines
        expect(computedBijstand).toBeGreaterThanOrEqual(0)
        expect(payerSum(r.totalByPayer)).toBe(grossLines(r) + computedBijstand + r.totalByPayer.svb)
        const monthlySum = r.monthly.reduce((s, m) => s + payerSum(m.byPayer), 0)
        expect(monthlySum).toBe(payerSum(r.totalByPayer))
        const yearly = Object.values(r.totalsByYear).reduce((s, y) => s + payerSum(y), 0)
        expect(yearly).toBe(payerSum(r.totalByPayer))
        expect(r.monthly).toHaveLength(input.scenario.horizonMonths)
      }),
      RUNS,
    )
  })

  it('never returns a negative, fractional or NaN amount', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = evaluateScenario(input)
        for (const m of r.monthly) {
          for (const p of PAYERS) {
            expect(Number.isSafeInteger(m.byPayer[p]) && m.byPayer[p] >= 0).toBe(true)
          }
          // The eigen bijdrage never exceeds that month's Wmo cost.
          expect(m.byPayer['gemeente-wmo']).toBeGreaterThanOrEqual(0)
        }
        for (const l of r.lines) expect(Number.isSafeInteger(l.totalCents) && l.totalCents >= 0).toBe(true)
        for (const c of r.carers) expect(Number.isFinite(c.hoursPerWeek) && c.hoursPerWeek >= 0).toBe(true)
      }),
      RUNS,
    )
  })

  it('costs no less when a line’s volume grows', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 20 }), (input, pick, extra) => {
        fc.pre(input.scenario.lines.length > 0)
        const i = pick % input.scenario.lines.length
        const before = evaluateScenario(input)
        const lines = input.scenario.lines.map((l, k) => (k === i ? { ...l, volume: l.volume + extra } : l))
        const after = evaluateScenario({ ...input, scenario: { ...input.scenario, lines } })
        expect(after.lines[i]?.totalCents ?? 0).toBeGreaterThanOrEqual(before.lines[i]?.totalCents ?? 0)
        expect(grossLines(after)).toBeGreaterThanOrEqual(grossLines(before))
      }),
      RUNS,
    )
  })

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (input, seed) => {
        const lines = [...input.scenario.lines]
        // A deterministic shuffle from the generated seed.
        let s = seed
        for (let k = lines.length - 1; k > 0; k--) {
          s = (s * 1103515245 + 12345) % 2147483648
          const j = s % (k + 1)
          ;[lines[k], lines[j]] = [lines[j] as (typeof lines)[number], lines[k] as (typeof lines)[number]]
        }
        const a = evaluateScenario(input)
        const b = evaluateScenario({ ...input, scenario: { ...input.scenario, lines } })
        expect(b.totalByPayer).toEqual(a.totalByPayer)
        expect(b.monthly).toEqual(a.monthly)
        expect(b.totalsByYear).toEqual(a.totalsByYear)
        const byId = (r: ScenarioResult) => [...r.lines].sort((x, y) => (x.lineId < y.lineId ? -1 : 1))
        expect(byId(b)).toEqual(byId(a))
        expect(b.carers).toEqual(a.carers)
      }),
      RUNS,
    )
  })

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        expect(evaluateScenario(input)).toEqual(evaluateScenario(input))
      }),
      { seed: 7, numRuns: 40 },
    )
  })
})
