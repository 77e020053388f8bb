/**
 * The trace explains every computed amount: each entry names its rule, the version of that rule that
 * applied (validFrom/validTo, docs/architecture.md#rules) and the parameter values used.
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLE_CASES, RULES, evaluateScenario, type TraceEntry } from '#shared'
import { beschermdWonenRule, rule as wmoEigenBijdrage, samenloopRule } from '#shared/rules/wmo/eigen-bijdrage'
import { LINE_COST_TRACE_ID, rule as lineCosting } from '#shared/rules/engine/line-costing'

const version = (r: { validFrom: string; validTo: string | null }): string =>
  `${r.validFrom}…${r.validTo ?? ''}`

/** The version a trace entry must name: its rule's; for the Wmo eigen bijdrage the variant of its status. */
const BY_ID = new Map(RULES.map((r) => [r.id, r]))
function expectedVersion(t: TraceEntry): string | undefined {
  if (t.ruleId === LINE_COST_TRACE_ID) return version(lineCosting)
  if (t.ruleId === wmoEigenBijdrage.id) {
    const status = t.inputs.status
    if (status === 'beschermd-wonen') return version(beschermdWonenRule)
    if (status === 'wlz-samenloop') return version(samenloopRule)
    return version(wmoEigenBijdrage)
  }
  const r = BY_ID.get(t.ruleId)
  return r ? version(r) : undefined
}

function traces(): TraceEntry[] {
  const all: TraceEntry[] = []
  for (const c of EXAMPLE_CASES)
    for (const scenario of c.scenarios)
      all.push(...evaluateScenario({ household: c.household, scenario }).trace)
  return all
}

describe('trace', () => {
  const entries = traces()

  it('covers the computed amounts of the examples (costing, norms, contributions, carer load)', () => {
    const ids = new Set(entries.map((t) => t.ruleId))
    for (const id of [
      LINE_COST_TRACE_ID,
      'participatiewet.bijstand-norm',
      'wmo.eigen-bijdrage',
      'wlz.eigen-bijdrage',
      'mantelzorg.intensive',
    ])
      expect(ids).toContain(id)
  })

  it('names the version of the rule that applied in every entry', () => {
    for (const t of entries) {
      expect(t.ruleVersion, t.ruleId).toBeDefined()
      expect(version(t.ruleVersion ?? { validFrom: '', validTo: null }), t.ruleId).toBe(expectedVersion(t))
    }
  })

  it('names a version valid in the month the entry is about', () => {
    for (const t of entries) {
      const month = t.inputs.month
      if (typeof month !== 'string' || !t.ruleVersion) continue
      expect(t.ruleVersion.validFrom <= `${month}-31`, `${t.ruleId} ${month}`).toBe(true)
      if (t.ruleVersion.validTo !== null) expect(`${month}-01` <= t.ruleVersion.validTo).toBe(true)
    }
  })

  it('lists the parameter values used, each with a value and a source', () => {
    for (const t of entries) {
      expect(t.parameters.length, t.ruleId).toBeGreaterThan(0)
      for (const p of t.parameters) {
        expect(p.value, `${t.ruleId} ${p.key}`).toBeDefined()
        expect(typeof p.source).toBe('string')
      }
    }
  })
})
