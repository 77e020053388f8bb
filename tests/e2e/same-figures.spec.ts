/**
 * One figure, one label, on every screen a consultant moves between: the caseload's monthly amount is
 * the arrangement panel's "Gemeente netto, gemiddeld per maand", and the cost chart of Vergelijken
 * names each payer as the cost table above it does.
 */
import { expect, test } from '@playwright/test'
import { CaseWorkspacePage, StartupGatePage } from './pages/workspace-pages'

const PER_MONTH = 'Gemeente netto, gemiddeld per maand'

test('the caseload shows each household’s monthly municipal cost as the arrangement panel does, under its label', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const list = await new StartupGatePage(page).startWithExamples()
  const headers = (await page.locator('table.cases-table thead th').allTextContents()).map((h) => h.trim())
  const column = headers.indexOf(PER_MONTH)
  expect(headers).toContain(PER_MONTH)
  await expect(list.sort.locator('option', { hasText: PER_MONTH })).toHaveCount(1)
  const labels = await list.labels()
  expect(labels).toHaveLength(6)
  for (const label of labels) {
    await list.goto()
    // The figure is computed in the background; wait until it is there.
    const cell = list.row(label).locator('th, td').nth(column)
    await expect(cell).toHaveText(/€/, { timeout: 30_000 })
    const onCaseload = (await cell.textContent())?.trim()
    await list.openCase(label)
    await new CaseWorkspacePage(page).openTab('Arrangement')
    await expect(page.getByTestId('municipal-per-month'), label).toHaveText(onCaseload ?? '', {
      timeout: 30_000,
    })
  }
})

test('the cost chart of Vergelijken names its payers as the cost table does', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const list = await new StartupGatePage(page).startWithExamples()
  await list.openCase('Gezin De Vries')
  await page
    .getByRole('navigation', { name: 'Onderdelen van de casus' })
    .getByRole('link', { name: 'Vergelijken', exact: true })
    .click()
  const chart = page.locator('figure[aria-labelledby="stacked-title"]')
  const legend = chart.locator('.recharts-legend-item-text')
  await expect(legend.first()).toBeVisible({ timeout: 30_000 })
  const names = (await legend.allTextContents()).map((n) => n.trim())
  expect(names).toEqual(['Gemeente – Wmo (netto, na eigen bijdrage)', 'Zvw (zorgverzekeraar)'])
  const table = page.getByTestId('compare-table')
  for (const name of names) await expect(table.getByRole('rowheader', { name, exact: true })).toHaveCount(1)
})

test('the arrangement’s cost tables name the valued informal care once, apart from the money', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const list = await new StartupGatePage(page).startWithExamples()
  await list.openCase('Gezin De Vries')
  const workspace = new CaseWorkspacePage(page)
  await workspace.openTab('Arrangement')
  const informal = 'Informele zorg (gewaardeerd, geen uitgave)'
  // The panel's table and the table per year.
  await expect(page.locator('table.cost-table')).toHaveCount(2, { timeout: 30_000 })
  for (const table of await page.locator('table.cost-table').all()) {
    await expect(table.locator('tbody.informal')).toBeVisible({ timeout: 30_000 })
    await expect(table.getByText(informal, { exact: true })).toHaveCount(1)
  }
  expect(await workspace.costCell(informal, 'Totaal looptijd')).toMatch(/^€\s71\.195,04$/)
})
