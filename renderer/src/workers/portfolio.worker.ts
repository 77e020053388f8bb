/// <reference lib="webworker" />
/**
 * The portfolio Web Worker: runs the shared engine over every household off the UI thread and answers
 * reports and drill-downs. One request at a time, in order; progress is reported while loading.
 */
import { PROVISIONS, evaluateScenario } from '../../../shared/index'
import { PortfolioComputation } from './portfolio-computation'
import type { WorkerRequest, WorkerResponse } from './portfolio-protocol'

const computation = new PortfolioComputation(evaluateScenario, PROVISIONS)

function reply(message: WorkerResponse): void {
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(message)
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  try {
    switch (request.type) {
      case 'load': {
        const result = computation.load(request.cases, request.municipality, (done, total) =>
          reply({ id: request.id, type: 'progress', done, total }),
        )
        reply({ id: request.id, type: 'loaded', ...result })
        break
      }
      case 'report':
        reply({ id: request.id, type: 'report', report: computation.report(request.year, request.levers) })
        break
      case 'drill':
        reply({ id: request.id, type: 'drill', rows: computation.drill(request) })
        break
      case 'export-rows':
        reply({ id: request.id, type: 'export-rows', rows: computation.exportRows(request.year) })
        break
    }
  } catch (error) {
    reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
