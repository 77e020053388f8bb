/**
 * participatiewet.bijzondere-bijstand — bijzondere bijstand (art. 35) and the individuele
 * inkomenstoeslag (art. 36) as plan provisions: amounts from the bijstand budget, conditions as
 * findings, the statutory limits (21 to AOW age; once per 12 months) as blocking findings.
 */
import { describe, expect, it } from 'vitest'
import { household, line, person, scenario } from '../../support/build'
import { findingsOf, month, run } from '../../support/engine'

const BB = 'pw.bijzondere-bijstand'
const IIT = 'pw.individuele-inkomenstoeslag'
const adult = person({ id: 'a', birthDate: '1980-01-01', income: { kind: 'bijstand', netMonthlyCents: 0 } })
const euro = (provisionId: string, volume: number, extra = {}) =>
  line({
    provisionId,
    personId: 'a',
    volume,
    unit: 'euro',
    frequency: 'total',
    endDate: '2026-01-31',
    ...extra,
  })

describe('participatiewet.bijzondere-bijstand', () => {
  it('pays bijzondere bijstand from the bijstand budget and states the art. 35 conditions', () => {
    const r = run(household([adult]), scenario([euro(BB, 350)]))
    expect(month(r, '2026-01')['gemeente-bijstand']).toBeGreaterThanOrEqual(350_00)
    const f = findingsOf(r, 'participatiewet.bijzondere-bijstand')
    expect(f[0]?.messageKey).toBe('findings.participatiewet.bijzondere-bijstand')
    expect(f[0]?.legalBasis.article).toContain('35')
  })

  it('keeps bijzondere bijstand available after AOW age (paid by the municipality)', () => {
    const old = person({
      id: 'a',
      birthDate: '1950-01-01',
      income: { kind: 'aow', netMonthlyCents: 1_500_00 },
    })
    const r = run(household([old]), scenario([euro(BB, 200)]))
    expect(r.lines[0]?.eligible).toBe(true)
    expect(month(r, '2026-01')['gemeente-bijstand']).toBe(200_00)
  })

  it('states the art. 36 conditions for the individuele inkomenstoeslag', () => {
    const r = run(household([adult]), scenario([euro(IIT, 400)]))
    expect(findingsOf(r, 'participatiewet.bijzondere-bijstand')[0]?.messageKey).toBe(
      'findings.participatiewet.individuele-inkomenstoeslag',
    )
    expect(r.lines[0]?.eligible).toBe(true)
  })

  it.each([
    ['the day before the 21st birthday', '2005-02-01', false],
    ['on the 21st birthday', '2005-01-01', true],
  ])(
    'blocks the inkomenstoeslag before 21 (art. 36 lid 1): born so the line starts %s',
    (_l, birthDate, ok) => {
      const young = person({ id: 'a', birthDate, income: { kind: 'bijstand', netMonthlyCents: 0 } })
      const r = run(household([young]), scenario([euro(IIT, 400, { startDate: '2026-01-01' })]))
      expect(r.lines[0]?.eligible).toBe(ok)
    },
  )

  it('refuses a second inkomenstoeslag within 12 months (art. 36 lid 3); 12 months later it is allowed', () => {
    const r = run(
      household([adult]),
      scenario(
        [
          euro(IIT, 400, { id: 'i1' }),
          euro(IIT, 400, { id: 'i2', startDate: '2026-12-01', endDate: '2026-12-31' }),
          euro(IIT, 400, { id: 'i3', startDate: '2027-01-01', endDate: '2027-01-31' }),
        ],
        { horizonMonths: 13 },
      ),
    )
    expect(r.lines.find((l) => l.lineId === 'i2')?.eligible).toBe(false)
    expect(month(r, '2026-12')['gemeente-bijstand']).toBe(month(r, '2026-11')['gemeente-bijstand'])
    expect(r.lines.find((l) => l.lineId === 'i3')?.eligible).toBe(true)
  })

  it('warns when the scenario gives the person earnings (prospect of a better income)', () => {
    const r = run(
      household([adult]),
      scenario([euro(IIT, 400)], {
        incomeChanges: [{ personId: 'a', from: '2026-06-01', kind: 'work', netMonthlyCents: 900_00 }],
      }),
    )
    expect(findingsOf(r, 'participatiewet.bijzondere-bijstand')[0]?.severity).toBe('warning')
  })
})
