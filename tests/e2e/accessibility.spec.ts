import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'

// docs/architecture.md#quality-bars "Usable": no serious or critical axe violations on any screen a consultant or budget
// holder uses, in Dutch and in English.

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
}

const CASE_TABS = ['household', 'needs', 'network', 'arrangement', 'compare', 'what-if', 'optimiser', 'plan']

test.describe('accessibility', () => {
  test('every main screen and every case tab has no serious axe violations', async ({ page }) => {
    test.setTimeout(300_000)
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    await expect(page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: false }).first()).toBeVisible()

    const screens: string[] = ['/#/cases', '/#/portfolio', '/#/catalogue', '/#/settings']
    const problems: Record<string, string[]> = {}
    for (const hash of screens) {
      await page.goto(hash)
      await page.locator('main h1').first().waitFor()
      const found = await seriousViolations(page)
      if (found.length) problems[hash] = found
    }

    await page.goto('/#/cases')
    await page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: false }).first().click()
    await expect(page).toHaveURL(/#\/cases\/[^/]+\//)
    const caseUrl = page.url().replace(/\/[^/]+$/, '')
    for (const tab of CASE_TABS) {
      await page.goto(`${caseUrl}/${tab}`)
      await page.locator('main h2').first().waitFor()
      const found = await seriousViolations(page)
      if (found.length) problems[tab] = found
    }
    expect(problems).toEqual({})
  })

  test('the main menu can be reached and used with the keyboard alone', async ({ page }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.startEmpty()
    await page.getByRole('heading', { name: 'Casussen', level: 1 }).waitFor()
    await page.locator('body').click({ position: { x: 1, y: 1 } })
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.getByRole('heading', { name: 'Casussen', level: 1 }).waitFor()
    // Tab from the top of the page to the portfolio link and follow it with Enter.
    let reached = false
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Portefeuille')
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/portfolio/)
  })
})
