/**
 * Lists the files inside an ASAR archive by reading its header, without extracting anything.
 *
 * Layout (electron/asar, "Format"): a Chromium Pickle holding one uint32, the size of the header
 * pickle; then the header pickle: uint32 payload size, int32 string length, the header as UTF-8 JSON.
 * The JSON is a tree of `{ files: { name: entry } }`; a leaf has `size`/`offset` (or `link`).
 */
import { closeSync, openSync, readSync } from 'node:fs'

type AsarEntry = { files?: Record<string, AsarEntry>; link?: string }

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length)
  const read = readSync(fd, buffer, 0, length, position)
  if (read !== length) throw new Error('asar: the archive is truncated')
  return buffer
}

/** Paths of every file (not folder) in the archive, '/'-separated, sorted. */
export function listAsarFiles(archive: string): string[] {
  const fd = openSync(archive, 'r')
  try {
    const sizePickle = readExactly(fd, 8, 0)
    const headerPickleSize = sizePickle.readUInt32LE(4)
    if (headerPickleSize < 8 || headerPickleSize > 64 * 1024 * 1024) throw new Error('asar: bad header size')
    const headerPickle = readExactly(fd, headerPickleSize, 8)
    const jsonLength = headerPickle.readInt32LE(4)
    if (jsonLength < 2 || jsonLength > headerPickleSize - 8) throw new Error('asar: bad header length')
    const root = JSON.parse(headerPickle.toString('utf8', 8, 8 + jsonLength)) as AsarEntry
    const files: string[] = []
    const walk = (entry: AsarEntry, prefix: string): void => {
      for (const [name, child] of Object.entries(entry.files ?? {})) {
        const path = prefix ? `${prefix}/${name}` : name
        if (child.files) walk(child, path)
        else files.push(path)
      }
    }
    walk(root, '')
    return files.sort()
  } finally {
    closeSync(fd)
  }
}
