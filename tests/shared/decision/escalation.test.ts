import { describe, expect, it } from 'vitest'
import {
  ESCALATION_REFERENCES,
  buildDoNothingBaseline,
  carerDropoutAnnualCents,
  newRisk,
} from '#shared/decision/escalation'

const selection = { startDate: '2026-01-01', horizonMonths: 24 }

describe('buildDoNothingBaseline', () => {
  it('uses the reference figure for an out-of-home placement: € 163,59 a day, times likelihood, from onset', () => {
    const risk = {
      ...newRisk('out-of-home-placement'),
      likelihood: 0.25,
      likelihoodSource: 'inschatting consulent',
      onsetMonths: 12,
    }
    const baseline = buildDoNothingBaseline({ ...selection, risks: [risk] }, () => null)
    const expected = Math.round(((16_359 * 365) / 12) * 12 * 0.25)
    expect(baseline.totalCents).toBe(expected)
    expect(baseline.risks[0]?.costOrigin).toBe('reference')
    expect(baseline.risks[0]?.figure?.year).toBe(2024)
    // Onset after 12 months: nothing in 2026, everything in 2027, paid from the youth budget.
    expect(baseline.byYear['2026']).toBeUndefined()
    expect(baseline.byYear['2027']?.['gemeente-jeugd']).toBe(expected)
  })

  it('refuses to count a gap in the reference until the consultant enters a cost with its source', () => {
    const risk = { ...newRisk('wlz-admission'), likelihood: 0.5, likelihoodSource: 'casus' }
    expect(ESCALATION_REFERENCES['wlz-admission'].annualCostCents).toBeNull()
    const missing = buildDoNothingBaseline({ ...selection, risks: [risk] }, () => null)
    expect(missing.risks[0]?.problems).toEqual(['cost-missing'])
    expect(missing.totalCents).toBe(0)
    expect(missing.complete).toBe(false)
    const noSource = buildDoNothingBaseline(
      { ...selection, risks: [{ ...risk, annualCostCents: 70_000_00, costSource: ' ' }] },
      () => null,
    )
    expect(noSource.risks[0]?.problems).toEqual(['cost-source-missing'])
    const entered = buildDoNothingBaseline(
      { ...selection, risks: [{ ...risk, annualCostCents: 70_000_00, costSource: 'zorgkantoor 2026' }] },
      () => null,
    )
    expect(entered.totalCents).toBe(Math.round(70_000_00 * 2 * 0.5))
    expect(entered.risks[0]?.costOrigin).toBe('assumption')
  })

  it('requires a likelihood between 0 and 1 with a source', () => {
    const risk = { ...newRisk('homelessness'), likelihood: 1.5, likelihoodSource: '' }
    expect(buildDoNothingBaseline({ ...selection, risks: [risk] }, () => null).risks[0]?.problems).toEqual([
      'likelihood-invalid',
      'likelihood-source-missing',
    ])
  })

  it('prices a carer dropping out as their hours bought as professional care', () => {
    const annual = carerDropoutAnnualCents(14, 6_000)
    expect(annual).toBe(14 * 6_000 * 52)
    const risk = {
      ...newRisk('carer-dropout'),
      carerId: 'c1',
      likelihood: 0.3,
      likelihoodSource: 'EDIZ-plus 10',
    }
    const baseline = buildDoNothingBaseline({ ...selection, risks: [risk] }, (id) =>
      id === 'c1' ? annual : null,
    )
    expect(baseline.risks[0]?.costOrigin).toBe('computed')
    expect(baseline.totalCents).toBe(Math.round((annual / 12) * 24 * 0.3))
  })

  it('spreads the expected cost over the months without losing a cent', () => {
    const risk = { ...newRisk('homelessness'), likelihood: 0.333, likelihoodSource: 'x', onsetMonths: 5 }
    const baseline = buildDoNothingBaseline({ ...selection, risks: [risk] }, () => null)
    const spread = Object.values(baseline.byYear).reduce((s, y) => s + (y['gemeente-wmo'] ?? 0), 0)
    expect(spread).toBe(baseline.totalCents)
  })
})
