/**
 * After a demo generation the portfolio catches up once and stores its snapshot without reading every
 * household's version a second time (issue 13: at 30,000 households each read walks the whole index).
 */
import { describe, expect, it } from 'vitest'
import { openTestWorkspace } from '../stores/workspace-fixtures'
import { DEMO_NOW, countingPortfolioStore } from './portfolio-fixtures'
import { expectStoredResultsCurrent } from './stored-results-check'

describe('PortfolioStore — snapshot after a demo generation', () => {
  it('stores a current snapshot after one read of every household version', async () => {
    const workspace = await openTestWorkspace()
    const repository = workspace.data.portfolioResults!
    let fullReads = 0
    const readVersions = repository.readVersions.bind(repository)
    const readRevisionAndVersions = repository.readRevisionAndVersions.bind(repository)
    repository.readVersions = () => {
      fullReads++
      return readVersions()
    }
    repository.readRevisionAndVersions = () => {
      fullReads++
      return readRevisionAndVersions()
    }
    const { store } = countingPortfolioStore(workspace)
    await store.open()
    await store.sync()
    fullReads = 0
    await store.generateDemo(200, 41, DEMO_NOW, 50)
    expect(await expectStoredResultsCurrent(store, workspace.data)).toBe(200)
    // The snapshot is stored in the background: wait for it, current for the stored revision.
    const started = Date.now()
    let state = await repository.readPortfolioState()
    while (state.snapshot?.revision !== state.revision && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      state = await repository.readPortfolioState()
    }
    expect(state.revision).not.toBeNull()
    expect(state.snapshot?.revision).toBe(state.revision)
    expect(fullReads).toBe(1)
    store.dispose()
    workspace.data.close()
  }, 120_000)
})
