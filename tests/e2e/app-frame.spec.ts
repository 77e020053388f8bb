import { expect, test } from './support/test'

test.describe('app frame', () => {
  test('shows the Dutch frame with the four areas by default', async ({ page }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    for (const name of ['Casussen', 'Portefeuille', 'Catalogus en tarieven', 'Instellingen']) {
      await expect(nav.getByRole('link', { name })).toBeVisible()
    }
  })

  test('switches every visible string to English and keeps the choice after a reload', async ({ page }) => {
    await page.goto('/#/settings')
    await page.getByLabel('English').check()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await page.reload()
    const nav = page.getByRole('navigation', { name: 'Main menu' })
    await expect(nav.getByRole('link', { name: 'Cases' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Portfolio' })).toBeVisible()
  })
})
