/**
 * Recognising a re-import without keeping the file's own household id.
 *
 * Household ids from outside are re-keyed on import (a new UUID), because an external id may carry an
 * identifier (a BSN, a client number, a name) into the database and from there into the audit log.
 * To still recognise "the same household again" (an import interrupted and started over), the row
 * keeps an HMAC-SHA-256 of the external id under a random key of this install (`meta.importKey`), and
 * a SHA-256 of the imported content. A keyed hash, because household ids are often short enough to be
 * guessed from an unkeyed digest.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { CaseFile } from '../../../shared/domain/types'
import type { MaatwerkDb } from './db'

const IMPORT_KEY = 'importKey'

/** The install's import key; created on first use. Call inside a transaction that includes `meta`. */
export async function readImportKey(db: MaatwerkDb): Promise<Uint8Array> {
  const row = await db.meta.get(IMPORT_KEY)
  if (typeof row?.value === 'string' && /^[0-9a-f]{64}$/.test(row.value)) return hexToBytes(row.value)
  const key = globalThis.crypto.getRandomValues(new Uint8Array(32))
  await db.meta.put({ key: IMPORT_KEY, value: bytesToHex(key) })
  return key
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
