/**
 * What the browser benchmarks share: the way to the portfolio and the case list, the wait for a
 * current portfolio, the seeding of a demo portfolio through the UI, the page's main-thread busy time,
 * the machine's load, and a metrics file written after every figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { expect, type CDPSession, type Page } from '@playwright/test'

/** How long a seeding or a refresh at 30,000 households may take on a loaded machine. */
export const SCALE_TIMEOUT_MS = 1_500_000

export async function gotoPortfolio(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Portefeuille' })
    .click()
}

export async function gotoCases(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
}

/** The portfolio shows its figures and no household is being refreshed or out of date. */
export async function waitCurrent(page: Page, timeout = SCALE_TIMEOUT_MS): Promise<void> {
  await expect(page.getByTestId('forecast-total')).toBeVisible({ timeout })
  await expect(page.locator('.portfolio-refresh')).toHaveCount(0, { timeout })
}

/** From a clean start: an empty database, the portfolio page, the demo size chosen (not generated yet). */
export async function chooseDemoSize(page: Page, size: string): Promise<void> {
  await page.goto('/#/cases')
  await page.getByRole('button', { name: 'Leeg beginnen' }).click()
  await gotoPortfolio(page)
  await page.getByRole('radio', { name: size, exact: true }).check()
}

/** "Demoportefeuille maken", until the import report shows. */
export async function generateDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Demoportefeuille maken' }).click()
  await expect(page.getByRole('heading', { name: 'Resultaat van de import' })).toBeVisible({
    timeout: SCALE_TIMEOUT_MS,
  })
}

/** Main-thread busy time of the page so far (ms), from the DevTools protocol. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  return (list.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

/** What the machine was doing meanwhile: load average (1 min) against its cores, and when. */
export function machine(): { loadAverage1m: number; cores: number; at: string } {
  return {
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    cores: cpus().length,
    at: new Date().toISOString(),
  }
}

/**
 * A recorder of one benchmark's figures into `<BENCH_OUT or bench-results>/<file>`, written after
 * every metric so a later step that times out does not lose the earlier figures.
 */
export function metricsFile(file: string): (name: string, value: unknown) => void {
  const metrics: Record<string, unknown> = {}
  return (name, value) => {
    metrics[name] = value
    const dir = process.env.BENCH_OUT ?? 'bench-results'
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, file), JSON.stringify(metrics, null, 2))
  }
}
