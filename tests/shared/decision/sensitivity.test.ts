import { describe, expect, it } from 'vitest'
import { centsRecord, roundHalfUp } from '#shared/domain/money'
import { findThresholds, leverRange, sensitivitySweep } from '#shared/decision/sensitivity'
import type { Evaluate, WhatIfState } from '#shared/decision/what-if'
import { applyLever, defaultLevers, leverBaseValue } from '#shared/decision/what-if'
import type { Finding, MunicipalityConfig, ScenarioResult } from '#shared/domain/types'
import { byPayer } from './result-fixtures'

/**
 * A transparent evaluator for the sweep logic: one month; each paid line costs volume × its tariff to
 * gemeente-wmo; carers are overloaded above capacity; a line above 20 units is blocked (a stand-in
 * for a cap rule). The engine's own arithmetic is tested with the engine.
 */
const evaluate: Evaluate = ({ household, scenario, municipality }) => {
  const tariffs = municipality?.tariffs ?? []
  let wmo = 0
  const findings: Finding[] = []
  for (const line of scenario.lines) {
    if (line.carerId) continue
    const rate = tariffs.find((t) => t.provisionId === line.provisionId)?.rateCents ?? 0
    wmo += line.volume * rate
    if (line.volume > 20) {
      findings.push({
        ruleId: 'test.cap',
        severity: 'blocking',
        law: 'wmo',
        legalBasis: { law: 'x', article: '1', verified: false },
        lineId: line.id,
        messageKey: 'x',
        params: {},
      })
    }
  }
  const carers = household.carers.map((c) => {
    const hours = scenario.lines.filter((l) => l.carerId === c.id).reduce((s, l) => s + l.volume, 0)
    return {
      carerId: c.id,
      hoursPerWeek: hours,
      capacityHoursPerWeek: c.capacityHoursPerWeek,
      intensive: hours > 8,
      overloaded: hours > c.capacityHoursPerWeek,
    }
  })
  const informal =
    scenario.lines.filter((l) => l.carerId).reduce((s, l) => s + l.volume, 0) *
    (scenario.assumptions?.informalHourValueCents ?? 1000)
  // The fake engine works in fractional volumes; an engine result holds whole cents.
  const total = centsRecord(byPayer({ 'gemeente-wmo': roundHalfUp(wmo), informal: roundHalfUp(informal) }))
  const result: ScenarioResult = {
    findings,
    lines: [],
    monthly: [{ month: '2026-01', byPayer: total }],
    totalsByYear: { '2026': total },
    totalByPayer: total,
    carers,
    coverage: [],
    trace: [],
  }
  return result
}

const municipality: MunicipalityConfig = {
  code: 'GM0001',
  name: 'Test',
  tariffs: [
    { provisionId: 'hbh', deliveryForm: 'zin', rateCents: 3_000, from: '2026-01-01', source: 'test' },
    { provisionId: 'begeleiding', deliveryForm: 'zin', rateCents: 6_000, from: '2026-01-01', source: 'test' },
  ],
  pgbNetworkHourRate: [],
  gebruikelijkeHulpHoursPerWeek: [],
  indexationPercentPerYear: 3,
  budgets: [],
}

const state: WhatIfState = {
  municipality,
  household: {
    id: 'h',
    label: 'H',
    members: [
      {
        id: 'p1',
        name: 'P',
        birthDate: '1950-01-01',
        role: 'client',
        income: { kind: 'aow', netMonthlyCents: 0 },
      },
    ],
    carers: [
      {
        id: 'c1',
        name: 'Anja',
        relation: 'child',
        livesIn: false,
        caresFor: ['p1'],
        capacityHoursPerWeek: 10,
        workHoursPerWeek: 0,
        consent: true,
      },
    ],
  },
  scenario: {
    id: 's',
    name: 'S',
    startDate: '2026-01-01',
    horizonMonths: 1,
    lines: [
      {
        id: 'l-hbh',
        provisionId: 'hbh',
        personId: 'p1',
        deliveryForm: 'zin',
        volume: 3,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
      },
      {
        id: 'l-beg',
        provisionId: 'begeleiding',
        personId: 'p1',
        deliveryForm: 'zin',
        volume: 4,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
      },
      {
        id: 'l-anja',
        provisionId: 'mz',
        personId: 'p1',
        deliveryForm: 'mantelzorg',
        volume: 8,
        unit: 'hour',
        frequency: 'week',
        startDate: '2026-01-01',
        carerId: 'c1',
      },
    ],
  },
}

