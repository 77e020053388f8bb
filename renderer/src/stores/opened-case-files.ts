/**
 * Case files the operating system handed to the desktop app (a double-click on a `.maatwerk.json`
 * file, the command line, a file dropped on the app icon). The main process only checked name, size
 * and encoding; each file goes through the same validating import as the "Open case file…" dialog,
 * so a bad file changes nothing and says why.
 */
import type { Desktop } from '../platform/desktop'
import type { ImportOutcome } from './cases-store'
import type { UiStore } from './ui-store'
import type { Message } from './messages'

const REASON_CODES = ['too-large', 'not-allowed', 'corrupt', 'not-found'] as const

type Importer = { importText(text: string): Promise<ImportOutcome> }

/**
 * Takes the waiting files and imports them one by one. Returns the id of the last household
 * imported (to open it), or null when none was.
 */
export async function importOpenedCaseFiles(
  desktop: Pick<Desktop, 'takeOpenedCaseFiles'>,
  cases: Importer,
  ui: Pick<UiStore, 'showMessage'>,
): Promise<string | null> {
  const taken = await desktop.takeOpenedCaseFiles()
  if (!taken.ok) return null
  let lastImported: string | null = null
  // Refusals are shown after the imports, so an import's "imported" notice cannot hide them.
  const refusals: Message[] = []
  for (const file of taken.value) {
    if (!file.ok) {
      const code = (REASON_CODES as readonly string[]).includes(file.error.code) ? file.error.code : 'other'
      refusals.push({
        key: 'cases.openedFile.refused',
        params: { name: file.name, reason: { key: `cases.openedFile.reasons.${code}` } },
      })
      continue
    }
    const outcome = await cases.importText(file.text)
    if (outcome.ok) {
      lastImported = outcome.householdId
      continue
    }
    const [first, ...rest] = outcome.problems
    const problem: Message = {
      all: [
        ...(first ? [first] : []),
        ...(rest.length > 0
          ? [{ key: 'cases.openedFile.moreProblems', params: { count: rest.length } }]
          : []),
      ],
    }
    refusals.push({ key: 'cases.openedFile.invalid', params: { name: file.name, problem } })
  }
  if (refusals.length > 0) ui.showMessage('error', { all: refusals })
  return lastImported
}
