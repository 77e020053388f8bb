/**
 * The `Desktop` the stores use: the same surface as the Electron bridge (`DesktopApi`), plus which
 * implementation it is, so a store can say "backups only in the desktop app" instead of failing late.
 */
import type { DesktopApi, DesktopError, DesktopResult } from '#shared/ipc/desktop-api'

type DesktopKind = 'electron' | 'browser' | 'fake'

export type Desktop = DesktopApi & {
  readonly kind: DesktopKind
  /** Automatic backups on disk exist only in the desktop app. */
  readonly supportsBackups: boolean
}

export type { BackupInfo, DesktopApi, DesktopError, FileFilter } from '#shared/ipc/desktop-api'

export function ok<T>(value: T): DesktopResult<T> {
  return { ok: true, value }
}

export function fail<T>(code: DesktopError['code'], message: string): DesktopResult<T> {
  return { ok: false, error: { code, message } }
}
