/**
 * The device key: 32 random bytes created once per installation and kept in `userData/device-key.bin`
 * encrypted by the operating system (Electron `safeStorage`: Keychain on macOS, DPAPI on Windows, the
 * desktop's secret store on Linux). The renderer derives from it the audit chain's HMAC key and the
 * key of the unattended automatic backups (HKDF with separate labels), so neither depends on a key
 * kept inside IndexedDB.
 *
 * Protection levels reported to the renderer (and shown in Settings):
 * - 'os': safeStorage with a real OS key store;
 * - 'os-basic': Linux without a secret store (safeStorage's `basic_text` backend uses a fixed
 *   password: the file is obfuscated, not protected);
 * - 'none': safeStorage unavailable; the key is kept as a plain file (still outside IndexedDB).
 *
 * A key file that exists but cannot be decrypted is never silently replaced (a new key would make the
 * whole audit log look forged): the call fails with 'corrupt' and the renderer reports it.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DesktopResult, DeviceKey } from '#shared/ipc/desktop-api'
import { DEVICE_KEY_BYTES } from '#shared/ipc/desktop-api'
import { writeFileAtomic, type AtomicFs, nodeAtomicFs } from './atomic-write'

export const DEVICE_KEY_FILE = 'device-key.bin'
const FORMAT_OS = 'maatwerk-device-key:safeStorage:'
const FORMAT_PLAIN = 'maatwerk-device-key:plain:'

/** The part of Electron's `safeStorage` used here (async API; the sync one is deprecated in 45). */
type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  getSelectedStorageBackend?(): string
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
}

async function protectionOf(
  safeStorage: SafeStorageLike,
  platform: string,
): Promise<DeviceKey['protection']> {
  if (!(await safeStorage.isAsyncEncryptionAvailable().catch(() => false))) return 'none'
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return 'os-basic'
  return 'os'
}

function decodeKey(base64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
  return bytes.length === DEVICE_KEY_BYTES ? bytes : null
}

/** A single in-flight load per process, so two early calls cannot both create a key. */
let pending: Promise<DesktopResult<DeviceKey>> | null = null

export function loadDeviceKey(
  userData: string,
  safeStorage: SafeStorageLike,
  options: { platform?: string; fs?: AtomicFs } = {},
): Promise<DesktopResult<DeviceKey>> {
  pending ??= loadOrCreate(userData, safeStorage, options.platform ?? process.platform, options.fs).finally(
    () => {
      pending = null
    },
  )
  return pending
}

async function loadOrCreate(
  userData: string,
  safeStorage: SafeStorageLike,
  platform: string,
  fs: AtomicFs = nodeAtomicFs,
): Promise<DesktopResult<DeviceKey>> {
  const path = join(userData, DEVICE_KEY_FILE)
  const corrupt: DesktopResult<DeviceKey> = {
    ok: false,
    error: { code: 'corrupt', message: 'The device key cannot be read.' },
  }
  let stored: Buffer | null = null
  try {
    stored = await readFile(path)
  } catch (error) {
    if (!isMissing(error))
      return { ok: false, error: { code: 'io', message: 'Could not read the device key.' } }
  }
  const protection = await protectionOf(safeStorage, platform)

  if (stored !== null) {
    const text = stored.toString('latin1')
    if (text.startsWith(FORMAT_PLAIN)) {
      const key = decodeKey(text.slice(FORMAT_PLAIN.length).trim())
      return key ? { ok: true, value: { key, protection: 'none', created: false } } : corrupt
    }
    if (!text.startsWith(FORMAT_OS) || protection === 'none') return corrupt
    try {
      const encrypted = stored.subarray(Buffer.byteLength(FORMAT_OS, 'latin1'))
      const { result } = await safeStorage.decryptStringAsync(encrypted)
      const key = decodeKey(result)
      return key ? { ok: true, value: { key, protection, created: false } } : corrupt
    } catch {
      return corrupt
    }
  }

  const key = new Uint8Array(randomBytes(DEVICE_KEY_BYTES))
  const base64 = Buffer.from(key).toString('base64')
  let content: Buffer
  if (protection === 'none') {
    content = Buffer.from(`${FORMAT_PLAIN}${base64}\n`, 'latin1')
  } else {
    const encrypted = await safeStorage.encryptStringAsync(base64)
    content = Buffer.concat([Buffer.from(FORMAT_OS, 'latin1'), encrypted])
  }
  try {
    await mkdir(userData, { recursive: true })
    await writeFileAtomic(path, new Uint8Array(content), fs)
  } catch {
    return { ok: false, error: { code: 'io', message: 'Could not store the device key.' } }
  }
  return { ok: true, value: { key, protection, created: true } }
}
