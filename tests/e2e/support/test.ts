/**
 * Playwright's `test`, with one change: `page.reload()` first waits until the app has stored every
 * case edit it already shows. The screen shows an edit at once and writes it in the background
 * (stores/case-store.ts, `writesInFlight`, on the app frame as `data-writes-in-flight`); a reload
 * aborts a write still in flight, which is not what a test that reloads to read back a save means.
 * Probes that reload to interrupt a write on purpose keep using `@playwright/test` directly.
 */
import { test as base, type Page } from '@playwright/test'

export * from '@playwright/test'

async function writesSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const frame = document.querySelector('[data-writes-in-flight]')
        return !frame || frame.getAttribute('data-writes-in-flight') === '0'
      },
      undefined,
      { timeout: 30_000 },
    )
    // A page that is navigating or closed has nothing left to wait for.
    .catch(() => undefined)
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const reload = page.reload.bind(page)
    page.reload = async (options) => {
      await writesSettled(page)
      return reload(options)
    }
    await use(page)
  },
})
