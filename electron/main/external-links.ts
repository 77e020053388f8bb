/**
 * The one place that calls `shell.openExternal` (a static test keeps it that way). Only https links
 * on the allowlist reach the operating system; anything else is refused as a value.
 */
import { shell } from 'electron'
import type { DesktopResult } from '#shared/ipc/desktop-api'
import { isAllowedExternalUrl } from './url-trust'

export async function openExternalSafely(url: string): Promise<DesktopResult<null>> {
  if (!isAllowedExternalUrl(url)) {
    return {
      ok: false,
      error: { code: 'not-allowed', message: 'Only https links to known public sites can be opened.' },
    }
  }
  try {
    // Re-serialised through URL so that exactly the checked URL is opened.
    await shell.openExternal(new URL(url).toString(), { activate: true })
    return { ok: true, value: null }
  } catch {
    return { ok: false, error: { code: 'io', message: 'The browser could not be started.' } }
  }
}
