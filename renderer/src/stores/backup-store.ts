/**
 * Backups and restore (docs/security-model.md#data-at-rest-and-data-safety, BIO2 8.13).
 *
 * Manual backups: the whole database (`dumpDatabase`) encrypted with a passphrase into one file,
 * saved through the Desktop (save dialog + atomic write in Electron, a download in the browser).
 *
 * Restore: choose a file → the frame and header are checked → the passphrase decrypts and
 * authenticates it → the user sees what it holds (date, households, rows per table) → only after an
 * explicit confirmation does `restoreDatabase` replace the data (in one transaction, after its own
 * validation). Every bad file (not a backup, cut off, newer version, wrong passphrase, altered) stops
 * before the database is touched.
 *
 * Automatic backups (desktop app only): the passphrase is asked once, when they are switched on. The
 * key PBKDF2 derives from it is kept between sessions sealed under a key derived from the device key
 * the operating system protects (backup/automatic-key.ts), so later sessions resume them without
 * asking ('unattended'). Where the device key is not OS-protected ('os-basic', 'none'), the key is not
 * stored and the passphrase is asked once per session ('session'). Either way the passphrase itself is
 * never kept, and every file opens with the passphrase alone on any device (salt and iterations are
 * in its header). Backups are written at activation and then whenever `AUTO_BACKUP_CHANGES` audited
 * changes have accumulated or `AUTO_BACKUP_HOURS` have passed with changes; the main process writes
 * them atomically into userData/backups and keeps the newest `BACKUP_KEEP_COUNT`.
 */
import { makeAutoObservable, runInAction } from 'mobx'
import { DataError, type DataLayer, type DatabaseDump } from '../data/api'
import {
  BackupError,
  MAX_BACKUP_FILE_BYTES,
  backupFileName,
  untouchedCopyFileName,
  decryptBackup,
  deriveBackupKey,
  deriveBackupKeyBits,
  encryptBackup,
  importBackupKey,
  type BackupHeader,
  type BackupKey,
} from '../backup/backup-file'
import {
  AUTOMATIC_KEY_STORAGE,
  openAutomaticKey,
  parseStoredAutomaticKey,
  sealAutomaticKey,
  type KeyStorage,
} from '../backup/automatic-key'
import { getDesktop } from '../platform'
import type { BackupInfo, Desktop } from '../platform/desktop'
import type { DesktopError } from '#shared/ipc/desktop-api'
import { DesktopFailure, desktopErrorMessage, errorMessage, type MessageParams } from './messages'

const MIN_PASSPHRASE_LENGTH = 12
export const AUTO_BACKUP_CHANGES = 25
export const AUTO_BACKUP_HOURS = 4
const AUTO_CHECK_INTERVAL_MS = 5 * 60_000

type BackupMessage = { kind: 'info' | 'error'; key: string; params?: MessageParams }

type BackupPreview = {
  header: BackupHeader
  households: number
  counts: Record<string, number>
}

type BackupStoreDeps = {
  /** The data layer; null while it is not open (the recovery screen may show before it is). */
  data: () => DataLayer | null
  /** Defaults to the page's Desktop (Electron bridge or browser fallback). */
  desktop?: Desktop
  now?: () => string
  /**
   * The key that seals the automatic backups' key between sessions (derived from the OS-protected
   * device key); null or absent where the device key is not protected by the OS.
   */
  automaticWrappingKey?: Uint8Array | null
  /** Where the sealed automatic-backup key is kept (localStorage of the app's origin). */
  keyStorage?: KeyStorage | null
  /** The backup file type's name in the user's language, for the open/save dialogs' filter. */
  backupFileTypeName?: () => string
}

function defaultKeyStorage(): KeyStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** A desktop call that failed (not cancelled): the bridge's reason in the user's words. */
function desktopFailed(error: DesktopError): BackupMessage {
  return { kind: 'error', key: 'reports.ui.failed', params: { message: desktopErrorMessage(error) } }
}

function messageFor(error: unknown): BackupMessage {
  if (error instanceof BackupError) return { kind: 'error', key: `reports.backup.errors.${error.kind}` }
  // The data layer's refusals (no room, data missing, database lost…) in the user's language.
  if (error instanceof DataError && error.message.startsWith('data.errors.')) {
    return { kind: 'error', key: error.message, params: error.params }
  }
  if (error instanceof DesktopFailure)
    return {
      kind: 'error',
      key: 'reports.backup.errors.restore-failed',
      params: { message: desktopErrorMessage(error.error) },
    }
  // Anything else in plain words; the platform's own text only in the technical fold-out.
  return {
    kind: 'error',
    key: 'reports.backup.errors.restore-failed',
    params: { message: errorMessage(error) },
  }
}

