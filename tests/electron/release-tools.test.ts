/**
 * The release tooling that runs without Electron: `npm run package` recognises the download failure
 * and explains it, `npm run release-check` names every check it could not run, and the release spec
 * stays out of `npm test`.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { downloadFailureMessage, isDownloadFailure } from '../../electron/tools/package.mjs'
import { RELEASE_CHECKS, missingBinaryMessage } from '../../electron/tools/release-check.mjs'

const root = resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

describe('npm run package', () => {
  it('recognises electron-builder failing to fetch Electron', () => {
    expect(isDownloadFailure('⨯ getaddrinfo ENOTFOUND github.com  failedTask=build')).toBe(true)
    expect(isDownloadFailure('RequestError: connect ETIMEDOUT 140.82.121.3:443')).toBe(true)
    expect(isDownloadFailure('afterPack: app.asar holds files that must not ship')).toBe(false)
  })

  it('says what stopped, what was done and how to package elsewhere', () => {
    const message = downloadFailureMessage('45.5.0', 'linux', 'x64')
    expect(message).toContain('Electron 45.5.0 binary for\nlinux-x64')
    expect(message).toContain('Nothing was packaged.')
    expect(message).toContain('ELECTRON_DIST')
  })

  it('is the package script, and the product name is Maatwerk for dev runs too', () => {
    expect(pkg.scripts.package).toBe('node electron/tools/package.mjs')
    expect(pkg.productName).toBe('Maatwerk')
  })
})

describe('npm run release-check', () => {
  it('lists every check the issue asks for when the binary is missing', () => {
    const message = missingBinaryMessage()
    expect(message).toContain('the Electron binary is not installed')
    for (const check of RELEASE_CHECKS) expect(message).toContain(check)
    expect(RELEASE_CHECKS.join('\n')).toMatch(
      /app:\/\/bundle[\s\S]*CSP[\s\S]*sandboxed[\s\S]*require and process[\s\S]*navigation[\s\S]*own frame[\s\S]*single-instance[\s\S]*restart[\s\S]*fuses/,
    )
  })

  it('is not part of npm test: its own script, its own Playwright config and folder', () => {
    expect(pkg.scripts['release-check']).toBe('node electron/tools/release-check.mjs')
    expect(pkg.scripts.test).not.toMatch(/release/)
    expect(readFileSync(join(root, 'playwright.config.ts'), 'utf8')).toMatch(/testDir: 'tests\/e2e'/)
    expect(readFileSync(join(root, 'playwright.release.config.ts'), 'utf8')).toMatch(
      /testDir: 'tests\/release'/,
    )
  })
})
