/**
 * engine.line-costing: the price of every line per month (rate × volume × the days it runs and no rule
 * blocks it, exact, rounded half-up once per line per month), and the blocking finding for a line the
 * engine cannot price. Read through the public evaluateScenario, as every screen reads it.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MUNICIPALITY,
  moneyAt,
  WML_PER_HOUR,
  type MunicipalityConfig,
  type TraceEntry,
} from '#shared'
import { LINE_COST_TRACE_ID } from '#shared/rules/engine/line-costing'
import { carer, household, line, person, scenario } from '../../support/build'
import { cents, findingsOf, month, rate, run } from '../../support/engine'

const BEG = 'wmo.begeleiding-individueel'
const DAGBESTEDING = 'wmo.dagbesteding'
const begeleiding = rate(BEG, 'zin', '2026-01-01')
const dagdeel = rate(DAGBESTEDING, 'zin', '2026-01-01')
const client = household(
  [person({ id: 'p', birthDate: '1960-01-01' })],
  [carer({ id: 'c', caresFor: ['p'], capacityHoursPerWeek: 40 })],
)
/** January 2026 only: a line's total is its January cost. */
const JANUARY = { horizonMonths: 1 }

function total(
  lineSpec: Parameters<typeof line>[0],
  extra: Parameters<typeof scenario>[1] = JANUARY,
): number {
  const r = run(client, scenario([line(lineSpec)], extra))
  return r.lines[0]?.totalCents ?? Number.NaN
}

function costTrace(traces: readonly TraceEntry[], lineId: string): TraceEntry | undefined {
  return traces.find((t) => t.ruleId === LINE_COST_TRACE_ID && t.inputs.lineId === lineId)
}

describe('engine.line-costing', () => {
  describe('hours a week', () => {
    it('prices a weekly volume by the days the line runs in the month: 2 h × rate × 31/7 in January', () => {
      expect(total({ provisionId: BEG, personId: 'p', volume: 2 })).toBe(cents(2 * begeleiding * 31, 7))
    })

    it('prices only the days from the start date: a line from 16 January runs 16 of its 31 days', () => {
      expect(total({ provisionId: BEG, personId: 'p', volume: 2, startDate: '2026-01-16' })).toBe(
        cents(2 * begeleiding * 16, 7),
      )
    })

    it('converts minutes to the provision’s hours: 120 minutes a week cost what 2 hours cost', () => {
      expect(total({ provisionId: BEG, personId: 'p', volume: 120, unit: 'minute' })).toBe(
        total({ provisionId: BEG, personId: 'p', volume: 2 }),
      )
    })

    it('keeps a fraction of an hour exact until the one rounding per month (1.5 h a week)', () => {
      expect(total({ provisionId: BEG, personId: 'p', volume: 1.5 })).toBe(cents(3 * begeleiding * 31, 2 * 7))
    })
  })

  describe('volume a month and in total', () => {
    it('prices a monthly volume whole in a full month (4 dagdelen × the dagdeel rate)', () => {
      expect(
        total({ provisionId: DAGBESTEDING, personId: 'p', volume: 4, unit: 'dagdeel', frequency: 'month' }),
      ).toBe(4 * dagdeel)
    })

    it('spreads a total volume evenly over the line’s months (12 dagdelen over three months: 4 a month)', () => {
      const r = run(
        client,
        scenario(
          [
            line({
              id: 'total',
              provisionId: DAGBESTEDING,
              personId: 'p',
              volume: 12,
              unit: 'dagdeel',
              frequency: 'total',
              endDate: '2026-03-31',
            }),
          ],
          { horizonMonths: 6 },
        ),
      )
      expect(r.lines[0]?.totalCents).toBe(12 * dagdeel)
      expect(month(r, '2026-04')['gemeente-wmo'] + month(r, '2026-04').client).toBe(0)
    })
  })

  describe('agreed rates, amounts and one-off items', () => {
    it('prices at the rate agreed on the line instead of the profile’s tariff', () => {
      expect(total({ provisionId: BEG, personId: 'p', volume: 7, rateCents: 50_00 })).toBe(
        (7 * 50_00 * 31) / 7,
      )
    })

    it('charges a one-off amount once, in its start month', () => {
      const r = run(
        client,
        scenario(
          [
            line({
              provisionId: 'wmo.woningaanpassing',
              personId: 'p',
              volume: 3_500,
              unit: 'euro',
              frequency: 'total',
              startDate: '2026-02-10',
            }),
          ],
          { horizonMonths: 3 },
        ),
      )
      expect(r.lines[0]?.totalCents).toBe(3_500_00)
      expect(month(r, '2026-01')['gemeente-wmo']).toBe(0)
      expect(month(r, '2026-03')['gemeente-wmo']).toBe(0)
    })

    it('values an informal hour at the WML per hour of the month, paid by no one in money', () => {
      const wml = moneyAt(WML_PER_HOUR, '2026-01-01', 0).value
      const r = run(
        client,
        scenario(
          [line({ provisionId: BEG, personId: 'p', volume: 7, deliveryForm: 'mantelzorg', carerId: 'c' })],
          JANUARY,
        ),
      )
      expect(r.lines[0]).toMatchObject({ payer: 'informal', totalCents: (7 * wml * 31) / 7 })
      expect(month(r, '2026-01')['gemeente-wmo']).toBe(0)
    })

    it('values informal hours at the scenario’s own hour value when it sets one', () => {
      const r = run(
        client,
        scenario(
          [line({ provisionId: BEG, personId: 'p', volume: 7, deliveryForm: 'mantelzorg', carerId: 'c' })],
          { ...JANUARY, assumptions: { informalHourValueCents: 10_00 } },
        ),
      )
      expect(r.lines[0]?.totalCents).toBe((7 * 10_00 * 31) / 7)
    })
  })

  describe('tariffs read per month', () => {
    it('prices each month at the tariff in force in it (a new rate from 1 February)', () => {
      const others = DEFAULT_MUNICIPALITY.tariffs.filter(
        (t) => !(t.provisionId === BEG && t.deliveryForm === 'zin'),
      )
      const profile: MunicipalityConfig = {
        ...DEFAULT_MUNICIPALITY,
        tariffs: [
          ...others,
          {
            provisionId: BEG,
            deliveryForm: 'zin',
            rateCents: 70_00,
            from: '2026-01-01',
            to: '2026-01-31',
            source: 'test',
          },
          {
            provisionId: BEG,
            deliveryForm: 'zin',
            rateCents: 80_00,
            from: '2026-02-01',
            to: null,
            source: 'test',
          },
        ],
      }
      const r = run(
        client,
        scenario([line({ provisionId: BEG, personId: 'p', volume: 7 })], { horizonMonths: 2 }),
        profile,
      )
      expect(r.lines[0]?.totalCents).toBe((7 * 70_00 * 31) / 7 + (7 * 80_00 * 28) / 7)
    })
  })

  describe('lines the engine cannot price are blocked and cost nothing', () => {
    it.each([
      [
        'no tariff for the provision and form in the profile',
        { provisionId: BEG, personId: 'p' },
        {
          ...DEFAULT_MUNICIPALITY,
          tariffs: DEFAULT_MUNICIPALITY.tariffs.filter((t) => t.provisionId !== BEG),
        },
        'findings.engine.missing-tariff',
      ],
      [
        'a unit that does not convert to the provision’s (etmalen of an hourly provision)',
        { provisionId: BEG, personId: 'p', unit: 'etmaal' as const },
        DEFAULT_MUNICIPALITY,
        'findings.engine.unit-mismatch',
      ],
      [
        'a delivery form the provision does not allow (pgb-netwerk for dagbesteding)',
        {
          provisionId: DAGBESTEDING,
          personId: 'p',
          unit: 'dagdeel' as const,
          deliveryForm: 'pgb-netwerk' as const,
          carerId: 'c',
        },
        DEFAULT_MUNICIPALITY,
        'findings.engine.delivery-form-not-allowed',
      ],
    ])('%s', (_name, spec, profile, messageKey) => {
      const r = run(client, scenario([line({ id: 'bad', ...spec })], JANUARY), profile)
      const [finding] = findingsOf(r, 'engine.line-costing')
      expect(finding).toMatchObject({ severity: 'blocking', lineId: 'bad', messageKey })
      expect(r.lines[0]).toMatchObject({ eligible: false, totalCents: 0 })
    })

    it('prices the other lines of the scenario as usual', () => {
      const r = run(
        client,
        scenario(
          [
            line({ id: 'ok', provisionId: BEG, personId: 'p', volume: 2 }),
            line({ id: 'bad', provisionId: BEG, personId: 'p', unit: 'etmaal' }),
          ],
          JANUARY,
        ),
      )
      expect(r.lines.find((l) => l.lineId === 'ok')?.totalCents).toBe(cents(2 * begeleiding * 31, 7))
    })
  })

  describe('trace', () => {
    it('names each line’s rate, where it came from and the cost over the horizon', () => {
      const r = run(
        client,
        scenario([line({ id: 'traced', provisionId: BEG, personId: 'p', volume: 2 })], JANUARY),
      )
      const trace = costTrace(r.trace, 'traced')
      expect(trace?.parameters[0]).toMatchObject({ key: 'rateCents', value: begeleiding })
      expect(trace?.parameters[0]?.source).not.toBe('')
      expect(trace?.outcome).toBe(`${cents(2 * begeleiding * 31, 7)} cents`)
    })
  })
})

