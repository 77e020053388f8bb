/**
 * The sentinel: a small record kept outside IndexedDB (Electron: a file in userData via the bridge;
 * browser: localStorage) saying how many households existed at the last change. Chromium recreates a
 * corrupt database empty without an error (docs/security-model.md#data-at-rest-and-data-safety); the sentinel lets startup
 * tell "never used" from "data vanished" and offer a restore instead of an empty list.
 */
import type { Sentinel, SentinelStore } from './api'

const SENTINEL_STORAGE_KEY = 'maatwerk.sentinel'

function isSentinel(value: unknown): value is Sentinel {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record['installId'] === 'string' &&
    typeof record['createdAt'] === 'string' &&
    typeof record['lastSeenAt'] === 'string' &&
    typeof record['householdCount'] === 'number' &&
    Number.isInteger(record['householdCount']) &&
    record['householdCount'] >= 0
  )
}

/** The browser sentinel in localStorage (an unreadable value counts as absent). */
export function createLocalStorageSentinel(
  key: string = SENTINEL_STORAGE_KEY,
  storage: Pick<Storage, 'getItem' | 'setItem'> = globalThis.localStorage,
): SentinelStore {
  return {
    async read() {
      const text = storage.getItem(key)
      if (text === null) return null
      try {
        const value: unknown = JSON.parse(text)
        return isSentinel(value) ? value : null
      } catch {
        return null
      }
    },
    async write(value) {
      storage.setItem(key, JSON.stringify(value))
    },
  }
}

/** An in-memory sentinel for tests (shared between "restarts" by reusing the same object). */
export function createMemorySentinel(
  initial: Sentinel | null = null,
): SentinelStore & { current(): Sentinel | null } {
  let value = initial
  return {
    async read() {
      return value ? { ...value } : null
    },
    async write(next) {
      value = { ...next }
    },
    current() {
      return value
    },
  }
}
