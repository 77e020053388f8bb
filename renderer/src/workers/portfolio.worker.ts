/// <reference lib="webworker" />
/**
 * The portfolio Web Worker: runs the shared engine over every household off the UI thread and answers
 * reports and drill-downs. One request at a time, in order; progress is reported while loading. The
 * same script serves the evaluation pool: a pool worker only answers 'evaluate' (stateless).
 */
import { PROVISIONS, evaluateScenario } from '#shared/index'
import { PortfolioComputation, evaluateEntries, evaluateWhatIfEntries } from './portfolio-computation'
import type { WorkerRequest, WorkerResponse } from './portfolio-protocol'
import { readStoredResults, type StoredResultsSnapshot } from '../data/stored-results-reader'
import { evaluateRead, evaluateWhatIfRead, loadCasesInto } from './portfolio-case-reads'

const computation = new PortfolioComputation(evaluateScenario, PROVISIONS)

function reply(message: WorkerResponse): void {
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(message)
}

/**
 * Requests are answered strictly in order; reading the stored results is the one asynchronous step,
 * so every request waits for the one before it.
 */
let queue: Promise<void> = Promise.resolve()

/**
 * A read of the stored results started before the portfolio asked to open (see 'prefetch-stored'):
 * taken by the first 'open-stored' of the same database, once. Households changed between this read
 * and the open reach the portfolio through its change feed, which compares every version with the
 * ones read here.
 */
let prefetched: { databaseName: string; read: Promise<StoredResultsSnapshot> } | null = null

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'prefetch-stored') {
    const read = readStoredResults(request.databaseName)
    // A failed early read is read again by the open itself.
    read.catch(() => undefined)
    prefetched = { databaseName: request.databaseName, read }
    return
  }
  queue = queue.then(() => handle(request))
}

async function readOnce(databaseName: string): Promise<StoredResultsSnapshot> {
  const early = prefetched?.databaseName === databaseName ? prefetched.read : null
  prefetched = null
  if (early) {
    try {
      return await early
    } catch {
      // Read again below.
    }
  }
  return readStoredResults(databaseName)
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    switch (request.type) {
      case 'open-stored': {
        const received = globalThis.performance.timeOrigin + globalThis.performance.now()
        const read =
          'databaseName' in request.source ? await readOnce(request.source.databaseName) : request.source
        const snapshot = { ...read, timings: { received, ...read.timings } } as typeof read
        reply({
          id: request.id,
          type: 'opened-stored',
          ...computation.openStored(snapshot, request.municipality, request.versions),
        })
        break
      }
      case 'stale-under':
        reply({
          id: request.id,
          type: 'ids',
          ids: computation.staleUnder(request.municipality, request.versions),
        })
        break
      case 'load': {
        const result = computation.load(request.cases, request.municipality, (done, total) =>
          reply({ id: request.id, type: 'progress', done, total }),
        )
        reply({ id: request.id, type: 'loaded', ...result })
        break
      }
      case 'open':
        reply({ id: request.id, type: 'loaded', ...computation.open(request.entries, request.municipality) })
        break
      case 'evaluate': {
        const entries = evaluateEntries(request.cases, request.municipality, evaluateScenario)
        // The series' buffers move to the caller instead of being copied.
        ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(
          { id: request.id, type: 'evaluated', entries } satisfies WorkerResponse,
          entries
            .filter((e) => e.series.values.byteLength > 0)
            .map((e) => e.series.values.buffer as ArrayBuffer),
        )
        break
      }
      case 'evaluate-stored': {
        const read = await evaluateRead(request.source, request.ids, request.municipality, evaluateScenario)
        ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(
          { id: request.id, type: 'evaluated-read', ...read } satisfies WorkerResponse,
          read.entries
            .filter((e) => e.series.values.byteLength > 0)
            .map((e) => e.series.values.buffer as ArrayBuffer),
        )
        break
      }
      case 'upsert':
        reply({
          id: request.id,
          type: 'loaded',
          ...computation.upsert(
            request.entries,
            request.removedIds,
            request.cases,
            request.fingerprints,
            request.caseVersions,
          ),
        })
        break
      case 'set-municipality':
        computation.setMunicipality(request.municipality)
        reply({ id: request.id, type: 'done' })
        break
      case 'set-cases':
        computation.setCases(request.cases)
        reply({ id: request.id, type: 'done' })
        break
      case 'missing-cases':
        reply({ id: request.id, type: 'ids', ids: computation.missingCaseIds() })
        break
      case 'households-using':
        reply({ id: request.id, type: 'ids', ids: computation.householdsUsing(request.provisionIds) })
        break
      case 'impact':
        reply({ id: request.id, type: 'impact', impact: computation.impact(request.entries) })
        break
      case 'report':
        reply({ id: request.id, type: 'report', report: computation.report(request.year, request.levers) })
        break
      case 'snapshot-reports':
        reply({ id: request.id, type: 'snapshot-reports', ...computation.snapshotReports() })
        break
      case 'drill':
        reply({ id: request.id, type: 'drill', rows: computation.drill(request) })
        break
      case 'what-if-plan':
        reply({ id: request.id, type: 'what-if-plan', tasks: computation.planWhatIf(request.levers) })
        break
      case 'what-if-evaluate': {
        const series = evaluateWhatIfEntries(
          request.cases,
          request.tasks,
          request.municipality,
          request.levers,
          PROVISIONS,
          evaluateScenario,
        )
        ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(
          { id: request.id, type: 'series', series } satisfies WorkerResponse,
          series.filter((s) => s.values.byteLength > 0).map((s) => s.values.buffer as ArrayBuffer),
        )
        break
      }
      case 'load-cases':
        reply({
          id: request.id,
          type: 'cases-loaded',
          ...(await loadCasesInto(computation, request.source, request.read)),
        })
        break
      case 'what-if-evaluate-stored': {
        const read = await evaluateWhatIfRead(
          request.source,
          request.tasks,
          request.municipality,
          request.levers,
          PROVISIONS,
          evaluateScenario,
        )
        ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(
          { id: request.id, type: 'series-read', ...read } satisfies WorkerResponse,
          read.series.filter((s) => s.values.byteLength > 0).map((s) => s.values.buffer as ArrayBuffer),
        )
        break
      }
      case 'what-if-add':
        computation.addWhatIfSeries(request.levers, request.ids, request.series, request.versions)
        reply({ id: request.id, type: 'done' })
        break
      case 'prefetch-stored':
        break
      case 'export-rows':
        reply({ id: request.id, type: 'export-rows', rows: computation.exportRows(request.year) })
        break
    }
  } catch (error) {
    reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
