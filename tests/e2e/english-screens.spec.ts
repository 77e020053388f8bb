/**
 * Issue 15: the English interface has no Dutch leftovers apart from legal terms of art (Wmo,
 * Jeugdwet, mantelzorg, eigen bijdrage, pgb, …) and the names in the example households.
 */
import { expect, test, type Page } from './support/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pdfToText } from '../renderer/reports/pdf-text'
import { YOUNG_CARER_CASE, YOUNG_CARER_SCENARIO } from './fixtures/young-carer'
import { importYoungCarerCase, youngCarerFindings, youngCarerTexts } from './support/young-carer'
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

/** Dutch words in a text, each with a little of its context. */
function dutchIn(text: string): string[] {
  return [...text.matchAll(DUTCH)].map(
    (m) => `${m[0]} — “${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 50)}”`,
  )
}

test('a household with a young carer reads in English: its findings once, with their month, on every tab and in the plan', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.goto('/#/cases')
  await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
  await page.reload()
  await page.getByRole('button', { name: 'Start empty' }).click()
  await importYoungCarerCase(page, 'en')
  await page.waitForURL(/#\/cases\/[^/]+\/\w+/)
  const base = page.url().replace(/\/[^/]+$/, '')
  await page.goto(`${base}/arrangement`)
  const findings = await youngCarerFindings(page)
  const { young, moreHours } = findings
  await expect(young).toContainText('Jan 2026: Daan is 15 and would help Linda 8 hours a week.')
  // One hour is one hour, not "1 hours".
  await expect(young).toContainText('expects at most 1 hour a week for an adult')
  await expect(moreHours).toContainText(
    'Jan 2026: This scenario asks 8 hours a week of Daan, who gives 4 hours today: 4 hours more',
  )
  for (const text of await youngCarerTexts(findings)) expect(dutchIn(text), text).toEqual([])

  const problems: string[] = []
  for (const tab of CASE_TAB_PATHS) {
    await page.goto(`${base}/${tab}`)
    await page.waitForTimeout(500)
    problems.push(...(await dutchLeftovers(page)).map((p) => `${tab}: ${p}`))
  }
  await page.getByLabel('Arrangement', { exact: true }).selectOption({ label: YOUNG_CARER_SCENARIO })
  await page.getByLabel('Pseudonymised (names replaced, no BSN)').uncheck()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Create plan (PDF)' }).click(),
  ])
  const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-young-carer-')), 'plan.pdf')
  await download.saveAs(path)
  const plan = (await pdfToText(readFileSync(path))).replace(/\s+/g, ' ')
  expect(plan.split('Daan is 15 and would help Linda 8 hours a week').length - 1).toBe(1)
  expect(plan.split('This scenario asks 8 hours a week of Daan').length - 1).toBe(1)
  // The consultant's own description of the scenario is their text, in the language they wrote it.
  const description = YOUNG_CARER_CASE.scenarios[0]?.description ?? ''
  problems.push(...dutchIn(plan.replace(description, '')).map((p) => `plan: ${p}`))
  expect(problems).toEqual([])
})

test('the language setting says what it changes, and the amounts on screen follow it', async ({ page }) => {
  test.setTimeout(120_000)
  await startWithExamples(page, 'en')
  const perMonth = page.getByTestId('municipal-per-month')
  await page.goto('/#/cases/h-van-den-berg/arrangement')
  await expect(perMonth).toHaveText(/^€\d{1,3}(?:,\d{3})*\.\d{2}$/)
  // It once said amounts keep the Dutch notation while every screen showed €1,234.56.
  await page.goto('/#/settings')
  await expect(page.getByText('Amounts and numbers follow the language’s notation')).toBeVisible()
  await page.getByRole('radio', { name: 'Nederlands' }).check()
  await expect(page.getByText('Bedragen en getallen volgen de notatie van de taal')).toBeVisible()
  await page.goto('/#/cases/h-van-den-berg/arrangement')
  await expect(perMonth).toHaveText(/^€\s\d{1,3}(?:\.\d{3})*,\d{2}$/)
})
