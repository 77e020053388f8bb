/**
 * Case files the operating system asks the app to open: a double-click on a `.maatwerk.json` file
 * (file association), a path on the command line, or a file dropped on the app icon. They arrive as
 * paths (argv at start, `second-instance` argv, macOS `open-file`), wait in a small queue, and are
 * read only when the app's own page asks for them over the validated bridge
 * (`takeOpenedCaseFiles`). Main checks name, type, size and encoding; the renderer validates the
 * content with the case-file schema like any import, before anything is written.
 */
import { open as fsOpen } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DesktopResult, OpenedCaseFile, OpenedFile } from '#shared/ipc/desktop-api'
import { CASE_FILE_SUFFIX } from './app-identity'

/** Same bound as the case-file parser's CASE_FILE_MAX_BYTES (a test keeps them equal). */
export const MAX_OPENED_CASE_FILE_BYTES = 5 * 1024 * 1024
/** More than this many waiting files is not a user opening files; the rest is dropped. */
export const MAX_PENDING_CASE_FILES = 20

function isCaseFileName(name: string): boolean {
  return name.toLowerCase().endsWith(CASE_FILE_SUFFIX) && name.length > CASE_FILE_SUFFIX.length
}

/** A command-line argument as a local path: plain paths, or file: URLs (Linux desktop entries pass %U). */
function argumentAsPath(arg: string, workingDirectory: string): string | null {
  if (arg.startsWith('-')) return null // Chromium/Electron switches
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    try {
      const url = new URL(arg)
      return url.protocol === 'file:' && (url.host === '' || url.host === 'localhost')
        ? fileURLToPath(url)
        : null
    } catch {
      return null
    }
  }
  return resolve(workingDirectory, arg)
}

/**
 * The case files among a process's arguments. argv[0] is the executable (and, unpackaged, argv[1]
 * is the app folder, which never ends in .maatwerk.json); relative paths are resolved against the
 * working directory of the process that received them.
 */
export function caseFilePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = []
  for (const arg of argv.slice(1)) {
    const path = argumentAsPath(arg, workingDirectory)
    if (path && isCaseFileName(basename(path)) && !paths.includes(path)) paths.push(path)
  }
  return paths
}

export class OpenedCaseFileQueue {
  private readonly pending: string[] = []

  /** Queues paths not already waiting; returns how many were added. */
  add(paths: readonly string[]): number {
    let added = 0
    for (const path of paths) {
      if (this.pending.includes(path) || this.pending.length >= MAX_PENDING_CASE_FILES) continue
      this.pending.push(path)
      added += 1
    }
    return added
  }

  takeAll(): string[] {
    return this.pending.splice(0)
  }

  get size(): number {
    return this.pending.length
  }
}

/**
 * Reads a regular file of at most maxBytes. 'text' decodes UTF-8 leniently (the open dialog),
 * 'strict-text' refuses bytes that are not UTF-8 (files handed over by the OS).
 */
export async function readFileForBridge(
  path: string,
  maxBytes: number,
  as: 'text' | 'strict-text' | 'bytes',
): Promise<DesktopResult<OpenedFile>> {
  let handle: Awaited<ReturnType<typeof fsOpen>> | null = null
  try {
    handle = await fsOpen(path, 'r')
    const info = await handle.stat()
    if (!info.isFile()) return { ok: false, error: { code: 'io', message: 'Not a regular file.' } }
    if (info.size > maxBytes) {
      return {
        ok: false,
        error: { code: 'too-large', message: `The file is larger than ${maxBytes} bytes.` },
      }
    }
    const bytes = await handle.readFile()
    if (bytes.byteLength > maxBytes) {
      return {
        ok: false,
        error: { code: 'too-large', message: `The file is larger than ${maxBytes} bytes.` },
      }
    }
    let data: string | Uint8Array
    if (as === 'bytes') data = new Uint8Array(bytes)
    else {
      try {
        data = new TextDecoder('utf-8', { fatal: as === 'strict-text' }).decode(bytes)
      } catch {
        return { ok: false, error: { code: 'corrupt', message: 'The file is not UTF-8 text.' } }
      }
    }
    return { ok: true, value: { name: basename(path), sizeBytes: bytes.byteLength, data } }
  } catch (error) {
    const code = (error as { code?: unknown }).code === 'ENOENT' ? 'not-found' : 'io'
    return { ok: false, error: { code, message: 'The file could not be read.' } }
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Reads one queued path for the renderer; the path itself never crosses the bridge, only its name. */
export async function readOpenedCaseFile(path: string): Promise<OpenedCaseFile> {
  const name = basename(path)
  if (!isCaseFileName(name)) {
    return {
      name,
      ok: false,
      error: { code: 'not-allowed', message: `Only ${CASE_FILE_SUFFIX} files open here.` },
    }
  }
  const result = await readFileForBridge(path, MAX_OPENED_CASE_FILE_BYTES, 'strict-text')
  if (!result.ok) return { name, ok: false, error: result.error }
  return { name, ok: true, text: result.value.data as string }
}
