import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, valueAt, type MunicipalityConfig } from '#shared'
import { carer, household, line, person, scenario } from '../../support/build'
import { findingsOf, month, rate, run } from '../../support/engine'

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

describe('wmo.pgb-tariff-cap reads the cap per month', () => {
  const h = household([person({ id: 'p', birthDate: '1960-01-01' })], [carer({ id: 'c', caresFor: ['p'] })])
  /** The example profile with the ZIN tariff of begeleiding changed on 1 July 2026. */
  function withJulyTariff(julyRate: number): MunicipalityConfig {
    const others = DEFAULT_MUNICIPALITY.tariffs.filter(
      (t) => !(t.provisionId === BEG && t.deliveryForm === 'zin'),
    )
    return {
      ...DEFAULT_MUNICIPALITY,
      tariffs: [
        ...others,
        {
          provisionId: BEG,
          deliveryForm: 'zin',
          rateCents: zin,
          from: '2026-01-01',
          to: '2026-06-30',
          source: 'test',
        },
        {
          provisionId: BEG,
          deliveryForm: 'zin',
          rateCents: julyRate,
          from: '2026-07-01',
          to: '2026-12-31',
          source: 'test',
        },
      ],
    }
  }
  const pgbLine = () => line({ provisionId: BEG, personId: 'p', deliveryForm: 'pgb', rateCents: zin + 100 })
  const noIndexScenario = (lines: ReturnType<typeof line>[]) =>
    scenario(lines, { assumptions: { indexationPercentPerYear: 0 } })

  it('allows a rate above the cap up to 30 June once the ZIN tariff rises on 1 July to meet it', () => {
    // Agreed rate zin + 100: above the cap until 30 June, within it from 1 July.
    const r = run(h, noIndexScenario([pgbLine()]), withJulyTariff(zin + 100))
    const f = findingsOf(r, 'wmo.pgb-tariff-cap')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ month: '2026-01', params: { capCents: zin } })
    expect(month(r, '2026-06')['gemeente-wmo']).toBe(0)
    expect(month(r, '2026-07')['gemeente-wmo']).toBeGreaterThan(0)
  })

  it('blocks from July only when the ZIN tariff drops on 1 July below an agreed rate that met it', () => {
    const l = line({ provisionId: BEG, personId: 'p', deliveryForm: 'pgb', rateCents: zin })
    const r = run(h, noIndexScenario([l]), withJulyTariff(zin - 100))
    const f = findingsOf(r, 'wmo.pgb-tariff-cap')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ month: '2026-07', params: { capCents: zin - 100 } })
    expect(month(r, '2026-06')['gemeente-wmo']).toBeGreaterThan(0)
    expect(month(r, '2026-07')['gemeente-wmo']).toBe(0)
    expect(r.lines[0]?.eligible).toBe(false)
  })
})
