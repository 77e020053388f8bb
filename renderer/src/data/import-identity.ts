/**
 * Recognising a re-import without keeping the file's own household id.
 *
 * Household ids from outside are re-keyed on import (a new UUID), because an external id may carry an
 * identifier (a BSN, a client number, a name) into the database and from there into the audit log.
 * To still recognise "the same household again" (an import interrupted and started over), the row
 * keeps an HMAC-SHA-256 of the external id under this install's import key, and a SHA-256 of the
 * imported content. A keyed hash, because household ids are often short enough to be guessed from an
 * unkeyed digest.
 *
 * The import key is derived from the device key (platform/device-keys.ts), so it lives outside
 * IndexedDB (desktop: protected by the OS through safeStorage). Installs from before kept a random key
 * in plain text in `meta.importKey`; the rows imported then carry HMACs under that key, which cannot be
 * recomputed without the external ids. So that key is not thrown away but sealed under the at-rest key
 * (`meta.importKeySealed`, the plain row removed in the same transaction) and keeps being used: no
 * re-import recognition is lost, and no key is left readable in the database.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { CaseFile } from '#shared/domain/types'
import type { MaatwerkDb } from './db'
import type { SealingKey } from './sealed-box'

export const LEGACY_IMPORT_KEY = 'importKey'
export const SEALED_IMPORT_KEY = 'importKeySealed'
const PURPOSE = 'meta.import-key'

function isHexKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}

/**
 * The import key this session uses: the earlier install's key when there is one (sealed, or sealed
 * now), otherwise `derived`. Runs at open, outside any other transaction. Without an at-rest key
 * (device key unavailable) a plain legacy key is used as it is and moved on a later start.
 */
export async function resolveImportKey(
  db: MaatwerkDb,
  derived: Uint8Array,
  atRest: SealingKey | null,
): Promise<Uint8Array> {
  const [legacy, sealed] = await db.transaction('r', db.meta, () =>
    Promise.all([db.meta.get(LEGACY_IMPORT_KEY), db.meta.get(SEALED_IMPORT_KEY)]),
  )
  if (isHexKey(legacy?.value)) {
    const plain = legacy.value
    if (atRest === null) return hexToBytes(plain)
    const box = await atRest.seal(plain, PURPOSE)
    await db.transaction('rw', db.meta, async () => {
      const current = await db.meta.get(LEGACY_IMPORT_KEY)
      if (current?.value !== plain) return
      await db.meta.put({ key: SEALED_IMPORT_KEY, value: box })
      await db.meta.delete(LEGACY_IMPORT_KEY)
    })
    return hexToBytes(plain)
  }
  if (typeof sealed?.value === 'string' && atRest !== null) {
    try {
      const plain = await atRest.open(sealed.value, PURPOSE)
      if (isHexKey(plain)) return hexToBytes(plain)
    } catch {
      // A sealed key from another install (a restored backup): only old re-imports go unrecognised.
    }
  }
  return derived
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

export function importKeyOf(key: Uint8Array, externalId: string): string {
  return bytesToHex(hmac(sha256, key, utf8ToBytes(`household:${externalId}`)))
}

/** Canonical JSON: object keys sorted, so the same content always gives the same digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/** The imported content without its household id (which is replaced on import). */
export function importDigestOf(file: Pick<CaseFile, 'household' | 'scenarios' | 'doNothing'>): string {
  const { id: _id, ...household } = file.household
  // The do-nothing selection counts only when the file has one, so files without it keep the digest
  // they had before the selection became part of the case.
  const content =
    file.doNothing == null
      ? { household, scenarios: file.scenarios }
      : { household, scenarios: file.scenarios, doNothing: file.doNothing }
  return bytesToHex(sha256(utf8ToBytes(canonical(content))))
}
