// Uses @playwright/test itself, not ./support/test: that fixture's reload waits until every write is
// stored, and this spec reloads in the middle of one on purpose.
import { expect, test, type Dialog, type Page } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'
import { storedLabel } from './support/raw-database'

// No lost edit on reload (renderer/src/views/shell/unload-guard.ts). The screen shows an edit at once
// and stores it in the background; a reload in that moment used to abort the write silently. Here a
// slow disk is made without touching the app: a second connection holds a write transaction on the
// households table, so the app's write waits behind it (IndexedDB runs overlapping write transactions
// one after another).

const HOUSEHOLD = 'h-van-den-berg'

/** Holds the households table for `ms` from now (returns once the hold has begun). */
async function holdHouseholdsTable(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('maatwerk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('households', 'readwrite')
          const store = tx.objectStore('households')
          const until = Date.now() + ms
          // A chain of reads keeps the transaction (and the table) busy until the time is up.
          const keepBusy = (): void => {
            if (Date.now() >= until) return
            store.count().onsuccess = keepBusy
          }
          keepBusy()
          tx.oncomplete = () => db.close()
          resolve()
        }
      }),
    ms,
  )
}

const frame = (page: Page) => page.locator('[data-writes-in-flight]')

test('a reload during a slow write asks first; staying keeps the edit, which is stored and still there after the reload', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await new StartupGatePage(page).startWithExamples()
  await page.goto(`/#/cases/${HOUSEHOLD}/household`)
  const label = page.getByLabel('Naam van het huishouden')
  await expect(label).toHaveValue('Mevrouw Van den Berg')
  await expect(frame(page)).toHaveAttribute('data-writes-in-flight', '0')

  // Nothing in flight: a reload asks nothing.
  const dialogs: Dialog[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog)
    void dialog.dismiss() // "stay on this page"
  })
  await label.click()
  await page.reload()
  await expect(label).toHaveValue('Mevrouw Van den Berg')
  expect(dialogs).toHaveLength(0)

  await holdHouseholdsTable(page, 4_000)
  await label.fill('Van den Berg (na herladen)')
  await label.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(na herladen)')
  await expect(frame(page)).toHaveAttribute('data-writes-in-flight', '1')

  // The reload in the middle of the write: the browser's own prompt appears, and staying keeps the page.
  await page.evaluate(() => location.reload()).catch(() => undefined)
  await expect.poll(() => dialogs.length).toBe(1)
  expect(dialogs[0]?.type()).toBe('beforeunload')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(na herladen)')

  // The write goes through once the disk is free again; then a reload asks nothing and keeps the edit.
  await expect(frame(page)).toHaveAttribute('data-writes-in-flight', '0', { timeout: 20_000 })
  expect(await storedLabel(page, HOUSEHOLD)).toBe('Van den Berg (na herladen)')
  await page.reload()
  await expect(page.getByLabel('Naam van het huishouden')).toHaveValue('Van den Berg (na herladen)')
  expect(dialogs).toHaveLength(1)
})
