import type { Page } from '@playwright/test'

/**
 * A full disk as Chromium reports it: the transaction aborts and its `error` is a
 * `QuotaExceededError` (Dexie then rejects with an `AbortError` whose `inner` is that error —
 * dexie#776). `Storage.overrideQuotaForOrigin` does not bite on this Chromium build (the page still
 * wrote after the quota was set below its usage), so the write is failed in the page itself.
 *
 * Installs the switch on the global scope (the page's window, or a worker's) as `__diskFull`. Runs
 * in the browser: self-contained (Playwright and the worker route pass it on as source text).
 */
function diskFullSwitch(initial: { armed: boolean; writesLeft: number }): void {
  type Switch = { armed: boolean; writesLeft: number; failures: number }
  const state: Switch = { armed: initial.armed, writesLeft: initial.writesLeft, failures: 0 }
  Object.defineProperty(globalThis, '__diskFull', { value: state })
  const doomed = new WeakSet<IDBTransaction>()
  const requests = new WeakMap<IDBTransaction, IDBRequest[]>()
  const originalCount = IDBObjectStore.prototype.count
  const isIdle = (transaction: IDBTransaction) =>
    (requests.get(transaction) ?? []).every((request) => request.readyState === 'done')
  // Chromium fails a full-disk write at commit: every request of the transaction succeeded, then the
  // transaction aborts with a QuotaExceededError. So a doomed transaction is kept alive with one more
  // read once all its requests are done; when the caller issued nothing new by then, it aborts.
  const abortWhenIdle = (transaction: IDBTransaction, store: IDBObjectStore) => {
    if (!doomed.has(transaction) || !isIdle(transaction)) return
    let probe: IDBRequest
    try {
      probe = originalCount.call(store)
    } catch {
      return
    }
    probe.addEventListener('success', () => {
      if (!isIdle(transaction)) return
      state.failures += 1
      Object.defineProperty(transaction, 'error', {
        configurable: true,
        get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      })
      transaction.abort()
    })
  }
  const track = (request: IDBRequest, store: IDBObjectStore) => {
    const transaction = store.transaction
    const list = requests.get(transaction) ?? []
    list.push(request)
    requests.set(transaction, list)
    request.addEventListener('success', () => abortWhenIdle(transaction, store))
  }
  type Method = (this: unknown, ...args: unknown[]) => IDBRequest
  const wrap = (
    proto: object,
    names: string[],
    storeOf: (self: unknown) => IDBObjectStore,
    write: boolean,
  ) => {
    for (const name of names) {
      const original = (proto as Record<string, Method>)[name]
      if (typeof original !== 'function') continue
      ;(proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
        const request = original.apply(this, args)
        const store = storeOf(this)
        if (state.armed && write) {
          if (state.writesLeft > 0) state.writesLeft -= 1
          else doomed.add(store.transaction)
        }
        if (state.armed || doomed.has(store.transaction)) track(request, store)
        return request
      }
    }
  }
  const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor']
  wrap(IDBObjectStore.prototype, ['put', 'add'], (self) => self as IDBObjectStore, true)
  wrap(IDBObjectStore.prototype, [...reads, 'delete', 'clear'], (self) => self as IDBObjectStore, false)
  wrap(IDBIndex.prototype, reads, (self) => (self as IDBIndex).objectStore, false)
}

/** Installs the page's full-disk switch before the app starts; inert until `setDiskFull` arms it. */
export async function installDiskFullSwitch(page: Page): Promise<void> {
  await page.addInitScript(diskFullSwitch, { armed: false, writesLeft: 0 })
}

/**
 * The demo generation writes from its own workers (renderer/src/data/demo.worker.ts), which the
 * page's switch does not reach. From now on every demo worker this page starts has a full disk too:
 * its script is served with the switch in front, armed (`afterWrites` rows written first, per
 * worker). Test-only: the app's bundle is unchanged, the worker is the app's own script. Returns how
 * many worker scripts were served so (the probe checks the injection really happened).
 */
export async function fillDiskForDemoWorkers(page: Page, afterWrites = 0): Promise<() => number> {
  let served = 0
  await page.route(/\/assets\/demo\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch()
    const script = await response.text()
    const armed = JSON.stringify({ armed: true, writesLeft: afterWrites })
    served += 1
    await route.fulfill({
      response,
      body: `(${diskFullSwitch.toString()})(${armed});\n${script}`,
    })
  })
  return () => served
}

/** Arms (or disarms) the full disk: `afterWrites` more rows are written before every write fails. */
export async function setDiskFull(page: Page, full: boolean, afterWrites = 0): Promise<void> {
  await page.evaluate(
    ([armed, writesLeft]) => {
      const state = (window as unknown as { __diskFull: { armed: boolean; writesLeft: number } }).__diskFull
      state.armed = armed
      state.writesLeft = writesLeft
    },
    [full, afterWrites] as const,
  )
}

/** How many writes the full disk refused so far. */
export async function countDiskFullFailures(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __diskFull: { failures: number } }).__diskFull.failures)
}
