/**
 * Names and rotation of the automatic backups in `userData/backups`. A backup's name carries its
 * creation time (UTC, millisecond precision), so order does not depend on file-system timestamps.
 * Rotation runs only after a new backup was written completely, so an interrupted write never
 * costs the last good backup.
 */
import { BACKUP_FILE_EXTENSION, BACKUP_KEEP_COUNT } from '#shared/ipc/desktop-api'

const NAME_PATTERN = new RegExp(
  `^maatwerk-(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(\\d{3})Z(?:-([A-Za-z0-9_-]{1,40}))?${BACKUP_FILE_EXTENSION.replace('.', '\\.')}$`,
)

/** `maatwerk-20260115T093000123Z-label.mwbackup` for a UTC ISO timestamp and an optional label. */
export function backupFileName(createdAtIso: string, label?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/.exec(createdAtIso)
  if (!match) throw new Error(`backupFileName: not a UTC ISO timestamp: ${createdAtIso}`)
  const [, year, month, day, hour, minute, second, millis = '0'] = match
  const stamp = `${year}${month}${day}T${hour}${minute}${second}${millis.padEnd(3, '0')}Z`
  if (label !== undefined && !/^[A-Za-z0-9_-]{1,40}$/.test(label))
    throw new Error('backupFileName: invalid label')
  return `maatwerk-${stamp}${label ? `-${label}` : ''}${BACKUP_FILE_EXTENSION}`
}

/** The creation time encoded in a backup name, or null when the name is not one of ours. */
export function parseBackupFileName(name: string): { createdAt: string; label: string | null } | null {
  const match = NAME_PATTERN.exec(name)
  if (!match) return null
  const [, year, month, day, hour, minute, second, millis, label] = match
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { createdAt, label: label ?? null }
}

export function isBackupFileName(name: string): boolean {
  return parseBackupFileName(name) !== null
}

/** Our backup names in a folder listing, newest first (foreign and temporary files ignored). */
export function sortBackupNames(names: readonly string[]): string[] {
  return names.filter(isBackupFileName).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
}

/** The backups to delete so that the newest `keep` remain. Never returns a name not of our pattern. */
export function planRotation(names: readonly string[], keep: number = BACKUP_KEEP_COUNT): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error('planRotation: keep must be a positive integer')
  return sortBackupNames(names).slice(keep)
}
