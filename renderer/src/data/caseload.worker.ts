/// <reference lib="webworker" />
/**
 * The case list's analysis worker (caseload-analysis.ts): its own read connection to this session's
 * database, the session's at-rest key and content-MAC key (posted by caseload-workers.ts, never
 * stored). Each request names households; the worker reads them (one read transaction), checks each
 * one's content MAC, evaluates each once and answers with their facts. It never writes.
 */
import { evaluateScenario } from '#shared/index'
import { analyseCase } from './caseload-analysis'
import type { CaseloadWorkerRequest, CaseloadWorkerResponse } from './caseload-workers'
import type { DataContext } from './context'
import { MaatwerkDb } from './db'
import { toDataError } from './errors'
import { loadCasesDense } from './portfolio-results'
import { sealingKeyFrom } from './sealed-box'

const scope = self as unknown as DedicatedWorkerGlobalScope
let context: Pick<DataContext, 'db' | 'atRest'> | null = null
let contentKey: Uint8Array | null = null
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
  // Reads only: no audit key, no import key; the content-MAC key to check what it reads.
  context = { db: connection, atRest: start.atRestKey ? sealingKeyFrom(start.atRestKey) : null }
  contentKey = start.contentKey
  db = connection
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
    if (!context) throw new Error('caseload worker: not started')
    const check = contentKey ? { key: contentKey, strict: request.strictContent } : null
    const cases = await loadCasesDense(context, request.ids, check)
    const analysed = cases.map((aggregate) =>
      analyseCase(aggregate, evaluateScenario, request.municipality, request.asOf),
    )
    reply({ type: 'analysed', id: request.id, analysed })
  } catch (error) {
    const failure = toDataError(error)
    reply({ type: 'failed', id: request.id, error: { kind: failure.kind, message: failure.message } })
  }
}
