/**
 * Atomic file replacement: write a temporary file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash or error at any step leaves either the old file or the new one,
 * never a half-written target (docs/security-model.md#data-at-rest-and-data-safety).
 */
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file operations used, injectable so tests can fail each step. */
export type AtomicFs = {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
}

type AtomicFileHandle = {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readdir: (path) => nodeFs.readdir(path),
}

const TEMP_MARKER = '.tmp-'

function tempPathFor(target: string, token: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARKER}${token}`)
}

/** True for temporary files left by an interrupted `writeFileAtomic` of `targetName`. */
export function isTempFileOf(targetName: string, candidate: string): boolean {
  return candidate.startsWith(`.${targetName}${TEMP_MARKER}`)
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const temp = tempPathFor(target, randomBytes(6).toString('hex'))
  let handle: AtomicFileHandle | null = null
  try {
    // 'wx': never follow or reuse an existing file at the temporary name. 0o600: user data is private.
    handle = await fs.open(temp, 'wx', 0o600)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = null
    await fs.rename(temp, target)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(target), fs)
}

/** Makes the rename itself durable on POSIX; Windows cannot open folders and does not need it. */
async function syncDirectory(directory: string, fs: AtomicFs): Promise<void> {
  if (process.platform === 'win32') return
  let handle: AtomicFileHandle | null = null
  try {
    handle = await fs.open(directory, 'r')
    await handle.sync()
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Removes temporary files an interrupted write left next to `target` (called before reading it). */
export async function removeStaleTempFiles(target: string, fs: AtomicFs = nodeAtomicFs): Promise<number> {
  let names: string[]
  try {
    names = await fs.readdir(dirname(target))
  } catch {
    return 0
  }
  const stale = names.filter((name) => isTempFileOf(basename(target), name))
  await Promise.all(stale.map((name) => fs.unlink(join(dirname(target), name)).catch(() => undefined)))
  return stale.length
}
