import { describe, expect, it } from 'vitest'
import type { HouseholdSeries } from '#shared/portfolio'
import { seriesBuffers } from '../../../renderer/src/workers/series-transfer'

const owned = (values: number[]): HouseholdSeries => ({
  startMonth: 24_312,
  months: values.length / 5,
  values: Float64Array.from(values),
})

describe('seriesBuffers', () => {
  it('moves the series to the receiver: the values arrive intact and the sender keeps none (no copy)', () => {
    const series = [owned([1, 2, 3, 4, 5]), owned([6, 7, 8, 9, 10, 11, 12, 13, 14, 15])]
    const expected = series.map((s) => Array.from(s.values))
    const received = structuredClone(series, { transfer: seriesBuffers(series) })
    expect(received.map((s) => Array.from(s.values))).toEqual(expected)
    expect(series.every((s) => s.values.byteLength === 0)).toBe(true)
  })

  it('leaves a view into a larger buffer to be copied, so the rest of that buffer keeps its data', () => {
    const shared = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const view: HouseholdSeries = { startMonth: 0, months: 1, values: shared.subarray(5, 10) }
    const series = [view, owned([11, 12, 13, 14, 15])]
    expect(seriesBuffers(series)).toEqual([series[1]!.values.buffer])
    const received = structuredClone(series, { transfer: seriesBuffers(series) })
    expect(Array.from(received[0]!.values)).toEqual([6, 7, 8, 9, 10])
    expect(Array.from(shared)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('transfers a buffer shared by two series once, and nothing for empty series', () => {
    const a = owned([1, 2, 3, 4, 5])
    const empty: HouseholdSeries = { startMonth: 0, months: 0, values: new Float64Array(0) }
    expect(seriesBuffers([a, { ...a }, empty])).toEqual([a.values.buffer])
  })
})
