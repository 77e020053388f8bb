import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_SANDER, EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples'
import { DataError, type DataLayer } from '../../../renderer/src/data/api'
import { DATA_ERROR_MESSAGES } from '../../../renderer/src/data/errors'
import { RetentionStore } from '../../../renderer/src/stores/retention-store'
import { UiStore } from '../../../renderer/src/stores/ui-store'
import { importClosedCase } from '../data/closed-case'
import { createHarness } from '../data/harness'

let data: DataLayer | undefined
afterEach(() => data?.close())

/**
 * Two closed cases and one open one: Van den Berg (Wmo beschikking, closed 2025-12-20 → 15 years, past
 * its term from 2040-12-20) and Sander (no beschikking, closed 2026-01-10 → 5 years, from 2031-01-10);
 * Yilmaz stays open.
 */
async function seed(layer: DataLayer): Promise<{ vanDenBerg: string; sander: string }> {
  const vanDenBerg = await importClosedCase(layer, EXAMPLE_VAN_DEN_BERG, '2025-12-20')
  const sander = await importClosedCase(layer, EXAMPLE_SANDER, '2026-01-10')
  await layer.cases.importCaseFile(EXAMPLE_YILMAZ)
  return { vanDenBerg, sander }
}

describe('RetentionStore', () => {
  describe('load', () => {
    it('lists every closed case with its term, soonest date first, and leaves open cases out', async () => {
      data = await createHarness().open()
      const { vanDenBerg, sander } = await seed(data)
      const store = new RetentionStore(data, new UiStore(), () => '2026-06-01')
      expect(store.rows).toBeNull()
      await store.load()
      expect(
        store.rows?.map((r) => [
          r.householdId,
          r.retention.category,
          r.retention.years,
          r.retention.retainUntil,
        ]),
      ).toEqual([
        [sander, 'no-provision', 5, '2031-01-10'],
        [vanDenBerg, 'wmo', 15, '2040-12-20'],
      ])
      expect(store.status).toBeNull()
    })

    it('shows an empty list and the reason when the cases cannot be read', async () => {
      data = await createHarness().open()
      const failing: DataLayer = {
        ...data,
        cases: {
          ...data.cases,
          listClosedCases: () => Promise.reject(new DataError('quota', DATA_ERROR_MESSAGES.quota)),
        },
      }
      const store = new RetentionStore(failing, new UiStore(), () => '2026-06-01')
      await store.load()
      expect(store.rows).toEqual([])
      expect(store.status?.kind).toBe('error')
      expect(store.status?.message).toMatchObject({ key: DATA_ERROR_MESSAGES.quota })
    })
  })

  describe('due and kept', () => {
    it('keeps a case up to the day before its date and shows it as due from that day on', async () => {
      data = await createHarness().open()
      const { vanDenBerg, sander } = await seed(data)
      let today = '2031-01-09'
      const store = new RetentionStore(data, new UiStore(), () => today)
      await store.load()
      expect(store.due).toEqual([])
      expect(store.kept.map((r) => r.householdId)).toEqual([sander, vanDenBerg])
      today = '2031-01-10'
      expect(store.today).toBe('2031-01-10')
      expect(store.due.map((r) => r.householdId)).toEqual([sander])
      expect(store.kept.map((r) => r.householdId)).toEqual([vanDenBerg])
    })
  })

  describe('erase', () => {
    it('erases the confirmed cases past their date, reloads the list and says how many', async () => {
      data = await createHarness().open()
      const { vanDenBerg, sander } = await seed(data)
      const ui = new UiStore()
      const store = new RetentionStore(data, ui, () => '2031-01-10')
      await store.load()
      expect(await store.erase([sander])).toBe(1)
      expect(store.rows?.map((r) => r.householdId)).toEqual([vanDenBerg])
      expect(await data.cases.loadCase(sander)).toBeNull()
      expect(store.status).toEqual({
        kind: 'info',
        message: { key: 'retention.erased', params: { count: 1 } },
      })
      expect(ui.notice).toMatchObject({ kind: 'info', key: 'retention.erased', params: { count: 1 } })
      expect(store.busy).toBe(false)
    })

    it('erases what may go, keeps a case still within its term and says why, without a success notice', async () => {
      data = await createHarness().open()
      const { vanDenBerg, sander } = await seed(data)
      const ui = new UiStore()
      const store = new RetentionStore(data, ui, () => '2031-01-10')
      await store.load()
      expect(await store.erase([sander, vanDenBerg])).toBe(1)
      expect(await data.cases.loadCase(sander)).toBeNull()
      expect(await data.cases.loadCase(vanDenBerg)).not.toBeNull()
      expect(store.status?.kind).toBe('error')
      expect(store.status?.message).toMatchObject({ key: DATA_ERROR_MESSAGES.notPastRetention })
      expect(ui.notice).toBeNull()
      expect(store.rows?.map((r) => r.householdId)).toEqual([vanDenBerg])
    })

    it('ignores a second erasure while one is running (a double click erases nothing twice)', async () => {
      data = await createHarness().open()
      const { vanDenBerg, sander } = await seed(data)
      const store = new RetentionStore(data, new UiStore(), () => '2041-01-01')
      await store.load()
      const first = store.erase([sander])
      expect(store.busy).toBe(true)
      expect(await store.erase([vanDenBerg])).toBe(0)
      expect(await first).toBe(1)
      expect(await data.cases.loadCase(vanDenBerg)).not.toBeNull()
    })
  })
})
