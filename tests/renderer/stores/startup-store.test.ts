import { describe, expect, it } from 'vitest'
import { StartupStore } from '../../../renderer/src/stores/startup-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import type { DataLayer, StartupState } from '../../../renderer/src/data'

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
