/// <reference lib="webworker" />
/**
 * A demo-generation worker (demo-generation.ts): its own connection to this session's database, the
 * session's audit identity and keys (posted by demo-workers.ts, never stored), and one slice of the
 * run's chunks. Writes go through the same writer as on the UI thread (demo-portfolio.ts): the install
 * id is checked in every transaction, every chunk is one transaction with its audit entry.
 */
import { evaluateScenario } from '#shared/index'
import { toDataError } from './errors'
import { createDemoPortfolioWriter } from './demo-portfolio'
import { generateDemoSlice } from './demo-generation'
import { MaatwerkDb } from './db'
import { ensureRoom } from './open'
import { createPortfolioResultRepository } from './portfolio-results'
import { sealingKeyFrom } from './sealed-box'
import type { DataContext } from './context'
import type { DemoWorkerRequest, DemoWorkerResponse } from './demo-workers'

const scope = self as unknown as DedicatedWorkerGlobalScope
let stopped = false

function reply(message: DemoWorkerResponse): void {
  scope.postMessage(message)
}

scope.onmessage = (event: MessageEvent<DemoWorkerRequest>) => {
  const message = event.data
  if (message.type === 'stop') stopped = true
  else void run(message)
}

async function run(start: Extract<DemoWorkerRequest, { type: 'start' }>): Promise<void> {
  const db = new MaatwerkDb(start.databaseName)
  // Another tab upgrading or deleting the database: close at once and say so (never reopen silently).
  db.on('versionchange', () => {
    stopped = true
    db.close({ disableAutoOpen: true })
    reply({ type: 'lost', reason: 'replaced' })
    return false
  })
  const now = () => new Date().toISOString()
  const context: DataContext = {
    db,
    now,
    newId: () => crypto.randomUUID(),
    audit: { ...start.audit, now },
    atRest: start.atRestKey ? sealingKeyFrom(start.atRestKey) : null,
    // Generated households are never matched against earlier imports (no import key needed).
    importKey: new Uint8Array(0),
    state: { readOnly: false, blocked: null, installId: start.installId },
    // The UI thread refreshes the sentinel after each chunk it hears of.
    afterChange: async () => undefined,
    onLost: (reason) => {
      stopped = true
      reply({ type: 'lost', reason })
    },
    ensureRoom: (bytes) => ensureRoom(scope.navigator.storage, bytes),
  }
  try {
    await db.open()
    const writer = createDemoPortfolioWriter(context, createPortfolioResultRepository(context), {
      inWorker: true,
    })
    await generateDemoSlice(writer, start.request, evaluateScenario, {
      shouldStop: () => stopped,
      onChunk: (written) => reply({ type: 'chunk', written }),
    })
    reply({ type: 'done' })
  } catch (error) {
    const failure = toDataError(error)
    reply({ type: 'failed', error: { kind: failure.kind, message: failure.message, params: failure.params } })
  } finally {
    db.close({ disableAutoOpen: true })
  }
}
