/**
 * The Content-Security-Policy the app:// protocol sends with every response (a response header is
 * the strong form; `renderer/index.html` carries the same policy as a <meta> for the web build, minus
 * the directives a <meta> cannot carry).
 *
 * - script-src: own files only. No 'unsafe-eval' and no 'unsafe-inline'; 'wasm-unsafe-eval' lets the
 *   HiGHS solver compile its WebAssembly without allowing JavaScript eval.
 * - style-src keeps 'unsafe-inline': React and Recharts set style attributes; CSS cannot run code, and
 *   with connect/img/font limited to our origin it cannot send data anywhere either.
 * - worker-src allows blob: for workers that libraries start from a Blob of their own code.
 */
const APP_CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' blob:"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
]

export const APP_CONTENT_SECURITY_POLICY = APP_CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  '; ',
)

/** Directives that browsers ignore (with a console warning) when delivered through <meta>. */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

/** Parses a policy into directive → source list (lower-cased names, order kept). */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean)
    const [name, ...sources] = tokens
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** Headers sent with every app:// response. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': APP_CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  }
}
