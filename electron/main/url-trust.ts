/**
 * Pure decisions about URLs: which are the app itself, which may be opened in the user's browser,
 * what happens to a navigation, which requests the session lets through.
 *
 * Origins are compared by protocol and host, never by `URL.origin`: for a custom scheme such as
 * `app:` Node reports the origin as the string "null" (docs/security-model.md#isolation), so an
 * origin comparison would silently reject the app (or, written the other way round, accept anything).
 */
import { APP_HOST, APP_SCHEME, EXTERNAL_LINK_HOSTS } from '#shared/ipc/desktop-api'

const MAX_URL_LENGTH = 2048

function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** True only for `app://bundle/...`: exact scheme and host, no credentials, no port. */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw)
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  )
}

/** Only https, default port, no credentials, and a host on the allowlist (exact match). */
export function isAllowedExternalUrl(
  raw: unknown,
  allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS,
): boolean {
  const url = parseUrl(raw)
  return (
    url !== null &&
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    allowedHosts.includes(url.hostname)
  )
}

type NavigationDecision = 'allow' | 'open-external' | 'deny'

/**
 * A navigation of the app window: staying inside the app is allowed, an allowlisted https link is
 * handed to the user's browser, everything else is refused.
 */
export function decideNavigation(raw: unknown): NavigationDecision {
  if (isAppUrl(raw)) return 'allow'
  if (isAllowedExternalUrl(raw)) return 'open-external'
  return 'deny'
}

/** A request for a new window never opens one: an allowlisted link goes to the browser instead. */
export function decideWindowOpen(raw: unknown): 'open-external' | 'deny' {
  return isAllowedExternalUrl(raw) ? 'open-external' : 'deny'
}

/**
 * Requests the session lets through. The app loads nothing remote: only its own origin, blob: URLs
 * it created itself (workers, downloads), data: URLs (inline images, never leave the machine) and,
 * in development builds only, the DevTools front end.
 */
export function isAllowedSessionRequest(raw: unknown, options: { allowDevTools: boolean }): boolean {
  if (isAppUrl(raw)) return true
  const url = parseUrl(raw)
  if (url === null) return false
  if (url.protocol === 'blob:') return isAppUrl(url.pathname)
  if (url.protocol === 'data:') return true
  if (url.protocol === 'devtools:') return options.allowDevTools
  return false
}
