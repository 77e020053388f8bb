/**
 * Setup the screen-reading end-to-end checks share (english-screens, no-internals): a clean start in
 * one language with the example households loaded, every tab of an open case, and the folded text
 * opened before a screen is read.
 */
import { expect, type Page } from '@playwright/test'

export type Language = 'nl' | 'en'

const LOAD_EXAMPLES: Record<Language, string> = {
  nl: 'Voorbeeldhuishoudens laden',
  en: 'Load example households',
}

/** The tabs of an open case, in the order the case shows them (renderer/src/views/case/case-tabs.ts). */
export const CASE_TAB_PATHS = [
  'household',
  'needs',
  'network',
  'arrangement',
  'compare',
  'what-if',
  'optimiser',
  'plan',
] as const

/** The same tabs by their Dutch link names, in the same order. */
export const CASE_TAB_LABELS_NL = [
  'Huishouden',
  'Behoeften',
  'Netwerk',
  'Arrangement',
  'Vergelijken',
  'Wat als',
  'Voorstel',
  'Plan',
] as const

/** A clean start at laptop size (1366 × 768) in `language`, with the example households loaded. */
export async function startWithExamples(page: Page, language: Language): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/#/cases')
  await page.evaluate((lang) => localStorage.setItem('maatwerk.language', lang), language)
  await page.reload()
  await page.getByRole('button', { name: LOAD_EXAMPLES[language] }).click()
  await expect(page.locator('table.cases-table')).toBeVisible()
}

/** Opens every collapsed explanation and folded section of the main area: folded text is read too. */
export async function openFoldedText(page: Page): Promise<void> {
  for (const summary of await page.locator('main details:not([open]) > summary').all())
    await summary.click({ timeout: 1_000 }).catch(() => undefined)
  for (const button of await page.locator('main button[aria-expanded="false"]').all())
    await button.click({ timeout: 1_000 }).catch(() => undefined)
}
