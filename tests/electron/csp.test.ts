import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_CONTENT_SECURITY_POLICY,
  CSP_HEADER_ONLY_DIRECTIVES,
  parseContentSecurityPolicy,
} from '../../electron/main/csp'

const root = resolve(import.meta.dirname, '../..')

function metaPolicy(): string {
  const html = readFileSync(resolve(root, 'renderer/index.html'), 'utf8')
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  if (!match?.[1]) throw new Error('renderer/index.html has no CSP meta tag')
  return match[1]
}

describe('the app:// Content-Security-Policy header', () => {
  const policy = parseContentSecurityPolicy(APP_CONTENT_SECURITY_POLICY)

  it('allows scripts only from the app itself: no unsafe-eval, no unsafe-inline, no wildcard', () => {
    const scripts = policy.get('script-src') ?? []
    expect(scripts).toContain("'self'")
    expect(scripts).not.toContain("'unsafe-eval'")
    expect(scripts).not.toContain("'unsafe-inline'")
    expect(scripts.some((source) => source.includes('*') || source === 'data:' || source === 'blob:')).toBe(
      false,
    )
    expect(APP_CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
  })

  it('permits WebAssembly compilation for the HiGHS solver without permitting eval', () => {
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'")
  })

  it('denies everything by default and forbids plugins, base changes, form posts and framing', () => {
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
  })

  it('lets no directive reach another origin', () => {
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        expect(
          ["'self'", "'none'", "'wasm-unsafe-eval'", "'unsafe-inline'", 'data:', 'blob:'],
          `${directive} ${source}`,
        ).toContain(source)
      }
    }
    expect(policy.get('style-src')).not.toContain("'unsafe-eval'")
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:'])
  })
})

describe('the web build CSP <meta> in renderer/index.html', () => {
  it('is the header policy minus the directives a <meta> cannot carry', () => {
    const meta = parseContentSecurityPolicy(metaPolicy())
    const header = parseContentSecurityPolicy(APP_CONTENT_SECURITY_POLICY)
    for (const directive of CSP_HEADER_ONLY_DIRECTIVES) header.delete(directive)
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header))
  })

  it('has no inline script in the page template', () => {
    const html = readFileSync(resolve(root, 'renderer/index.html'), 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/)
      expect(body?.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })
})
