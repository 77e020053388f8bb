/**
 * The young-carer household in the browser (one-truth, english-screens): imported on the case list as a
 * colleague's case file, and its two young-carer findings on the arrangement panel, each exactly once.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import type { CaseFile } from '#shared/domain/types'
import { YOUNG_CARER_CASE, YOUNG_CARER_LABEL } from '../fixtures/young-carer'
import type { Language } from './screens'

const IMPORT_LABEL: Record<Language, string> = {
  nl: 'Casusbestand importeren',
  en: 'Import case file',
}

/** Imports the household on the case list and waits until it is open. */
export async function importYoungCarerCase(
  page: Page,
  language: Language,
  file: CaseFile = YOUNG_CARER_CASE,
): Promise<void> {
  await page.getByLabel(IMPORT_LABEL[language]).setInputFiles({
    name: 'gezin-jansen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  })
  await expect(page.getByRole('heading', { name: YOUNG_CARER_LABEL, level: 1 })).toBeVisible()
}

/**
 * The young-carer and more-hours-than-today findings on the open arrangement tab's result panel, after
 * checking that each shows exactly once.
 */
export async function youngCarerFindings(page: Page): Promise<{ young: Locator; moreHours: Locator }> {
  const panel = page.locator('aside.result-panel')
  const young = panel.locator('li.finding[data-rule="mantelzorg.young-carer"]')
  const moreHours = panel.locator('li.finding[data-rule="mantelzorg.hours-above-today"]')
  await expect(young).toHaveCount(1)
  await expect(moreHours).toHaveCount(1)
  return { young, moreHours }
}

/** The texts of both findings, for a check that no internals or wrong-language words slipped in. */
export async function youngCarerTexts(findings: { young: Locator; moreHours: Locator }): Promise<string[]> {
  return [...(await findings.young.allInnerTexts()), ...(await findings.moreHours.allInnerTexts())]
}
