/**
 * wlz.care-at-home — Wlz care at home as vpt, mpt or pgb (Wlz art. 3.3.1–3.3.3), with the lage
 * eigen bijdrage (Besluit langdurige zorg art. 3.3.2.2, reason care-at-home), and no Wlz care
 * before the CIZ indicatiebesluit (Wlz art. 3.2.3). Amounts are arithmetic from the parameters and
 * the example tariffs; asOf 2026.
 */
import { describe, expect, it } from 'vitest'
import { WLZ_AT_HOME_CEILING, hasWlzAmounts, WLZ_EIGEN_BIJDRAGE, getProvision, valueAt } from '#shared'
import { household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, lineTotal, month, rate, run } from '../../support/engine'

/** The Wlz amounts in force on `date` (a year with sourced amounts). */
function wlzAmounts(date: string) {
  const v = valueAt(WLZ_EIGEN_BIJDRAGE, date)
  if (!hasWlzAmounts(v)) throw new Error(`no Wlz amounts on ${date}`)
  return v
}

const P = wlzAmounts('2026-01-01')
const lage = (incomeCents: number): number =>
  Math.min(P.lageMaxCents, Math.max(P.lageMinCents, cents(incomeCents * P.lagePercent, 100)))

const client = (wlzFrom: string | null) =>
  person({
    id: 'p1',
    birthDate: '1944-03-02',
    income: { kind: 'aow', netMonthlyCents: 1_600_00 },
    wlzIndication: wlzFrom ? { from: wlzFrom } : null,
  })
const vpt = (extra: Partial<Parameters<typeof line>[0]> = {}) =>
  line({ id: 'vpt', provisionId: 'wlz.vpt', personId: 'p1', unit: 'etmaal', volume: 7, ...extra })
const mpt = (extra: Partial<Parameters<typeof line>[0]> = {}) =>
  line({ id: 'mpt', provisionId: 'wlz.mpt', personId: 'p1', unit: 'hour', volume: 10, ...extra })

describe('wlz.care-at-home', () => {
  it('offers vpt and mpt (mpt also as pgb) as Wlz provisions paid by the Wlz', () => {
    expect(getProvision('wlz.vpt')).toMatchObject({
      law: 'wlz',
      payer: 'wlz',
      unit: 'etmaal',
      wlzAtHome: true,
    })
    expect(getProvision('wlz.mpt')?.deliveryForms).toEqual(['zin', 'pgb'])
  })

  it('charges vpt the lage eigen bijdrage from the first month, never the hoge (no first-months limit at home)', () => {
    const r = run(household([client('2025-06-01')]), scenario([vpt()]))
    for (const ym of ['2026-01', '2026-07', '2026-12']) expect(month(r, ym).client).toBe(lage(1_600_00))
    expect(findingsOf(r, 'wlz.eigen-bijdrage').map((f) => f.messageKey)).toEqual([
      'findings.wlz.eigen-bijdrage-lage-care-at-home',
    ])
    // The Wlz pays the rest: 7 etmalen a week × the day rate × 31/7 in January.
    const gross = cents(7 * rate('wlz.vpt', 'zin', '2026-01-01') * 31, 7)
    expect(month(r, '2026-01').wlz).toBe(gross - lage(1_600_00))
  })

  it('states the conditions of care at home as an info finding citing the Wlz', () => {
    const r = run(household([client('2025-06-01')]), scenario([mpt({ deliveryForm: 'pgb' })]))
    const [f] = findingsOf(r, 'wlz.care-at-home')
    expect(f).toMatchObject({ severity: 'info', law: 'wlz', lineId: 'mpt' })
    expect(f?.legalBasis.article).toContain('3.3.1')
    expect(f?.params).toMatchObject({ provisionId: 'wlz.mpt', deliveryForm: 'pgb' })
    expect(r.lines[0]?.eligible).toBe(true)
  })

  it('blocks Wlz care for a person without a Wlz indication (art. 3.2.3: CIZ indicatiebesluit)', () => {
    const r = run(household([client(null)]), scenario([mpt()]))
    const blocking = findingsOf(r, 'wlz.care-at-home').filter((f) => f.severity === 'blocking')
    expect(blocking.map((f) => f.messageKey)).toEqual(['findings.wlz.indication-required'])
    expect(r.lines[0]?.eligible).toBe(false)
    expect(lineTotal(r, 'mpt')).toBe(0)
    expect(r.totalByPayer.client).toBe(0)
  })

  it('starts Wlz care on the day of the indication, pro rata in that month (boundary 2026-04-15)', () => {
    const r = run(household([client('2026-04-15')]), scenario([vpt()]))
    expect(month(r, '2026-03').wlz + month(r, '2026-03').client).toBe(0)
    // 16 of 30 April days: 7 etmalen a week × rate × 16/7.
    const april = cents(7 * rate('wlz.vpt', 'zin', '2026-04-01') * 16, 7)
    expect(month(r, '2026-04').wlz + month(r, '2026-04').client).toBe(april)
    expect(
      findingsOf(r, 'wlz.care-at-home').find((f) => f.severity === 'blocking')?.params.indicationFrom,
    ).toBe('2026-04-15')
  })

  it('also needs the indication for a stay (wlz.verblijf)', () => {
    const r = run(
      household([client(null)]),
      scenario([line({ provisionId: 'wlz.verblijf', personId: 'p1', unit: 'etmaal', volume: 7 })]),
    )
    expect(r.lines[0]?.eligible).toBe(false)
  })
})

