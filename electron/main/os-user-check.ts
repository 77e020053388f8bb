/**
 * Unlocking the workspace with a check by the operating system (issue 12 item 8): Touch ID on macOS
 * through `systemPreferences.promptTouchID`. Windows Hello and Linux have no Electron API, so there
 * the check reports itself unavailable and the lock screen asks for the passphrase. The renderer gets
 * a yes or no only; nothing about the user or the sensor crosses the bridge.
 */
import type { DesktopResult } from '#shared/ipc/desktop-api'

/** The part of Electron's `systemPreferences` used here (macOS only in Electron itself). */
type SystemPreferencesLike = {
  canPromptTouchID?: () => boolean
  promptTouchID?: (reason: string) => Promise<void>
}

/** Shown by macOS after "Maatwerk wants to …". */
export const TOUCH_ID_REASON = 'de werkplek ontgrendelen (unlock the workspace)'

export function createOsUserCheck(
  systemPreferences: SystemPreferencesLike,
  platform: string = process.platform,
): (mode: 'probe' | 'verify') => Promise<DesktopResult<boolean>> {
  const available = (): boolean => {
    if (platform !== 'darwin') return false
    try {
      return (
        systemPreferences.canPromptTouchID?.() === true &&
        typeof systemPreferences.promptTouchID === 'function'
      )
    } catch {
      return false
    }
  }
  return async (mode) => {
    if (mode === 'probe') return { ok: true, value: available() }
    if (!available()) {
      return {
        ok: false,
        error: { code: 'unsupported', message: 'No operating-system check on this platform.' },
      }
    }
    try {
      await systemPreferences.promptTouchID?.(TOUCH_ID_REASON)
      return { ok: true, value: true }
    } catch {
      // Cancelled, failed or locked out: the workspace stays locked.
      return { ok: false, error: { code: 'cancelled', message: 'The operating system did not confirm.' } }
    }
  }
}
