/**
 * Serving the built renderer from the fixed origin `app://bundle/` (never `file://`): a request URL
 * becomes a file path inside the bundle folder, or a refusal. Path traversal in any spelling
 * (`..`, `%2e%2e`, backslashes, absolute or drive paths, NUL bytes, symlinks out of the folder) is
 * refused before the file system is touched, and again after resolving real paths.
 */
import { readFile as fsReadFile, realpath as fsRealpath } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isAppUrl } from './url-trust'
import { appResponseHeaders } from './csp'

type AppPathResolution = { ok: true; relativePath: string } | { ok: false; status: 400 | 403 | 404 }

const SEGMENT_PATTERN = /^[A-Za-z0-9._@+~-]+$/

/** Turns `app://bundle/assets/x.js` into `assets/x.js` (a relative path made of safe segments). */
export function resolveAppRequestPath(requestUrl: string): AppPathResolution {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403 }
  const url = new URL(requestUrl)
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 }
  const segments = decoded.split('/').filter((segment) => segment.length > 0)
  if (segments.length === 0) return { ok: true, relativePath: 'index.html' }
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !SEGMENT_PATTERN.test(segment))
      return { ok: false, status: 400 }
  }
  return { ok: true, relativePath: segments.join('/') }
}

/** True when `candidate` is `root` itself or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..'))
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

type AppProtocolFs = {
  readFile(path: string): Promise<Uint8Array>
  realpath(path: string): Promise<string>
}

const nodeFs: AppProtocolFs = { readFile: (path) => fsReadFile(path), realpath: (path) => fsRealpath(path) }

function refusal(status: number): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') })
}

/** The `protocol.handle('app', …)` handler for the bundle folder `root`. */
export function createAppProtocolHandler(
  root: string,
  fs: AppProtocolFs = nodeFs,
): (request: Request) => Promise<Response> {
  const absoluteRoot = resolve(root)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
    const resolution = resolveAppRequestPath(request.url)
    if (!resolution.ok) return refusal(resolution.status)
    const candidate = join(absoluteRoot, resolution.relativePath)
    if (!isInside(absoluteRoot, candidate)) return refusal(403)
    let body: Uint8Array
    try {
      const [realRoot, realFile] = await Promise.all([fs.realpath(absoluteRoot), fs.realpath(candidate)])
      if (!isInside(realRoot, realFile)) return refusal(403)
      body = await fs.readFile(realFile)
    } catch {
      return refusal(404)
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appResponseHeaders(contentTypeFor(candidate)),
    })
  }
}
