/**
 * The renderer's copy of the external-link rule (the main process applies its own, authoritative one
 * in electron/main/url-trust.ts; both read the same host list): https, default port, no credentials,
 * host on the allowlist.
 */
import { EXTERNAL_LINK_HOSTS } from '#shared/ipc/desktop-api'

export function isAllowedExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(url.hostname)
  )
}
