/**
 * The release packaging (electron-builder.config.ts) and its afterPack hook: the fuses, what ships
 * in app.asar, the identity that keeps user data across updates, and the icons. These are the
 * checks that need no Electron binary; the packaged artefact itself is checked by
 * `npm run release-check`.
 */
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import config, { CASE_FILE_ASSOCIATION } from '../../electron-builder.config'
import {
  APP_ID,
  CASE_FILE_SUFFIX,
  LINUX_EXECUTABLE_NAME,
  PRODUCT_NAME,
  USER_DATA_FOLDER,
} from '../../electron/main/app-identity'
import { afterPack, electronBinaryPath, packagingProblems } from '../../electron/packaging/after-pack'
import { listAsarFiles } from '../../electron/packaging/asar-listing'
import { RELEASE_FUSES, releaseFuseConfig } from '../../electron/packaging/fuses'
import { makeIcons } from '../../electron/packaging/make-icons.mjs'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'maatwerk-packaging-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** A stand-in Electron binary: the fuse wire as Electron 45 ships it (9 fuses, the 9th unknown to @electron/fuses 1.8). */
function fakeElectronBinary(path: string, wire = '111111011', wireVersion = 1): void {
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('ELF-ish prefix '),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([wireVersion, wire.length]),
      Buffer.from(wire, 'ascii'),
      Buffer.from(' rest of the binary'),
    ]),
  )
}

/** A minimal ASAR archive (header pickle + contents) holding the given files. */
function writeAsar(path: string, files: Record<string, string>): void {
  const tree: { files: Record<string, unknown> } = { files: {} }
  const contents: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const parts = name.split('/')
    let node = tree
    for (const folder of parts.slice(0, -1)) {
      node.files[folder] ??= { files: {} }
      node = node.files[folder] as typeof tree
    }
    const data = Buffer.from(text)
    node.files[parts.at(-1)!] = { size: data.length, offset: String(offset) }
    contents.push(data)
    offset += data.length
  }
  const json = Buffer.from(JSON.stringify(tree))
  const padded = Math.ceil(json.length / 4) * 4
  const headerPickle = Buffer.alloc(8 + padded)
  headerPickle.writeUInt32LE(4 + padded, 0)
  headerPickle.writeInt32LE(json.length, 4)
  json.copy(headerPickle, 8)
  const sizePickle = Buffer.alloc(8)
  sizePickle.writeUInt32LE(4, 0)
  sizePickle.writeUInt32LE(headerPickle.length, 4)
  writeFileSync(path, Buffer.concat([sizePickle, headerPickle, ...contents]))
}

const BUILT_APP = {
  'package.json': '{}',
  'out/main/index.js': 'main',
  'out/preload/index.cjs': 'preload',
  'out/renderer/index.html': '<html>',
  'out/renderer/assets/index-abc.js': 'js',
  'out/renderer/assets/highs.wasm': 'wasm',
}

function fakePackagedApp(name: string, platform: string, files: Record<string, string> = BUILT_APP) {
  const appOutDir = join(work, name)
  const packed = { appOutDir, electronPlatformName: platform }
  const binary = electronBinaryPath(packed)
  const fuseFile =
    platform === 'darwin'
      ? join(binary, 'Contents/Frameworks/Electron Framework.framework/Electron Framework')
      : binary
  const resources =
    platform === 'darwin'
      ? join(appOutDir, `${PRODUCT_NAME}.app/Contents/Resources`)
      : join(appOutDir, 'resources')
  mkdirSync(resources, { recursive: true })
  mkdirSync(join(fuseFile, '..'), { recursive: true })
  fakeElectronBinary(fuseFile)
  writeAsar(join(resources, 'app.asar'), files)
  return { packed, binary, fuseFile }
}

