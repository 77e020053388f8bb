/**
 * The backup file format: one file holding the whole database, encrypted with a key derived from a
 * passphrase. Uses WebCrypto only (AES-256-GCM, PBKDF2-SHA-256), no home-made crypto
 * (docs/security-model.md#data-at-rest-and-data-safety; BIO2 8.24).
 *
 * Layout (all integers big-endian):
 *
 *   MAGIC (16 bytes, ASCII "MAATWERK-BACKUP\n")
 *   header length (uint32)
 *   header (UTF-8 JSON, see `BackupHeader`)
 *   ciphertext (AES-256-GCM over the gzip'ed dump JSON, 16-byte tag at the end)
 *
 * Everything before the ciphertext is the GCM additional data, so a changed header (dates, counts,
 * KDF parameters) fails authentication just like a changed ciphertext. The header is readable without
 * the passphrase, but it is only trusted after decryption succeeded.
 *
 * Why PBKDF2 and not Argon2: WebCrypto offers PBKDF2 natively in Chromium and Node; 600,000
 * iterations of PBKDF2-HMAC-SHA-256 is OWASP's current recommendation (Password Storage Cheat
 * Sheet). The salt (16 random bytes) is new per file — or per session for automatic backups, which
 * derive the key once — and the 96-bit IV is new for every file.
 */
import type { DatabaseDump } from '../data/api'
import { isAuditHeadRecord } from '../data/audit-anchor'

export const BACKUP_MAGIC = 'MAATWERK-BACKUP\n'
/** Version of this file layout; a reader refuses files from a newer one. */
const BACKUP_FILE_VERSION = 1
export const PBKDF2_ITERATIONS = 600_000
/** Accepted range when reading: a crafted file must not make us spin for hours, nor accept weak keys. */
export const MIN_ITERATIONS = 100_000
export const MAX_ITERATIONS = 10_000_000
export const SALT_BYTES = 16
const IV_BYTES = 12
const TAG_BYTES = 16
const MAX_HEADER_BYTES = 64 * 1024
export const MAX_BACKUP_FILE_BYTES = 512 * 1024 * 1024

export type BackupHeader = {
  fileVersion: number
  cipher: 'AES-256-GCM'
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  iv: string
  compression: 'gzip' | 'none'
  /** UTC ISO timestamp. */
  createdAt: string
  dump: { format: string; formatVersion: number; dataFormatVersion: number }
  /** Rows per table, to show before restoring. */
  counts: Record<string, number>
  /** Length of the ciphertext, so a cut-off file is told apart from a wrong passphrase. */
  payloadBytes: number
  /** 'manual' (saved by the user) or 'automatic' (rotating backups in the desktop app). */
  kind: 'manual' | 'automatic'
  /**
   * The audit chain's head when the backup was made (entry count = `seq`). Readable without the
   * passphrase, so the start-up check can compare the chain with the newest backup (issue 12 item 6).
   */
  auditHead?: { seq: number; hash: string }
}

type BackupErrorKind =
  | 'not-a-backup'
  | 'truncated'
  | 'newer-version'
  | 'wrong-passphrase' // or tampered: AES-GCM cannot tell the two apart, and must not
  | 'corrupt'
  | 'too-large'

export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}

/** A key ready for use, with the salt and iteration count it was derived with. */
export type BackupKey = { key: CryptoKey; salt: Uint8Array; iterations: number }

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** Copies into a fresh ArrayBuffer-backed array (WebCrypto rejects views on shared buffers). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength))
  copy.set(bytes)
  return copy
}

/** PBKDF2-SHA-256 → a non-extractable AES-256-GCM key. */
export async function deriveBackupKey(
  passphrase: string,
  salt: Uint8Array = randomBytes(SALT_BYTES),
  iterations: number = PBKDF2_ITERATIONS,
): Promise<BackupKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    own(encoder.encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
  return { key, salt, iterations }
}

/**
 * PBKDF2-SHA-256 as raw key bytes, for the automatic backups' key that is kept wrapped by the device
 * key between sessions (backup/automatic-key.ts). Same derivation as `deriveBackupKey`, so a backup
 * written with the wrapped key opens with the passphrase anywhere.
 */
export async function deriveBackupKeyBits(
  passphrase: string,
  salt: Uint8Array = randomBytes(SALT_BYTES),
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ bits: Uint8Array; salt: Uint8Array; iterations: number }> {
  const material = await crypto.subtle.importKey(
    'raw',
    own(encoder.encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
      material,
      256,
    ),
  )
  return { bits, salt, iterations }
}

