import { beforeAll, describe, expect, it } from 'vitest'
import { WEEKS_PER_MONTH } from '#shared/decision/months'
import { optimise } from '#shared/decision/optimiser/optimise'
import type { OptimiseArgs, OptimiserOutcome, Solve } from '#shared/decision/optimiser/optimise'
import { INFORMAL_WEIGHT } from '#shared/decision/optimiser/model'
import { HBH_PGB, HBH_ZIN, PROVISIONS, household, options, rates } from './optimiser-fixtures'

let solve: Solve

beforeAll(async () => {
  const highs = await (await import('highs')).default()
  solve = (lp) => highs.solve(lp, { output_flag: false })
})

function run(overrides: Partial<OptimiseArgs>): OptimiserOutcome {
  return optimise({
    household: household(2),
    provisions: PROVISIONS,
    needs: [{ personId: 'p1', domain: 'instrumentele-adl', hoursPerWeek: 3 }],
    rateFor: rates(20000),
    options: options(),
    solve,
    base: { startDate: '2026-01-01', horizonMonths: 12 },
    scenarioId: 's-opt',
    scenarioName: 'Voorstel',
    newLineId: (i) => `opt-${i}`,
    ...overrides,
  })
}

function volumes(outcome: OptimiserOutcome): Record<string, number> {
  if (outcome.kind !== 'proposal') throw new Error(`expected a proposal, got ${outcome.kind}`)
  return Object.fromEntries(
    outcome.scenario.lines.map((l) => [`${l.provisionId}|${l.deliveryForm}`, l.volume]),
  )
}