describe('the release fuses', () => {
  it('are exactly: no run-as-node, no NODE_OPTIONS, no --inspect, ASAR only and integrity-checked, cookies encrypted', () => {
    expect(RELEASE_FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('map onto the right positions of the fuse wire', () => {
    const fuses = releaseFuseConfig('linux') as Record<number, boolean>
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false)
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(releaseFuseConfig('darwin').resetAdHocDarwinSignature).toBe(true)
    expect(releaseFuseConfig('win32').resetAdHocDarwinSignature).toBe(false)
  })

  it.each(['linux', 'win32'])(
    'are flipped in the %s binary by the afterPack hook and read back',
    async (platform) => {
      const { packed, binary } = fakePackagedApp(`flip-${platform}`, platform)
      await afterPack(packed)
      const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
      const state = (index: FuseV1Options) => String.fromCharCode(wire[index]!)
      expect(state(FuseV1Options.RunAsNode)).toBe('0')
      expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1')
      expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0')
      expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0')
      expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1')
      expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1')
      expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0')
      // A fuse newer than @electron/fuses knows is left as Electron ships it.
      expect(state(8 as FuseV1Options)).toBe('1')
    },
  )

  it('stop the build when the binary cannot take them (too short a fuse wire)', async () => {
    const { packed, binary } = fakePackagedApp('short-wire', 'linux')
    fakeElectronBinary(binary, '1111')
    await expect(afterPack(packed)).rejects.toThrow(/not long enough/)
  })

  it('stop the build when the binary has no fuse wire at all', async () => {
    const { packed, binary } = fakePackagedApp('no-wire', 'linux')
    writeFileSync(binary, 'not electron')
    await expect(afterPack(packed)).rejects.toThrow(/sentinel/)
  })

  it('are not also set through electron-builder, which flips after our hook and could undo them', () => {
    expect(config.electronFuses).toBeUndefined()
    expect(config.afterPack).toBe(afterPack)
  })
})

describe('what ships in app.asar', () => {
  it('lists an archive written in the ASAR format', () => {
    const path = join(work, 'list.asar')
    writeAsar(path, BUILT_APP)
    expect(listAsarFiles(path)).toEqual(Object.keys(BUILT_APP).sort())
  })

  it('accepts the built app only', () => {
    expect(packagingProblems(Object.keys(BUILT_APP))).toEqual([])
  })

  it.each([
    ['out/renderer/assets/index-abc.js.map', 'source map'],
    ['out/main/index.js.map', 'source map'],
    ['tests/electron/ipc.test.ts', 'test file'],
    ['out/renderer/tests/x.js', 'test file'],
    ['electron/main/index.ts', 'TypeScript source'],
    ['out/main/.env', 'dot file'],
    ['node_modules/zod/index.js', 'not part of the app'],
    ['electron.vite.config.ts', 'TypeScript source'],
    ['README.md', 'not part of the app'],
  ])('refuses %s (%s)', (file, why) => {
    expect(packagingProblems([...Object.keys(BUILT_APP), file])).toEqual([`${file} (${why})`])
  })

  it('refuses an archive without the main, preload or page', () => {
    expect(packagingProblems(['package.json'])).toHaveLength(3)
  })

  it('the afterPack hook stops the build on a source map in the archive', async () => {
    const { packed } = fakePackagedApp('with-map', 'linux', { ...BUILT_APP, 'out/main/index.js.map': '{}' })
    await expect(afterPack(packed)).rejects.toThrow(/index\.js\.map \(source map\)/)
  })

  it('the afterPack hook stops the build when there is no app.asar', async () => {
    const { packed } = fakePackagedApp('no-asar', 'linux')
    rmSync(join(packed.appOutDir, 'resources/app.asar'))
    await expect(afterPack(packed)).rejects.toThrow(/ASAR/)
  })

  it('the file list takes only the build output and excludes maps, tests and node_modules', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/**',
        'out/preload/**',
        'out/renderer/**',
        '!**/*.map',
      ]),
    )
    expect(config.files).toContain('!node_modules/**')
    const includes = (config.files as string[]).filter((pattern) => !pattern.startsWith('!'))
    expect(includes.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    expect(config).not.toHaveProperty('asarUnpack')
    // Main is bundled with its dependencies, so nothing in node_modules is needed at run time.
    expect(readFileSync(join(root, 'electron.vite.config.ts'), 'utf8')).toMatch(/externalizeDeps:\s*false/)
  })
})

describe('identity, targets and data across updates', () => {
  it('keeps the app id and product name that fix the user-data folder', () => {
    expect(config.appId).toBe(APP_ID)
    expect(APP_ID).toBe('nl.maatwerk.desktop')
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(USER_DATA_FOLDER).toBe('Maatwerk')
    expect(config.extraMetadata).toMatchObject({ productName: PRODUCT_NAME, main: 'out/main/index.js' })
    expect(config.linux?.executableName).toBe(LINUX_EXECUTABLE_NAME)
    expect(config.win?.executableName).toBe(PRODUCT_NAME)
  })

  it('never deletes the user data on uninstall or update', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds NSIS + MSI, dmg, AppImage + deb', () => {
    const targets = (list: unknown) => (list as { target: string }[]).map((entry) => entry.target)
    expect(targets(config.win?.target)).toEqual(['nsis', 'msi'])
    expect(targets(config.mac?.target)).toEqual(['dmg'])
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb'])
    expect(config.msi?.perMachine).toBe(true)
  })

  it('associates .maatwerk.json case files with the app', () => {
    expect(config.fileAssociations).toEqual([CASE_FILE_ASSOCIATION])
    expect(`.${CASE_FILE_ASSOCIATION.ext}`).toBe(CASE_FILE_SUFFIX)
    expect(CASE_FILE_ASSOCIATION.mimeType).toBe('application/vnd.maatwerk.case+json')
  })

  it('points at icon files that exist', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(readFileSync(join(root, String(icon))).length).toBeGreaterThan(100)
    }
  })
})

describe('the icons', () => {
  it('are what make-icons.mjs draws (regenerated byte for byte)', () => {
    const fresh = makeIcons(join(work, 'icons'))
    for (const [name, data] of Object.entries(fresh)) {
      expect(readFileSync(join(root, 'electron/packaging/icons', name)).equals(data), name).toBe(true)
    }
  })

  it('are a 512 px PNG, an ICO with a 256 px image and an ICNS whose length adds up', () => {
    const png = readFileSync(join(root, 'electron/packaging/icons/icon.png'))
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
    const ico = readFileSync(join(root, 'electron/packaging/icons/icon.ico'))
    const count = ico.readUInt16LE(4)
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256)
    expect(widths).toContain(256)
    const icns = readFileSync(join(root, 'electron/packaging/icons/icon.icns'))
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })
})
