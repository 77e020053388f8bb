/**
 * Keys derived from the device key (kept outside IndexedDB, see shared/ipc/desktop-api.ts
 * `DeviceKey`): HKDF-SHA-256 with one label per purpose, so the audit chain's HMAC key, the
 * re-import HMAC key, the at-rest key of BSNs and notes and the key that seals the automatic backups'
 * key are independent even though one secret is stored.
 */
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { DeviceKey } from '#shared/ipc/desktop-api'
import type { Desktop } from './desktop'

const SALT = utf8ToBytes('maatwerk device key v1')

type KeyPurpose = 'audit-chain' | 'automatic-backup' | 'at-rest' | 'import-identity'

export function deriveKey(deviceKey: Uint8Array, purpose: KeyPurpose): Uint8Array {
  return hkdf(sha256, deviceKey, SALT, utf8ToBytes(`maatwerk ${purpose} v1`), 32)
}

export type DeviceKeys = {
  auditKey: Uint8Array
  /**
   * Seals the automatic backups' key between sessions (backup/automatic-key.ts); only where the OS
   * protects the device key, elsewhere the passphrase is asked once per session.
   */
  backupKey: Uint8Array | null
  /** Seals BSNs and notes in IndexedDB (data/at-rest.ts); null when the device key cannot be had. */
  atRestKey: Uint8Array | null
  /** Recognises re-imports (data/import-identity.ts); null when the device key cannot be had. */
  importKey: Uint8Array | null
  protection: DeviceKey['protection'] | 'unavailable'
}

/**
 * Loads the device key through the bridge. When it cannot be had (a damaged key file, the OS key
 * store refusing), the audit chain gets a one-session key: new entries are still chained, and the
 * start-up check reports the log as unverifiable instead of pretending.
 */
export async function loadDeviceKeys(desktop: Pick<Desktop, 'deviceKey'>): Promise<DeviceKeys> {
  const result = await desktop.deviceKey()
  if (!result.ok) {
    return {
      auditKey: crypto.getRandomValues(new Uint8Array(32)),
      backupKey: null,
      // No at-rest key: nothing new is sealed, and a database with sealed fields is refused at open
      // with a clear message (a one-session key would make data unreadable at the next start).
      atRestKey: null,
      importKey: null,
      protection: 'unavailable',
    }
  }
  const key = result.value.key
  return {
    auditKey: deriveKey(key, 'audit-chain'),
    backupKey: result.value.protection === 'os' ? deriveKey(key, 'automatic-backup') : null,
    atRestKey: deriveKey(key, 'at-rest'),
    importKey: deriveKey(key, 'import-identity'),
    protection: result.value.protection,
  }
}
