/**
 * `Cents` and `IsoDate` are branded (shared/domain/types.ts): a plain number or string cannot stand
 * where the engine vouches for a checked amount or date. This file is part of `npm run typecheck`:
 * each `@ts-expect-error` line fails the typecheck if the brand is ever loosened (the directive is
 * then unused), and the runtime checks behind the constructors are tested alongside.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  DATE_MESSAGES,
  MONEY_MESSAGES,
  addDays,
  allocateCents,
  cents,
  centsRecord,
  evaluateScenario,
  isoDate,
  sumCents,
  type Cents,
  type CentsInput,
  type IsoDate,
  type IsoDateInput,
  type MonthResult,
  type ScenarioResult,
} from '#shared'
import { household, person, scenario } from '../support/build'

describe('Cents', () => {
  it('is a number, but a plain number is not a Cents', () => {
    expectTypeOf<Cents>().toExtend<number>()
    expectTypeOf<number>().not.toExtend<Cents>()
    expectTypeOf<CentsInput>().toEqualTypeOf<number>()
    // @ts-expect-error a plain number cannot be passed where Cents is required
    sumCents([100, 200])
    // @ts-expect-error nor as the total to allocate
    allocateCents(100, [1, 1])
    // @ts-expect-error nor assigned to a Cents
    const plain: Cents = 100
    expect(plain).toBe(100)
    expect(sumCents([cents(100), cents(200)])).toBe(300)
  })

  it('types the engine result in Cents', () => {
    expectTypeOf<ScenarioResult['totalByPayer']['client']>().toEqualTypeOf<Cents>()
    expectTypeOf<MonthResult['byPayer']['gemeente-wmo']>().toEqualTypeOf<Cents>()
    expectTypeOf<ScenarioResult['lines'][number]['totalCents']>().toEqualTypeOf<Cents>()
    const bad: MonthResult = {
      month: '2026-01',
      // @ts-expect-error a month of plain numbers is not an engine result
      byPayer: { 'gemeente-wmo': 1 },
    }
    expect(bad.month).toBe('2026-01')
    const r = evaluateScenario({
      household: household([person({ id: 'p', birthDate: '1980-01-01' })]),
      scenario: scenario([]),
    })
    expectTypeOf(r.totalByPayer.svb).toEqualTypeOf<Cents>()
    // Reading a Cents as a number needs nothing: the brand only stops the other direction.
    const asNumber: number = r.totalByPayer.svb
    expect(asNumber).toBe(0)
  })

  it('brands only checked values', () => {
    expect(() => cents(0.5)).toThrow(MONEY_MESSAGES.notInteger)
    expectTypeOf(centsRecord({ a: 1 })).toEqualTypeOf<Record<'a', Cents>>()
  })
})

describe('IsoDate', () => {
  it('is a string, but a plain string is not an IsoDate', () => {
    expectTypeOf<IsoDate>().toExtend<string>()
    expectTypeOf<string>().not.toExtend<IsoDate>()
    expectTypeOf<IsoDateInput>().toEqualTypeOf<string>()
    // @ts-expect-error a plain string cannot be assigned to an IsoDate
    const plain: IsoDate = '2026-01-01'
    expect(plain).toBe('2026-01-01')
  })

  it('comes from the date helpers, which accept plain input and return a checked date', () => {
    expectTypeOf(addDays('2026-01-31', 1)).toEqualTypeOf<IsoDate>()
    expectTypeOf(isoDate('2026-02-28')).toEqualTypeOf<IsoDate>()
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(() => isoDate('2026-02-30')).toThrow(DATE_MESSAGES.badDate)
  })
})
