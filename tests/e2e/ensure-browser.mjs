#!/usr/bin/env node
/**
 * `npm run test:e2e` runs this before Playwright, so that the README's `npm ci && npm test` is all a
 * fresh machine needs. It finds the Chromium the end-to-end tests drive, or installs one:
 *
 * 1. `CHROMIUM_PATH`, when set, must name an existing browser (an explicit choice is never replaced);
 * 2. Debian's `chromium` (/usr/bin/chromium), the browser our CI machines use;
 * 3. as root on a machine with apt-get: `apt-get install chromium`;
 * 4. otherwise Playwright's own build: `npx playwright install chromium` (does nothing when present).
 *
 * playwright.config.ts makes the same choice: CHROMIUM_PATH or /usr/bin/chromium when it exists,
 * Playwright's own browser otherwise.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** Whether `command` is an executable file on the PATH. */
export function isOnPath(command, env = process.env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)))
}

/**
 * What to do, from the facts of this machine: use a browser that is there, install Debian's
 * chromium with apt, install Playwright's, or stop (an explicit CHROMIUM_PATH that does not exist).
 */
export function planBrowser({ env, exists, isRoot, hasAptGet }) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { kind: 'use', path: env.CHROMIUM_PATH }
      : { kind: 'fail', reason: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.` }
  }
  if (exists(DEBIAN_CHROMIUM)) return { kind: 'use', path: DEBIAN_CHROMIUM }
  if (isRoot && hasAptGet) return { kind: 'apt' }
  return { kind: 'playwright' }
}

function run(command, args, extraEnv = {}) {
  process.stdout.write(`Maatwerk: ${command} ${args.join(' ')}\n`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } })
  return result.status === 0
}

function installWithApt() {
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  return (
    run('apt-get', ['update', '-qq'], env) &&
    run('apt-get', ['install', '-y', '-qq', 'chromium'], env) &&
    existsSync(DEBIAN_CHROMIUM)
  )
}

function installWithPlaywright() {
  // The CI script sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD for `npm ci`; an explicit install must download.
  return run('npx', ['playwright', 'install', 'chromium'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '' })
}

function main() {
  const plan = planBrowser({
    env: process.env,
    exists: existsSync,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: isOnPath('apt-get'),
  })
  let ok
  switch (plan.kind) {
    case 'use':
      ok = true
      break
    case 'apt':
      process.stdout.write(
        "Maatwerk: no Chromium found; installing Debian's chromium for the end-to-end tests…\n",
      )
      ok = installWithApt() || installWithPlaywright()
      break
    case 'playwright':
      process.stdout.write(
        "Maatwerk: no Chromium found; installing Playwright's Chromium for the end-to-end tests…\n",
      )
      ok = installWithPlaywright()
      break
    default:
      process.stderr.write(`\nMaatwerk: ${plan.reason}\n\n`)
      process.exit(1)
  }
  if (!ok) {
    process.stderr.write(
      "\nMaatwerk: could not install a Chromium for the end-to-end tests. Install Debian's chromium " +
        '(`apt-get install chromium`) or run `npx playwright install chromium`, or set CHROMIUM_PATH.\n\n',
    )
    process.exit(1)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
