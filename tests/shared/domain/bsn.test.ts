import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidBsn, maskBsn } from '#shared/domain/bsn'

// Public examples from docs/security-model.md#untrusted-input (worked examples and the Haal Centraal/RvIG test persons).
const VALID = [
  '123456782',
  '111222333',
  '249566758',
  '211551557',
  '999993847',
  '999992077',
  '999993483',
  '999990482',
  '000009921',
  '999993653',
  '999995017',
  '999990408',
  '999994669',
  '999992806',
  '999993926',
  '999991905',
  '999993550',
  '999990421',
]
const INVALID = [
  ['123456789', 'weighted sum 147'],
  ['999993654', 'weighted sum 351'],
  ['100000004', 'weighted sum 5'],
  ['12345678', 'eight digits (legacy numbers must be left-padded by the caller)'],
  ['1234567820', 'ten digits'],
  [' 123456782', 'leading space'],
  ['123456782 ', 'trailing space'],
  ['12345678a', 'a letter'],
  ['000000000', 'all zeros (sum 0 passes the arithmetic)'],
  ['', 'empty'],
  ['１２３４５６７８２', 'full-width digits'],
] as const

/** Builds a valid BSN from eight digits: picks the check digit, or undefined when none exists. */
function completeBsn(first8: number[]): string | undefined {
  const weights = [9, 8, 7, 6, 5, 4, 3, 2]
  const sum = first8.reduce((acc, d, i) => acc + d * weights[i]!, 0)
  const check = sum % 11 // 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11)  ⇔  d9 ≡ sum (mod 11)
  if (check > 9) return undefined
  const bsn = [...first8, check].join('')
  return bsn === '000000000' ? undefined : bsn
}

const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map(completeBsn)
  .filter((b): b is string => b !== undefined)

describe('isValidBsn', () => {
  it.each(VALID)('accepts the public example %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true)
  })

  it.each(INVALID)('rejects %j (%s)', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false)
  })

  it('accepts every number built with the weight −1 check digit', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => isValidBsn(bsn)),
      { seed: 20260101, numRuns: 500 },
    )
  })

  it('detects every single-digit change of a valid BSN', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, position, delta) => {
          const digit = (Number(bsn[position]) + delta) % 10
          const changed = bsn.slice(0, position) + String(digit) + bsn.slice(position + 1)
          expect(changed).not.toBe(bsn)
          return !isValidBsn(changed)
        },
      ),
      { seed: 42, numRuns: 2000 },
    )
  })
})

describe('maskBsn', () => {
  it('shows only the last four digits', () => {
    expect(maskBsn('123456782')).toBe('*****6782')
  })

  it('masks anything that is not nine digits whole, without echoing it', () => {
    expect(maskBsn('12345')).toBe('*********')
    expect(maskBsn('Jan de Vries')).toBe('*********')
  })
})
