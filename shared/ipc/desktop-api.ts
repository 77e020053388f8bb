/**
 * The one typed bridge between the renderer and the Electron main process (docs/architecture.md#electron-shell).
 *
 * Types and constants only: the preload object `satisfies DesktopApi`, the main process registers one
 * validated handler per channel in `DESKTOP_CHANNELS`, and `renderer/src/platform/` offers the same
 * surface in a plain browser. Every method resolves to a result value; nothing throws across the
 * bridge (an Error thrown in main would lose its type and could leak paths in its message).
 */

type DesktopErrorCode =
  | 'cancelled' // the user closed a dialog
  | 'invalid-argument' // the arguments broke the channel's schema
  | 'untrusted-sender' // the call did not come from the app's own origin
  | 'not-allowed' // e.g. a link outside the external-link allowlist
  | 'too-large' // a file above the caller's maxBytes
  | 'not-found'
  | 'corrupt' // a stored JSON file (sentinel, backup list entry) failed validation
  | 'unsupported' // the platform cannot do this (browser fallback)
  | 'io' // the operating system refused a read or write
  | 'internal'

export type DesktopError = { code: DesktopErrorCode; message: string }

export type DesktopResult<T> = { ok: true; value: T } | { ok: false; error: DesktopError }

export type Language = 'nl' | 'en'

type AppInfo = {
  name: string
  version: string
  /** `process.platform` in Electron ('linux', 'win32', 'darwin'), 'web' in a browser. */
  platform: string
  /** Where data lives, for display: the home folder is shown as `~`, so no absolute path reaches logs. */
  userDataPathLabel: string
}

export type FileFilter = { name: string; extensions: string[] }

export type SaveFileRequest = {
  /** A file name only (no folders); the user may change it in the dialog. */
  suggestedName: string
  data: string | Uint8Array
  filters?: FileFilter[]
}

/** The chosen file's base name (never its full path). */
type SavedFile = { name: string }

export type OpenFileRequest = {
  filters?: FileFilter[]
  /** Files larger than this are refused with `too-large` before they are read. */
  maxBytes: number
  /** 'text' decodes UTF-8 (the default); 'bytes' returns the raw content. */
  as?: 'text' | 'bytes'
}

export type OpenedFile = { name: string; sizeBytes: number; data: string | Uint8Array }

/**
 * A case file the operating system asked the app to open (file association, command line, a file
 * dropped on the app icon). Main checked its name, type and size and decoded it as UTF-8; the renderer
 * validates the content like any import before anything is written.
 */
export type OpenedCaseFile = { name: string } & (
  { ok: true; text: string } | { ok: false; error: DesktopError }
)

/** Kept outside IndexedDB so that a silently emptied database can be noticed (docs/security-model.md#data-at-rest-and-data-safety). */
export type DesktopSentinel = {
  installId: string
  createdAt: string
  householdCount: number
  lastSeenAt: string
  /** The audit chain's head (sequence number and hash), compared with the chain at start-up. */
  audit?: { seq: number; hash: string }
}

/** Length of the device key in bytes. */
export const DEVICE_KEY_BYTES = 32

/**
 * The per-installation key the audit chain's HMAC key and the unattended backup key are derived from,
 * kept outside IndexedDB. `protection` says how it is stored: 'os' (safeStorage with the OS key
 * store), 'os-basic' (Linux without a secret store: obfuscated only), 'none' (a plain file), or
 * 'browser-storage' (the browser build: localStorage of the app's origin).
 */
export type DeviceKey = {
  key: Uint8Array
  protection: 'os' | 'os-basic' | 'none' | 'browser-storage'
  /** True when the key was created by this call (first start, or first start after the upgrade). */
  created: boolean
}

type BackupWriteRequest = {
  /** An optional short label that becomes part of the file name (letters, digits, '-', '_'). */
  name?: string
  data: Uint8Array
}

export type BackupInfo = { name: string; sizeBytes: number; createdAt: string }

export type DesktopApi = {
  getAppInfo(): Promise<DesktopResult<AppInfo>>
  saveFile(request: SaveFileRequest): Promise<DesktopResult<SavedFile>>
  openFile(request: OpenFileRequest): Promise<DesktopResult<OpenedFile>>
  /** Opens an https link from the allowlist in the user's browser. */
  openExternal(url: string): Promise<DesktopResult<null>>
  /** Rebuilds the application menu in the chosen language. */
  setLanguage(language: Language): Promise<DesktopResult<null>>
  /** Case files the OS handed to the app since the last call (each once), oldest first. */
  takeOpenedCaseFiles(): Promise<DesktopResult<OpenedCaseFile[]>>
  /** The device key (created on first use); see `DeviceKey`. */
  deviceKey(): Promise<DesktopResult<DeviceKey>>
  /**
   * The operating system's user check for unlocking the workspace (Touch ID on macOS): 'probe' says
   * whether there is one; 'verify' asks the user and is true only when the OS confirmed.
   */
  osUserCheck(mode: 'probe' | 'verify'): Promise<DesktopResult<boolean>>
  sentinel: {
    read(): Promise<DesktopResult<DesktopSentinel | null>>
    write(value: DesktopSentinel): Promise<DesktopResult<null>>
  }
  backups: {
    /** Atomic write into the backups folder, then rotation (the newest `BACKUP_KEEP_COUNT` stay). */
    write(request: BackupWriteRequest): Promise<DesktopResult<BackupInfo>>
    /** Newest first. */
    list(): Promise<DesktopResult<BackupInfo[]>>
    read(name: string): Promise<DesktopResult<Uint8Array>>
  }
}

/** IPC channel per method; the preload and the main process use exactly these. */
export const DESKTOP_CHANNELS = {
  getAppInfo: 'desktop:get-app-info',
  saveFile: 'desktop:save-file',
  openFile: 'desktop:open-file',
  openExternal: 'desktop:open-external',
  setLanguage: 'desktop:set-language',
  openedCaseFilesTake: 'desktop:opened-case-files-take',
  deviceKey: 'desktop:device-key',
  osUserCheck: 'desktop:os-user-check',
  sentinelRead: 'desktop:sentinel-read',
  sentinelWrite: 'desktop:sentinel-write',
  backupsWrite: 'desktop:backups-write',
  backupsList: 'desktop:backups-list',
  backupsRead: 'desktop:backups-read',
} as const

export type DesktopChannel = (typeof DESKTOP_CHANNELS)[keyof typeof DESKTOP_CHANNELS]

/** The app's fixed origin in Electron. Never change it: IndexedDB data is bound to the origin. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_START_URL = 'app://bundle/index.html'

/** Hosts whose https pages may be opened in the user's browser (laws, government and care bodies). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'wetten.overheid.nl',
  'www.rijksoverheid.nl',
  'www.government.nl',
  'www.cak.nl',
  'www.hetcak.nl',
  'www.ciz.nl',
  'ggd.amsterdam.nl',
  'www.svb.nl',
  'www.belastingdienst.nl',
  'www.zorginstituutnederland.nl',
  'www.vng.nl',
]

/** Automatic backups kept in `userData/backups`; older ones are removed after a successful write. */
export const BACKUP_KEEP_COUNT = 10
export const BACKUP_FILE_EXTENSION = '.mwbackup'

/** Upper bounds checked in main before any work (a compromised renderer must not exhaust memory or disk). */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024
export const MAX_OPEN_BYTES = 256 * 1024 * 1024
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
