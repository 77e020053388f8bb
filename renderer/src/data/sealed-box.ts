/**
 * Sealing short secrets and text fields with AES-256-GCM (WebCrypto), for data at rest
 * (docs/security-model.md#data-at-rest-and-data-safety): BSNs and free-text notes in IndexedDB, the
 * legacy import key, and the automatic backups' key kept between sessions.
 *
 * A sealed value is one string: `SEALED_PREFIX` + base64(12-byte IV) + '.' + base64(ciphertext with
 * its 16-byte tag). It stays a string so it fits the field it replaces, and a row can be copied (a
 * duplicated household) without opening it. The additional data names what the value is ('bsn',
 * 'note', …), so a sealed BSN cannot be moved into a note field and read there.
 *
 * WebCrypto is asynchronous: sealing happens before a write transaction opens and opening after a
 * read has finished (an IndexedDB transaction commits when it waits for anything else).
 */

/** Starts every sealed value. The NUL makes it impossible to type; it never occurs in stored text. */
export const SEALED_PREFIX = '\u0000mw-sealed:v1:'
const IV_BYTES = 12

const SEALED_BOX_MESSAGES = {
  badKey: 'sealing key must be 32 bytes',
  unreadable: 'sealed value cannot be opened (wrong key or altered)',
} as const

export class SealedBoxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SealedBoxError'
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength))
  copy.set(bytes)
  return copy
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX)
}

export type SealingKey = {
  /**
   * The AES key itself (non-extractable: its bytes cannot be read), for a worker of this session to
   * seal with the same key (data/demo-workers.ts); absent on keys made without WebCrypto (test fakes).
   */
  readonly cryptoKey?: CryptoKey
  seal(plain: string, purpose: string): Promise<string>
  /** Throws `SealedBoxError` when the value was sealed under another key or altered. */
  open(sealed: string, purpose: string): Promise<string>
}

/** A sealing key from 32 raw bytes (imported non-extractable; the bytes are not kept). */
export async function createSealingKey(raw: Uint8Array): Promise<SealingKey> {
  if (!(raw instanceof Uint8Array) || raw.length !== 32) throw new SealedBoxError(SEALED_BOX_MESSAGES.badKey)
  const key = await crypto.subtle.importKey('raw', own(raw), { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  return sealingKeyFrom(key)
}

/** A sealing key around an AES-GCM key already imported (in a worker: the key posted to it). */
export function sealingKeyFrom(key: CryptoKey): SealingKey {
  return {
    cryptoKey: key,
    async seal(plain, purpose) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: own(iv), additionalData: own(encoder.encode(purpose)), tagLength: 128 },
        key,
        own(encoder.encode(plain)),
      )
      return `${SEALED_PREFIX}${toBase64(iv)}.${toBase64(new Uint8Array(ciphertext))}`
    },
    async open(sealed, purpose) {
      const unreadable = () => new SealedBoxError(SEALED_BOX_MESSAGES.unreadable)
      if (!isSealed(sealed)) throw unreadable()
      const [ivText, dataText, extra] = sealed.slice(SEALED_PREFIX.length).split('.')
      if (ivText === undefined || dataText === undefined || extra !== undefined) throw unreadable()
      try {
        const iv = fromBase64(ivText)
        if (iv.length !== IV_BYTES) throw unreadable()
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: own(iv), additionalData: own(encoder.encode(purpose)), tagLength: 128 },
          key,
          own(fromBase64(dataText)),
        )
        return decoder.decode(plain)
      } catch {
        throw unreadable()
      }
    },
  }
}
