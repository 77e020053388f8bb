import { describe, expect, it } from 'vitest'
import { checkLeverValue, isMoneyLever } from '#shared/decision/what-if'

describe('checkLeverValue', () => {
  it('refuses a negative carer hour count instead of computing it as 0', () => {
    expect(checkLeverValue({ kind: 'carer-hours', carerId: 'c1' }, -1)).toMatchObject({ key: 'belowMin' })
    expect(checkLeverValue({ kind: 'carer-hours', carerId: 'c1' }, 0)).toBeNull()
  })

  it('refuses a line volume below zero and accepts zero', () => {
    expect(checkLeverValue({ kind: 'line-volume', lineId: 'l1' }, -0.5)).toMatchObject({ key: 'belowMin' })
    expect(checkLeverValue({ kind: 'line-volume', lineId: 'l1' }, 0)).toBeNull()
  })

  it('refuses tariffs cut by more than 100% and values that are not numbers', () => {
    expect(checkLeverValue({ kind: 'tariff-percent' }, -101)).toMatchObject({ key: 'belowMin' })
    expect(checkLeverValue({ kind: 'tariff-percent' }, -100)).toBeNull()
    expect(checkLeverValue({ kind: 'indexation' }, Number.NaN)).toMatchObject({ key: 'notANumber' })
  })

  it('treats the shadow price as money (entered in euros, stored in cents) with an upper bound', () => {
    expect(isMoneyLever({ kind: 'informal-price' })).toBe(true)
    expect(checkLeverValue({ kind: 'informal-price' }, 1_000_00)).toBeNull()
    expect(checkLeverValue({ kind: 'informal-price' }, 1_000_01)).toMatchObject({ key: 'aboveMax' })
  })
})
