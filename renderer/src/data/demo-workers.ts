/**
 * The UI thread's side of the demo generation in workers (demo-generation.ts, demo.worker.ts): starts
 * the workers with this session's database name, install id, audit identity and keys, passes each
 * committed chunk on, refreshes the sentinel after it, and stops the workers between chunks on request.
 *
 * The keys (the audit chain's HMAC key, the at-rest AES key as a non-extractable CryptoKey) go only to
 * workers this module starts from the app's own bundle, in memory, for the length of the run.
 */
import { DataError, type DataErrorKind } from './api'
import { assertWritable, type DataContext } from './context'
import { DATA_ERROR_MESSAGES } from './errors'
import type { DemoChunkWritten, DemoSliceRequest } from './demo-generation'

export type DemoWorkerRequest =
  | {
      type: 'start'
      databaseName: string
      installId: string
      audit: { actor: string; device: string; key: Uint8Array }
      atRestKey: CryptoKey | null
      request: DemoSliceRequest
    }
  | { type: 'stop' }

export type DemoWorkerResponse =
  | { type: 'chunk'; written: DemoChunkWritten }
  | { type: 'done' }
  | {
      type: 'failed'
      error: { kind: DataErrorKind; message: string; params: Record<string, string | number> }
    }
  | { type: 'lost'; reason: 'closed' | 'replaced' }

/** A run in workers: what to make, and how many workers share it. */
export type DemoGenerationRequest = Omit<DemoSliceRequest, 'slice'> & { workers: number }

export type DemoGenerationRun = {
  /** Stops every worker before its next chunk (the chunks written stay). */
  stop(): void
  /** Settles when every worker has ended; rejects with the first failure (after all have ended). */
  done: Promise<void>
}

/** Starts a worker of the demo generation (a module worker from this bundle). */
function startDemoWorker(): Worker {
  return new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' })
}

export function runDemoInWorkers(
  context: DataContext,
  databaseName: string,
  request: DemoGenerationRequest,
  onChunk: (written: DemoChunkWritten) => void,
): DemoGenerationRun {
  assertWritable(context)
  const count = Math.max(1, Math.floor(request.workers))
  const workers: Worker[] = []
  let failure: DataError | null = null
  const spent: Record<string, number> = {}
  // One sentinel refresh after another: an earlier count must never land after a later one.
  let sentinel: Promise<void> = Promise.resolve()
  const stopAll = () => {
    for (const worker of workers) worker.postMessage({ type: 'stop' } satisfies DemoWorkerRequest)
  }
  const { workers: _count, ...slice } = request
  const runs = Array.from({ length: count }, (_, index) => {
    const worker = startDemoWorker()
    workers.push(worker)
    return new Promise<void>((resolve) => {
      const end = () => {
        worker.terminate()
        resolve()
      }
      worker.onmessage = (event: MessageEvent<DemoWorkerResponse>) => {
        const message = event.data
        switch (message.type) {
          case 'chunk':
            for (const [step, ms] of Object.entries(message.written.timings))
              spent[step] = (spent[step] ?? 0) + ms
            onChunk(message.written)
            sentinel = sentinel.then(() => context.afterChange())
            break
          case 'done':
            end()
            break
          case 'failed':
            failure ??= new DataError(message.error.kind, message.error.message, [], message.error.params)
            // One worker could not write (a full disk, the database gone): the others stop too.
            stopAll()
            end()
            break
          case 'lost':
            context.onLost?.(message.reason)
            break
        }
      }
      worker.onerror = (event) => {
        event.preventDefault()
        failure ??= new DataError('unknown', DATA_ERROR_MESSAGES.unknown)
        stopAll()
        end()
      }
      worker.postMessage({
        type: 'start',
        databaseName,
        installId: context.state.installId,
        audit: { actor: context.audit.actor, device: context.audit.device, key: context.audit.key },
        atRestKey: context.atRest?.cryptoKey ?? null,
        request: { ...slice, slice: { index, count } },
      } satisfies DemoWorkerRequest)
    })
  })
  const done = Promise.all(runs).then(async () => {
    // When the last chunk was in (the benchmark splits the run there: workers, then the page's catch-up).
    globalThis.performance?.mark?.('maatwerk.demo.workers-done')
    await sentinel
    // The workers' time per step, summed over the chunks, on this page's timeline (the benchmark's
    // breakdown: tests/bench/browser/portfolio-demo.spec.ts).
    for (const [step, ms] of Object.entries(spent)) {
      globalThis.performance?.measure?.(`maatwerk.demo.worker.${step}`, { start: 0, duration: ms })
    }
    if (failure) throw failure
  })
  return { stop: stopAll, done }
}