describe('engine.line-costing before a date of birth', () => {
  it('costs no care for a child before it is born (bug: an expected baby was paid for from January)', () => {
    // Born 2026-06-01; jeugd ambulant 2 h/week at an agreed € 100,00 from 2026-01-01: nothing until
    // May, June 30 days: 2 × 100,00 × 30 / 7 = 857,142… → 857,14.
    const h = household([
      person({ id: 'ma', birthDate: '1990-01-01' }),
      person({ id: 'kid', birthDate: '2026-06-01', role: 'child' }),
    ])
    const r = run(
      h,
      scenario([line({ provisionId: 'jeugd.ambulant', personId: 'kid', volume: 2, rateCents: 100_00 })], {
        horizonMonths: 6,
      }),
    )
    expect(['2026-01', '2026-05', '2026-06'].map((m) => month(r, m)['gemeente-jeugd'])).toEqual([
      0, 0, 857_14,
    ])
    const found = findingsOf(r, 'engine.line-costing')
    expect(found.map((f) => [f.messageKey, f.month, f.params.birthDate])).toEqual([
      ['findings.engine.before-birth', '2026-01', '2026-06-01'],
    ])
    expect(r.lines[0]?.eligible).toBe(false)
  })

  it('leaves a line that starts on the date of birth alone', () => {
    const h = household([
      person({ id: 'ma', birthDate: '1990-01-01' }),
      person({ id: 'kid', birthDate: '2026-06-01', role: 'child' }),
    ])
    const r = run(
      h,
      scenario(
        [
          line({
            provisionId: 'jeugd.ambulant',
            personId: 'kid',
            volume: 2,
            rateCents: 100_00,
            startDate: '2026-06-01',
          }),
        ],
        { horizonMonths: 6 },
      ),
    )
    expect(findingsOf(r, 'engine.line-costing')).toEqual([])
    expect(r.lines[0]?.eligible).toBe(true)
  })
})
