/// <reference lib="webworker" />
/**
 * The case list's analysis worker (caseload-analysis.ts): its own read connection to this session's
 * database and the session's at-rest key (posted by caseload-workers.ts, never stored). Each request
 * names households; the worker reads them (one read transaction), evaluates each once and answers
 * with their facts. It never writes.
 */
import { evaluateScenario } from '#shared/index'
import { analyseCase } from './caseload-analysis'
import type { CaseloadWorkerRequest, CaseloadWorkerResponse } from './caseload-workers'
import type { DataContext } from './context'
import { MaatwerkDb } from './db'
import { toDataError } from './errors'
import { createPortfolioResultRepository } from './portfolio-results'
import { sealingKeyFrom } from './sealed-box'

const scope = self as unknown as DedicatedWorkerGlobalScope
let repository: ReturnType<typeof createPortfolioResultRepository> | null = null
let db: MaatwerkDb | null = null

function reply(message: CaseloadWorkerResponse): void {
  scope.postMessage(message)
}

function open(start: Extract<CaseloadWorkerRequest, { type: 'start' }>): void {
  const connection = new MaatwerkDb(start.databaseName)
  // Another tab upgrading or deleting the database: let go at once (never hold up or reopen it).
  connection.on('versionchange', () => {
    connection.close({ disableAutoOpen: true })
    return false
  })
  const now = () => new Date().toISOString()
  const context: DataContext = {
    db: connection,
    now,
    newId: () => crypto.randomUUID(),
    // Reads only: no audit key, no import key, never writable.
    audit: { actor: '', device: '', key: new Uint8Array(0), now },
    atRest: start.atRestKey ? sealingKeyFrom(start.atRestKey) : null,
    importKey: new Uint8Array(0),
    state: { readOnly: true, blocked: null, installId: '' },
    afterChange: async () => undefined,
  }
  db = connection
  repository = createPortfolioResultRepository(context)
}

scope.onmessage = (event: MessageEvent<CaseloadWorkerRequest>) => {
  const message = event.data
  if (message.type === 'start') {
    open(message)
    return
  }
  if (message.type === 'close') {
    db?.close({ disableAutoOpen: true })
    return
  }
  void analyse(message)
}

async function analyse(request: Extract<CaseloadWorkerRequest, { type: 'analyse' }>): Promise<void> {
  try {
    if (!repository) throw new Error('caseload worker: not started')
    const cases = await repository.loadCases(request.ids)
    const analysed = cases.map((aggregate) =>
      analyseCase(aggregate, evaluateScenario, request.municipality, request.asOf),
    )
    reply({ type: 'analysed', id: request.id, analysed })
  } catch (error) {
    const failure = toDataError(error)
    reply({ type: 'failed', id: request.id, error: { kind: failure.kind, message: failure.message } })
  }
}
