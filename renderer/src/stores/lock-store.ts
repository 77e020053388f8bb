/**
 * The workspace lock (issue 12 item 8; BIO2 8.1, "clear screen"): after a configurable idle time the
 * workspace is covered and made inert until the consultant unlocks it with the lock passphrase (or,
 * on the desktop where the OS offers it, a check by the operating system). Locking hides the screen
 * but unmounts nothing: open forms keep what was typed, and nothing unsaved is lost.
 *
 * The passphrase is never stored: a PBKDF2-SHA-256 verifier (600,000 iterations, 16-byte salt, the
 * same derivation as the backups) is kept in localStorage, and unlocking compares a fresh derivation
 * with it in constant time. Without a passphrase and without an OS check there is nothing to unlock
 * with, so the lock stays off and Settings says so.
 *
 * Idle detection is one timer that is re-armed for the remaining time when it fires early (activity
 * only records a timestamp), so pointer movement costs nothing.
 */
import { makeAutoObservable, runInAction } from 'mobx'
import { deriveBackupKeyBits } from '../backup/backup-file'
import { fromBase64, toBase64 } from '../data/sealed-box'

export const LOCK_SETTINGS_KEY = 'maatwerk.lock'
export const DEFAULT_IDLE_MINUTES = 15
export const MIN_IDLE_MINUTES = 1
export const MAX_IDLE_MINUTES = 240
const MIN_LOCK_PASSPHRASE_LENGTH = 12

type LockVerifier = { salt: string; iterations: number; hash: string }
type LockSettings = { idleMinutes: number; verifier: LockVerifier | null }

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

