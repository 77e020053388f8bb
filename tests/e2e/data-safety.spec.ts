import { expect, test, type Page } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'

// Issue 12 in Chromium itself: what the browser does when another tab deletes the database, and two
// tabs on the same household.

async function deleteDatabaseFrom(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('maatwerk')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(new Error('delete failed'))
      }),
  )
}

test.describe('data safety across tabs', () => {
  test('a database deleted from another tab stops the app, and the next start offers recovery', async ({
    page,
    context,
  }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    await expect(page.locator('table.cases-table tbody tr')).toHaveCount(6)

    const other = await context.newPage()
    await other.goto('/#/cases')
    await deleteDatabaseFrom(other)
    await other.close()

    // Before: tab A silently reopened a fresh, empty database and carried on in it.
    await expect(page.getByRole('heading', { name: 'De database is niet meer beschikbaar' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('verwijderd terwijl de app open stond')
    await page.screenshot({ path: test.info().outputPath('database-lost.png'), fullPage: true })

    // The sentinel was not lowered: the restart shows the recovery screen, not an empty list.
    await page.getByRole('button', { name: 'Maatwerk opnieuw starten' }).click()
    await expect(gate.recoveryHeading).toBeVisible()
    await expect(page.getByRole('alert').first()).toContainText('6 huishoudens')
  })

  test('an open case follows a change made in another tab', async ({ page, context }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    await expect(page.locator('table.cases-table tbody tr')).toHaveCount(6)
    await page.goto('/#/cases/h-van-den-berg/household')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Van den Berg')

    const other = await context.newPage()
    await other.goto('/#/cases/h-van-den-berg/household')
    const label = other.getByLabel('Naam van het huishouden')
    await label.fill('Van den Berg (gewijzigd in tab B)')
    await label.press('Enter')

    // Before: tab A kept showing the old name and would overwrite tab B's edit with its next save.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('gewijzigd in tab B')
    await other.close()
  })
})
