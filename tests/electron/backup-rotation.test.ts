import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeAtomicFs, type AtomicFs } from '../../electron/main/atomic-write'
import {
  backupFileName,
  isBackupFileName,
  parseBackupFileName,
  planRotation,
  sortBackupNames,
} from '../../electron/main/backup-rotation'
import { listBackups, readBackup, writeBackup } from '../../electron/main/user-data-files'

describe('backupFileName / parseBackupFileName', () => {
  it.each([
    ['2026-01-15T09:30:00.123Z', undefined, 'maatwerk-20260115T093000123Z.mwbackup'],
    ['2026-01-15T09:30:00Z', undefined, 'maatwerk-20260115T093000000Z.mwbackup'],
    ['2026-12-31T23:59:59.9Z', 'voor-migratie', 'maatwerk-20261231T235959900Z-voor-migratie.mwbackup'],
  ])('%s with label %s → %s, and back', (iso, label, name) => {
    expect(backupFileName(iso, label)).toBe(name)
    expect(parseBackupFileName(name)?.createdAt).toBe(new Date(iso).toISOString())
  })

  it('refuses labels that could change the path', () => {
    expect(() => backupFileName('2026-01-15T09:30:00Z', '../x')).toThrow()
    expect(() => backupFileName('2026-01-15T09:30:00Z', 'a/b')).toThrow()
  })

  it.each([
    '../maatwerk-20260115T093000123Z.mwbackup',
    'maatwerk-20260115T093000123Z.mwbackup/..',
    'maatwerk-20260115T093000123Z.json',
    'maatwerk-20261315T093000123Z.mwbackup',
    '.maatwerk-20260115T093000123Z.mwbackup.tmp-abc',
    'window-state.json',
  ])('does not take %s for a backup', (name) => {
    expect(isBackupFileName(name)).toBe(false)
  })
})

describe('planRotation', () => {
  const names = Array.from({ length: 13 }, (_, index) =>
    backupFileName(new Date(Date.UTC(2026, 0, 1 + index)).toISOString()),
  )

  it('keeps the newest ten and deletes the rest, whatever the listing order', () => {
    const shuffled = [...names].reverse().sort(() => 0)
    expect(planRotation(shuffled, 10).sort()).toEqual(names.slice(0, 3).sort())
    expect(planRotation(names.slice(0, 10), 10)).toEqual([])
  })

  it('never deletes files that are not backups', () => {
    expect(planRotation([...names, 'notes.txt', '.maatwerk-x.tmp-1', 'data-sentinel.json'], 1)).not.toContain(
      'notes.txt',
    )
  })

  it('sorts newest first', () => {
    expect(sortBackupNames(names)[0]).toBe(names.at(-1))
  })

  it('refuses a keep count below one', () => {
    expect(() => planRotation(names, 0)).toThrow()
  })
})

describe('writeBackup on disk', () => {
  let userData: string
  let clock: number
  const now = () => new Date(clock)

  beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'maatwerk-backups-'))
    clock = Date.UTC(2026, 0, 15, 9, 30)
  })

  afterEach(async () => {
    await rm(userData, { recursive: true, force: true })
  })

  it('keeps the newest N after each successful write', async () => {
    for (let index = 0; index < 5; index += 1) {
      clock += 60_000
      expect((await writeBackup(userData, new Uint8Array([index]), undefined, { keep: 3, now })).ok).toBe(
        true,
      )
    }
    const list = await listBackups(userData)
    expect(list.ok && list.value.map((entry) => entry.createdAt)).toEqual([
      '2026-01-15T09:35:00.000Z',
      '2026-01-15T09:34:00.000Z',
      '2026-01-15T09:33:00.000Z',
    ])
  })

  it('gives two backups in the same millisecond different names', async () => {
    const first = await writeBackup(userData, new Uint8Array([1]), undefined, { now })
    const second = await writeBackup(userData, new Uint8Array([2]), undefined, { now })
    expect(first.ok && second.ok && first.value.name !== second.value.name).toBe(true)
  })

  it('an interrupted write never replaces or rotates away the last good backups', async () => {
    for (let index = 0; index < 3; index += 1) {
      clock += 60_000
      await writeBackup(userData, new Uint8Array([index]), undefined, { keep: 3, now })
    }
    const before = (await readdir(join(userData, 'backups'))).sort()
    const failingRename: AtomicFs = {
      ...nodeAtomicFs,
      rename: async () => {
        throw new Error('ENOSPC')
      },
    }
    clock += 60_000
    const result = await writeBackup(userData, new Uint8Array([9]), undefined, {
      keep: 3,
      now,
      fs: failingRename,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect((await readdir(join(userData, 'backups'))).sort()).toEqual(before)
    const newest = before.at(-1) ?? ''
    expect(await readBackup(userData, newest)).toEqual({ ok: true, value: new Uint8Array([2]) })
  })

  it('lists only backups and reads only validated names', async () => {
    await mkdir(join(userData, 'backups'), { recursive: true })
    await writeFile(join(userData, 'backups', 'notes.txt'), 'x')
    await writeFile(join(userData, 'secret.json'), 'secret')
    expect(await listBackups(userData)).toEqual({ ok: true, value: [] })
    for (const name of ['../secret.json', 'notes.txt', '/etc/passwd', '..\\secret.json']) {
      expect(await readBackup(userData, name)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      })
    }
  })

  it('lists nothing (not an error) before the first backup', async () => {
    expect(await listBackups(userData)).toEqual({ ok: true, value: [] })
  })
})