export class BackupStore {
  busy: 'idle' | 'encrypting' | 'checking' | 'restoring' = 'idle'
  /** Outcome of making a backup (manual or automatic). */
  message: BackupMessage | null = null
  /** Outcome of choosing, checking and restoring a backup. */
  restoreMessage: BackupMessage | null = null
  /** The safety backup written just before the last restore (file name), or null. */
  safetyBackupName: string | null = null

  /** The file chosen for restore (bytes stay out of MobX's deep observation). */
  chosenName: string | null = null
  preview: BackupPreview | null = null

  autoEnabled = false
  /** 'unattended': resumed at every start without the passphrase; 'session': until the app closes. */
  autoMode: 'unattended' | 'session' | null = null
  lastAutoBackupAt: string | null = null
  automaticBackups: BackupInfo[] = []

  private chosenBytes: Uint8Array | null = null
  private previewDump: DatabaseDump | null = null
  private sessionKey: BackupKey | null = null
  /** Encrypts the safety backup written just before a restore (derived from the backup's passphrase). */
  private safetyKey: BackupKey | null = null
  private lastAuditSeq = -1
  private timer: ReturnType<typeof setInterval> | null = null
  private readonly deps: BackupStoreDeps & { desktop: Desktop; keyStorage: KeyStorage | null }

  /** The open/save dialogs' filter: backup files, named in the user's language. */
  private backupFilters(): { name: string; extensions: string[] }[] {
    return [{ name: this.deps.backupFileTypeName?.() ?? 'Maatwerk backup', extensions: ['mwbackup'] }]
  }

  /**
   * Runs one busy step (making, checking or restoring a backup): the store is busy while it runs, and
   * a failure becomes the step's message (`message` or `restoreMessage`) instead of an exception.
   */
  private async whileBusy(
    busy: Exclude<BackupStore['busy'], 'idle'>,
    messageField: 'message' | 'restoreMessage',
    step: () => Promise<boolean>,
  ): Promise<boolean> {
    this.busy = busy
    try {
      return await step()
    } catch (error) {
      runInAction(() => {
        this[messageField] = messageFor(error)
      })
      return false
    } finally {
      runInAction(() => {
        this.busy = 'idle'
      })
    }
  }

  constructor(deps: BackupStoreDeps) {
    this.deps = {
      ...deps,
      desktop: deps.desktop ?? getDesktop(),
      keyStorage: deps.keyStorage !== undefined ? deps.keyStorage : defaultKeyStorage(),
    }
    makeAutoObservable<
      BackupStore,
      'deps' | 'chosenBytes' | 'previewDump' | 'sessionKey' | 'lastAuditSeq' | 'timer' | 'safetyKey'
    >(this, {
      deps: false,
      chosenBytes: false,
      previewDump: false,
      sessionKey: false,
      safetyKey: false,
      lastAuditSeq: false,
      timer: false,
    })
  }

  /** The newest automatic backup on disk (offered first when the database was dropped). */
  get newestAutomaticBackup(): BackupInfo | null {
    return this.automaticBackups.reduce<BackupInfo | null>(
      (newest, info) => (newest === null || info.createdAt > newest.createdAt ? info : newest),
      null,
    )
  }

  /** After a failed upgrade: the old database can be saved as it is (the failed-migration screen). */
  get canSaveUntouchedCopy(): boolean {
    return typeof this.deps.data()?.dumpUntouched === 'function'
  }

  get supportsAutomatic(): boolean {
    return this.deps.desktop.supportsBackups
  }

  /** Whether automatic backups can continue across sessions without the passphrase. */
  get supportsUnattended(): boolean {
    return this.supportsAutomatic && this.deps.automaticWrappingKey != null && this.deps.keyStorage !== null
  }

  private now(): string {
    return (this.deps.now ?? (() => new Date().toISOString()))()
  }

  private requireData(): DataLayer {
    const data = this.deps.data()
    if (!data) throw new Error('unavailable')
    return data
  }

  clearMessage(): void {
    this.message = null
    this.restoreMessage = null
  }

  /** Checks a new passphrase; returns the message key of the problem, or null. */
  static checkPassphrase(passphrase: string, repeat: string): string | null {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'reports.backup.tooShort'
    if (passphrase !== repeat) return 'reports.backup.mismatch'
    return null
  }

