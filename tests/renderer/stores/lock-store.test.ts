import { describe, expect, it } from 'vitest'
import {
  DEFAULT_IDLE_MINUTES,
  LOCK_SETTINGS_KEY,
  LockStore,
  checkIdleMinutes,
  parseLockSettings,
  type LockClock,
} from '../../../renderer/src/stores/lock-store'

const PASSPHRASE = 'vergrendel mij niet buiten'
const MINUTE = 60_000

/** A hand-driven clock: timers fire only when the test advances time. */
function manualClock(): LockClock & { advance(ms: number): void } {
  let now = 0
  let next = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = next++
      timers.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const end = now + ms
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].callback()
      }
      now = end
    },
  }
}

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

async function lockWithPassphrase(clock = manualClock(), storage = memoryStorage()) {
  const store = new LockStore({ clock, storage, iterations: 1_000 })
  expect(await store.setPassphrase(PASSPHRASE, PASSPHRASE)).toBe(true)
  store.start()
  return { store, clock, storage }
}

describe('LockStore idle timer', () => {
  it(`locks after the default ${DEFAULT_IDLE_MINUTES} idle minutes, not a moment before`, async () => {
    const { store, clock } = await lockWithPassphrase()
    clock.advance(DEFAULT_IDLE_MINUTES * MINUTE - 1)
    expect(store.locked).toBe(false)
    clock.advance(1)
    expect(store.locked).toBe(true)
  })

  it('starts the idle time again on activity', async () => {
    const { store, clock } = await lockWithPassphrase()
    clock.advance(10 * MINUTE)
    store.recordActivity()
    clock.advance(10 * MINUTE)
    expect(store.locked).toBe(false)
    clock.advance(5 * MINUTE)
    expect(store.locked).toBe(true)
  })

  it('uses a changed idle time at once, counted from the last activity', async () => {
    const { store, clock } = await lockWithPassphrase()
    clock.advance(2 * MINUTE)
    expect(store.setIdleMinutes('3')).toBe(true)
    clock.advance(MINUTE - 1)
    expect(store.locked).toBe(false)
    clock.advance(1)
    expect(store.locked).toBe(true)
  })

  it('never locks without a way to unlock (no passphrase, no OS check)', () => {
    const clock = manualClock()
    const store = new LockStore({ clock, storage: memoryStorage() })
    store.start()
    clock.advance(10 * DEFAULT_IDLE_MINUTES * MINUTE)
    expect(store.enabled).toBe(false)
    expect(store.locked).toBe(false)
  })

  it('ignores activity while locked', async () => {
    const { store, clock } = await lockWithPassphrase()
    store.lock()
    store.recordActivity()
    clock.advance(MINUTE)
    expect(store.locked).toBe(true)
  })
})

describe('LockStore unlocking', () => {
  it('stays locked on a wrong passphrase and unlocks with the right one', async () => {
    const { store, clock } = await lockWithPassphrase()
    store.lock()
    expect(await store.unlockWithPassphrase('een andere wachtwoordzin')).toBe(false)
    expect(store.locked).toBe(true)
    expect(store.error).toBe('lock.errors.wrongPassphrase')
    expect(await store.unlockWithPassphrase(PASSPHRASE)).toBe(true)
    expect(store.locked).toBe(false)
    // The idle time runs again from the unlock.
    clock.advance(DEFAULT_IDLE_MINUTES * MINUTE)
    expect(store.locked).toBe(true)
  })

  it('keeps a verifier only: the passphrase is nowhere in storage', async () => {
    const { storage } = await lockWithPassphrase()
    const stored = storage.items.get(LOCK_SETTINGS_KEY)!
    expect(stored).not.toContain(PASSPHRASE)
    expect(Object.keys(parseLockSettings(stored).verifier!).sort()).toEqual(['hash', 'iterations', 'salt'])
  })

  it('a new session reads the passphrase check and the idle time back', async () => {
    const { store, storage } = await lockWithPassphrase()
    store.setIdleMinutes('7')
    const next = new LockStore({ clock: manualClock(), storage })
    expect(next.idleMinutes).toBe(7)
    expect(next.hasPassphrase).toBe(true)
    next.lock()
    expect(await next.unlockWithPassphrase(PASSPHRASE)).toBe(true)
  })

  it('unlocks with the operating system check where there is one, and only when it confirms', async () => {
    let answer: 'ok' | 'refused' = 'refused'
    const store = new LockStore({
      clock: manualClock(),
      storage: memoryStorage(),
      osCheckAvailable: true,
      verifyWithOs: async () => answer,
    })
    expect(store.enabled).toBe(true)
    store.lock()
    expect(await store.unlockWithOs()).toBe(false)
    expect(store.locked).toBe(true)
    answer = 'ok'
    expect(await store.unlockWithOs()).toBe(true)
    expect(store.locked).toBe(false)
  })
})

describe('LockStore settings input', () => {
  it.each([
    ['0', 'lock.errors.idleRange'],
    ['241', 'lock.errors.idleRange'],
    ['abc', 'lock.errors.idleNotNumber'],
    ['1.5', 'lock.errors.idleNotNumber'],
    ['', 'lock.errors.idleNotNumber'],
    ['-5', 'lock.errors.idleNotNumber'],
  ])('refuses %j with a message and changes nothing', (text, message) => {
    const storage = memoryStorage()
    const store = new LockStore({ clock: manualClock(), storage })
    expect(store.setIdleMinutes(text)).toBe(false)
    expect(store.error).toBe(message)
    expect(store.idleMinutes).toBe(DEFAULT_IDLE_MINUTES)
    expect(storage.items.size).toBe(0)
  })

  it('accepts the bounds 1 and 240', () => {
    expect(checkIdleMinutes('1')).toBeNull()
    expect(checkIdleMinutes('240')).toBeNull()
  })

  it('refuses a short or mismatched passphrase and keeps the lock off', async () => {
    const store = new LockStore({ clock: manualClock(), storage: memoryStorage(), iterations: 1_000 })
    expect(await store.setPassphrase('kort', 'kort')).toBe(false)
    expect(store.error).toBe('lock.errors.tooShort')
    expect(await store.setPassphrase(PASSPHRASE, `${PASSPHRASE}!`)).toBe(false)
    expect(store.error).toBe('lock.errors.mismatch')
    expect(store.enabled).toBe(false)
  })
})
