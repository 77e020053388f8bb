/**
 * A small deterministic pseudo-random generator (mulberry32). shared/ never reads Math.random: the
 * synthetic portfolio is reproducible from its seed on every machine.
 */
export type Prng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error(PRNG_EMPTY_PICK)
      return items[int(0, items.length - 1)] as T
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      if (items.length === 0) throw new Error(PRNG_EMPTY_PICK)
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [item, w] of items) {
        r -= w
        if (r < 0) return item
      }
      return (items[items.length - 1] as readonly [T, number])[0]
    },
  }
}

const PRNG_EMPTY_PICK = 'prng: cannot pick from an empty list'
