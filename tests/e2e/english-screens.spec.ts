/**
 * Issue 15: the English interface has no Dutch leftovers apart from legal terms of art (Wmo,
 * Jeugdwet, mantelzorg, eigen bijdrage, pgb, …) and the names in the example households.
 */
import { expect, test, type Page } from '@playwright/test'

/** Common Dutch words that never belong in an English sentence (legal terms of art are not here). */
const DUTCH_WORDS = [
  'het',
  'een',
  'van',
  'voor',
  'niet',
  'geen',
  'wordt',
  'worden',
  'zijn',
  'naar',
  'bij',
  'ook',
  'uur',
  'maand',
  'maanden',
  'jaar',
  'huishouden',
  'huishoudens',
  'regel',
  'regels',
  'kosten',
  'toevoegen',
  'verwijderen',
  'opslaan',
  'wijzigen',
  'kiezen',
  'totaal',
  'gemiddeld',
  'gekozen',
  'overbelast',
  'draagkracht',
  'termijn',
  'uiterlijk',
  'fase',
  'onderbouwing',
  'bedragen',
  'betaler',
]
// Words both languages share ("week") are left out; names in the examples hold none of these.
const DUTCH = new RegExp(`(?<![\\p{L}-])(?:${DUTCH_WORDS.join('|')})(?![\\p{L}-])`, 'giu')

async function dutchLeftovers(page: Page): Promise<string[]> {
  for (const summary of await page.locator('main details:not([open]) > summary').all())
    await summary.click({ timeout: 1_000 }).catch(() => undefined)
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
  await page.goto('/#/cases')
  await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
  await page.reload()
  await page.getByRole('button', { name: 'Load example households' }).click()
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible()
  const problems: string[] = []
  problems.push(...(await dutchLeftovers(page)).map((p) => `caseload: ${p}`))
  await page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: true }).click()
  const base = page.url().replace(/\/[^/]+$/, '')
  for (const tab of [
    'household',
    'needs',
    'network',
    'arrangement',
    'compare',
    'what-if',
    'optimiser',
    'plan',
  ]) {
    await page.goto(`${base}/${tab}`)
    await page.waitForTimeout(500)
    problems.push(...(await dutchLeftovers(page)).map((p) => `${tab}: ${p}`))
  }
  await page.goto('/#/portfolio')
  await page.waitForTimeout(1500)
  problems.push(...(await dutchLeftovers(page)).map((p) => `portfolio: ${p}`))
  expect(problems).toEqual([])
})
