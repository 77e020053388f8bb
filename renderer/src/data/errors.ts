/**
 * Mapping storage failures to `DataError` values the stores can show (message = i18n key).
 */
import { DataError } from './api'

export const DATA_ERROR_MESSAGES = {
  validation: 'data.errors.validation',
  notFound: 'data.errors.notFound',
  quota: 'data.errors.quota',
  readOnly: 'data.errors.readOnly',
  conflict: 'data.errors.conflict',
  unknown: 'data.errors.unknown',
  openFailed: 'data.errors.openFailed',
  upgradeFailed: 'data.errors.upgradeFailed',
  dumpInvalid: 'data.errors.dumpInvalid',
  dumpNewer: 'data.errors.dumpNewer',
  dumpUntouched: 'data.errors.dumpUntouched',
  databaseLost: 'data.errors.databaseLost',
  databaseClosed: 'data.errors.databaseClosed',
  dataMissing: 'data.errors.dataMissing',
  noRoom: 'data.errors.noRoom',
  notStored: 'data.errors.notStored',
  changedElsewhere: 'data.errors.changedElsewhere',
  importSame: 'data.errors.importSame',
  importChanged: 'data.errors.importChanged',
  atRestKeyMissing: 'data.errors.atRestKeyMissing',
  atRestKeyMismatch: 'data.errors.atRestKeyMismatch',
  sealedUnreadable: 'data.errors.sealedUnreadable',
  caseChangedOutside: 'data.errors.caseChangedOutside',
  exportChangedOutside: 'data.errors.exportChangedOutside',
  notPastRetention: 'data.errors.notPastRetention',
} as const

type ErrorLike = { name?: unknown; inner?: unknown; message?: unknown }

function asErrorLike(value: unknown): ErrorLike | null {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : null
}

/**
 * True for a full disk or an exhausted origin quota. Chromium reports it inside Dexie as an
 * `AbortError` whose `inner` is the `QuotaExceededError` (dexie#776, verified in
 * docs/security-model.md#data-at-rest-and-data-safety), so the inner chain is searched too.
 */
function isQuotaError(error: unknown): boolean {
  let current = asErrorLike(error)
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === 'QuotaExceededError') return true
    current = asErrorLike(current.inner)
  }
  return false
}

/** Dexie's DatabaseClosedError, or IndexedDB's InvalidStateError on a closed connection. */
function isClosedError(error: unknown): boolean {
  let current = asErrorLike(error)
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === 'DatabaseClosedError') return true
    if (current.name === 'InvalidStateError' && /clos/i.test(String(current.message))) return true
    current = asErrorLike(current.inner)
  }
  return false
}

/** Any thrown value → a DataError (DataErrors pass through unchanged). */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error
  // Dexie has an exception class of the same name (IndexedDB's DataError) and wraps ours in it when
  // it is thrown inside a transaction: unwrap.
  let inner = asErrorLike(error)?.inner
  for (let depth = 0; inner && depth < 5; depth++) {
    if (inner instanceof DataError) return inner
    inner = asErrorLike(inner)?.inner
  }
  if (isQuotaError(error)) return new DataError('quota', DATA_ERROR_MESSAGES.quota)
  if (isClosedError(error)) return new DataError('unavailable', DATA_ERROR_MESSAGES.databaseClosed)
  const like = asErrorLike(error)
  if (like?.name === 'ConstraintError') return new DataError('conflict', DATA_ERROR_MESSAGES.conflict)
  const detail = like && typeof like.message === 'string' ? like.message : String(error)
  return new DataError('unknown', DATA_ERROR_MESSAGES.unknown, [{ path: '', message: detail }])
}
