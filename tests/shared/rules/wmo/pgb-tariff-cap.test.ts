import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, valueAt } from '#shared'
import { carer, household, line, person, scenario } from '../../support/build'
import { findingsOf, rate, run } from '../../support/engine'

const BEG = 'wmo.begeleiding-individueel'
const zin = rate(BEG, 'zin', '2026-01-01')
const network = rate(BEG, 'pgb-netwerk', '2026-01-01')

describe('wmo.pgb-tariff-cap', () => {
  const h = household([person({ id: 'p', birthDate: '1960-01-01' })], [carer({ id: 'c', caresFor: ['p'] })])
  it.each([
    ['pgb', zin, false],
    ['pgb', zin + 1, true],
    ['pgb-netwerk', network, false],
    ['pgb-netwerk', network + 1, true],
  ] as const)('%s at %d cents per hour: blocked=%s', (form, rateCents, blocked) => {
    const r = run(
      h,
      scenario([
        line({
          provisionId: BEG,
          personId: 'p',
          deliveryForm: form,
          rateCents,
          carerId: form === 'pgb-netwerk' ? 'c' : null,
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.pgb-tariff-cap').length > 0).toBe(blocked)
    expect(r.lines[0]?.eligible).toBe(!blocked)
    expect((r.lines[0]?.totalCents ?? 0) > 0).toBe(!blocked)
  })

  it('uses the profile’s network hour rate when the provision has no network tariff', () => {
    const hr = valueAt(DEFAULT_MUNICIPALITY.pgbNetworkHourRate, '2026-01-01')
    const r = run(
      h,
      scenario([
        line({
          provisionId: 'wmo.persoonlijke-verzorging',
          personId: 'p',
          deliveryForm: 'pgb-netwerk',
          rateCents: hr + 1,
          carerId: 'c',
        }),
      ]),
    )
    expect(findingsOf(r, 'wmo.pgb-tariff-cap')[0]?.params.capCents).toBe(hr)
  })
})
