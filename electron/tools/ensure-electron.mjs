#!/usr/bin/env node
/**
 * `npm start` runs this after the build: it finds the Electron binary that the `electron` package
 * installs, fetches it once with Electron's own install script when it is missing (npm 11 skips
 * dependency install scripts, see package.json `allowScripts`), then launches the app.
 *
 * The download needs internet access to Electron's release host; on machines without it the script
 * stops with an explanation instead of a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the `electron` package lives, or null when it is not installed. */
export function findElectronPackage(fromDir = projectRoot) {
  try {
    const require = createRequire(join(fromDir, 'package.json'))
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The binary's path as the electron package would use it, or null when it was never downloaded. */
export function resolveElectronBinary(electronDir, env = process.env) {
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile) && !env.ELECTRON_OVERRIDE_DIST_PATH) return null
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  if (!relativeBinary) return null
  const binary = join(distDir, relativeBinary)
  return existsSync(binary) ? binary : null
}

/** Runs the electron package's own install script once (allowed on machines with internet). */
export function installElectronBinary(electronDir) {
  const env = { ...process.env }
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env })
  return result.status === 0
}

function fail(message) {
  process.stderr.write(`\nMaatwerk: ${message}\n\n`)
  process.exit(1)
}

function main() {
  const electronDir = findElectronPackage()
  if (!electronDir) fail('the electron package is not installed. Run `npm install` first.')
  let binary = resolveElectronBinary(electronDir)
  if (!binary) {
    process.stdout.write(
      "Maatwerk: the Electron binary is missing; downloading it once with Electron's installer…\n",
    )
    if (!installElectronBinary(electronDir) || !(binary = resolveElectronBinary(electronDir))) {
      fail(
        "the Electron binary could not be downloaded (no internet access to Electron's release host?).\n" +
          'Use `npm run web` to run Maatwerk in a browser instead, or install Electron on a connected machine.',
      )
    }
  }
  if (!existsSync(join(projectRoot, 'out/main/index.js')))
    fail('out/main/index.js is missing. Run `npm run build` first.')
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    process.stderr.write(
      "Maatwerk: running as root; Chromium's sandbox refuses that. Start it as a normal user.\n",
    )
  }
  const child = spawn(binary, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
