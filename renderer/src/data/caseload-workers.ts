/**
 * The UI thread's side of the case list's analysis worker (caseload.worker.ts): started on first use
 * with this session's database name and at-rest key, one request at a time answered in order.
 */
import type { IsoDateInput, MunicipalityConfig } from '#shared/domain/types'
import { DataError, type DataErrorKind } from './api'
import type { AnalysedCase, CaseloadAnalysis } from './caseload-analysis'
import { contentKeyOf } from './content-mac'
import type { DataContext } from './context'
import { DATA_ERROR_MESSAGES } from './errors'

export type CaseloadWorkerRequest =
  | {
      type: 'start'
      databaseName: string
      atRestKey: CryptoKey | null
      /**
       * The content-MAC key (derived from the audit key, never the audit key itself): the worker
       * checks each household's MAC as it reads it, so the list can flag content changed outside
       * Maatwerk. Null when this session has no audit key.
       */
      contentKey: Uint8Array | null
    }
  | {
      type: 'analyse'
      id: number
      ids: readonly string[]
      municipality: MunicipalityConfig | null
      asOf: IsoDateInput
      /** Whether a missing MAC counts as changed (the start-up pass has given every household one). */
      strictContent: boolean
    }
  | { type: 'close' }

export type CaseloadWorkerResponse =
  | { type: 'analysed'; id: number; analysed: AnalysedCase[] }
  | { type: 'failed'; id: number; error: { kind: DataErrorKind; message: string } }

type Pending = { resolve(analysed: AnalysedCase[]): void; reject(error: DataError): void }

export function createCaseloadAnalysis(context: DataContext, databaseName: string): CaseloadAnalysis {
  let worker: Worker | null = null
  let next = 0
  const pending = new Map<number, Pending>()
  const failAll = (error: DataError) => {
    for (const request of pending.values()) request.reject(error)
    pending.clear()
  }
  const start = (): Worker => {
    const started = new Worker(new URL('./caseload.worker.ts', import.meta.url), { type: 'module' })
    started.onmessage = (event: MessageEvent<CaseloadWorkerResponse>) => {
      const message = event.data
      const request = pending.get(message.id)
      if (!request) return
      pending.delete(message.id)
      if (message.type === 'analysed') request.resolve(message.analysed)
      else request.reject(new DataError(message.error.kind, message.error.message))
    }
    started.onerror = (event) => {
      event.preventDefault()
      // A worker that failed to start or crashed: every open request fails; the next starts anew.
      started.terminate()
      if (worker === started) worker = null
      failAll(new DataError('unknown', DATA_ERROR_MESSAGES.unknown))
    }
    started.postMessage({
      type: 'start',
      databaseName,
      atRestKey: context.atRest?.cryptoKey ?? null,
      contentKey: context.audit.key.length > 0 ? contentKeyOf(context.audit.key) : null,
    } satisfies CaseloadWorkerRequest)
    return started
  }
  return {
    analyse(ids, municipality, asOf) {
      worker ??= start()
      const id = next++
      const target = worker
      return new Promise<AnalysedCase[]>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        const strictContent = context.state.caseContentSealed === true
        target.postMessage({
          type: 'analyse',
          id,
          ids,
          municipality,
          asOf,
          strictContent,
        } satisfies CaseloadWorkerRequest)
      })
    },
    close() {
      worker?.postMessage({ type: 'close' } satisfies CaseloadWorkerRequest)
      worker?.terminate()
      worker = null
      failAll(new DataError('unavailable', DATA_ERROR_MESSAGES.databaseLost))
    },
  }
}
