/**
 * Adapts the desktop's sentinel (result values) to the data layer's `SentinelStore` (promises that
 * reject on failure). A failed read rejects rather than answering "no sentinel": answering null would
 * make a damaged install look like a first run and hide lost data.
 */
import type { Sentinel, SentinelStore } from '../data/api'
import type { Desktop } from './desktop'

class SentinelUnavailableError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'SentinelUnavailableError'
  }
}

export function createSentinelStore(desktop: Pick<Desktop, 'sentinel'>): SentinelStore {
  return {
    async read(): Promise<Sentinel | null> {
      const result = await desktop.sentinel.read()
      if (!result.ok) throw new SentinelUnavailableError(result.error.code, result.error.message)
      return result.value
    },
    async write(value: Sentinel): Promise<void> {
      const result = await desktop.sentinel.write(value)
      if (!result.ok) throw new SentinelUnavailableError(result.error.code, result.error.message)
    },
  }
}