/** Raw key bytes (from `deriveBackupKeyBits`) as a non-extractable AES-256-GCM backup key. */
export async function importBackupKey(
  bits: Uint8Array,
  salt: Uint8Array,
  iterations: number,
): Promise<BackupKey> {
  const key = await crypto.subtle.importKey('raw', own(bits), { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  return { key, salt, iterations }
}

async function pipeThrough(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const response = new Response(new Blob([own(bytes)]).stream().pipeThrough(stream))
  return new Uint8Array(await response.arrayBuffer())
}

function hasCompression(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function'
}

function countRows(dump: DatabaseDump): Record<string, number> {
  return Object.fromEntries(Object.entries(dump.tables).map(([name, rows]) => [name, rows.length]))
}

function frame(headerBytes: Uint8Array): Uint8Array {
  const magic = encoder.encode(BACKUP_MAGIC)
  const out = new Uint8Array(magic.length + 4 + headerBytes.length)
  out.set(magic, 0)
  new DataView(out.buffer).setUint32(magic.length, headerBytes.length, false)
  out.set(headerBytes, magic.length + 4)
  return out
}

/** Encrypts a dump into backup-file bytes. `secret` is a passphrase or a key derived earlier. */
export async function encryptBackup(
  dump: DatabaseDump,
  secret: string | BackupKey,
  options: { createdAt: string; kind?: BackupHeader['kind']; compress?: boolean },
): Promise<Uint8Array> {
  const backupKey = typeof secret === 'string' ? await deriveBackupKey(secret) : secret
  const compress = (options.compress ?? true) && hasCompression()
  const plain = encoder.encode(JSON.stringify(dump))
  const payload = compress ? await pipeThrough(plain, new CompressionStream('gzip')) : plain
  const iv = randomBytes(IV_BYTES)
  const header: BackupHeader = {
    fileVersion: BACKUP_FILE_VERSION,
    cipher: 'AES-256-GCM',
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: backupKey.iterations,
      salt: toBase64(backupKey.salt),
    },
    iv: toBase64(iv),
    compression: compress ? 'gzip' : 'none',
    createdAt: options.createdAt,
    dump: {
      format: dump.format,
      formatVersion: dump.formatVersion,
      dataFormatVersion: dump.dataFormatVersion,
    },
    counts: countRows(dump),
    payloadBytes: payload.length + TAG_BYTES,
    kind: options.kind ?? 'manual',
    ...(dump.auditHead ? { auditHead: { seq: dump.auditHead.seq, hash: dump.auditHead.hash } } : {}),
  }
  const prefix = frame(encoder.encode(JSON.stringify(header)))
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: own(iv), additionalData: own(prefix), tagLength: 128 },
      backupKey.key,
      own(payload),
    ),
  )
  const out = new Uint8Array(prefix.length + ciphertext.length)
  out.set(prefix, 0)
  out.set(ciphertext, prefix.length)
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function validateHeader(value: unknown): BackupHeader {
  const corrupt = () => new BackupError('corrupt', 'backup header is malformed')
  if (!isRecord(value)) throw corrupt()
  // Check the version before anything else: a newer layout may have other fields.
  if (typeof value['fileVersion'] !== 'number' || !Number.isInteger(value['fileVersion'])) throw corrupt()
  if (value['fileVersion'] > BACKUP_FILE_VERSION) {
    throw new BackupError(
      'newer-version',
      `backup file version ${value['fileVersion']} is newer than ${BACKUP_FILE_VERSION}`,
    )
  }
  if (value['fileVersion'] < 1) throw corrupt()
  const kdf = value['kdf']
  const dump = value['dump']
  const counts = value['counts']
  if (
    value['cipher'] !== 'AES-256-GCM' ||
    !isRecord(kdf) ||
    kdf['name'] !== 'PBKDF2' ||
    kdf['hash'] !== 'SHA-256' ||
    typeof kdf['iterations'] !== 'number' ||
    !Number.isInteger(kdf['iterations']) ||
    kdf['iterations'] < MIN_ITERATIONS ||
    kdf['iterations'] > MAX_ITERATIONS ||
    typeof kdf['salt'] !== 'string' ||
    typeof value['iv'] !== 'string' ||
    (value['compression'] !== 'gzip' && value['compression'] !== 'none') ||
    typeof value['createdAt'] !== 'string' ||
    !isRecord(dump) ||
    typeof dump['format'] !== 'string' ||
    typeof dump['formatVersion'] !== 'number' ||
    typeof dump['dataFormatVersion'] !== 'number' ||
    !isRecord(counts) ||
    !Object.values(counts).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0) ||
    typeof value['payloadBytes'] !== 'number' ||
    !Number.isInteger(value['payloadBytes']) ||
    value['payloadBytes'] < TAG_BYTES ||
    (value['kind'] !== 'manual' && value['kind'] !== 'automatic') ||
    (value['auditHead'] !== undefined && !isAuditHeadRecord(value['auditHead']))
  ) {
    throw corrupt()
  }
  try {
    if (fromBase64(kdf['salt']).length !== SALT_BYTES || fromBase64(value['iv']).length !== IV_BYTES)
      throw corrupt()
  } catch {
    throw corrupt()
  }
  return value as unknown as BackupHeader
}

