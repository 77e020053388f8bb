/**
 * The small files the main process keeps in `userData`: the data sentinel, the window state and the
 * automatic backups. Node file system only (no electron import), so tests run them on a temp folder.
 */
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupInfo, DesktopResult, DesktopSentinel } from '#shared/ipc/desktop-api'
import { BACKUP_KEEP_COUNT } from '#shared/ipc/desktop-api'
import { removeStaleTempFiles, writeFileAtomic, type AtomicFs, nodeAtomicFs } from './atomic-write'
import { backupFileName, parseBackupFileName, planRotation, sortBackupNames } from './backup-rotation'
import { backupNameSchema, sentinelSchema } from './ipc-validation'

const SENTINEL_FILE = 'data-sentinel.json'
export const WINDOW_STATE_FILE = 'window-state.json'
const BACKUPS_FOLDER = 'backups'

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
}

function ioError<T>(what: string): DesktopResult<T> {
  return { ok: false, error: { code: 'io', message: `Could not ${what}.` } }
}

export async function readSentinel(userData: string): Promise<DesktopResult<DesktopSentinel | null>> {
  const path = join(userData, SENTINEL_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return isMissing(error) ? { ok: true, value: null } : ioError('read the data sentinel')
  }
  try {
    const parsed = sentinelSchema.safeParse(JSON.parse(text))
    if (parsed.success) return { ok: true, value: parsed.data }
  } catch {
    // fall through: not JSON
  }
  return { ok: false, error: { code: 'corrupt', message: 'The data sentinel file is damaged.' } }
}

export async function writeSentinel(
  userData: string,
  value: DesktopSentinel,
  fs: AtomicFs = nodeAtomicFs,
): Promise<DesktopResult<null>> {
  try {
    await mkdir(userData, { recursive: true })
    await writeFileAtomic(join(userData, SENTINEL_FILE), `${JSON.stringify(value, null, 2)}\n`, fs)
    return { ok: true, value: null }
  } catch {
    return ioError('write the data sentinel')
  }
}

type BackupStoreOptions = { keep?: number; now?: () => Date; fs?: AtomicFs }

function backupsDir(userData: string): string {
  return join(userData, BACKUPS_FOLDER)
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}

/**
 * Writes a backup atomically, then removes the oldest beyond `keep`. When the write fails nothing is
 * removed, so the previous backups stay exactly as they were.
 */
export async function writeBackup(
  userData: string,
  data: Uint8Array,
  label: string | undefined,
  options: BackupStoreOptions = {},
): Promise<DesktopResult<BackupInfo>> {
  const dir = backupsDir(userData)
  const now = options.now ?? (() => new Date())
  try {
    await mkdir(dir, { recursive: true })
    const existing = new Set(await listNames(dir))
    // Two backups in the same millisecond get distinct names (the clock only moves forward here).
    let time = now().getTime()
    let name = backupFileName(new Date(time).toISOString(), label)
    while (existing.has(name)) {
      time += 1
      name = backupFileName(new Date(time).toISOString(), label)
    }
    await writeFileAtomic(join(dir, name), data, options.fs)
    const toDelete = planRotation([...existing, name], options.keep ?? BACKUP_KEEP_COUNT)
    await Promise.all(toDelete.map((old) => unlink(join(dir, old)).catch(() => undefined)))
    const parsed = parseBackupFileName(name)
    return {
      ok: true,
      value: { name, sizeBytes: data.byteLength, createdAt: parsed?.createdAt ?? now().toISOString() },
    }
  } catch {
    return ioError('write the backup')
  }
}

export async function listBackups(userData: string): Promise<DesktopResult<BackupInfo[]>> {
  const dir = backupsDir(userData)
  try {
    const names = sortBackupNames(await listNames(dir))
    const infos: BackupInfo[] = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      if (!parsed) continue
      try {
        const info = await stat(join(dir, name))
        if (info.isFile()) infos.push({ name, sizeBytes: info.size, createdAt: parsed.createdAt })
      } catch {
        // removed between readdir and stat: skip it
      }
    }
    return { ok: true, value: infos }
  } catch {
    return ioError('list the backups')
  }
}

export async function readBackup(userData: string, name: string): Promise<DesktopResult<Uint8Array>> {
  // Validated again here (not only at the IPC boundary): only our own names, so no path can escape.
  if (!backupNameSchema.safeParse(name).success || parseBackupFileName(name) === null) {
    return { ok: false, error: { code: 'invalid-argument', message: 'Not a backup name.' } }
  }
  try {
    const bytes = await readFile(join(backupsDir(userData), name))
    return { ok: true, value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
  } catch (error) {
    return isMissing(error)
      ? { ok: false, error: { code: 'not-found', message: 'No backup with that name.' } }
      : ioError('read the backup')
  }
}

/** Clears temporary files left by interrupted writes (run once at start). */
export async function cleanUpInterruptedWrites(userData: string): Promise<void> {
  await removeStaleTempFiles(join(userData, SENTINEL_FILE))
  await removeStaleTempFiles(join(userData, WINDOW_STATE_FILE))
  const dir = backupsDir(userData)
  for (const name of await listNames(dir).catch(() => [])) {
    if (name.startsWith('.maatwerk-') && name.includes('.tmp-'))
      await unlink(join(dir, name)).catch(() => undefined)
  }
}
