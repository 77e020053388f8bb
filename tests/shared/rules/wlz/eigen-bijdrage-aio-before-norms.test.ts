/**
 * wlz.eigen-bijdrage for an AIO household before the first bijstand norms in Maatwerk (2024-01-01,
 * BIJSTAND_FIRST_DATE). A couple where one spouse is past AOW age with an AOW below the couple's
 * social minimum is owed AIO by the SVB (Participatiewet art. 47a ff.); before 2024 Maatwerk does not
 * compute that AIO, so the income the CAK counts (AOW + AIO) is missing a part. The Wlz bijdrage on
 * the AOW alone would be silently too low: it is not computed for those months, and a warning says so
 * (findings.engine.amounts-unavailable.wlz-income-bijstand) — from 2024 it is computed again.
 */
import { describe, expect, it } from 'vitest'
import { WLZ_EIGEN_BIJDRAGE, hasWlzAmounts, valueAt } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const client = person({
  id: 'c',
  birthDate: '1950-03-10',
  income: { kind: 'aow', netMonthlyCents: 900_00 },
  wlzIndication: { from: '2019-01-01' },
})
const partner = person({ id: 'p', birthDate: '1966-09-01', role: 'partner' })
const stay = line({
  provisionId: 'wlz.verblijf',
  personId: 'c',
  unit: 'etmaal',
  volume: 7,
  rateCents: 250_00,
  startDate: '2019-01-01',
})
const evaluate = (startDate: string, horizonMonths: number) =>
  run(
    household([client, partner]),
    scenario([stay], { startDate, horizonMonths, assumptions: { indexationPercentPerYear: 0 } }),
  )

const KEY = 'findings.engine.amounts-unavailable.wlz-income-bijstand'

describe('wlz.eigen-bijdrage with AIO owed before the first bijstand norms', () => {
  it.each(['2020-01-01', '2021-06-01', '2022-01-01', '2023-01-01'])(
    'a scenario from %s: the bijdrage is not computed and a warning says why',
    (startDate) => {
      const r = evaluate(startDate, 12)
      const ym = startDate.slice(0, 7)
      expect(month(r, ym).client).toBe(0)
      const warning = findingsOf(r, 'wlz.eigen-bijdrage').filter((f) => f.messageKey === KEY)
      expect(warning).toHaveLength(1)
      expect(warning[0]?.severity).toBe('warning')
      expect(warning[0]?.params).toMatchObject({ fromMonth: ym, firstMonth: '2024-01' })
    },
  )

  it('runs the warning to December 2023 and computes the bijdrage again from January 2024 (AIO paid)', () => {
    const r = evaluate('2023-07-01', 12)
    const [warning] = findingsOf(r, 'wlz.eigen-bijdrage').filter((f) => f.messageKey === KEY)
    // The range: the lage bijdrage (partner at home) on the recorded AOW alone — 10% of €900 is below
    // the minimum — up to the lage maximum (Blz art. 3.3.2.2 lid 3); the missing AIO can only raise it.
    const W = valueAt(WLZ_EIGEN_BIJDRAGE, '2023-07-01')
    if (!hasWlzAmounts(W)) throw new Error('no Wlz amounts for 2023')
    expect(warning?.params).toEqual({
      fromMonth: '2023-07',
      untilMonth: '2023-12',
      firstMonth: '2024-01',
      minCents: W.lageMinCents,
      maxCents: W.lageMaxCents,
    })
    expect(month(r, '2023-12').client).toBe(0)
    expect(month(r, '2024-01').svb).toBeGreaterThan(0)
    expect(month(r, '2024-01').client).toBeGreaterThan(0)
  })
})
