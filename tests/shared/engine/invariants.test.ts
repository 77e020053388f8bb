/** Contract violations are invariant errors with precise exported messages — never partial results. */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MUNICIPALITY,
  ENGINE_MESSAGES,
  EngineInvariantError,
  evaluateScenario,
  type Household,
  type Scenario,
} from '#shared'
import { household, line, person, scenario } from '../support/build'

const h = household([person({ id: 'p', birthDate: '1960-01-01' })], [])
const ok = (extra: Partial<Scenario> = {}) =>
  scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p' })], extra)

describe('evaluateScenario input invariants', () => {
  it.each<[string, Household, Scenario, string]>([
    ['an impossible start date', h, ok({ startDate: '2026-02-30' }), ENGINE_MESSAGES.badStartDate],
    ['a horizon of 0 months', h, ok({ horizonMonths: 0 }), ENGINE_MESSAGES.badHorizon],
    ['a fractional horizon', h, ok({ horizonMonths: 1.5 }), ENGINE_MESSAGES.badHorizon],
    [
      'a NaN indexation',
      h,
      ok({ assumptions: { indexationPercentPerYear: Number.NaN } }),
      ENGINE_MESSAGES.badIndexation,
    ],
    [
      'a fractional shadow price',
      h,
      ok({ assumptions: { informalHourValueCents: 14.5 } }),
      ENGINE_MESSAGES.badShadowPrice,
    ],
    ['a household without members', household([]), scenario([]), ENGINE_MESSAGES.noMembers],
    [
      'two members with one id',
      household([person({ id: 'p', birthDate: '1960-01-01' }), person({ id: 'p', birthDate: '1961-01-01' })]),
      scenario([]),
      ENGINE_MESSAGES.duplicatePerson,
    ],
    [
      'a bad birth date',
      household([person({ id: 'p', birthDate: '1960-13-01' })]),
      scenario([]),
      ENGINE_MESSAGES.badBirthDate,
    ],
    [
      'negative income',
      household([
        person({ id: 'p', birthDate: '1960-01-01', income: { kind: 'work', netMonthlyCents: -1 } }),
      ]),
      scenario([]),
      ENGINE_MESSAGES.badIncome,
    ],
    [
      'a line for an unknown person',
      h,
      scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'x' })]),
      ENGINE_MESSAGES.unknownPerson,
    ],
    [
      'a line for an unknown carer',
      h,
      scenario([line({ provisionId: 'informal.mantelzorg', personId: 'p', carerId: 'nobody' })]),
      ENGINE_MESSAGES.unknownCarer,
    ],
    [
      'an unknown provision',
      h,
      scenario([line({ provisionId: 'wmo.teleportatie', personId: 'p' })]),
      ENGINE_MESSAGES.unknownProvision,
    ],
    [
      'a negative volume',
      h,
      scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'p', volume: -1 })]),
      ENGINE_MESSAGES.badVolume,
    ],
    [
      'an infinite volume',
      h,
      scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'p', volume: Number.POSITIVE_INFINITY })]),
      ENGINE_MESSAGES.badVolume,
    ],
    [
      'a fractional agreed rate',
      h,
      scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'p', rateCents: 10.5 })]),
      ENGINE_MESSAGES.badRate,
    ],
    [
      'an end before the start',
      h,
      scenario([
        line({
          provisionId: 'wmo.dagbesteding',
          personId: 'p',
          startDate: '2026-05-01',
          endDate: '2026-04-30',
        }),
      ]),
      ENGINE_MESSAGES.badLineDates,
    ],
    [
      'two lines with one id',
      h,
      scenario([
        line({ id: 'a', provisionId: 'wmo.dagbesteding', personId: 'p' }),
        line({ id: 'a', provisionId: 'wmo.dagbesteding', personId: 'p' }),
      ]),
      ENGINE_MESSAGES.duplicateLine,
    ],
    [
      'an income change for nobody',
      h,
      ok({ incomeChanges: [{ personId: 'x', from: '2026-01-01', kind: 'work', netMonthlyCents: 1 }] }),
      ENGINE_MESSAGES.badIncomeChange,
    ],
    [
      'a scenario Wlz indication with a bad date',
      h,
      ok({ wlzIndications: [{ personId: 'p', from: '2026-02-31' }] }),
      ENGINE_MESSAGES.badWlzDate,
    ],
  ])('rejects %s', (_label, hh, s, message) => {
    expect(() => evaluateScenario({ household: hh, scenario: s })).toThrow(EngineInvariantError)
    expect(() => evaluateScenario({ household: hh, scenario: s })).toThrow(message)
  })
})

describe('business outcomes are findings, not errors', () => {
  it('costs a line without a tariff at nothing, with a blocking finding', () => {
    const r = evaluateScenario({
      household: h,
      scenario: scenario([line({ provisionId: 'wmo.opvang', personId: 'p', unit: 'etmaal' })]),
      municipality: { ...DEFAULT_MUNICIPALITY, tariffs: [] },
    })
    expect(r.lines[0]).toMatchObject({ eligible: false, totalCents: 0 })
    expect(r.findings.find((f) => f.ruleId === 'engine.line-costing')?.messageKey).toBe(
      'findings.engine.missing-tariff',
    )
  })
  it('flags a unit that does not convert', () => {
    const r = evaluateScenario({
      household: h,
      scenario: scenario([line({ provisionId: 'wmo.dagbesteding', personId: 'p', unit: 'hour' })]),
    })
    expect(r.findings.find((f) => f.ruleId === 'engine.line-costing')?.messageKey).toBe(
      'findings.engine.unit-mismatch',
    )
  })
  it('flags a delivery form the provision does not allow', () => {
    const r = evaluateScenario({
      household: h,
      scenario: scenario([
        line({ provisionId: 'wmo.opvang', personId: 'p', unit: 'etmaal', deliveryForm: 'pgb-netwerk' }),
      ]),
    })
    expect(r.findings.find((f) => f.ruleId === 'engine.line-costing')?.messageKey).toBe(
      'findings.engine.delivery-form-not-allowed',
    )
  })
})
