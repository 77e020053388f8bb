/**
 * electron-builder's afterPack hook: runs once per platform and architecture after the app is laid out
 * and before it is signed (fuses must be flipped before signing, or the signature breaks).
 *
 * 1. Flips the release fuses (fuses.ts) in the Electron binary and reads them back; a fuse that did not
 *    take stops the build.
 * 2. Lists app.asar and stops the build if anything but the built app got in (source maps, tests,
 *    TypeScript sources, dev configs).
 */
import { flipFuses, getCurrentFuseWire } from '@electron/fuses'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { LINUX_EXECUTABLE_NAME, PRODUCT_NAME } from '../main/app-identity'
import { listAsarFiles } from './asar-listing'
import { FUSE_INDEX, RELEASE_FUSES, releaseFuseConfig, type ReleaseFuseName } from './fuses'

/** The part of electron-builder's AfterPackContext this hook uses. */
type PackedApp = { appOutDir: string; electronPlatformName: string }

/** FuseState in @electron/fuses: the ASCII digits '0' and '1' in the binary's fuse wire. */
const FUSE_DISABLED = 48
const FUSE_ENABLED = 49

export function electronBinaryPath(packed: PackedApp): string {
  switch (packed.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(packed.appOutDir, `${PRODUCT_NAME}.app`)
    case 'win32':
      return join(packed.appOutDir, `${PRODUCT_NAME}.exe`)
    default:
      return join(packed.appOutDir, LINUX_EXECUTABLE_NAME)
  }
}

function resourcesPath(packed: PackedApp): string {
  return packed.electronPlatformName === 'darwin' || packed.electronPlatformName === 'mas'
    ? join(packed.appOutDir, `${PRODUCT_NAME}.app`, 'Contents', 'Resources')
    : join(packed.appOutDir, 'resources')
}

/** Flips the release fuses and returns the names of those whose state on disk is not the intended one. */
async function applyReleaseFuses(binary: string, platform: string): Promise<ReleaseFuseName[]> {
  await flipFuses(binary, releaseFuseConfig(platform))
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
  return (Object.keys(RELEASE_FUSES) as ReleaseFuseName[]).filter((name) => {
    const expected = RELEASE_FUSES[name] ? FUSE_ENABLED : FUSE_DISABLED
    return wire[FUSE_INDEX[name]] !== expected
  })
}

/**
 * What may be inside app.asar: the built main, preload and renderer, and package.json. Everything
 * else is a packaging mistake; the patterns name the usual ones for a clear message.
 */
const ALLOWED_IN_ASAR = [/^package\.json$/, /^out\/(main|preload|renderer)\//]
const FORBIDDEN_IN_ASAR: [RegExp, string][] = [
  [/\.map$/, 'source map'],
  [/(^|\/)tests?\//, 'test file'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'test file'],
  [/\.tsx?$/, 'TypeScript source'],
  [/(^|\/)\.[^/]+$/, 'dot file'],
]

export function packagingProblems(files: readonly string[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    const forbidden = FORBIDDEN_IN_ASAR.find(([pattern]) => pattern.test(file))
    if (forbidden) problems.push(`${file} (${forbidden[1]})`)
    else if (!ALLOWED_IN_ASAR.some((pattern) => pattern.test(file)))
      problems.push(`${file} (not part of the app)`)
  }
  if (!files.includes('out/main/index.js')) problems.push('out/main/index.js is missing')
  if (!files.includes('out/preload/index.cjs')) problems.push('out/preload/index.cjs is missing')
  if (!files.includes('out/renderer/index.html')) problems.push('out/renderer/index.html is missing')
  return problems
}

export async function afterPack(packed: PackedApp): Promise<void> {
  const asar = join(resourcesPath(packed), 'app.asar')
  if (!existsSync(asar)) throw new Error(`afterPack: ${asar} is missing; the app must be packaged as ASAR.`)
  const problems = packagingProblems(listAsarFiles(asar))
  if (problems.length > 0) {
    throw new Error(`afterPack: app.asar holds files that must not ship:\n  ${problems.join('\n  ')}`)
  }
  const loose = await applyReleaseFuses(electronBinaryPath(packed), packed.electronPlatformName)
  if (loose.length > 0) throw new Error(`afterPack: these fuses did not take: ${loose.join(', ')}`)
}