  /** The encrypted bytes of a backup of the current database (also used by tests). */
  async createBackupBytes(
    secret: string | BackupKey,
    kind: BackupHeader['kind'] = 'manual',
  ): Promise<Uint8Array> {
    const dump = await this.requireData().dumpDatabase()
    return encryptBackup(dump, secret, { createdAt: this.now(), kind })
  }

  /** Manual backup saved through the Desktop. */
  makeBackup(passphrase: string, repeat: string): Promise<boolean> {
    return this.saveEncrypted(passphrase, repeat, 'backup')
  }

  /**
   * After a failed upgrade (the failed-migration screen): the old database exactly as it is, saved as
   * an encrypted backup file. Nothing is written to the database (not even the audit log, which the
   * older data holds in its old form).
   */
  saveUntouchedCopy(passphrase: string, repeat: string): Promise<boolean> {
    return this.saveEncrypted(passphrase, repeat, 'untouched')
  }

  private async saveEncrypted(
    passphrase: string,
    repeat: string,
    source: 'backup' | 'untouched',
  ): Promise<boolean> {
    const problem = BackupStore.checkPassphrase(passphrase, repeat)
    if (problem) {
      this.message = { kind: 'error', key: problem }
      return false
    }
    if (this.busy !== 'idle') return false
    this.message = null
    return this.whileBusy('encrypting', 'message', async () => {
      const data = this.requireData()
      const untouched = source === 'untouched'
      if (untouched && !data.dumpUntouched) throw new Error('unavailable')
      const dump = untouched && data.dumpUntouched ? await data.dumpUntouched() : await data.dumpDatabase()
      const createdAt = this.now()
      const bytes = await encryptBackup(dump, passphrase, { createdAt, kind: 'manual' })
      const result = await this.deps.desktop.saveFile({
        suggestedName: untouched ? untouchedCopyFileName(createdAt) : backupFileName(createdAt),
        data: bytes,
        filters: this.backupFilters(),
      })
      if (result.ok && !untouched) await this.logBackup('backup.create')
      runInAction(() => {
        if (result.ok) {
          this.message = {
            kind: 'info',
            key: untouched ? 'untouchedCopy.made' : 'reports.backup.made',
            params: { name: result.value.name, households: dump.tables['households']?.length ?? 0 },
          }
        } else if (result.error.code === 'cancelled') {
          this.message = { kind: 'info', key: 'reports.ui.cancelled' }
        } else {
          this.message = desktopFailed(result.error)
        }
      })
      return result.ok
    })
  }

  // --- restore ------------------------------------------------------------------------------------

  /** Takes a file the user chose (the view's file input, the open dialog, or the backups list). */
  setFile(name: string, bytes: Uint8Array): void {
    this.chosenName = name
    this.chosenBytes = bytes
    this.preview = null
    this.previewDump = null
    this.restoreMessage = null
  }

  /** Asks the Desktop for a file (the open dialog in Electron, a file input in the browser). */
  async chooseFile(): Promise<void> {
    const result = await this.deps.desktop.openFile({
      filters: this.backupFilters(),
      maxBytes: MAX_BACKUP_FILE_BYTES,
      as: 'bytes',
    })
    runInAction(() => {
      if (result.ok) {
        const data = result.value.data
        this.setFile(result.value.name, typeof data === 'string' ? new TextEncoder().encode(data) : data)
      } else if (result.error.code === 'too-large') {
        this.restoreMessage = { kind: 'error', key: 'reports.backup.errors.too-large' }
      } else if (result.error.code !== 'cancelled') {
        this.restoreMessage = desktopFailed(result.error)
      }
    })
  }

  /** Decrypts and checks the chosen file, and shows what it holds. Changes nothing. */
  async inspect(passphrase: string): Promise<boolean> {
    const bytes = this.chosenBytes
    if (!bytes) {
      this.restoreMessage = { kind: 'error', key: 'reports.backup.errors.no-file' }
      return false
    }
    if (this.busy !== 'idle') return false
    this.restoreMessage = null
    this.preview = null
    this.previewDump = null
    return this.whileBusy('checking', 'restoreMessage', async () => {
      const { header, dump } = await decryptBackup(bytes, passphrase)
      // The safety backup made before restoring is encrypted with the session key when automatic
      // backups run, otherwise with a key from the passphrase just entered (fresh salt; the
      // passphrase itself is not kept).
      this.safetyKey = this.sessionKey ?? (await deriveBackupKey(passphrase))
      runInAction(() => {
        this.previewDump = dump
        this.preview = { header, households: header.counts['households'] ?? 0, counts: header.counts }
      })
      return true
    })
  }

