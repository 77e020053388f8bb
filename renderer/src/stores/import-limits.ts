/**
 * Size limits checked before an import file is read (a file picked in the browser is only a handle
 * until `text()`; reading a huge one would freeze the tab or exhaust memory before any check runs).
 */
import { CASE_FILE_MAX_BYTES } from '#shared/case-file/parse'
import { fileProblem, type Problem } from './messages'

/** One case file: the parser's own limit. */
export const MAX_CASE_FILE_BYTES = CASE_FILE_MAX_BYTES
/** All files of one bulk import together (a team's export of a few thousand households fits easily). */
const MAX_BULK_IMPORT_BYTES = 200 * 1024 * 1024

/** A file the user chose, not yet read. */
export type PendingFile = { name: string; size: number; read: () => Promise<string> }

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace('.0', '')

/** The problem of one file that is too large to read, or null. */
export function fileSizeProblem(file: Pick<PendingFile, 'name' | 'size'>): Problem | null {
  if (file.size <= MAX_CASE_FILE_BYTES) return null
  return fileProblem('data.import.tooLarge', {
    name: file.name,
    sizeMb: megabytes(file.size),
    maxMb: megabytes(MAX_CASE_FILE_BYTES),
  })
}

/** The problem of a selection that is too large together, or null. */
export function totalSizeProblem(files: Pick<PendingFile, 'size'>[]): Problem | null {
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total <= MAX_BULK_IMPORT_BYTES) return null
  return fileProblem('data.import.tooLargeTotal', {
    sizeMb: megabytes(total),
    maxMb: megabytes(MAX_BULK_IMPORT_BYTES),
  })
}
