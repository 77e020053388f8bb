/**
 * Months before a parameter series' first entry (docs/architecture.md#time, months without figures).
 * Maatwerk holds the bijstand/AIO norms and the minimum wage per hour (the default value of a
 * mantelzorg hour) from 2024 only, and the Wlz amounts for 2016–2019 not at all. A scenario in such
 * months evaluates: those months get a warning that names the series and the period, the amount is
 * not computed (nothing paid or valued, no invented figure) and the first month with figures is
 * computed as if the scenario started there. A scenario starting before 2015 — before the Wmo 2015,
 * the Jeugdwet, the Participatiewet and the Wlz — is refused, naming the first supported month.
 */
import { describe, expect, it } from 'vitest'
import {
  EngineInvariantError,
  WML_PER_HOUR,
  evaluateScenario,
  type EvaluateInput,
  type ScenarioResult,
} from '#shared'
import { BIJSTAND_FIRST_DATE } from '#shared/rules/participatiewet/bijstand-norm'
import { FIRST_SUPPORTED_DATE } from '#shared/parameters/supported-period'
import { carer, household, line, person, scenario } from '../support/build'
import { month, run } from '../support/engine'

const KEY = 'findings.engine.amounts-unavailable'

/** An AIO household: a single client of AOW age on bijstand (the SVB pays from AOW age, art. 47a Pw). */
const aowClient = person({
  id: 'p',
  birthDate: '1940-05-14',
  income: { kind: 'bijstand', netMonthlyCents: 0 },
  wlzIndication: { from: '2015-01-01' },
})
/** The same client's partner, of AOW age too: a couple on AIO. */
const aowPartner = person({
  id: 'q',
  birthDate: '1942-03-01',
  role: 'partner',
  income: { kind: 'bijstand', netMonthlyCents: 0 },
})
const stay = (startDate: string) =>
  line({
    provisionId: 'wlz.verblijf',
    personId: 'p',
    unit: 'etmaal',
    volume: 7,
    rateCents: 250_00,
    startDate,
  })
const mantelzorg = (startDate: string) =>
  line({ provisionId: 'informal.mantelzorg', personId: 'p', carerId: 'c', volume: 10, startDate })
const son = carer({ id: 'c', caresFor: ['p'] })

const benefit = (r: ScenarioResult, ym: string): number => {
  const m = month(r, ym)
  return m.svb + m['gemeente-bijstand']
}

type SeriesCase = {
  series: string
  firstDate: string
  /** The household and scenario lines that need the series, from `startDate` on. */
  input: (startDate: string, horizonMonths: number) => EvaluateInput
  /** The amount the series decides in month `ym`. */
  amount: (r: ScenarioResult, ym: string) => number
}

const SERIES: SeriesCase[] = [
  {
    series: 'bijstand-norms',
    firstDate: BIJSTAND_FIRST_DATE,
    input: (startDate, horizonMonths) => ({
      household: household([aowClient, aowPartner]),
      scenario: scenario([stay(startDate)], {
        startDate,
        horizonMonths,
        assumptions: { indexationPercentPerYear: 0, informalHourValueCents: 14_71 },
      }),
    }),
    amount: benefit,
  },
  {
    series: 'wml-per-hour',
    firstDate: WML_PER_HOUR[0]?.from ?? '',
    input: (startDate, horizonMonths) => ({
      household: household([{ ...aowClient, income: { kind: 'aow', netMonthlyCents: 1_400_00 } }], [son]),
      scenario: scenario([mantelzorg(startDate)], {
        startDate,
        horizonMonths,
        assumptions: { indexationPercentPerYear: 0 },
      }),
    }),
    amount: (r, ym) => month(r, ym).informal,
  },
]

