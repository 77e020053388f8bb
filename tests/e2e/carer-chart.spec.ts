/** The carer chart of Vergelijken for a household without carers: a sentence saying why, no empty axes. */
import { expect, test } from '@playwright/test'
import { startWithExamples, type Language } from './support/screens'

const MESSAGES: Record<Language, string> = {
  nl: 'Dit huishouden heeft geen mantelzorgers of vrijwilligers, dus er is geen belasting om te tonen.',
  en: 'This household has no carers or volunteers, so there is no load to show.',
}

for (const language of ['nl', 'en'] as const) {
  test(`Vergelijken of a household without carers explains the empty carer chart (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await startWithExamples(page, language)
    await page.getByRole('link', { name: 'Gezin Yilmaz', exact: true }).click()
    await page.goto(page.url().replace(/\/[^/]+$/, '/compare'))
    const chart = page.locator('figure[aria-labelledby="carer-load-title"]')
    await expect(chart.getByTestId('carer-load-empty')).toContainText(MESSAGES[language], { timeout: 30_000 })
    await expect(chart.locator('.recharts-surface')).toHaveCount(0)
    // The other charts of the tab still draw.
    await expect(
      page.locator('figure[aria-labelledby="stacked-title"] svg[role="application"]'),
    ).toBeVisible()
  })
}
