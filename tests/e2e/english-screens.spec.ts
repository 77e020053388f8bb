/**
 * Issue 15: the English interface has no Dutch leftovers apart from legal terms of art (Wmo,
 * Jeugdwet, mantelzorg, eigen bijdrage, pgb, …) and the names in the example households.
 */
import { expect, test, type Page } from '@playwright/test'
import { DUTCH_WORDS, dutchWordPattern } from '../shared/fixtures/dutch-words'
import { CASE_TAB_PATHS, openFoldedText, startWithExamples } from './support/screens'

const DUTCH = dutchWordPattern(DUTCH_WORDS)

async function dutchLeftovers(page: Page): Promise<string[]> {
  await openFoldedText(page)
  // The example households' names are names, not Dutch text.
  const text = (await page.locator('main').innerText()).replaceAll('Van den Berg', '')
  const found = new Set<string>()
  for (const line of text.split('\n'))
    for (const m of line.matchAll(DUTCH)) found.add(`${m[0]} — “${line.trim().slice(0, 90)}”`)
  return [...found]
}

test('the English screens of a case, the caseload and the portfolio hold no Dutch leftovers', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await startWithExamples(page, 'en')
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible()
  const problems: string[] = []
  problems.push(...(await dutchLeftovers(page)).map((p) => `caseload: ${p}`))
  await page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: true }).click()
  const base = page.url().replace(/\/[^/]+$/, '')
  for (const tab of CASE_TAB_PATHS) {
    await page.goto(`${base}/${tab}`)
    await page.waitForTimeout(500)
    problems.push(...(await dutchLeftovers(page)).map((p) => `${tab}: ${p}`))
  }
  await page.goto('/#/portfolio')
  await page.waitForTimeout(1500)
  problems.push(...(await dutchLeftovers(page)).map((p) => `portfolio: ${p}`))
  expect(problems).toEqual([])
})