const monthBefore = (date: string): string => {
  const [y, m] = date.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`
}

describe.each(SERIES)('months before the first entry of $series', (c) => {
  it('starts on 1 January of a year in the data (the boundary below)', () => {
    expect(c.firstDate).toMatch(/^20\d\d-01-01$/)
  })

  it('2019 (AOW-age household): no error, one warning for the whole period, nothing computed', () => {
    const r = evaluateScenario(c.input('2019-01-01', 12))
    for (let mi = 1; mi <= 12; mi++) expect(c.amount(r, `2019-${String(mi).padStart(2, '0')}`)).toBe(0)
    const f = r.findings.filter((x) => x.messageKey === `${KEY}.${c.series}`)
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({
      severity: 'warning',
      month: '2019-01',
      params: { fromMonth: '2019-01', untilMonth: '2019-12', firstMonth: c.firstDate.slice(0, 7) },
    })
    // Cited: the finding carries the legal basis of the rule whose figures are missing.
    expect(f[0]?.legalBasis.article).not.toBe('')
    // The trace says the months were not computed.
    expect(r.trace.some((t) => t.outcome.startsWith('NOT COMPUTED from 2019-01'))).toBe(true)
  })

  it('the month before the first entry is not computed; the first month is, as if the scenario began there', () => {
    const before = monthBefore(c.firstDate)
    const r = evaluateScenario(c.input(before, 2))
    const alone = evaluateScenario(c.input(c.firstDate, 1))
    const [first, prev] = [c.firstDate.slice(0, 7), before.slice(0, 7)]
    expect(c.amount(r, prev)).toBe(0)
    expect(c.amount(alone, first)).toBeGreaterThan(0)
    expect(c.amount(r, first)).toBe(c.amount(alone, first))
    const f = r.findings.filter((x) => x.messageKey === `${KEY}.${c.series}`)
    expect(f.map((x) => [x.month, x.params.fromMonth, x.params.untilMonth])).toEqual([[prev, prev, prev]])
    // From the first entry on there is nothing to report.
    expect(alone.findings.filter((x) => x.messageKey.startsWith(KEY))).toEqual([])
  })
})

describe('a 2016 Wlz stay for an AOW-age couple on bijstand', () => {
  const r = run(
    household([aowClient, aowPartner]),
    scenario([stay('2016-01-01')], {
      startDate: '2016-01-01',
      horizonMonths: 12,
      assumptions: { indexationPercentPerYear: 0, informalHourValueCents: 14_71 },
    }),
  )

  it('reports both gaps — the Wlz amounts (2016) and the AIO norms — and invents neither', () => {
    const keys = r.findings.filter((f) => f.severity === 'warning').map((f) => f.messageKey)
    expect(keys).toContain('findings.wlz.eigen-bijdrage-year-unavailable')
    expect(keys).toContain(`${KEY}.bijstand-norms`)
    expect(r.totalByPayer.client).toBe(0)
    expect(r.totalByPayer.svb).toBe(0)
    expect(r.totalByPayer['gemeente-bijstand']).toBe(0)
    // The stay itself has its agreed rate and is costed: only the missing figures are left out.
    expect(r.totalByPayer.wlz).toBeGreaterThan(0)
  })
})

describe('scenarios before 2015 (before the Wmo 2015, Jeugdwet, Participatiewet and Wlz)', () => {
  const input = (startDate: string): EvaluateInput => ({
    household: household([aowClient]),
    scenario: scenario([stay(startDate)], { startDate, horizonMonths: 6 }),
  })

  it('names 1 January 2015 as the first supported day', () => {
    expect(FIRST_SUPPORTED_DATE).toBe('2015-01-01')
  })

  it.each(['2014-06-01', '2014-12-01', '2014-12-31'])(
    'refuses a scenario starting %s with a clear error naming January 2015',
    (startDate) => {
      let error: unknown
      try {
        evaluateScenario(input(startDate))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(EngineInvariantError)
      expect(error).toMatchObject({
        code: 'beforeSupported',
        params: { firstMonth: '2015-01', firstYear: 2015 },
      })
    },
  )

  it('evaluates a scenario starting 1 January 2015 (the boundary)', () => {
    expect(() => evaluateScenario(input('2015-01-01'))).not.toThrow()
  })

  it('evaluates lines that began before 2015 under the rules in force from 2015', () => {
    const child = person({ id: 'k', birthDate: '2008-04-01', role: 'child' })
    const parent = person({
      id: 'p',
      birthDate: '1975-04-01',
      income: { kind: 'work', netMonthlyCents: 2_400_00 },
    })
    const r = evaluateScenario({
      household: household([parent, child]),
      scenario: scenario(
        [
          line({
            provisionId: 'jeugd.pleegzorg',
            personId: 'k',
            unit: 'etmaal',
            volume: 7,
            rateCents: 40_00,
            startDate: '2013-03-01',
          }),
          line({
            provisionId: 'wmo.begeleiding-individueel',
            personId: 'p',
            rateCents: 60_00,
            startDate: '2012-01-01',
          }),
        ],
        {
          startDate: '2015-01-01',
          horizonMonths: 3,
          assumptions: { indexationPercentPerYear: 0, informalHourValueCents: 14_71 },
        },
      ),
    })
    expect(r.lines.every((l) => l.totalCents > 0)).toBe(true)
  })
})
