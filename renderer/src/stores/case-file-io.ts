import type { Desktop } from '../platform/desktop'
import { DesktopFailure } from './messages'

/**
 * Reading and writing case files outside the database: in Electron through the OS dialogs of the
 * platform bridge, in a plain browser through a download and the view's `<input type=file>`.
 */
export type CaseFileIo = {
  /** Electron's open dialog; null in the browser, where the view offers an `<input type=file>`. */
  pickFile: (() => Promise<{ name: string; text: string } | null>) | null
  /** Saves text under a suggested file name: a save dialog in Electron, a download in the browser. */
  saveFile(suggestedName: string, text: string): Promise<'saved' | 'cancelled'>
}

/** Case files are small; anything this big is not one (the parser refuses it too). */
const MAX_CASE_FILE_BYTES = 10 * 1024 * 1024

/** Case-file I/O through the platform: the OS dialogs in Electron, a download in the browser. */
/**
 * @param fileTypeName the case-file type's name in the user's language (the view layer's i18n), for
 *   the open/save dialogs' filter: this module does not translate.
 */
export function createDesktopCaseFileIo(desktop: Desktop, fileTypeName: () => string): CaseFileIo {
  const caseFileFilters = () => [{ name: fileTypeName(), extensions: ['json'] }]
  return {
    pickFile:
      desktop.kind === 'electron'
        ? async () => {
            const result = await desktop.openFile({
              filters: caseFileFilters(),
              maxBytes: MAX_CASE_FILE_BYTES,
              as: 'text',
            })
            if (!result.ok) {
              if (result.error.code === 'cancelled') return null
              throw new DesktopFailure(result.error)
            }
            const data = result.value.data
            return {
              name: result.value.name,
              text: typeof data === 'string' ? data : new TextDecoder().decode(data),
            }
          }
        : null,
    async saveFile(suggestedName, text) {
      const result = await desktop.saveFile({ suggestedName, data: text, filters: caseFileFilters() })
      if (result.ok) return 'saved'
      if (result.error.code === 'cancelled') return 'cancelled'
      throw new DesktopFailure(result.error)
    },
  }
}

/** A file name for an exported case: letters, digits and dashes only. */
export function caseFileName(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `casus-${slug || 'export'}.maatwerk.json`
}
