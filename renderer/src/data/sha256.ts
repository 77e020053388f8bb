/**
 * A small synchronous SHA-256 (FIPS 180-4) over UTF-8 text.
 *
 * Why not WebCrypto: the audit hash chain is computed inside the Dexie transaction that writes the
 * change, and awaiting `crypto.subtle.digest` there would let IndexedDB auto-commit the transaction
 * (PrematureCommitError). The chain is tamper evidence, not a secret, so a plain hash is what is
 * needed; keyed hashing for pseudonyms stays in the crypto module (WebCrypto HMAC).
 */

// Int32 arithmetic throughout: values above 2^31 in a Uint32Array come back as doubles and keep
// V8 off its fast integer path (a 10x difference for the audit chain's many short hashes).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))
const W = new Int32Array(64)
const H = new Int32Array(8)

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const digest = sha256(encodeUtf8(text))
  let hex = ''
  for (let i = 0; i < digest.length; i++) hex += HEX[digest[i] as number]
  return hex
}

/** UTF-8 bytes of `text` (lone surrogates become U+FFFD, as TextEncoder does). */
function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x80) {
      out[n++] = code
      continue
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
        out[n++] = 0xf0 | (code >>> 18)
        out[n++] = 0x80 | ((code >>> 12) & 0x3f)
        out[n++] = 0x80 | ((code >>> 6) & 0x3f)
        out[n++] = 0x80 | (code & 0x3f)
        continue
      }
      code = 0xfffd
    }
    if (code < 0x800) {
      out[n++] = 0xc0 | (code >>> 6)
      out[n++] = 0x80 | (code & 0x3f)
    } else {
      out[n++] = 0xe0 | (code >>> 12)
      out[n++] = 0x80 | ((code >>> 6) & 0x3f)
      out[n++] = 0x80 | (code & 0x3f)
    }
  }
  return out.subarray(0, n)
}

/** SHA-256 of raw bytes. */
export function sha256(message: Uint8Array): Uint8Array {
  const length = message.length
  // Padding: 0x80, zeros, then the 64-bit big-endian bit length, to a multiple of 64 bytes.
  const paddedLength = Math.ceil((length + 9) / 64) * 64
  const padded = new Uint8Array(paddedLength)
  padded.set(message)
  padded[length] = 0x80
  const bitsHigh = Math.floor(length / 0x20000000) // length * 8 / 2^32
  const bitsLow = (length * 8) >>> 0
  for (let i = 0; i < 4; i++) {
    padded[paddedLength - 8 + i] = (bitsHigh >>> (24 - 8 * i)) & 0xff
    padded[paddedLength - 4 + i] = (bitsLow >>> (24 - 8 * i)) & 0xff
  }

  const h = H
  const w = W
  for (let i = 0; i < 8; i++) h[i] = INITIAL[i] as number
  for (let offset = 0; offset < paddedLength; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const j = offset + t * 4
      w[t] =
        ((padded[j] as number) << 24) |
        ((padded[j + 1] as number) << 16) |
        ((padded[j + 2] as number) << 8) |
        (padded[j + 3] as number)
    }
    for (let t = 16; t < 64; t++) {
      const w15 = w[t - 15] as number
      const w2 = w[t - 2] as number
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0
    }
    let a = h[0] as number
    let b = h[1] as number
    let c = h[2] as number
    let d = h[3] as number
    let e = h[4] as number
    let f = h[5] as number
    let g = h[6] as number
    let hh = h[7] as number
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const temp1 = (hh + s1 + ch + (K[t] as number) + (w[t] as number)) | 0
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & b) ^ (a & c) ^ (b & c)
      const temp2 = (s0 + maj) | 0
      hh = g
      g = f
      f = e
      e = (d + temp1) | 0
      d = c
      c = b
      b = a
      a = (temp1 + temp2) | 0
    }
    h[0] = ((h[0] as number) + a) | 0
    h[1] = ((h[1] as number) + b) | 0
    h[2] = ((h[2] as number) + c) | 0
    h[3] = ((h[3] as number) + d) | 0
    h[4] = ((h[4] as number) + e) | 0
    h[5] = ((h[5] as number) + f) | 0
    h[6] = ((h[6] as number) + g) | 0
    h[7] = ((h[7] as number) + hh) | 0
  }
  const out = new Uint8Array(32)
  for (let i = 0; i < 8; i++) {
    const word = h[i] as number
    out[i * 4] = (word >>> 24) & 0xff
    out[i * 4 + 1] = (word >>> 16) & 0xff
    out[i * 4 + 2] = (word >>> 8) & 0xff
    out[i * 4 + 3] = word & 0xff
  }
  return out
}
