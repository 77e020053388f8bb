/**
 * A child born during the scenario's horizon belongs to the household from the month of birth, not
 * from the scenario's first month (bug: ages before birth are negative, so "younger than 18" held in
 * every month before the birth and the household counted the child from the start). Pinned for each
 * per-person rule that asks whether there is a child: the bijstand norm (Participatiewet art. 20 lid 1
 * sub c/d, "met … kinderen"), the Wlz lage eigen bijdrage for a client supporting a child (Blz art.
 * 3.3.2.2 lid 1 sub c) and the AIO candidacy (hasChildrenBesides).
 */
import { describe, expect, it } from 'vitest'
import { hasWlzAmounts, valueAt, WLZ_EIGEN_BIJDRAGE } from '#shared'
import { household, line, person, scenario } from '../support/build'
import { cents, month, run } from '../support/engine'
import { BIJSTAND, N, noIndex } from '../rules/participatiewet/fixtures'

const BORN = '2026-03-15'

describe('a child born during the horizon counts from the month of birth', () => {
  // A couple: one spouse aged 19 (art. 20 lid 1), the other 31; both on bijstand.
  const young = person({ id: 'y', birthDate: '2006-06-01', income: BIJSTAND })
  const older = person({ id: 'o', birthDate: '1995-01-01', role: 'partner', income: BIJSTAND })
  const baby = (birthDate: string) => person({ id: 'b', birthDate, role: 'child' })
  const bijstand = (birthDate: string) =>
    run(household([young, older, baby(birthDate)]), scenario([], { horizonMonths: 6, assumptions: noIndex }))

  it.each([
    // [birth date, month, norm]: the norm "with children" from the month of birth on.
    [BORN, '2026-01', 'coupleOne18to20'],
    [BORN, '2026-02', 'coupleOne18to20'],
    [BORN, '2026-03', 'coupleOne18to20WithChildren'],
    [BORN, '2026-04', 'coupleOne18to20WithChildren'],
    ['2026-03-01', '2026-02', 'coupleOne18to20'],
    ['2026-03-01', '2026-03', 'coupleOne18to20WithChildren'],
    ['2026-03-31', '2026-03', 'coupleOne18to20WithChildren'],
  ] as const)('born %s: the bijstand norm in %s is %s', (birthDate, ym, key) => {
    expect(month(bijstand(birthDate), ym)['gemeente-bijstand']).toBe(N(key))
  })

  it('the two norms differ, so the test can tell them apart', () => {
    expect(N('coupleOne18to20WithChildren')).toBeGreaterThan(N('coupleOne18to20'))
  })

  describe('the Wlz lage eigen bijdrage for a client who supports a child', () => {
    const v = valueAt(WLZ_EIGEN_BIJDRAGE, '2026-01-01')
    if (!hasWlzAmounts(v)) throw new Error('no Wlz amounts in 2026')
    const INCOME = 1_725_00
    const lage = Math.min(v.lageMaxCents, Math.max(v.lageMinCents, cents(INCOME * v.lagePercent, 100)))
    const client = person({
      id: 'c',
      birthDate: '1985-02-02',
      income: { kind: 'work', netMonthlyCents: INCOME },
      wlzIndication: { from: '2025-01-01' },
    })
    // In a Wlz institution since January 2025: past the four lage months, so the hoge bijdrage.
    const stay = line({
      provisionId: 'wlz.verblijf',
      personId: 'c',
      unit: 'etmaal',
      volume: 7,
      startDate: '2025-01-01',
    })
    const r = run(
      household([client, baby(BORN)]),
      scenario([stay], { horizonMonths: 6, assumptions: noIndex }),
    )

    it('pays the hoge bijdrage before the birth and the lage from the month of birth', () => {
      expect(month(r, '2026-02').client).toBeGreaterThan(lage)
      expect(month(r, '2026-03').client).toBe(lage)
      expect(month(r, '2026-06').client).toBe(lage)
    })
  })
})
