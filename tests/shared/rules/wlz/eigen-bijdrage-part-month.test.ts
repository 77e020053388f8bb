/**
 * A Wlz stay (or a beschermd-wonen stay) that starts or ends within a month: Besluit langdurige zorg
 * art. 3.3.2.9 lid 2 — "Over een gedeelte van een maand is de eigen bijdrage gelijk aan het vastgestelde
 * bedrag per maand, vermenigvuldigd met twaalf maal het aantal dagen waarover de bijdrage binnen die
 * maand verschuldigd is en gedeeld door 365" — and in the same words Uitvoeringsbesluit Wmo 2015 art.
 * 3.19 lid 2 for beschermd wonen (INTRAMURAL_PART_MONTH). The engine charged the whole monthly amount
 * before (capped only by the month's care cost); expected values are that arithmetic, rounded half-up.
 */
import { describe, expect, it } from 'vitest'
import {
  BESCHERMD_WONEN_BIJDRAGE,
  INTRAMURAL_PART_MONTH,
  WLZ_EIGEN_BIJDRAGE,
  hasWlzAmounts,
  valueAt,
} from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, run } from '../../support/engine'

const W = valueAt(WLZ_EIGEN_BIJDRAGE, '2026-01-01')
if (!hasWlzAmounts(W)) throw new Error('no Wlz amounts for 2026')
const BW = valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01')
const { daysPerYear } = valueAt(INTRAMURAL_PART_MONTH, '2026-01-01')
/** The monthly amount over `days` days of a month (Blz art. 3.3.2.9 lid 2). */
const part = (monthly: number, days: number) => cents(monthly * 12 * days, daysPerYear)

const client = person({
  id: 'p1',
  birthDate: '1942-05-14',
  // 10% of 1,500.00 = 150.00: below the lage minimum in both regimes, so the month is the minimum.
  income: { kind: 'aow', netMonthlyCents: 1_500_00 },
  wlzIndication: { from: '2025-01-01' },
})
const stay = (startDate: string, endDate: string | null = null) =>
  line({ provisionId: 'wlz.verblijf', personId: 'p1', unit: 'etmaal', volume: 7, startDate, endDate })
const evaluate = (l: ReturnType<typeof line>) =>
  run(household([client]), scenario([l], { assumptions: { indexationPercentPerYear: 0 } }))

describe('wlz.eigen-bijdrage over part of a month (Blz art. 3.3.2.9 lid 2)', () => {
  it('reads the law text: 365 days, also in a leap year', () => {
    expect(daysPerYear).toBe(365)
  })

  it.each([
    // [admission, month, days owed in it]
    ['2026-03-20', '2026-03', 12],
    ['2026-02-15', '2026-02', 14],
    ['2026-04-30', '2026-04', 1],
  ])('a stay from %s owes the lage minimum × 12 × the days of %s ÷ 365', (start, ym, days) => {
    const r = evaluate(stay(start))
    expect(month(r, ym).client).toBe(part(W.lageMinCents, days))
  })

  it('charges the whole month from the next month on, and for a stay from the 1st (boundary)', () => {
    expect(month(evaluate(stay('2026-03-20')), '2026-04').client).toBe(W.lageMinCents)
    expect(month(evaluate(stay('2026-03-01')), '2026-03').client).toBe(W.lageMinCents)
  })

  it('owes the days up to a stay that ends on the 10th, and nothing after', () => {
    const r = evaluate(stay('2026-01-01', '2026-03-10'))
    expect(month(r, '2026-03').client).toBe(part(W.lageMinCents, 10))
    expect(month(r, '2026-04').client).toBe(0)
  })

  it('names the rule in the trace: monthly × 12 × days / 365 with its source', () => {
    const r = evaluate(stay('2026-03-20'))
    const entry = r.trace.find(
      (t) => t.ruleId === 'wlz.eigen-bijdrage' && t.parameters.some((p) => p.key === 'partMonth'),
    )
    expect(entry?.parameters.find((p) => p.key === 'partMonth')?.value).toBe('monthly × 12 × 12 / 365')
    expect(findingsOf(r, 'wlz.eigen-bijdrage')[0]?.params.amountCents).toBe(part(W.lageMinCents, 12))
  })
})

describe('wmo.eigen-bijdrage beschermd wonen over part of a month (Uitvoeringsbesluit Wmo 2015 art. 3.19 lid 2)', () => {
  const worker = person({
    id: 's',
    birthDate: '1990-08-17',
    income: { kind: 'work', netMonthlyCents: 1_500_00 },
  })
  const bw = (startDate: string) =>
    line({ provisionId: 'wmo.beschermd-wonen', personId: 's', unit: 'etmaal', volume: 7, startDate })

  it('owes the lage minimum × 12 × 12 / 365 for a stay from 20 March, the whole minimum in April', () => {
    const r = run(household([worker]), scenario([bw('2026-03-20')]))
    expect(month(r, '2026-03').client).toBe(part(BW.lageMinCents, 12))
    expect(month(r, '2026-04').client).toBe(BW.lageMinCents)
  })
})
