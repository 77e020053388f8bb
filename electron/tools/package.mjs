#!/usr/bin/env node
/**
 * `npm run package [-- <electron-builder options>]`: builds the app (electron-vite) and the installers
 * for this platform with electron-builder.config.ts (Windows: NSIS + MSI, macOS: dmg, Linux: AppImage +
 * deb) into dist/.
 *
 * electron-builder needs the Electron binary for the target platform. It uses, in this order:
 * ELECTRON_DIST (an unpacked Electron folder of the pinned version), the binary `npm start` fetched
 * into node_modules/electron/dist, or a download from github.com. Where none of these is possible (our
 * build machines), packaging stops at that download and this script says so plainly.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findElectronPackage, resolveElectronBinary } from './ensure-electron.mjs'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name) =>
  join(projectRoot, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name)

/** Output of a failed electron-builder run that means "could not fetch Electron (or a build tool)". */
export function isDownloadFailure(output) {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|unable to (download|get)|cannot download|github\.com|status code 40[34]/i.test(
    output,
  )
}

export function downloadFailureMessage(version, platform, arch) {
  return [
    '',
    `Maatwerk: packaging stopped at a download. electron-builder needs the Electron ${version} binary for`,
    `${platform}-${arch} (and, for some targets, its build tools) from github.com, which this machine cannot reach.`,
    '',
    'Done before that: the app build in out/ and the packaging configuration (electron-builder.config.ts,',
    'checked by tests/electron/packaging.test.ts). Nothing was packaged.',
    '',
    'To package, on a machine with internet access:',
    '  npm start            # fetches Electron once into node_modules/electron/dist, which packaging reuses',
    '  npm run package',
    'or set ELECTRON_DIST to an unpacked Electron folder of the same version (ELECTRON_MIRROR also works).',
    '',
  ].join('\n')
}

function electronVersion() {
  return JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).devDependencies.electron
}

async function main() {
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: projectRoot, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)

  const electronDir = findElectronPackage(projectRoot)
  const local = process.env.ELECTRON_DIST || (electronDir && resolveElectronBinary(electronDir))
  if (!local) {
    process.stdout.write(
      `Maatwerk: no local Electron binary; electron-builder will try to download Electron ${electronVersion()}.\n`,
    )
  }
  const args = ['--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)]
  const child = spawn(bin('electron-builder'), args, { cwd: projectRoot, stdio: ['inherit', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
    process.stdout.write(chunk)
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
    process.stderr.write(chunk)
  })
  const code = await new Promise((done) => child.on('close', done))
  if (code === 0) {
    process.stdout.write('\nMaatwerk: installers are in dist/. Check them with `npm run release-check`.\n')
    return
  }
  if (isDownloadFailure(output)) {
    process.stderr.write(downloadFailureMessage(electronVersion(), process.platform, process.arch))
  } else {
    process.stderr.write('\nMaatwerk: electron-builder failed (see above); nothing was packaged.\n')
  }
  process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main()
