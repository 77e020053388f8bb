/**
 * Unattended automatic backups (issue 12 item 8). The automatic backups are encrypted with the key
 * PBKDF2 derives from the consultant's backup passphrase (the same derivation as every backup file,
 * salt and iteration count in each file's header), so a backup moved to another device opens with the
 * passphrase alone. To write them without asking for the passphrase every session, the derived key is
 * kept between sessions *sealed* (AES-256-GCM) under a key derived from the device key, which the
 * operating system protects (Electron `safeStorage`; platform/device-keys.ts). Stored: salt,
 * iterations and the sealed key — never the passphrase, never the device key, and nothing of either
 * inside a backup file.
 *
 * Only when the device key is protected by the OS ('os') is the key kept: with 'os-basic', 'none' or
 * in the browser a stored key would be as readable as the data, so the passphrase is asked once per
 * session instead (BackupStore).
 */
import { createSealingKey, fromBase64, toBase64 } from '../data/sealed-box'
import { importBackupKey, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, type BackupKey } from './backup-file'

/** localStorage key of the stored (sealed) automatic-backup key. */
export const AUTOMATIC_KEY_STORAGE = 'maatwerk.automaticBackupKey'

type StoredAutomaticKey = { version: 1; salt: string; iterations: number; sealed: string }

export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function purposeOf(salt: string, iterations: number): string {
  return `automatic-backup-key:${salt}:${iterations}`
}

export function parseStoredAutomaticKey(text: string | null): StoredAutomaticKey | null {
  if (text === null) return null
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const record = value as Record<string, unknown>
    const { version, salt, iterations, sealed } = record
    if (
      version !== 1 ||
      typeof salt !== 'string' ||
      fromBase64(salt).length !== SALT_BYTES ||
      typeof iterations !== 'number' ||
      !Number.isInteger(iterations) ||
      iterations < MIN_ITERATIONS ||
      iterations > MAX_ITERATIONS ||
      typeof sealed !== 'string'
    ) {
      return null
    }
    return { version, salt, iterations, sealed }
  } catch {
    return null
  }
}

/** Seals the derived key bits under the device-derived wrapping key. */
export async function sealAutomaticKey(
  derived: { bits: Uint8Array; salt: Uint8Array; iterations: number },
  wrappingKey: Uint8Array,
): Promise<StoredAutomaticKey> {
  const sealer = await createSealingKey(wrappingKey)
  const salt = toBase64(derived.salt)
  const sealed = await sealer.seal(toBase64(derived.bits), purposeOf(salt, derived.iterations))
  return { version: 1, salt, iterations: derived.iterations, sealed }
}

/** The backup key again, or null when the stored form does not open under this device's key. */
export async function openAutomaticKey(
  stored: StoredAutomaticKey,
  wrappingKey: Uint8Array,
): Promise<BackupKey | null> {
  try {
    const sealer = await createSealingKey(wrappingKey)
    const bits = fromBase64(await sealer.open(stored.sealed, purposeOf(stored.salt, stored.iterations)))
    if (bits.length !== 32) return null
    return await importBackupKey(bits, fromBase64(stored.salt), stored.iterations)
  } catch {
    return null
  }
}
