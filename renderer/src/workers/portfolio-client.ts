/**
 * The store's handle on the portfolio computation: in the app a Web Worker (the UI thread never
 * evaluates 30,000 households), in unit tests the same computation inline.
 */
import type { MunicipalityConfig, Provision } from '../../../shared/domain/types'
import type { EvaluateFn, PortfolioCase, WhatIfLevers } from '../../../shared/portfolio'
import { PortfolioComputation } from './portfolio-computation'
import type {
  DrillRequest,
  ExportRow,
  HouseholdRow,
  PortfolioReport,
  WorkerRequest,
  WorkerResponse,
} from './portfolio-protocol'

export type PortfolioClient = {
  load(
    cases: PortfolioCase[],
    municipality: MunicipalityConfig,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ households: number; availableYears: number[] }>
  report(year: number, levers: WhatIfLevers): Promise<PortfolioReport>
  drill(request: DrillRequest): Promise<HouseholdRow[]>
  exportRows(year: number): Promise<ExportRow[]>
  dispose(): void
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

type Pending = {
  resolve: (response: WorkerResponse) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

/** A client backed by the portfolio Web Worker (module worker, bundled by Vite). */
export function createWorkerPortfolioClient(): PortfolioClient {
  const worker = new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, Pending>()
  let nextId = 1
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    const entry = pending.get(message.id)
    if (!entry) return
    if (message.type === 'progress') {
      entry.onProgress?.(message.done, message.total)
      return
    }
    pending.delete(message.id)
    if (message.type === 'error') entry.reject(new Error(message.message))
    else entry.resolve(message)
  }
  worker.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'portfolio worker failed'))
    pending.clear()
  }
  function send(
    request: WithoutId<WorkerRequest>,
    onProgress?: Pending['onProgress'],
  ): Promise<WorkerResponse> {
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
      worker.postMessage({ ...request, id } as WorkerRequest)
    })
  }
  return {
    async load(cases, municipality, onProgress) {
      // Stored objects can carry wrappers that structured clone refuses (DataCloneError); the case
      // data is JSON by definition (the case-file format), so a JSON copy is exact.
      const plain = JSON.parse(JSON.stringify({ cases, municipality })) as {
        cases: PortfolioCase[]
        municipality: MunicipalityConfig
      }
      const r = await send({ type: 'load', ...plain }, onProgress)
      if (r.type !== 'loaded') throw new Error(UNEXPECTED_RESPONSE)
      return { households: r.households, availableYears: r.availableYears }
    },
    async report(year, levers) {
      const r = await send({
        type: 'report',
        year,
        levers: JSON.parse(JSON.stringify(levers)) as WhatIfLevers,
      })
      if (r.type !== 'report') throw new Error(UNEXPECTED_RESPONSE)
      return r.report
    },
    async drill(request) {
      const r = await send({ type: 'drill', ...(JSON.parse(JSON.stringify(request)) as DrillRequest) })
      if (r.type !== 'drill') throw new Error(UNEXPECTED_RESPONSE)
      return r.rows
    },
    async exportRows(year) {
      const r = await send({ type: 'export-rows', year })
      if (r.type !== 'export-rows') throw new Error(UNEXPECTED_RESPONSE)
      return r.rows
    },
    dispose() {
      worker.terminate()
      pending.clear()
    },
  }
}

/** The same computation on the calling thread (unit tests; environments without workers). */
export function createInlinePortfolioClient(
  evaluate: EvaluateFn,
  provisions: readonly Provision[],
): PortfolioClient {
  const computation = new PortfolioComputation(evaluate, provisions)
  return {
    load: async (cases, municipality, onProgress) => computation.load(cases, municipality, onProgress),
    report: async (year, levers) => computation.report(year, levers),
    drill: async (request) => computation.drill(request),
    exportRows: async (year) => computation.exportRows(year),
    dispose: () => undefined,
  }
}

export const UNEXPECTED_RESPONSE = 'portfolio worker: unexpected response'