  /**
   * Keeps a copy of what a restore is about to replace: in the desktop app in the rotating backup
   * folder, in the browser as a download offered first. Null when there is nothing to keep (an empty
   * database, as on the recovery screen); throws when the copy could not be made.
   */
  private async writeSafetyBackup(data: DataLayer): Promise<string | null> {
    const current = await data.dumpDatabase()
    const rows = (name: string) => current.tables[name]?.length ?? 0
    if (rows('households') === 0 && rows('audit') === 0 && rows('municipalityProfiles') === 0) return null
    const key = this.sessionKey ?? this.safetyKey
    if (!key) throw new Error('no key')
    const createdAt = this.now()
    const bytes = await encryptBackup(current, key, { createdAt, kind: 'automatic' })
    const desktop = this.deps.desktop
    if (desktop.supportsBackups) {
      const result = await desktop.backups.write({ name: 'voor-herstel', data: bytes })
      if (!result.ok) throw new DesktopFailure(result.error)
      return result.value.name
    }
    const result = await desktop.saveFile({
      suggestedName: `voor-herstel-${backupFileName(createdAt)}`,
      data: bytes,
      filters: this.backupFilters(),
    })
    if (!result.ok) throw new DesktopFailure(result.error)
    return result.value.name
  }

  /** Replaces all data with the inspected backup; only call after the user confirmed. */
  async confirmRestore(): Promise<boolean> {
    const dump = this.previewDump
    const preview = this.preview
    if (!dump || !preview || this.busy !== 'idle') return false
    this.restoreMessage = null
    return this.whileBusy('restoring', 'restoreMessage', async () => {
      const data = this.requireData()
      let safetyName: string | null
      try {
        safetyName = await this.writeSafetyBackup(data)
      } catch (error) {
        runInAction(() => {
          this.restoreMessage = {
            kind: 'error',
            key: 'data.restore.safetyFailed',
            params: { message: errorMessage(error) },
          }
        })
        return false
      }
      await data.restoreDatabase(dump)
      // The restored chain may be shorter than the one it replaced: count changes afresh, and make
      // the first automatic backup of the restored data now instead of waiting for the counter.
      this.lastAuditSeq = -1
      if (this.sessionKey) {
        runInAction(() => {
          this.busy = 'idle'
        })
        await this.writeAutomatic()
      }
      runInAction(() => {
        this.restoreMessage = {
          kind: 'info',
          key: 'reports.backup.restored',
          params: { households: preview.households },
        }
        this.safetyBackupName = safetyName
        this.preview = null
        this.previewDump = null
        this.chosenBytes = null
        this.chosenName = null
      })
      return true
    })
  }

  cancelRestore(): void {
    this.preview = null
    this.previewDump = null
  }

  // --- automatic backups (desktop app) ------------------------------------------------------------

  async refreshList(): Promise<void> {
    if (!this.supportsAutomatic) return
    const result = await this.deps.desktop.backups.list()
    runInAction(() => {
      if (result.ok) this.automaticBackups = result.value
    })
  }

  async chooseAutomaticBackup(name: string): Promise<void> {
    const result = await this.deps.desktop.backups.read(name)
    runInAction(() => {
      if (result.ok) this.setFile(name, result.value)
      else this.message = desktopFailed(result.error)
    })
  }

  /**
   * Derives the key (the passphrase is not kept), keeps it sealed by the device key where the OS
   * protects that, and writes the first automatic backup.
   */
  async enableAutomatic(passphrase: string, repeat: string): Promise<boolean> {
    if (!this.supportsAutomatic) return false
    const problem = BackupStore.checkPassphrase(passphrase, repeat)
    if (problem) {
      this.message = { kind: 'error', key: problem }
      return false
    }
    return this.whileBusy('encrypting', 'message', async () => {
      const derived = await deriveBackupKeyBits(passphrase)
      const key = await importBackupKey(derived.bits, derived.salt, derived.iterations)
      let mode: 'unattended' | 'session' = 'session'
      const wrappingKey = this.deps.automaticWrappingKey
      if (this.supportsUnattended && wrappingKey) {
        const stored = await sealAutomaticKey(derived, wrappingKey)
        try {
          this.deps.keyStorage?.setItem(AUTOMATIC_KEY_STORAGE, JSON.stringify(stored))
          mode = 'unattended'
        } catch {
          // Storage refused: automatic backups still run for this session.
        }
      }
      derived.bits.fill(0)
      this.startAutomatic(key, mode)
      await this.writeAutomatic()
      return true
    })
  }

