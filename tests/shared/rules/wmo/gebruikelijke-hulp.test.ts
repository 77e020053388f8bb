import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, valueAt } from '#shared'
import { carer, household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'

const HBH = 'wmo.hulp-bij-het-huishouden'
const protocol = valueAt(DEFAULT_MUNICIPALITY.gebruikelijkeHulpHoursPerWeek, '2026-01-01')

describe('wmo.gebruikelijke-hulp', () => {
  const fatima = person({ id: 'f', birthDate: '1990-07-19' })
  const youssef = person({
    id: 'y',
    birthDate: '1988-02-27',
    role: 'partner',
    income: { kind: 'work', netMonthlyCents: 2_800_00 },
  })

  it('warns and deducts the protocol hours while a healthy adult partner lives in', () => {
    const r = run(
      household([fatima, youssef]),
      scenario([line({ provisionId: HBH, personId: 'f', volume: 3 })]),
    )
    expect(findingsOf(r, 'wmo.gebruikelijke-hulp')[0]).toMatchObject({
      severity: 'warning',
      params: { housemateId: 'y', protocolHoursPerWeek: protocol },
    })
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(
      cents((3 - protocol) * rate(HBH, 'zin', '2026-01-01') * 31, 7),
    )
  })

  it('deducts nothing but still warns when the partner is an overloaded carer', () => {
    const jan = person({ id: 'j', birthDate: '1979-03-08' })
    const marieke = person({ id: 'm', birthDate: '1981-10-30', role: 'partner' })
    const c = carer({ id: 'c', personId: 'm', caresFor: ['j'], capacityHoursPerWeek: 20, burdenScore: 11 })
    const r = run(
      household([jan, marieke], [c]),
      scenario([
        line({ provisionId: HBH, personId: 'j', volume: 3 }),
        line({
          provisionId: 'informal.mantelzorg',
          personId: 'j',
          deliveryForm: 'mantelzorg',
          volume: 30,
          carerId: 'c',
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.gebruikelijke-hulp')[0]?.messageKey).toBe(
      'findings.wmo.gebruikelijke-hulp-overloaded',
    )
    expect(month(r, '2026-01')['gemeente-wmo']).toBe(cents(3 * rate(HBH, 'zin', '2026-01-01') * 31, 7))
  })

  it('starts deducting in the month a child living in turns 18', () => {
    const mother = person({ id: 'mo', birthDate: '1970-01-01' })
    const son = person({ id: 'so', birthDate: '2008-05-10', role: 'child' })
    const r = run(household([mother, son]), scenario([line({ provisionId: HBH, personId: 'mo', volume: 3 })]))
    const r0 = rate(HBH, 'zin', '2026-01-01')
    expect(month(r, '2026-05')['gemeente-wmo'] + month(r, '2026-05').client).toBe(cents(3 * r0 * 31, 7))
    expect(month(r, '2026-06')['gemeente-wmo'] + month(r, '2026-06').client).toBe(
      cents((3 - protocol) * r0 * 30, 7),
    )
  })

  it('says nothing for a single client', () => {
    const r = run(household([fatima]), scenario([line({ provisionId: HBH, personId: 'f', volume: 3 })]))
    expect(findingsOf(r, 'wmo.gebruikelijke-hulp')).toHaveLength(0)
  })
})
