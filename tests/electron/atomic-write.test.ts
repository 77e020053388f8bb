import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isTempFileOf,
  nodeAtomicFs,
  removeStaleTempFiles,
  writeFileAtomic,
  type AtomicFs,
} from '../../electron/main/atomic-write'

let dir: string
let target: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maatwerk-atomic-'))
  target = join(dir, 'export.json')
  await writeFile(target, 'OLD CONTENT')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

type Step = 'open' | 'write' | 'sync' | 'close' | 'rename'

/** The real file system, except that `step` fails (after writing half the data, for 'write'). */
function failingAt(step: Step): AtomicFs {
  return {
    ...nodeAtomicFs,
    async open(path, flags, mode) {
      if (step === 'open' && flags === 'wx') throw new Error('EMFILE: too many open files')
      const handle = await nodeAtomicFs.open(path, flags, mode)
      return {
        async writeFile(data) {
          if (step === 'write') {
            const half =
              typeof data === 'string' ? data.slice(0, data.length / 2) : data.slice(0, data.length / 2)
            await handle.writeFile(half)
            throw new Error('ENOSPC: no space left on device')
          }
          return handle.writeFile(data)
        },
        async sync() {
          if (step === 'sync' && flags === 'wx') throw new Error('EIO: i/o error')
          return handle.sync()
        },
        async close() {
          await handle.close()
          if (step === 'close' && flags === 'wx') throw new Error('EIO: i/o error on close')
        },
      }
    },
    async rename(from, to) {
      if (step === 'rename') throw new Error('EXDEV: rename failed')
      return nodeAtomicFs.rename(from, to)
    },
  }
}

describe('writeFileAtomic', () => {
  it('replaces the file with the new content and leaves no temporary file', async () => {
    await writeFileAtomic(target, 'NEW CONTENT')
    expect(await readFile(target, 'utf8')).toBe('NEW CONTENT')
    expect(await readdir(dir)).toEqual(['export.json'])
  })

  it('writes bytes and creates files that did not exist', async () => {
    const fresh = join(dir, 'backup.bin')
    await writeFileAtomic(fresh, new Uint8Array([0, 255, 7]))
    expect([...(await readFile(fresh))]).toEqual([0, 255, 7])
  })

  it.each<Step>(['open', 'write', 'sync', 'close', 'rename'])(
    'an interrupted write (failure at %s) leaves the old file intact and cleans up',
    async (step) => {
      await expect(writeFileAtomic(target, 'NEW CONTENT THAT IS LONGER', failingAt(step))).rejects.toThrow()
      expect(await readFile(target, 'utf8')).toBe('OLD CONTENT')
      expect(await readdir(dir)).toEqual(['export.json'])
    },
  )

  it('a process killed mid-write leaves the old file, and the stray temporary file is removed at the next start', async () => {
    // What a kill between write and rename leaves behind: the old target plus a partial temp file.
    await writeFile(join(dir, '.export.json.tmp-0123456789ab'), 'NEW CONT')
    expect(await readFile(target, 'utf8')).toBe('OLD CONTENT')
    expect(await removeStaleTempFiles(target)).toBe(1)
    expect(await readdir(dir)).toEqual(['export.json'])
  })
})

describe('isTempFileOf', () => {
  it.each([
    ['.export.json.tmp-abc', true],
    ['export.json', false],
    ['.other.json.tmp-abc', false],
    ['.export.json', false],
  ])('%s → %s', (name, expected) => {
    expect(isTempFileOf('export.json', name)).toBe(expected)
  })
})