  private startAutomatic(key: BackupKey, mode: 'unattended' | 'session'): void {
    this.sessionKey = key
    runInAction(() => {
      this.autoEnabled = true
      this.autoMode = mode
    })
    if (this.timer) clearInterval(this.timer)
    this.timer = setInterval(() => void this.checkAutomatic(), AUTO_CHECK_INTERVAL_MS)
  }

  /**
   * At start: resumes unattended automatic backups from the sealed key, without the passphrase, and
   * writes one when anything changed since the last. False when there is nothing to resume (never
   * switched on, a browser, a device key the OS does not protect) or the stored key does not open
   * under this device's key (then it is removed, and Settings asks for the passphrase again).
   */
  async resumeAutomatic(): Promise<boolean> {
    if (!this.supportsUnattended || this.autoEnabled) return false
    const wrappingKey = this.deps.automaticWrappingKey
    const storage = this.deps.keyStorage
    if (!wrappingKey || !storage) return false
    let text: string | null
    try {
      text = storage.getItem(AUTOMATIC_KEY_STORAGE)
    } catch {
      return false
    }
    if (text === null) return false
    const stored = parseStoredAutomaticKey(text)
    const key = stored ? await openAutomaticKey(stored, wrappingKey) : null
    if (!key) {
      try {
        storage.removeItem(AUTOMATIC_KEY_STORAGE)
      } catch {
        // nothing more to do
      }
      runInAction(() => {
        this.message = { kind: 'error', key: 'reports.backup.autoKeyLost' }
      })
      return false
    }
    this.startAutomatic(key, 'unattended')
    await this.checkAutomatic()
    return true
  }

  /** Stops automatic backups and forgets the stored key (the passphrase is needed to start again). */
  disableAutomatic(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sessionKey = null
    this.autoEnabled = false
    this.autoMode = null
    try {
      this.deps.keyStorage?.removeItem(AUTOMATIC_KEY_STORAGE)
    } catch {
      // nothing more to do
    }
  }

  /** Stops the timer without forgetting the stored key (the app or a test is closing). */
  dispose(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private async currentAuditSeq(): Promise<number> {
    const entries = await this.requireData().audit.list({ limit: 1 })
    return entries.reduce((max, e) => Math.max(max, e.seq), 0)
  }

  /** Writes an automatic backup when enough has changed since the last one. */
  async checkAutomatic(): Promise<boolean> {
    if (!this.sessionKey || this.busy !== 'idle') return false
    const seq = await this.currentAuditSeq()
    // A chain shorter than at the last backup was replaced (a restore elsewhere): that is a change.
    const changes = seq < this.lastAuditSeq ? AUTO_BACKUP_CHANGES : seq - this.lastAuditSeq
    if (changes <= 0) return false
    const hoursSince = this.lastAutoBackupAt
      ? (Date.parse(this.now()) - Date.parse(this.lastAutoBackupAt)) / 3_600_000
      : Number.POSITIVE_INFINITY
    if (changes < AUTO_BACKUP_CHANGES && hoursSince < AUTO_BACKUP_HOURS) return false
    return this.writeAutomatic()
  }

  /** Writes one automatic backup now (atomic write and rotation happen in the main process). */
  async writeAutomatic(): Promise<boolean> {
    const key = this.sessionKey
    if (!key) return false
    const seq = await this.currentAuditSeq()
    const startedAt = this.now()
    const bytes = await this.createBackupBytes(key, 'automatic')
    const result = await this.deps.desktop.backups.write({ name: 'auto', data: bytes })
    runInAction(() => {
      if (result.ok) {
        // Our own clock, so the interval check compares like with like.
        this.lastAutoBackupAt = startedAt
        this.lastAuditSeq = seq
      } else {
        this.message = desktopFailed(result.error)
      }
    })
    if (result.ok) {
      await this.logBackup('backup.automatic')
      await this.refreshList()
    }
    return result.ok
  }

  /** Backups are audited events (issue 12 item 7); a failed log entry does not undo the backup. */
  private async logBackup(action: 'backup.create' | 'backup.automatic'): Promise<void> {
    try {
      await this.requireData().audit.record({
        action,
        objectType: 'database',
        objectId: 'database',
        householdId: null,
      })
    } catch {
      // The backup itself is written; the log entry failing is not a reason to report it as failed.
    }
  }
}
