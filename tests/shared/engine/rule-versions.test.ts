/**
 * Rule versions and dated parameters select behaviour by the month being evaluated: a version or a
 * value that starts on 1 July applies from July on, not from the scenario's start and not from
 * January (docs/architecture.md#rules). Each case checks the month on each side of a boundary.
 */
import { describe, expect, it } from 'vitest'
import {
  ABONNEMENTSTARIEF,
  BIJSTAND_NORMS,
  DEFAULT_MUNICIPALITY,
  valueAt,
  type MunicipalityConfig,
} from '#shared'
import { isRuleInForce, ruleVersionAt, type RuleMeta } from '#shared/rules/rule'
import { buildContext } from '#shared/context/build-context'
import { blockLine } from '#shared/context/engine-context'
import { dayNumber } from '#shared/domain/dates'
import { household, line, person, scenario } from '../support/build'
import { cents, findingsOf, month, rate, run } from '../support/engine'

const version = (validFrom: string, validTo: string | null, article: string): RuleMeta => ({
  id: 'test.versioned',
  law: 'wmo',
  severity: 'blocking',
  legalBasis: { law: 'Testwet', article, verified: false },
  messageKey: 'findings.engine.rule-not-in-force',
  validFrom,
  validTo,
  summary: 'A rule with two versions, the second from 1 July 2026.',
})
const FIRST = version('2015-01-01', '2026-06-30', '1 (oud)')
const SECOND = version('2026-07-01', null, '1 (nieuw)')

describe('ruleVersionAt', () => {
  it.each([
    ['2026-06-01', FIRST],
    ['2026-06-30', FIRST],
    ['2026-07-01', SECOND],
    ['2027-01-01', SECOND],
    ['2014-12-01', null],
  ])('selects the version in force on %s', (date, expected) => {
    expect(ruleVersionAt([FIRST, SECOND], date)).toBe(expected)
  })

  it('treats validFrom and validTo as inclusive', () => {
    expect(isRuleInForce(FIRST, '2026-06-30')).toBe(true)
    expect(isRuleInForce(FIRST, '2026-07-01')).toBe(false)
    expect(isRuleInForce(SECOND, '2026-06-30')).toBe(false)
  })
})

describe('a blocking rule version blocks only the days it is in force', () => {
  const input = {
    household: household([person({ id: 'p', birthDate: '1960-01-01' })]),
    scenario: scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p' })]),
  }

  it('clips a block of the old version at its validTo (30 June) and of the new one at its validFrom (1 July)', () => {
    const ctx = buildContext(input)
    const l = ctx.lines[0]
    if (!l) throw new Error('no line')
    blockLine(ctx, FIRST, l, ctx.horizonStartDay, ctx.horizonEndDay, '2026-01', {})
    expect(l.blocks).toEqual([
      { ruleId: 'test.versioned', fromDay: ctx.horizonStartDay, toDay: dayNumber('2026-06-30') },
    ])
    const ctx2 = buildContext(input)
    const l2 = ctx2.lines[0]
    if (!l2) throw new Error('no line')
    blockLine(ctx2, SECOND, l2, ctx2.horizonStartDay, ctx2.horizonEndDay, '2026-01', {})
    expect(l2.blocks).toEqual([
      { ruleId: 'test.versioned', fromDay: dayNumber('2026-07-01'), toDay: ctx2.horizonEndDay },
    ])
    // The finding is dated in the first month the version blocks.
    expect(ctx2.findings.map((f) => f.month)).toEqual(['2026-07'])
  })
})

describe('wmo.eigen-bijdrage: the abonnementstarief version holds from 1 January 2020', () => {
  it('charges nothing under it in December 2019 and the 2020 tarief from January 2020', () => {
    const client = person({
      id: 'p',
      birthDate: '1950-01-01',
      income: { kind: 'pension', netMonthlyCents: 1_600_00 },
    })
    const r = run(
      household([client]),
      scenario(
        [
          line({
            provisionId: 'wmo.begeleiding-individueel',
            personId: 'p',
            rateCents: 60_00,
            startDate: '2019-10-01',
          }),
        ],
        {
          startDate: '2019-10-01',
          horizonMonths: 6,
          // The shadow price has no dated value before 2024: an explicit one keeps this test about the rule.
          assumptions: { indexationPercentPerYear: 0, informalHourValueCents: 14_71 },
        },
      ),
    )
    expect(month(r, '2019-12').client).toBe(0)
    expect(month(r, '2020-01').client).toBe(valueAt(ABONNEMENTSTARIEF, '2020-01-01'))
    expect(
      findingsOf(r, 'wmo.eigen-bijdrage').find((f) => f.messageKey.endsWith('rule-not-in-force')),
    ).toMatchObject({
      month: '2019-10',
      params: { validFrom: '2020-01-01' },
    })
  })
})

describe('dated parameters are read in the month being evaluated', () => {
  it('applies a municipal gebruikelijke-hulp protocol that changes on 1 July from July, not from January', () => {
    const HBH = 'wmo.hulp-bij-het-huishouden'
    const municipality: MunicipalityConfig = {
      ...DEFAULT_MUNICIPALITY,
      gebruikelijkeHulpHoursPerWeek: [
        { from: '2015-01-01', value: 2, source: 'test protocol', confidence: 'L', verified: false },
        { from: '2026-07-01', value: 3, source: 'test protocol, revised', confidence: 'L', verified: false },
      ],
    }
    const r = run(
      household([
        person({ id: 'f', birthDate: '1990-07-19' }),
        person({ id: 'y', birthDate: '1988-02-27', role: 'partner' }),
      ]),
      scenario([line({ provisionId: HBH, personId: 'f', volume: 4 })], {
        assumptions: { indexationPercentPerYear: 0 },
      }),
      municipality,
    )
    const r2026 = rate(HBH, 'zin', '2026-01-01')
    expect(month(r, '2026-06')['gemeente-wmo']).toBe(cents((4 - 2) * r2026 * 30, 7))
    expect(month(r, '2026-07')['gemeente-wmo']).toBe(cents((4 - 3) * r2026 * 31, 7))
    const trace = r.trace.find((t) => t.ruleId === 'wmo.gebruikelijke-hulp')
    expect(trace?.parameters.map((p) => p.value)).toEqual([2, 3])
  })

  it('pays the bijstand norm of 1 July 2025 from July 2025 and that of 1 January 2025 in June', () => {
    const r = run(
      household([
        person({ id: 'e', birthDate: '1987-02-11', income: { kind: 'bijstand', netMonthlyCents: 0 } }),
      ]),
      scenario([], {
        startDate: '2025-06-01',
        horizonMonths: 2,
        assumptions: { indexationPercentPerYear: 0 },
      }),
    )
    expect(month(r, '2025-06')['gemeente-bijstand']).toBe(valueAt(BIJSTAND_NORMS.single, '2025-06-30'))
    expect(month(r, '2025-07')['gemeente-bijstand']).toBe(valueAt(BIJSTAND_NORMS.single, '2025-07-01'))
    expect(valueAt(BIJSTAND_NORMS.single, '2025-07-01')).not.toBe(
      valueAt(BIJSTAND_NORMS.single, '2025-06-30'),
    )
  })
})
