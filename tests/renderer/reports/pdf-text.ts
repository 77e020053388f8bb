/**
 * Extracts a PDF's text as a reader would copy it, with pdf.js (the legacy build runs in Node), so the
 * tests need no system program. Lines end where pdf.js reports the end of a line, pages are separated
 * by a form feed; compare on collapsed whitespace (`normaliseSpace`), since where a line wraps is
 * layout, not content.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

type TextPiece = { str?: string; hasEOL?: boolean }

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  try {
    const pages: string[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items as TextPiece[]) {
        text += item.str ?? ''
        if (item.hasEOL) text += '\n'
      }
      pages.push(text)
      page.cleanup()
    }
    return pages.join('\f')
  } finally {
    await document.destroy()
  }
}

/** Collapses every run of whitespace to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ')
}