export type LockClock = {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

type LockStoreDeps = {
  storage?: Storage | null
  clock?: LockClock
  /** The operating system's user check (desktop); absent or resolving 'unsupported' where there is none. */
  verifyWithOs?: (() => Promise<'ok' | 'refused' | 'unsupported'>) | null
  /** Whether an OS check exists here (asked once at start). */
  osCheckAvailable?: boolean
  /** PBKDF2 iterations for a new verifier (tests may lower it; stored with the verifier). */
  iterations?: number
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

const systemClock: LockClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Reads the stored settings; anything malformed falls back to the defaults (lock without verifier). */
export function parseLockSettings(text: string | null): LockSettings {
  const fallback: LockSettings = { idleMinutes: DEFAULT_IDLE_MINUTES, verifier: null }
  if (text === null) return fallback
  try {
    const value = JSON.parse(text) as Partial<LockSettings> | null
    if (typeof value !== 'object' || value === null) return fallback
    const idleMinutes =
      typeof value.idleMinutes === 'number' && checkIdleMinutes(String(value.idleMinutes)) === null
        ? value.idleMinutes
        : DEFAULT_IDLE_MINUTES
    const v = value.verifier
    const verifier =
      v && typeof v.salt === 'string' && typeof v.hash === 'string' && Number.isInteger(v.iterations)
        ? { salt: v.salt, hash: v.hash, iterations: v.iterations }
        : null
    return { idleMinutes, verifier }
  } catch {
    return fallback
  }
}

/** Checks an idle time typed in Settings (whole minutes); returns the message key of the problem. */
export function checkIdleMinutes(text: string): string | null {
  if (!/^\d{1,3}$/.test(text.trim())) return 'lock.errors.idleNotNumber'
  const minutes = Number(text.trim())
  if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) return 'lock.errors.idleRange'
  return null
}

function equalConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

export class LockStore {
  locked = false
  idleMinutes = DEFAULT_IDLE_MINUTES
  hasPassphrase = false
  osCheckAvailable = false
  busy = false
  /** Message key of the last problem (wrong passphrase, bad idle time…), or null. */
  error: string | null = null
  /** Message key of the last confirmation in Settings, or null. */
  saved: string | null = null

  private verifier: LockVerifier | null = null
  private lastActivity: number
  private timer: unknown = null
  private readonly storage: Storage | null
  private readonly clock: LockClock
  private readonly deps: LockStoreDeps

  constructor(deps: LockStoreDeps = {}) {
    this.deps = deps
    this.storage = deps.storage !== undefined ? deps.storage : defaultStorage()
    this.clock = deps.clock ?? systemClock
    this.osCheckAvailable = deps.osCheckAvailable ?? false
    const settings = parseLockSettings(this.readStored())
    this.idleMinutes = settings.idleMinutes
    this.verifier = settings.verifier
    this.hasPassphrase = settings.verifier !== null
    this.lastActivity = this.clock.now()
    makeAutoObservable<LockStore, 'verifier' | 'lastActivity' | 'timer' | 'storage' | 'clock' | 'deps'>(
      this,
      {
        verifier: false,
        lastActivity: false,
        timer: false,
        storage: false,
        clock: false,
        deps: false,
      },
    )
  }

  /** Whether the workspace locks when idle: only when there is a way to unlock it again. */
  get enabled(): boolean {
    return this.hasPassphrase || this.osCheckAvailable
  }

  private readStored(): string | null {
    try {
      return this.storage?.getItem(LOCK_SETTINGS_KEY) ?? null
    } catch {
      return null
    }
  }

  private persist(): boolean {
    try {
      this.storage?.setItem(
        LOCK_SETTINGS_KEY,
        JSON.stringify({ idleMinutes: this.idleMinutes, verifier: this.verifier } satisfies LockSettings),
      )
      return true
    } catch {
      return false
    }
  }

  /** Starts watching for idleness (the view calls `recordActivity` on input). */
  start(): void {
    this.lastActivity = this.clock.now()
    this.arm(this.idleMinutes * 60_000)
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer)
    this.timer = null
  }

  private arm(ms: number): void {
    this.stop()
    this.timer = this.clock.setTimeout(() => this.onTimer(), Math.max(0, ms))
  }

  private onTimer(): void {
    this.timer = null
    if (this.locked) return
    const idleMs = this.idleMinutes * 60_000
    const remaining = this.lastActivity + idleMs - this.clock.now()
    if (remaining > 0) {
      this.arm(remaining)
      return
    }
    if (this.enabled) this.lock()
    else this.arm(idleMs)
  }

  /** Input happened: the idle time starts again (ignored while locked). */
  recordActivity(): void {
    if (!this.locked) this.lastActivity = this.clock.now()
  }

  lock(): void {
    if (!this.enabled) return
    this.stop()
    this.locked = true
    this.error = null
  }

  private unlocked(): void {
    this.locked = false
    this.error = null
    this.start()
  }

  async unlockWithPassphrase(passphrase: string): Promise<boolean> {
    const verifier = this.verifier
    if (!verifier || this.busy) return false
    this.busy = true
    this.error = null
    try {
      const { bits } = await deriveBackupKeyBits(passphrase, fromBase64(verifier.salt), verifier.iterations)
      const ok = equalConstantTime(bits, fromBase64(verifier.hash))
      runInAction(() => {
        if (ok) this.unlocked()
        else this.error = 'lock.errors.wrongPassphrase'
      })
      return ok
    } finally {
      runInAction(() => {
        this.busy = false
      })
    }
  }

  async unlockWithOs(): Promise<boolean> {
    const verify = this.deps.verifyWithOs
    if (!verify || this.busy) return false
    this.busy = true
    this.error = null
    try {
      const outcome = await verify().catch(() => 'refused' as const)
      runInAction(() => {
        if (outcome === 'ok') this.unlocked()
        else this.error = outcome === 'unsupported' ? 'lock.errors.osUnsupported' : 'lock.errors.osRefused'
      })
      return outcome === 'ok'
    } finally {
      runInAction(() => {
        this.busy = false
      })
    }
  }

  /** Sets the idle time from Settings; bad input changes nothing and says why. */
  setIdleMinutes(text: string): boolean {
    this.saved = null
    const problem = checkIdleMinutes(text)
    if (problem) {
      this.error = problem
      return false
    }
    const previous = this.idleMinutes
    this.idleMinutes = Number(text.trim())
    if (!this.persist()) {
      this.idleMinutes = previous
      this.error = 'lock.errors.notStored'
      return false
    }
    this.error = null
    this.saved = 'lock.idleSaved'
    if (!this.locked) this.arm(this.idleMinutes * 60_000 - (this.clock.now() - this.lastActivity))
    return true
  }

  /** Chooses (or replaces) the lock passphrase; only a verifier is kept. */
  async setPassphrase(passphrase: string, repeat: string): Promise<boolean> {
    this.saved = null
    if (passphrase.length < MIN_LOCK_PASSPHRASE_LENGTH) {
      this.error = 'lock.errors.tooShort'
      return false
    }
    if (passphrase !== repeat) {
      this.error = 'lock.errors.mismatch'
      return false
    }
    this.busy = true
    try {
      const derived = await deriveBackupKeyBits(passphrase, undefined, this.deps.iterations)
      const verifier: LockVerifier = {
        salt: toBase64(derived.salt),
        iterations: derived.iterations,
        hash: toBase64(derived.bits),
      }
      return runInAction(() => {
        const previous = this.verifier
        this.verifier = verifier
        if (!this.persist()) {
          this.verifier = previous
          this.error = 'lock.errors.notStored'
          return false
        }
        this.hasPassphrase = true
        this.error = null
        this.saved = 'lock.passphraseSaved'
        this.start()
        return true
      })
    } finally {
      runInAction(() => {
        this.busy = false
      })
    }
  }
}
