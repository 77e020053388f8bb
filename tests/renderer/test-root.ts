/**
 * A workspace for a renderer test: an in-memory data layer of its own (fake-indexeddb, a fresh
 * database per call) and the RootStore the app builds on it, with the fake desktop bridge.
 */
import { createMemorySentinel, openDataLayer, type DataLayer } from '../../renderer/src/data'
import { createFakeDesktop } from '../../renderer/src/platform'
import { RootStore } from '../../renderer/src/stores/root-store'
import { createWorkspaceEngine } from '../../renderer/src/stores/workspace-engine'
import { appI18n } from './stores/workspace-fixtures'

let counter = 0

export async function openTestRoot(name: string): Promise<{ data: DataLayer; root: RootStore }> {
  counter += 1
  const data = await openDataLayer({
    auditKey: new Uint8Array(32).fill(7),
    name: `${name}-${counter}-${Date.now()}`,
    sentinel: createMemorySentinel(),
  })
  const root = new RootStore({
    data,
    engine: createWorkspaceEngine(),
    files: { pickFile: null, saveFile: async () => 'saved' },
    desktop: createFakeDesktop({ supportsBackups: false }),
    i18n: appI18n,
  })
  return { data, root }
}
