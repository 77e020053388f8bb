import { describe, expect, it } from 'vitest'
import { StartupStore } from '../../../renderer/src/stores/startup-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import type { DataLayer, StartupState } from '../../../renderer/src/data'
import { openTestWorkspace } from './workspace-fixtures'

/** Only the startup state and the example seeding matter to the gate. */
function fakeData(startup: StartupState, seed: () => Promise<void> = async () => undefined): DataLayer {
  return { startup, seedExamples: seed } as unknown as DataLayer
}

describe('StartupStore', () => {
  it('lets the app through with the example offer on a first run, until the user answers', async () => {
    let seeded = 0
    const store = new StartupStore(
      fakeData({ kind: 'first-run' }, async () => {
        seeded++
      }),
      new UiStore(),
    )
    expect(store.gate).toBe('first-run')
    expect(store.blocksApp).toBe(false)
    await store.loadExamples()
    expect(seeded).toBe(1)
    expect(store.gate).toBe('ok')
  })

  it('blocks the app with the recovery screen when data went missing, until the user chooses to start empty', () => {
    const store = new StartupStore(
      fakeData({ kind: 'data-missing', expectedHouseholds: 12, lastSeenAt: '2026-11-27T10:00:00.000Z' }),
      new UiStore(),
    )
    expect(store.gate).toBe('data-missing')
    expect(store.blocksApp).toBe(true)
    store.continueEmpty()
    expect(store.gate).toBe('ok')
  })

  it('keeps a newer data format read-only even after the question is answered', () => {
    const store = new StartupStore(fakeData({ kind: 'newer-format', found: 3, supported: 2 }), new UiStore())
    expect(store.readOnly).toBe(true)
    expect(store.blocksApp).toBe(false)
    store.continueEmpty()
    expect(store.gate).toBe('newer-format')
  })

  it('shows a failed example load as an error notice and keeps the offer', async () => {
    const ui = new UiStore()
    const store = new StartupStore(
      fakeData({ kind: 'first-run' }, async () => {
        throw new Error('disk full')
      }),
      ui,
    )
    await store.loadExamples()
    expect(ui.notice?.kind).toBe('error')
    expect(store.gate).toBe('first-run')
    expect(store.busy).toBe(false)
  })
})

describe('StartupStore.verifyAudit', () => {
  const fakeAudit = (verifyChain: DataLayer['audit']['verifyChain']) =>
    ({ startup: { kind: 'ok' }, audit: { verifyChain } }) as unknown as DataLayer

  it('reports an intact audit chain as ok', async () => {
    const store = new StartupStore(
      fakeAudit(async () => ({ ok: true, brokenAtSeq: null })),
      new UiStore(),
    )
    expect(store.audit.status).toBe('unchecked')
    await store.verifyAudit()
    expect(store.audit).toEqual({ status: 'ok' })
  })

  it('reports where a tampered audit chain breaks', async () => {
    const store = new StartupStore(
      fakeAudit(async () => ({ ok: false, brokenAtSeq: 7 })),
      new UiStore(),
    )
    await store.verifyAudit()
    expect(store.audit).toEqual({ status: 'broken', brokenAtSeq: 7 })
  })

  it("finds the real data layer's chain intact after ordinary writes", async () => {
    const { data, ui } = await openTestWorkspace()
    await data.cases.createHousehold('Gezin A')
    await data.cases.createHousehold('Gezin B')
    const store = new StartupStore(data, ui)
    await store.verifyAudit()
    expect(store.audit).toEqual({ status: 'ok' })
    data.close()
  })
})
