import { expect, test, type Page } from './support/test'
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

  test('two tabs on one household: B follows A, and a stale save from B is refused with a reload, never written over A', async ({
    page,
    context,
  }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    await expect(page.locator('table.cases-table tbody tr')).toHaveCount(6)
    const tabA = page
    await tabA.goto('/#/cases/h-van-den-berg/household')
    const tabB = await context.newPage()
    await tabB.goto('/#/cases/h-van-den-berg/household')
    await expect(tabB.getByRole('heading', { level: 1 })).toContainText('Van den Berg', { timeout: 30_000 })

    // 1. A renames the household: B's heading and B's own name field follow. Before, B's field kept
    // the old name as its draft and wrote it back on the next blur — a silent overwrite.
    const labelA = tabA.getByLabel('Naam van het huishouden')
    await labelA.fill('Mevrouw Van den Berg (tab A)')
    await labelA.press('Enter')
    await expect(tabB.getByRole('heading', { level: 1 })).toContainText('(tab A)')
    const labelB = tabB.getByLabel('Naam van het huishouden')
    await expect(labelB).toHaveValue('Mevrouw Van den Berg (tab A)')
    await labelB.focus()
    await labelB.blur()
    await expect(tabA.getByRole('heading', { level: 1 })).toContainText('(tab A)')

    // 2. B opens the member form; A then changes the same member's name and saves.
    await tabB.getByRole('button', { name: 'Lid wijzigen: Mevrouw Van den Berg' }).click()
    const formB = tabB.locator('form.member-form')
    await expect(formB).toBeVisible()
    await tabA.getByRole('button', { name: 'Lid wijzigen: Mevrouw Van den Berg' }).click()
    const formA = tabA.locator('form.member-form')
    await formA.getByLabel('Naam', { exact: true }).fill('Mevrouw J. van den Berg')
    await formA.getByRole('button', { name: 'Opslaan' }).click()
    await expect(formA).toBeHidden()
    // B's table follows A's save while B's form still holds the old draft.
    await expect(tabB.locator('table.members-table')).toContainText('Mevrouw J. van den Berg')

    // 3. B saves its draft (another field changed): refused, shown with a reload — A's name stays.
    await formB.getByLabel('Netto per maand (€)').fill('1800')
    await formB.getByRole('button', { name: 'Opslaan' }).click()
    const banner = tabB.getByTestId('conflict-banner')
    await expect(banner).toContainText('Gewijzigd in een ander venster')
    await tabB.screenshot({ path: test.info().outputPath('stale-write-refused.png'), fullPage: true })
    await banner.getByRole('button', { name: 'Opnieuw laden' }).click()
    await expect(banner).toBeHidden()
    await expect(tabB.locator('table.members-table')).toContainText('Mevrouw J. van den Berg')
    await tabA.reload()
    await expect(tabA.locator('table.members-table')).toContainText('Mevrouw J. van den Berg')
    await expect(tabA.locator('table.members-table')).not.toContainText('1.800')
    await tabB.close()
  })

  test('a household deleted in one tab is not brought back by the other tab, which says it is gone', async ({
    page,
    context,
  }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    const rows = page.locator('table.cases-table tbody tr:not(.spacer)')
    await expect(rows).toHaveCount(6)
    const tabB = await context.newPage()
    await tabB.goto('/#/cases/h-van-den-berg/household')
    await tabB.getByRole('button', { name: 'Lid wijzigen: Mevrouw Van den Berg' }).click()
    await tabB.locator('form.member-form').getByLabel('Netto per maand (€)').fill('1800')

    await page.getByRole('button', { name: 'Verwijderen: Mevrouw Van den Berg' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click()
    await expect(rows).toHaveCount(5)

    // Tab B follows: its form (and any save from it) is gone, and it says why.
    await expect(tabB.getByText('Dit huishouden bestaat niet (meer).')).toBeVisible()
    await expect(tabB.locator('form.member-form')).toHaveCount(0)
    await tabB.close()
    await page.reload()
    await expect(rows).toHaveCount(5)
    await expect(page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: true })).toHaveCount(0)
  })
})
