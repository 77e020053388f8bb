/**
 * portfolio.load.30k: loading a portfolio of 30,000 households (the seeded demo portfolio, stored in
 * IndexedDB through the data layer's bulk import) from IndexedDB in Chromium — the time the portfolio
 * store spends in `cases.loadAllCases()` (plus the active profile) after a reload; the worker's
 * evaluation of every household is reported next to it (portfolio.evaluate.30k), and the page's JS
 * heap (performance.memory, Chromium only) as peak memory. Reported, not asserted.
 * BENCH_PORTFOLIO_SIZE may pick the demo size offered in the UI (200, 2.000 or 30.000).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { chooseDemoSize, generateDemo } from './bench-page'

const SIZE = process.env.BENCH_PORTFOLIO_SIZE ?? '30.000'
const KEY = SIZE === '30.000' ? '30k' : SIZE.replace('.', '')

test('portfolio load from IndexedDB', async ({ page }) => {
  test.setTimeout(1_800_000)
  await chooseDemoSize(page, SIZE)
  await generateDemo(page)

  const reads: number[] = []
  const evaluations: number[] = []
  let heapMb = 0
  for (let run = 0; run < 3; run++) {
    await page.reload()
    const root = page.locator('.portfolio-page[data-read-ms]')
    await expect(root).toBeVisible({ timeout: 1_500_000 })
    reads.push(Number(await root.getAttribute('data-read-ms')))
    evaluations.push(Number(await root.getAttribute('data-evaluate-ms')))
    const heap = await page.evaluate(() => {
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
      return memory ? memory.usedJSHeapSize / 1024 / 1024 : 0
    })
    heapMb = Math.max(heapMb, heap)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
  const dir = process.env.BENCH_OUT ?? 'bench-results'
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'portfolio-load.json'),
    JSON.stringify(
      {
        [`portfolio.load.${KEY}`]: { median: median(reads), unit: 'ms', target: null, runs: reads },
        [`portfolio.evaluate.${KEY}`]: {
          median: median(evaluations),
          unit: 'ms',
          target: null,
          runs: evaluations,
          where: 'Web Worker',
        },
        [`portfolio.memory.heap.${KEY}`]: {
          median: heapMb,
          unit: 'MB',
          target: null,
          source: 'performance.memory.usedJSHeapSize (page)',
        },
      },
      null,
      2,
    ),
  )
})
