#!/usr/bin/env node
/**
 * `npm run release-check`: what only the real Electron app can show, run with Playwright's Electron
 * support against the built app (tests/release/electron-app.spec.ts), plus the fuses of the packaged
 * binary in dist/. Not part of `npm test`: it needs the Electron binary, which our build machines
 * cannot download. Without it this script says so and exits non-zero.
 *
 * Options: --no-build (use the existing out/), MAATWERK_RELEASE_SKIP_PACKAGE=1 (no dist/ yet: skip
 * only the packaged-fuses check, and say so).
 */
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findElectronPackage, resolveElectronBinary } from './ensure-electron.mjs'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = (name) =>
  join(projectRoot, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name)

export const RELEASE_CHECKS = [
  'the window loads from app://bundle/ and location.origin is app://bundle',
  'the CSP arrives as a response header and an injected inline script does not run',
  'the renderer runs sandboxed (the preload sees process.sandboxed)',
  'require and process are absent in the page',
  'navigation away and new windows are refused',
  "the bridge answers only the app's own frame",
  'the single-instance lock: a second launch exits, and hands its case file to the first',
  'case data survives an app restart',
  'the packaged binary has the release fuses',
]

export function missingBinaryMessage() {
  return [
    '',
    'Maatwerk release check: the Electron binary is not installed on this machine, so nothing was checked.',
    'These checks need the real app:',
    ...RELEASE_CHECKS.map((check) => `  - ${check}`),
    '',
    'On a machine with internet access run `npm start` once (it downloads Electron into',
    'node_modules/electron/dist), or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron of the pinned',
    'version; then `npm run package` and `npm run release-check`.',
    '',
  ].join('\n')
}

function main() {
  const electronDir = findElectronPackage(projectRoot)
  const binary = electronDir ? resolveElectronBinary(electronDir) : null
  if (!binary) {
    process.stderr.write(missingBinaryMessage())
    process.exit(2)
  }
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(bin('electron-vite'), ['build'], { cwd: projectRoot, stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const run = spawnSync(bin('playwright'), ['test', '--config', 'playwright.release.config.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, MAATWERK_ELECTRON_BINARY: binary },
  })
  process.exit(run.status ?? 1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
