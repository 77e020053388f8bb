import { beforeAll, describe, expect, it } from 'vitest'
import {
  BACKUP_MAGIC,
  BackupError,
  MIN_ITERATIONS,
  PBKDF2_ITERATIONS,
  decryptBackup,
  deriveBackupKey,
  encryptBackup,
  readBackupHeader,
  type BackupKey,
} from '../../../renderer/src/backup/backup-file'
import type { DatabaseDump } from '../../../renderer/src/data/api'

// A dump shaped like the data layer's, with the text that must survive byte for byte.
const dump: DatabaseDump = {
  format: 'maatwerk.database',
  formatVersion: 1,
  dataFormatVersion: 1,
  exportedAt: '2026-03-05T10:15:00.000Z',
  tables: {
    households: [{ id: 'h1', value: { label: 'Zorgcoöperatie “De Linde” – €21,80' } }],
    members: [{ id: 'p1', householdId: 'h1', value: { name: 'Ëlif Yılmaz', bsn: '123456782' } }],
    audit: [],
  },
}

async function expectBackupError(promise: Promise<unknown>, kind: BackupError['kind']): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BackupError)
  expect((error as BackupError).kind).toBe(kind)
}

function reframeHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const magicLength = BACKUP_MAGIC.length
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(magicLength, false)
  const headerEnd = magicLength + 4 + headerLength
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(magicLength + 4, headerEnd))) as Record<
    string,
    unknown
  >
  edit(header)
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const out = new Uint8Array(magicLength + 4 + headerBytes.length + bytes.length - headerEnd)
  out.set(bytes.subarray(0, magicLength), 0)
  new DataView(out.buffer).setUint32(magicLength, headerBytes.length, false)
  out.set(headerBytes, magicLength + 4)
  out.set(bytes.subarray(headerEnd), magicLength + 4 + headerBytes.length)
  return out
}

describe('backup file', () => {
  let key: BackupKey
  let file: Uint8Array

  beforeAll(async () => {
    // The minimum accepted iteration count keeps these tests quick; the default path is tested below.
    key = await deriveBackupKey('correct horse battery staple', undefined, MIN_ITERATIONS)
    file = await encryptBackup(dump, key, { createdAt: '2026-03-05T10:15:00.000Z' })
  })

  it('round-trips a dump exactly, including diacritics and €', async () => {
    const { dump: restored, header } = await decryptBackup(file, 'correct horse battery staple')
    expect(restored).toEqual(dump)
    expect(header.counts).toEqual({ households: 1, members: 1, audit: 0 })
    expect(header.createdAt).toBe('2026-03-05T10:15:00.000Z')
  })

  it('uses PBKDF2 with at least 600,000 iterations, a 16-byte salt and a 96-bit IV by default', async () => {
    const bytes = await encryptBackup(dump, 'another passphrase of length', {
      createdAt: '2026-03-05T10:15:00.000Z',
    })
    const { header } = readBackupHeader(bytes)
    expect(header.kdf.iterations).toBeGreaterThanOrEqual(600_000)
    expect(header.kdf.iterations).toBe(PBKDF2_ITERATIONS)
    expect(atob(header.kdf.salt)).toHaveLength(16)
    expect(atob(header.iv)).toHaveLength(12)
    expect((await decryptBackup(bytes, 'another passphrase of length')).dump).toEqual(dump)
  })

  it('keeps names and BSNs out of the file (encrypted, not just encoded)', () => {
    const text = new TextDecoder('latin1').decode(file)
    expect(text).not.toContain('123456782')
    expect(text).not.toContain('Yılmaz')
    expect(text).not.toContain('Linde')
  })

  it('uses a fresh IV for every file', async () => {
    const again = await encryptBackup(dump, key, { createdAt: '2026-03-05T10:15:00.000Z' })
    expect(readBackupHeader(again).header.iv).not.toBe(readBackupHeader(file).header.iv)
  })

  it('refuses a wrong passphrase', async () => {
    await expectBackupError(decryptBackup(file, 'wrong horse battery staple'), 'wrong-passphrase')
  })

  it('refuses a truncated file at every cut point class', async () => {
    await expectBackupError(decryptBackup(file.subarray(0, file.length - 1), key), 'truncated')
    await expectBackupError(decryptBackup(file.subarray(0, 30), key), 'truncated')
    await expectBackupError(decryptBackup(file.subarray(0, 8), key), 'truncated')
  })

  it('refuses a tampered ciphertext', async () => {
    const tampered = file.slice()
    const index = tampered.length - 40
    tampered[index] = (tampered[index] ?? 0) ^ 0x01
    await expectBackupError(decryptBackup(tampered, key), 'wrong-passphrase')
  })

  it('refuses a tampered header (it is authenticated as additional data)', async () => {
    const tampered = reframeHeader(file, (h) => {
      h['createdAt'] = '2020-01-01T00:00:00.000Z'
    })
    await expectBackupError(decryptBackup(tampered, key), 'wrong-passphrase')
  })

  it('refuses a file from a newer backup format before trying to decrypt it', async () => {
    const newer = reframeHeader(file, (h) => {
      h['fileVersion'] = 2
    })
    await expectBackupError(decryptBackup(newer, key), 'newer-version')
  })

  it('refuses files that are not backups, and a weak KDF', async () => {
    await expectBackupError(
      decryptBackup(new TextEncoder().encode('{"format":"maatwerk.case"}'), key),
      'not-a-backup',
    )
    const weak = reframeHeader(file, (h) => {
      ;(h['kdf'] as Record<string, unknown>)['iterations'] = 1000
    })
    await expectBackupError(decryptBackup(weak, key), 'corrupt')
    const trailing = new Uint8Array(file.length + 3)
    trailing.set(file)
    await expectBackupError(decryptBackup(trailing, key), 'corrupt')
  })
})