describe('wlz.care-at-home — the cost ceiling of care at home (Wlz art. 3.2.1 lid 1, 3.3.3 lid 4 sub a)', () => {
  // The ceiling is the stay the care at home replaces: the wlz.verblijf (zin) day rate × the days of
  // the month × WLZ_AT_HOME_CEILING.percentOfStay / 100. An mpt line with a monthly volume of 1 at an
  // agreed rate costs exactly that rate in a full month.
  const stayRate = rate('wlz.verblijf', 'zin', '2026-01-01')
  const pct = valueAt(WLZ_AT_HOME_CEILING, '2026-01-01').percentOfStay
  const ceiling = (days: number) => cents(stayRate * days * pct, 100)
  const monthly = (rateCents: number, extra: Partial<Parameters<typeof line>[0]> = {}) =>
    mpt({ frequency: 'month', volume: 1, rateCents, ...extra })
  const ceilingFindings = (r: ReturnType<typeof run>) =>
    findingsOf(r, 'wlz.care-at-home').filter((f) => f.messageKey === 'findings.wlz.care-at-home-ceiling')

  it.each([
    // [case, agreed rate = the month's cost, months in the horizon, months with a warning]
    ['exactly the cost of a January stay: no warning', ceiling(31), 1, []],
    ['one cent above it: a warning from January', ceiling(31) + 1, 1, ['2026-01']],
    ['a January stay’s cost is above the 28-day February ceiling', ceiling(31), 2, ['2026-02']],
  ])('%s', (_case, rateCents, horizonMonths, months) => {
    const r = run(household([client('2025-06-01')]), scenario([monthly(rateCents)], { horizonMonths }))
    expect(ceilingFindings(r).map((f) => f.month)).toEqual(months)
  })

  it('names both amounts, the months above the ceiling and that the ceiling is unverified', () => {
    const r = run(household([client('2025-06-01')]), scenario([monthly(ceiling(30) + 1)]))
    const [f] = ceilingFindings(r)
    // 30-day months: April, June, September, November; plus February (28): five months; the
    // 31-day months stay below.
    expect(f).toMatchObject({
      severity: 'warning',
      month: '2026-02',
      params: { costCents: ceiling(30) + 1, ceilingCents: ceiling(28), monthsOver: 5, unverified: 1 },
    })
    expect(f?.legalBasis).toMatchObject({
      article: expect.stringContaining('3.3.3 lid 4 sub a'),
      verified: true,
    })
    // A warning, not a block: the Wlz still pays the care (the zorgkantoor decides).
    expect(r.lines[0]?.eligible).toBe(true)
  })

  it('adds up all Wlz care at home of the person (vpt and mpt together)', () => {
    const vptAlone = run(household([client('2025-06-01')]), scenario([vpt()]))
    expect(ceilingFindings(vptAlone)).toEqual([])
    const both = run(household([client('2025-06-01')]), scenario([vpt(), mpt({ volume: 20 })]))
    expect(ceilingFindings(both)).toHaveLength(1)
  })

  describe('raised by at most 25% for a client under 23 or with a child under 18 (Regeling langdurige zorg art. 5.3)', () => {
    const raised = valueAt(WLZ_AT_HOME_CEILING, '2026-01-01')
    // January: the raised ceiling is the stay × 31 days × 125 / 100.
    const raisedCeiling = cents(stayRate * 31 * raised.raisedPercentOfStay, 100)
    const young = (birthDate: string) =>
      person({
        id: 'p1',
        birthDate,
        income: { kind: 'benefit', netMonthlyCents: 1_000_00 },
        wlzIndication: { from: '2025-06-01' },
      })

    it.each([
      // [case, client birth date, children, agreed rate, warned]
      ['22 years old, above 100% and within 125%: no warning', '2003-06-01', [], ceiling(31) + 1, false],
      ['22 years old, above 125%: a warning', '2003-06-01', [], raisedCeiling + 1, true],
      [
        '23 years old (birthday on 1 January), above 100%: a warning',
        '2003-01-01',
        [],
        ceiling(31) + 1,
        true,
      ],
      [
        'a parent of a 17-year-old, within 125%: no warning',
        '1980-01-01',
        ['2008-06-01'],
        ceiling(31) + 1,
        false,
      ],
      [
        'a parent of an 18-year-old, above 100%: a warning',
        '1980-01-01',
        ['2008-01-01'],
        ceiling(31) + 1,
        true,
      ],
    ] as const)('%s', (_case, birthDate, children, rateCents, warned) => {
      const kids = children.map((b, i) => person({ id: `c${i}`, role: 'child', birthDate: b }))
      const r = run(
        household([young(birthDate), ...kids]),
        scenario([monthly(rateCents)], { horizonMonths: 1 }),
      )
      expect(ceilingFindings(r).length > 0).toBe(warned)
    })

    it('names the raised percentage in the warning', () => {
      const r = run(
        household([young('2003-06-01')]),
        scenario([monthly(raisedCeiling + 1)], { horizonMonths: 1 }),
      )
      expect(ceilingFindings(r)[0]?.params).toMatchObject({ percentOfStay: 125, ceilingCents: raisedCeiling })
    })
  })

  it('does not compare a stay with itself', () => {
    const stay = line({ id: 'v', provisionId: 'wlz.verblijf', personId: 'p1', unit: 'etmaal', volume: 7 })
    expect(ceilingFindings(run(household([client('2025-06-01')]), scenario([stay])))).toEqual([])
  })

  it('keeps the finding with the reason when the consultant records a deviation (zorgkantoor agreed)', () => {
    const r = run(
      household([client('2025-06-01')]),
      scenario([monthly(ceiling(31) + 1)], {
        deviations: [
          {
            ruleId: 'wlz.care-at-home',
            personId: 'p1',
            reason: 'meerzorg toegekend',
            decidedOn: '2026-01-05',
          },
        ],
      }),
    )
    expect(ceilingFindings(r)[0]?.params.deviation).toBe('meerzorg toegekend')
  })
})
