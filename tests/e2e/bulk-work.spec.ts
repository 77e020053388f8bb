import { expect, test } from '@playwright/test'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'

// Issue 13, bulk work: after a demo generation and after removing the examples, the case list shows
// the new count and analyses what it holds — in its own worker, not on the page's thread.

test('the case list follows a demo generation and the removal of the examples', async ({ page }) => {
  test.setTimeout(240_000)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  const list = new CasesListPage(page)
  const status = page.getByTestId('caseload-status')
  await expect(status).toHaveText('6 van 6 huishoudens', { timeout: 60_000 })
  // A household of the consultant's own: the removal of the examples must leave it.
  await list.createHousehold('Eigen casus')
  await expect(page.getByRole('heading', { name: 'Eigen casus', level: 1 })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Portefeuille' })
    .click()
  await page.getByRole('button', { name: 'Demoportefeuille maken' }).click()
  await expect(page.locator('.import-report')).toContainText('200 huishoudens opgeslagen.', {
    timeout: 120_000,
  })

  await list.goto()
  // Every household counted and analysed (no "analysing … of …" left), the generated ones included.
  await expect(status).toHaveText('207 van 207 huishoudens', { timeout: 120_000 })
  expect(workers.some((url) => /caseload\.worker/.test(url))).toBe(true)
  await expect(page.getByLabel('Fase', { exact: true }).locator('option').first()).toHaveText(
    'Alle fasen (207)',
  )

  await page.getByRole('button', { name: 'Voorbeelden verwijderen' }).click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toContainText('206')
  await confirm.getByRole('button', { name: 'Voorbeelden verwijderen' }).click()
  await expect(page.getByText('206 voorbeeldhuishoudens verwijderd.')).toBeVisible({ timeout: 120_000 })
  await expect(status).toHaveText('1 van 1 huishouden', { timeout: 60_000 })
  await expect(list.rows).toHaveCount(1)
  await expect(list.row('Eigen casus')).toHaveCount(1)
})
