/**
 * Moving evaluated series between threads instead of copying them (issue 13). A structural what-if
 * batch's series, and a refresh round's entries, arrive on the UI thread moved from a pool worker and
 * go on to the portfolio worker; copying them there (a structured clone of every buffer, then
 * collecting the copies) was the UI thread's largest share of a what-if at 30,000 households.
 */
import type { HouseholdSeries } from '#shared/portfolio'

/**
 * The buffers to transfer with a message carrying these series: each buffer a series owns whole,
 * once. A view into a larger buffer (rows decoded together) is left to be copied, so no other data
 * loses its buffer. After the message is posted the series' values are detached on this side.
 */
export function seriesBuffers(series: readonly HouseholdSeries[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const { values } of series)
    if (
      values.byteLength > 0 &&
      values.buffer instanceof ArrayBuffer &&
      values.byteOffset === 0 &&
      values.byteLength === values.buffer.byteLength
    )
      buffers.add(values.buffer)
  return [...buffers]
}
