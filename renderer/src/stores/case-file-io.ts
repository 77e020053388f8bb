/**
 * Reading and writing case files outside the database: in Electron through the OS dialogs of the
 * platform bridge, in a plain browser through downloads and `<input type=file>` (the view renders it).
 */
export type CaseFileIo = {
  /** Electron's open dialog; null in the browser, where the view offers an `<input type=file>`. */
  pickFile: (() => Promise<{ name: string; text: string } | null>) | null
  /** Saves text under a suggested file name: a save dialog in Electron, a download in the browser. */
  saveFile(suggestedName: string, text: string): Promise<'saved' | 'cancelled'>
}

/** The browser fallback: a Blob download; picking is done by the view's file input. */
export function createBrowserCaseFileIo(): CaseFileIo {
  return {
    pickFile: null,
    async saveFile(suggestedName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
      try {
        const anchor = document.createElement('a')
        anchor.href = url
        anchor.download = suggestedName
        anchor.rel = 'noopener'
        document.body.appendChild(anchor)
        anchor.click()
        anchor.remove()
      } finally {
        // Give the browser a moment to start the download before the URL goes away.
        setTimeout(() => URL.revokeObjectURL(url), 10_000)
      }
      return 'saved'
    },
  }
}

/** A file name for an exported case: letters, digits and dashes only, never a person's full name by default. */
export function caseFileName(label: string, pseudonymised: boolean): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return pseudonymised
    ? `casus-${slug ? 'pseudoniem' : 'export'}.maatwerk.json`
    : `casus-${slug || 'export'}.maatwerk.json`
}
