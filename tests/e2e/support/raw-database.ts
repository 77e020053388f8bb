/**
 * The origin's stored data read raw, beside the app: every IndexedDB database, every object store,
 * every key and value, as one canonical text. Two reads compare byte for byte, so "nothing changed"
 * means nothing at all — not merely "the list looks the same".
 */
import type { Page } from '@playwright/test'

/**
 * The canonical text of all IndexedDB data of the page's origin. The sentinel's `lastSeenAt` is left
 * out (it records when the app last looked, not data); everything else is compared as stored.
 */
export async function rawDatabaseText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const canonical = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
        return { bytes: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') }
      }
      if (value instanceof Date) return { date: value.toISOString() }
      if (Array.isArray(value)) return value.map(canonical)
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>
        return Object.fromEntries(
          Object.keys(record)
            .sort()
            .map((key) => [key, canonical(record[key])]),
        )
      }
      return value
    }
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const out: Record<string, unknown> = {}
    const databases = (await indexedDB.databases()).map((d) => d.name!).sort()
    for (const name of databases) {
      const open = indexedDB.open(name)
      const db = await request(open)
      const stores: Record<string, unknown> = {}
      for (const storeName of Array.from(db.objectStoreNames).sort()) {
        const store = db.transaction(storeName).objectStore(storeName)
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
        stores[storeName] = keys.map((key, i) => {
          let value = values[i]
          if (name === 'maatwerk-device-key' && key === 'maatwerk.sentinel' && typeof value === 'string') {
            const { lastSeenAt: _seen, ...rest } = JSON.parse(value) as Record<string, unknown>
            value = JSON.stringify(rest)
          }
          return [canonical(key), canonical(value)]
        })
      }
      out[name] = { version: db.version, stores }
      db.close()
    }
    return JSON.stringify(out)
  })
}

/**
 * `rawDatabaseText` once the app has stopped writing: the start-up work (audit check and anchor,
 * caseload analysis, the portfolio's derived rows) finishes in the background, at a pace that depends
 * on the machine. Two reads 750 ms apart must agree before a test takes its "before".
 */
export async function settledDatabaseText(page: Page): Promise<string> {
  let previous = await rawDatabaseText(page)
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.waitForTimeout(750)
    const current = await rawDatabaseText(page)
    if (current === previous) return current
    previous = current
  }
  throw new Error('the database kept changing for 30 seconds after the start')
}

/**
 * The household label as stored in IndexedDB (null when the row is absent). The screen shows an edit
 * at once and writes it in the background; a reload before the write commits would abort it, so tests
 * wait for the stored value.
 */
export function storedLabel(page: Page, householdId: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('households').objectStore('households').get(id)
          request.onsuccess = () => {
            resolve((request.result as { value: { label: string } } | undefined)?.value.label ?? null)
            open.result.close()
          }
          request.onerror = () => reject(request.error)
        }
      }),
    householdId,
  )
}