describe('optimise', () => {
  it('uses the carer up to capacity and buys the rest in the cheapest allowed form (pgb under the ZIN cap)', () => {
    // Need 3 h; mantelzorg 2 h (capacity) is free for the municipality; 1 h pgb at 25,00 < ZIN 30,00.
    const outcome = run({})
    expect(volumes(outcome)).toEqual({ 'mz|mantelzorg': 2, 'hbh|pgb': 1 })
    if (outcome.kind !== 'proposal') return
    expect(outcome.monthlyByPayer['gemeente-wmo']).toBe(Math.round(1 * HBH_PGB * WEEKS_PER_MONTH))
    expect(outcome.scenario.lines.every((l) => l.startDate === '2026-01-01')).toBe(true)
  })

  it('values one more hour of mantelzorg a week at the pgb hour it replaces', () => {
    const outcome = run({})
    if (outcome.kind !== 'proposal') throw new Error(outcome.kind)
    const carerHour = outcome.marginals.find((m) => m.kind === 'carer-hour')
    // Replacing 1 h pgb by 1 h mantelzorg a week: −25,00 × weeks a month, plus the tiny informal tie-break weight.
    const expected = -(HBH_PGB - INFORMAL_WEIGHT * 1471) * WEEKS_PER_MONTH
    expect(carerHour?.centsPerMonth).toBeCloseTo(expected, -1)
    expect(outcome.binding.some((b) => b.kind === 'capacity' && b.carerId === 'c1')).toBe(true)
  })

  it('changes the answer when the consultant locks 2 h of ZIN household help', () => {
    const outcome = run({
      options: options({ locks: [{ provisionId: 'hbh', deliveryForm: 'zin', personId: 'p1', volume: 2 }] }),
    })
    // 2 h ZIN are fixed; the remaining 1 h comes from the carer, so no pgb is bought.
    expect(volumes(outcome)).toEqual({ 'hbh|zin': 2, 'mz|mantelzorg': 1 })
    if (outcome.kind !== 'proposal') return
    expect(outcome.monthlyByPayer['gemeente-wmo']).toBe(Math.round(2 * HBH_ZIN * WEEKS_PER_MONTH))
  })

  it('never plans an ineligible line: a Jeugdwet provision is not offered to an adult', () => {
    const outcome = run({})
    expect(outcome.exclusions.some((e) => e.provisionId === 'jeugd' && e.reason === 'jeugdwet.age')).toBe(
      true,
    )
  })

  it('keeps a carer below the intensive threshold when respite costs more than the hours it frees', () => {
    // Need 10 h, capacity 12. Option a: carer 8 h + 2 h pgb = 2 × 25,00 × 4.35 ≈ € 217/month.
    // Option b: carer 10 h (intensive) + 2 etmalen respite at € 200 = € 400/month. a is cheaper.
    const outcome = run({
      household: household(12),
      needs: [{ personId: 'p1', domain: 'instrumentele-adl', hoursPerWeek: 10 }],
    })
    expect(volumes(outcome)).toEqual({ 'mz|mantelzorg': 8, 'hbh|pgb': 2 })
  })

  it('plans respite for an intensive carer when that is cheaper than buying the hours', () => {
    // Respite at € 50 an etmaal: carer 10 h + 2 etmalen = € 100/month < € 217/month.
    const outcome = run({
      household: household(12),
      needs: [{ personId: 'p1', domain: 'instrumentele-adl', hoursPerWeek: 10 }],
      rateFor: rates(5000),
    })
    expect(volumes(outcome)).toEqual({ 'mz|mantelzorg': 10, 'kv|zin': 2 })
    if (outcome.kind !== 'proposal') return
    expect(outcome.carers[0]).toMatchObject({ carerId: 'c1', intensive: true, respiteHoursPerMonth: 48 })
  })

  it('never plans hours of a carer whose burden score is at or above the overload threshold (mantelzorg.overload, EDIZ-plus ≥ 9)', () => {
    const outcome = run({ household: household(12, 9), rateFor: rates(5000) })
    // The engine flags any hours of a carer with burden 9 ≥ 9 as overload: the need is bought instead,
    // even though carer + respite (≈ € 100) would be cheaper than 3 h pgb (≈ € 326).
    expect(volumes(outcome)).toEqual({ 'hbh|pgb': 3 })
    if (outcome.kind !== 'proposal') return
    expect(outcome.carers[0]).toMatchObject({ carerId: 'c1', hoursPerWeek: 0, boundHoursPerWeek: 0 })
  })

  it('plans a carer just below the overload threshold (burden 8 < 9)', () => {
    const outcome = run({ household: household(12, 8), rateFor: rates(5000) })
    expect(volumes(outcome)).toEqual({ 'mz|mantelzorg': 3 })
  })

  it('says why no proposal exists when only an overburdened carer could cover the need', () => {
    const outcome = run({
      household: household(12, 10),
      rateFor: rates(5000),
      options: options({ excludedDeliveryForms: ['pgb', 'zin'] }),
    })
    expect(outcome.kind).toBe('infeasible')
    if (outcome.kind !== 'infeasible') return
    expect(outcome.causes).toContainEqual(
      expect.objectContaining({ kind: 'capacity', carerId: 'c1', overburdened: true, burdenScore: 10 }),
    )
  })

  it('says which constraint makes it impossible when only the carer is allowed and capacity is short', () => {
    const outcome = run({ options: options({ excludedDeliveryForms: ['zin', 'pgb'] }) })
    expect(outcome.kind).toBe('infeasible')
    if (outcome.kind !== 'infeasible') return
    // 3 h needed, 2 h capacity: one hour short (either as unmet need or as excess carer hours).
    const total = outcome.causes.reduce(
      (s, c) =>
        s + (c.kind === 'need' ? c.shortHoursPerWeek : c.kind === 'capacity' ? c.excessHoursPerWeek : 0),
      0,
    )
    expect(total).toBeCloseTo(1, 5)
    expect(outcome.exclusions.filter((e) => e.reason === 'excluded-delivery-form').length).toBeGreaterThan(0)
  })

  it('reports a need no eligible provision addresses instead of failing the whole plan', () => {
    const outcome = run({
      needs: [
        { personId: 'p1', domain: 'instrumentele-adl', hoursPerWeek: 3 },
        { personId: 'p1', domain: 'financien', hoursPerWeek: 2 },
      ],
    })
    expect(outcome.kind).toBe('proposal')
    expect(outcome.uncoverableNeeds).toEqual([{ personId: 'p1', domain: 'financien', hoursPerWeek: 2 }])
  })

  it('minimises societal cost when asked: valued mantelzorg hours then count in full', () => {
    const outcome = run({ options: options({ objective: 'societal', informalHourValueCents: 4000 }) })
    // With a shadow price of 40,00 > pgb 25,00, the societal optimum buys all 3 h as pgb.
    expect(volumes(outcome)).toEqual({ 'hbh|pgb': 3 })
  })
})

describe('optimise respite', () => {
  it('never plans respite as more hours from a carer in the network', () => {
    const outcome = run({ household: household(12, 10), rateFor: rates(5000) })
    if (outcome.kind !== 'proposal') throw new Error(outcome.kind)
    const respite = outcome.scenario.lines.filter((l) => l.provisionId === 'kv')
    expect(respite.every((l) => !l.carerId)).toBe(true)
  })
})