type ParsedBackup = { header: BackupHeader; prefix: Uint8Array; ciphertext: Uint8Array }

/** Reads and checks the frame and header without decrypting (throws `BackupError`). */
export function readBackupHeader(bytes: Uint8Array): ParsedBackup {
  if (bytes.length > MAX_BACKUP_FILE_BYTES) throw new BackupError('too-large', 'backup file too large')
  const magic = encoder.encode(BACKUP_MAGIC)
  if (bytes.length < magic.length) {
    // A cut-off file still starts with a prefix of the magic.
    const isPrefix = bytes.length > 0 && bytes.every((b, i) => b === magic[i])
    throw new BackupError(isPrefix ? 'truncated' : 'not-a-backup', 'file shorter than the backup magic')
  }
  for (let i = 0; i < magic.length; i++) {
    if (bytes[i] !== magic[i]) throw new BackupError('not-a-backup', 'backup magic missing')
  }
  if (bytes.length < magic.length + 4) throw new BackupError('truncated', 'header length missing')
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    magic.length,
    false,
  )
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
    throw new BackupError('corrupt', 'header length out of range')
  const headerEnd = magic.length + 4 + headerLength
  if (bytes.length < headerEnd) throw new BackupError('truncated', 'header cut off')
  let parsed: unknown
  try {
    parsed = JSON.parse(decoder.decode(bytes.subarray(magic.length + 4, headerEnd)))
  } catch {
    throw new BackupError('corrupt', 'header is not JSON')
  }
  const header = validateHeader(parsed)
  const ciphertext = bytes.subarray(headerEnd)
  if (ciphertext.length < header.payloadBytes) throw new BackupError('truncated', 'ciphertext cut off')
  if (ciphertext.length > header.payloadBytes)
    throw new BackupError('corrupt', 'trailing bytes after ciphertext')
  return { header, prefix: bytes.subarray(0, headerEnd), ciphertext }
}

function validateDump(value: unknown, header: BackupHeader): DatabaseDump {
  if (
    !isRecord(value) ||
    value['format'] !== header.dump.format ||
    value['formatVersion'] !== header.dump.formatVersion ||
    value['dataFormatVersion'] !== header.dump.dataFormatVersion ||
    typeof value['exportedAt'] !== 'string' ||
    !isRecord(value['tables'])
  ) {
    throw new BackupError('corrupt', 'decrypted content is not a database dump')
  }
  const tables = value['tables']
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows) || header.counts[name] !== rows.length) {
      throw new BackupError('corrupt', `table ${name} does not match the header counts`)
    }
  }
  return value as unknown as DatabaseDump
}

/** Decrypts and checks a backup; throws `BackupError` for every kind of bad file. */
export async function decryptBackup(
  bytes: Uint8Array,
  secret: string | BackupKey,
): Promise<{ header: BackupHeader; dump: DatabaseDump }> {
  const { header, prefix, ciphertext } = readBackupHeader(bytes)
  const salt = fromBase64(header.kdf.salt)
  const backupKey =
    typeof secret === 'string'
      ? await deriveBackupKey(secret, salt, header.kdf.iterations)
      : secret.iterations === header.kdf.iterations && toBase64(secret.salt) === header.kdf.salt
        ? secret
        : null
  if (!backupKey) throw new BackupError('wrong-passphrase', 'the session key does not belong to this backup')
  let payload: Uint8Array
  try {
    payload = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: own(fromBase64(header.iv)), additionalData: own(prefix), tagLength: 128 },
        backupKey.key,
        own(ciphertext),
      ),
    )
  } catch {
    throw new BackupError('wrong-passphrase', 'authentication failed (wrong passphrase or altered file)')
  }
  let plain: Uint8Array
  try {
    plain =
      header.compression === 'gzip' ? await pipeThrough(payload, new DecompressionStream('gzip')) : payload
  } catch {
    throw new BackupError('corrupt', 'decompression failed')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(decoder.decode(plain))
  } catch {
    throw new BackupError('corrupt', 'decrypted content is not JSON')
  }
  return { header, dump: validateDump(parsed, header) }
}

/** The copy saved after a failed upgrade: 'maatwerk-kopie-oude-versie-2026-03-05T10-15-00Z.mwbackup'. */
export function untouchedCopyFileName(createdAt: string): string {
  return `maatwerk-kopie-oude-versie-${createdAt.slice(0, 19).replaceAll(':', '-')}Z.mwbackup`
}

/** A file name without personal data: 'maatwerk-backup-2026-03-05T10-15-00Z.mwbackup'. */
export function backupFileName(createdAt: string): string {
  return `maatwerk-backup-${createdAt.slice(0, 19).replaceAll(':', '-')}Z.mwbackup`
}
