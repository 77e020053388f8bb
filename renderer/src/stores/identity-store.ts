/**
 * Who works on this device (issue 12 item 7): the consultant's name or staff id, asked at first start
 * and changeable in Settings, and a random device id. Both are what the audit log records as actor and
 * device (BIO2 8.15.01: who did what, from where). They name the consultant, never a client.
 *
 * Kept in localStorage (outside IndexedDB), so a restored or replaced database does not change who
 * the next entries name.
 */
import { makeAutoObservable } from 'mobx'

const CONSULTANT_KEY = 'maatwerk.consultant'
const DEVICE_ID_KEY = 'maatwerk.deviceId'
/** What the log names before anyone filled in a name (never 'local-user'). */
export const UNKNOWN_ACTOR = 'niet-opgegeven'

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** Letters, digits, spaces and . , ' ’ - _ / only: no control, invisible or direction characters. */
const CONSULTANT_PATTERN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’\-_/]*$/u

/** Checks a name or staff id; returns the message key of the problem, or null. */
export function checkConsultant(value: string): string | null {
  const trimmed = value.trim()
  if (trimmed.length < 2) return 'identity.tooShort'
  if (trimmed.length > 60) return 'identity.tooLong'
  if (!CONSULTANT_PATTERN.test(trimmed)) return 'identity.invalid'
  return null
}

/** Reads (and on first use creates) the device id and the stored consultant. */
export function readIdentity(storage: Storage | null = defaultStorage()): {
  consultant: string | null
  deviceId: string
} {
  let deviceId = storage?.getItem(DEVICE_ID_KEY) ?? null
  if (!deviceId || !/^[0-9a-f-]{36}$/.test(deviceId)) {
    deviceId = crypto.randomUUID()
    try {
      storage?.setItem(DEVICE_ID_KEY, deviceId)
    } catch {
      // A device id that cannot be stored is still used for this session.
    }
  }
  const stored = storage?.getItem(CONSULTANT_KEY) ?? null
  const consultant = stored !== null && checkConsultant(stored) === null ? stored.trim() : null
  return { consultant, deviceId }
}

export class IdentityStore {
  consultant: string | null
  readonly deviceId: string
  error: string | null = null

  constructor(
    private readonly setActor: (actor: string) => void,
    private readonly storage: Storage | null = defaultStorage(),
  ) {
    const identity = readIdentity(storage)
    this.consultant = identity.consultant
    this.deviceId = identity.deviceId
    makeAutoObservable<IdentityStore, 'setActor' | 'storage'>(this, { setActor: false, storage: false })
  }

  get needsConsultant(): boolean {
    return this.consultant === null
  }

  /** Stores the consultant and names them in the following audit entries; false when refused. */
  setConsultant(value: string): boolean {
    const problem = checkConsultant(value)
    if (problem) {
      this.error = problem
      return false
    }
    const trimmed = value.trim()
    try {
      this.storage?.setItem(CONSULTANT_KEY, trimmed)
    } catch {
      // Still used for this session.
    }
    this.consultant = trimmed
    this.error = null
    this.setActor(trimmed)
    return true
  }
}
