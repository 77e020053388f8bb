import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronPackage, resolveElectronBinary } from '../../electron/tools/ensure-electron.mjs'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maatwerk-electron-pkg-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('resolveElectronBinary', () => {
  it('is null when the binary was never downloaded (no path.txt)', () => {
    expect(resolveElectronBinary(dir, {})).toBeNull()
  })

  it('is null when path.txt names a binary that is not there', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron')
    expect(resolveElectronBinary(dir, {})).toBeNull()
  })

  it('finds the binary named in path.txt under dist/', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron\n')
    await mkdir(join(dir, 'dist'))
    await writeFile(join(dir, 'dist', 'electron'), '')
    expect(resolveElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'))
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const other = join(dir, 'custom')
    await mkdir(other)
    await writeFile(join(other, 'electron'), '')
    expect(resolveElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(join(other, 'electron'))
  })
})

describe('findElectronPackage', () => {
  it('finds the installed electron package of this project', () => {
    expect(findElectronPackage()).toMatch(/node_modules[/\\]electron$/)
  })

  it('is null where electron is not installed', () => {
    expect(findElectronPackage(dir)).toBeNull()
  })
})
