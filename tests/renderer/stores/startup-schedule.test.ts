import { observable, runInAction } from 'mobx'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterStartupSettles } from '../../../renderer/src/stores/startup-schedule'

/** Whether the promise has settled after the fake clock moved `ms` on. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  await vi.advanceTimersByTimeAsync(ms)
  return settled
}

describe('afterStartupSettles', () => {
  // The idle callback is faked too (it comes at the latest `idleTimeoutMs` after it is asked for).
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback'] }))
  afterEach(() => vi.useRealTimers())

  it('waits the delay first, then runs when nothing holds it back', async () => {
    const waiting = afterStartupSettles(() => false, { delayMs: 2_000, idleTimeoutMs: 100 })
    let settled = false
    void waiting.then(() => (settled = true))
    await vi.advanceTimersByTimeAsync(1_999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(101)
    expect(settled).toBe(true)
  })

  it('holds back while the portfolio opens, and goes as soon as it is open', async () => {
    const opening = observable.box(true)
    const waiting = afterStartupSettles(() => opening.get(), {
      delayMs: 2_000,
      maxWaitMs: 60_000,
      idleTimeoutMs: 100,
    })
    expect(await settledAfter(waiting, 10_000)).toBe(false)
    runInAction(() => opening.set(false))
    expect(await settledAfter(waiting, 101)).toBe(true)
  })

  it('is held back at most maxWaitMs (a check that must run every start is never skipped)', async () => {
    const waiting = afterStartupSettles(() => true, { delayMs: 2_000, maxWaitMs: 30_000, idleTimeoutMs: 100 })
    expect(await settledAfter(waiting, 2_000 + 29_999)).toBe(false)
    expect(await settledAfter(waiting, 101)).toBe(true)
  })
})
