import { describe, expect, it } from 'vitest'
import { createPrng } from '#shared/portfolio/prng'

describe('createPrng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createPrng(42)
    const b = createPrng(42)
    const c = createPrng(43)
    const seqA = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA)
  })

  it('stays within bounds and reaches both ends of an integer range', () => {
    const r = createPrng(1)
    const seen = new Set<number>()
    for (let i = 0; i < 2_000; i++) {
      const v = r.int(1, 6)
      expect(v).toBeGreaterThanOrEqual(1)
      expect(v).toBeLessThanOrEqual(6)
      seen.add(v)
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('follows the weights roughly', () => {
    const r = createPrng(7)
    let heavy = 0
    for (let i = 0; i < 10_000; i++)
      if (
        r.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++
    expect(heavy).toBeGreaterThan(8_700)
    expect(heavy).toBeLessThan(9_300)
  })
})