describe('sensitivitySweep', () => {
  it('ranks the levers by the swing in municipal cost they cause at ±20%', () => {
    const levers = defaultLevers(state)
    const result = sensitivitySweep({
      state,
      levers,
      evaluate,
      percent: 20,
      measure: 'municipal',
      defaultInformalHourValueCents: 1000,
    })
    // Base: 3 × 30,00 + 4 × 60,00 = 330,00. Tariffs ±20% → swing 2 × 66,00 = 132,00;
    // begeleiding volume 4 ± 0.8 → swing 1.6 × 60,00 = 96,00; hbh 3 ± 0.6 → 1.2 × 30,00 = 36,00.
    expect(result.baseCents).toBe(33_000)
    expect(result.bars.slice(0, 3).map((b) => [b.key, b.swingCents])).toEqual([
      ['tariff-percent', 13_200],
      ['line-volume:l-beg', 9_600],
      ['line-volume:l-hbh', 3_600],
    ])
    // Carer levers do not move the municipal cost in this evaluator.
    expect(result.bars.find((b) => b.key === 'carer-hours:c1')?.swingCents).toBe(0)
    expect(result.evaluations).toBe(1 + 2 * levers.length)
  })

  it('counts valued informal hours when ranking societal cost', () => {
    const result = sensitivitySweep({
      state,
      levers: [{ kind: 'carer-hours', carerId: 'c1' }],
      evaluate,
      percent: 25,
      measure: 'societal',
      defaultInformalHourValueCents: 1000,
    })
    // 8 h ± 2 h at 10,00 → swing 40,00.
    expect(result.bars[0]?.swingCents).toBe(4_000)
  })
})

describe('leverRange', () => {
  it('moves the start of work by three months either way, whatever the percentage', () => {
    expect(leverRange({ kind: 'work-start', personId: 'p1' }, 0, 20)).toEqual({ low: -3, high: 3 })
  })
  it('never lets a volume go below zero', () => {
    expect(leverRange({ kind: 'line-volume', lineId: 'x' }, 2, 150).low).toBe(0)
  })
})

describe('applyLever', () => {
  it('changes a copy and leaves the original untouched', () => {
    const next = applyLever(state, { kind: 'tariff-percent' }, 10)
    expect(next.municipality.tariffs[0]?.rateCents).toBe(3_300)
    expect(state.municipality.tariffs[0]?.rateCents).toBe(3_000)
  })
  it('scales a carer’s lines to the new weekly hours', () => {
    const next = applyLever(state, { kind: 'carer-hours', carerId: 'c1' }, 12)
    expect(leverBaseValue(next, { kind: 'carer-hours', carerId: 'c1' }, 0)).toBe(12)
  })
  it('moves income changes by whole months', () => {
    const withWork = {
      ...state,
      scenario: {
        ...state.scenario,
        incomeChanges: [
          { personId: 'p1', from: '2026-07-01', kind: 'work' as const, netMonthlyCents: 80_000 },
        ],
      },
    }
    const next = applyLever(withWork, { kind: 'work-start', personId: 'p1' }, -2)
    expect(next.scenario.incomeChanges?.[0]?.from).toBe('2026-05-01')
  })
})

describe('findThresholds', () => {
  it('finds the carer hours at which the carer becomes overloaded (above capacity 10)', () => {
    const crossings = findThresholds({
      state,
      lever: { kind: 'carer-hours', carerId: 'c1' },
      to: 16,
      evaluate,
      defaultInformalHourValueCents: 1000,
    })
    expect(crossings).toHaveLength(1)
    expect(crossings[0]?.kind).toBe('carer-overloaded')
    expect(crossings[0]?.value).toBeGreaterThan(10)
    expect(crossings[0]?.value).toBeLessThanOrEqual(10.1)
  })

  it('finds the volume at which a blocking finding appears', () => {
    const crossings = findThresholds({
      state,
      lever: { kind: 'line-volume', lineId: 'l-hbh' },
      to: 30,
      evaluate,
      defaultInformalHourValueCents: 1000,
    })
    expect(crossings).toEqual([
      expect.objectContaining({ kind: 'blocking-finding', ruleId: 'test.cap', lineId: 'l-hbh' }),
    ])
    expect(crossings[0]?.value).toBeCloseTo(20, 0)
  })
})
