import { when } from 'mobx'

type SettleOptions = {
  /** Never before this long after the call (the first screen comes first). */
  delayMs?: number
  /**
   * Never later than this long after the delay, however long the other work lasts: a check that must
   * run on every start (the audit chain) is held back, never skipped.
   */
  maxWaitMs?: number
  /** How long to wait for an idle UI thread once the other work is done. */
  idleTimeoutMs?: number
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function idle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const request = (
      globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }
    ).requestIdleCallback
    if (request) request(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}

/**
 * Resolves when start-up has settled: after `delayMs`, once `busy` (an observable condition, such as
 * the portfolio opening 30,000 stored results) is false — or `maxWaitMs` later at the latest — and
 * then when the UI thread is idle.
 *
 * Why: the audit chain's check walks the whole log and hashes every entry on the UI thread and in the
 * same database; at a fixed two seconds after start it landed in the middle of a cold portfolio open
 * and slowed both (issue 13).
 */
export async function afterStartupSettles(busy: () => boolean, options: SettleOptions = {}): Promise<void> {
  const { delayMs = 2_000, maxWaitMs = 60_000, idleTimeoutMs = 2_000 } = options
  await sleep(delayMs)
  if (busy()) {
    let dispose = (): void => undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    await new Promise<void>((resolve) => {
      dispose = when(() => !busy(), resolve)
      timer = setTimeout(resolve, maxWaitMs)
    })
    dispose()
    clearTimeout(timer)
  }
  await idle(idleTimeoutMs)
}
