import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contentTypeFor,
  createAppProtocolHandler,
  isInside,
  resolveAppRequestPath,
} from '../../electron/main/app-protocol'
import { APP_CONTENT_SECURITY_POLICY } from '../../electron/main/csp'

describe('resolveAppRequestPath', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/index.html?recovered=1#/cases', 'index.html'],
    ['app://bundle/assets/index-7ZW071qa.js', 'assets/index-7ZW071qa.js'],
    ['app://bundle/assets//highs.wasm', 'assets/highs.wasm'],
  ])('serves %s as %s', (url, expected) => {
    expect(resolveAppRequestPath(url)).toEqual({ ok: true, relativePath: expected })
  })

  it.each([
    ['app://bundle/../secret.txt', 'dot segments are removed by URL parsing but never escape the root'],
    ['app://bundle/%2e%2e/secret.txt', 'percent-encoded dots'],
    ['app://bundle/%2E%2E%2Fsecret.txt', 'encoded dots and slash'],
    ['app://bundle/assets/..%2f..%2fsecret.txt', 'encoded slash after dots'],
    ['app://bundle/..%5c..%5csecret.txt', 'encoded backslashes'],
    ['app://bundle/assets%5c..%5c..%5csecret.txt', 'backslash traversal'],
    ['app://bundle/%00index.html', 'NUL byte'],
    ['app://bundle/C:%5cWindows%5cwin.ini', 'Windows drive path'],
    ['app://bundle/C:/Windows/win.ini', 'drive letter segment'],
    ['app://bundle/%E0%A4%A', 'malformed percent-encoding'],
  ])('refuses %s (%s)', (url) => {
    const result = resolveAppRequestPath(url)
    if (result.ok) {
      // URL parsing may already have resolved '..' inside the origin; what remains must stay inside.
      expect(result.relativePath.split('/')).not.toContain('..')
      expect(result.relativePath).not.toMatch(/^[/\\]|^[A-Za-z]:/)
    } else {
      expect([400, 403]).toContain(result.status)
    }
  })

  it.each([
    'https://bundle/index.html',
    'app://evil/index.html',
    'file:///etc/passwd',
    'app://bundle@evil/x',
  ])('refuses a request for another origin: %s', (url) => {
    expect(resolveAppRequestPath(url)).toEqual({ ok: false, status: 403 })
  })
})

describe('isInside', () => {
  it.each([
    ['/srv/app', '/srv/app', true],
    ['/srv/app', '/srv/app/index.html', true],
    ['/srv/app', '/srv/app/assets/x.js', true],
    ['/srv/app', '/srv/app-evil/x.js', false],
    ['/srv/app', '/srv/x.js', false],
    ['/srv/app', '/etc/passwd', false],
    ['/srv/app', '/srv/app/../x', false],
  ])('%s contains %s: %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected)
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['highs.wasm', 'application/wasm'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type)
  })
})

describe('createAppProtocolHandler', () => {
  let base: string
  let root: string

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'maatwerk-protocol-'))
    root = join(base, 'renderer')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Maatwerk</title>')
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(base, 'secret.txt'), 'secret')
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  })

  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }))

  it('serves bundle files with their type and the strict CSP header', async () => {
    const response = await get('app://bundle/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Maatwerk</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves index.html for the root and assets below it', async () => {
    expect(await (await get('app://bundle/')).text()).toContain('Maatwerk')
    const script = await get('app://bundle/assets/app.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/../secret.txt',
  ])('never serves a file outside the bundle: %s', async (url) => {
    const response = await get(url)
    expect(response.status).not.toBe(200)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses a symlink that points out of the bundle', async () => {
    const response = await get('app://bundle/assets/leak.txt')
    expect(response.status).toBe(403)
  })

  it('answers 404 for missing files and 405 for writes; refusals carry the CSP too', async () => {
    const missing = await get('app://bundle/nope.js')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY)
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
  })

  it('refuses requests for other hosts of the scheme', async () => {
    expect((await get('app://other/index.html')).status).toBe(403)
  })
})
