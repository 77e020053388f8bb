import { openDataLayer, createMemorySentinel, type DataLayer } from '../../../renderer/src/data'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import { i18next, initI18n } from '../../../renderer/src/i18n'
import { fixedTranslate } from '../../../renderer/src/reports/translate'
import type { StoreI18n } from '../../../renderer/src/stores/root-store'
import { createWorkspaceEngine } from '../../../renderer/src/stores/workspace-engine'
import type { CaseFileIo } from '../../../renderer/src/stores/case-file-io'

let counter = 0

/** A real data layer on fake-indexeddb under a fresh database name, with the real engine. */
export async function openTestWorkspace(): Promise<{
  data: DataLayer
  ui: UiStore
  engine: ReturnType<typeof createWorkspaceEngine>
  saved: { name: string; text: string }[]
  files: CaseFileIo
}> {
  initI18n('nl')
  counter += 1
  const data = await openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    name: `workspace-test-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
  })
  const saved: { name: string; text: string }[] = []
  const files: CaseFileIo = {
    pickFile: null,
    async saveFile(name, text) {
      saved.push({ name, text })
      return 'saved'
    },
  }
  return { data, ui: new UiStore(), engine: createWorkspaceEngine(), saved, files }
}

/** Resolves when `check` holds (live queries deliver asynchronously). */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The app's i18n as main.tsx injects it into the stores (stores never import i18next themselves). */
export const appI18n: StoreI18n = {
  fixedTranslate: (language) => fixedTranslate(i18next, language),
  changeLanguage: (language) => void i18next.changeLanguage(language),
}
