import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_SANDER, EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import type { DataLayer } from '../../../renderer/src/data/api'
import { i18next } from '../../../renderer/src/i18n'
import { createFakeDesktop, type FakeDesktop } from '../../../renderer/src/platform/fake-desktop'
import { RootStore } from '../../../renderer/src/stores/root-store'
import { importClosedCase } from '../data/closed-case'
import { appI18n, openTestWorkspace, until } from './workspace-fixtures'

let opened: DataLayer | undefined
afterEach(async () => {
  opened?.close()
  opened = undefined
  await i18next.changeLanguage('nl')
})

async function buildRoot(
  options: Partial<
    Pick<ConstructorParameters<typeof RootStore>[0], 'keyProtection' | 'osUserCheckAvailable'>
  > = {},
): Promise<{ root: RootStore; desktop: FakeDesktop; data: DataLayer }> {
  const workspace = await openTestWorkspace()
  opened = workspace.data
  const desktop = createFakeDesktop({ supportsBackups: false })
  const root = new RootStore({
    data: workspace.data,
    engine: workspace.engine,
    files: workspace.files,
    desktop,
    i18n: appI18n,
    ...options,
  })
  return { root, desktop, data: workspace.data }
}

describe('RootStore', () => {
  describe('language', () => {
    it('switches the catalogue and the desktop menu together when the UI language changes', async () => {
      const { root, desktop } = await buildRoot()
      root.ui.setLanguage('en')
      expect(i18next.language).toBe('en')
      expect(desktop.languages.at(-1)).toBe('en')
      root.ui.setLanguage('nl')
      expect(i18next.language).toBe('nl')
      expect(desktop.languages.at(-1)).toBe('nl')
    })
  })

  describe('one data layer and one notice line for every store', () => {
    it('builds the stores on the data layer it is given, and their notices reach the one UI store', async () => {
      const { root, data } = await buildRoot()
      expect(root.data).toBe(data)
      const id = await importClosedCase(data, EXAMPLE_SANDER, '2020-01-10')
      await root.retention.load()
      expect(root.retention.due.map((r) => r.householdId)).toEqual([id])
      expect(await root.retention.erase([id])).toBe(1)
      expect(root.ui.notice).toMatchObject({ kind: 'info', key: 'retention.erased', params: { count: 1 } })
    })

    it('gives every decision store the open household of the case store', async () => {
      const { root, data } = await buildRoot()
      const id = await data.cases.importCaseFile(EXAMPLE_VAN_DEN_BERG)
      root.openCase.open(id)
      await until(() => root.openCase.scenarios.length > 0)
      const ids = EXAMPLE_VAN_DEN_BERG.scenarios.map((s) => s.id)
      expect(root.openCase.scenarios.map((s) => s.id).sort()).toEqual([...ids].sort())
      expect(root.comparison.scenarios).toBe(root.openCase.scenarios)
      expect(root.comparison.comparedIds.length).toBeGreaterThan(0)
      const evaluated = root.comparison.evaluateScenario(root.openCase.scenarios[0]!)
      expect(evaluated.error).toBeNull()
      expect(evaluated.result?.monthly.length).toBeGreaterThan(0)
      expect(root.whatIf.scenario?.id).toBe(root.openCase.scenarios[0]?.id)
      expect(root.whatIf.baseResult?.totalByPayer).toEqual(evaluated.result?.totalByPayer)
      root.openCase.close()
    })
  })

  describe('start-up audit check', () => {
    it('verifies the audit chain when the device key was read', async () => {
      const { root } = await buildRoot()
      await root.startup.verifyAudit()
      expect(root.startup.audit).toEqual({ status: 'ok' })
    })

    it('reports the audit as not checkable when the device key could not be read', async () => {
      const { root } = await buildRoot({ keyProtection: 'unavailable' })
      await root.startup.verifyAudit()
      expect(root.startup.audit).toEqual({ status: 'failed', message: { key: 'audit.keyUnavailable' } })
    })
  })

  describe('unlocking with the operating system', () => {
    it('unlocks when the OS confirms, and names a refusal and a missing check apart', async () => {
      const { root, desktop } = await buildRoot({ osUserCheckAvailable: true })
      expect(root.lock.osCheckAvailable).toBe(true)
      desktop.osUserCheckAnswer = false
      expect(await root.lock.unlockWithOs()).toBe(false)
      expect(root.lock.error).toBe('lock.errors.osRefused')
      desktop.osUserCheckAnswer = null
      expect(await root.lock.unlockWithOs()).toBe(false)
      expect(root.lock.error).toBe('lock.errors.osUnsupported')
      desktop.osUserCheckAnswer = true
      expect(await root.lock.unlockWithOs()).toBe(true)
      expect(root.lock.error).toBeNull()
    })

    it('offers no OS check where the start-up probe found none', async () => {
      const { root } = await buildRoot()
      expect(root.lock.osCheckAvailable).toBe(false)
    })
  })
})
