// Extracts a PDF's text with poppler's pdftotext (installed by .ci/run), as a reader would copy it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function pdfToText(bytes: Uint8Array, options: { layout?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'maatwerk-pdf-'))
  const file = join(dir, 'plan.pdf')
  writeFileSync(file, bytes)
  return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  })
}

/** pdftotext breaks lines where the layout wraps; compare on collapsed whitespace. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ')
}
