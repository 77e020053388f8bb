import { expect, test, type Page } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'

// Issue 12 item 9: a case is closed with a date on the Household tab; Settings lists the closed cases
// past their retention date and erases them only after confirmation.

async function setDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true })
  await input.fill(value)
  await input.blur()
  await expect(input).toHaveValue(value)
}

test('a case closed long ago is listed past its retention date and erased after confirmation', async ({
  page,
}) => {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await expect(page.locator('table.cases-table tbody tr')).toHaveCount(6)

  // Sander: onderzoek in 2019 that led to no provision, closed on 6 May 2019 → 5 years → erasable
  // from 6 May 2024 (Selectielijst 2020 result 3.2).
  await page.goto('/#/cases/h-sander/household')
  await setDate(page, 'Melding', '04-03-2019')
  await setDate(page, 'Onderzoek afgerond', '01-04-2019')
  // A closing date before the melding is refused.
  await page.getByLabel('Zaak afgesloten').fill('01-03-2019')
  await expect(page.locator('#date-afgesloten-error')).toContainText('kan niet vóór')
  await setDate(page, 'Zaak afgesloten', '06-05-2019')
  await expect(page.getByTestId('case-stage')).toContainText('Afgesloten')
  await expect(page.getByTestId('retention-note')).toContainText('bewaard tot 06-05-2024')

  // Van den Berg (Wmo provision granted): closed recently → kept for 15 years.
  await page.goto('/#/cases/h-van-den-berg/household')
  await setDate(page, 'Zaak afgesloten', '20-12-2025')

  await page.goto('/#/settings')
  const section = page.getByRole('region', { name: 'Bewaartermijnen en wissen' })
  const due = section.getByRole('table', { name: 'Bewaartermijn verstreken' })
  await expect(due.getByRole('row')).toHaveCount(2)
  const row = due.getByRole('row', { name: /Sander/ })
  await expect(row).toContainText('Afgesloten zonder beschikking (geen voorziening) · 5 jaar')
  await expect(row).toContainText('06-05-2019')
  await expect(row).toContainText('06-05-2024')
  await expect(row).toContainText('resultaat 3.2')
  await expect(row).toContainText('niet geverifieerd')
  const kept = section.getByRole('table', { name: 'Afgesloten, nog binnen de bewaartermijn' })
  const keptRow = kept.getByRole('row', { name: /Van den Berg/ })
  await expect(keptRow).toContainText('Wmo-voorziening verstrekt · 15 jaar')
  await expect(keptRow).toContainText('20-12-2040')
  await expect(kept.getByRole('button')).toHaveCount(0)
  await section.screenshot({ path: test.info().outputPath('retention-settings.png') })

  // Cancelling changes nothing; confirming erases.
  await row.getByRole('button', { name: /Wissen: .*Sander/ }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Zaken definitief wissen?' })
  await expect(dialog).toContainText('1 zaak')
  await page.screenshot({ path: test.info().outputPath('retention-confirm.png'), fullPage: true })
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(due.getByRole('row')).toHaveCount(2)
  await row.getByRole('button', { name: /Wissen: .*Sander/ }).click()
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click()
  await expect(
    section.getByText('Geen afgesloten zaken waarvan de bewaartermijn is verstreken.'),
  ).toBeVisible()
  await expect(section.getByRole('status')).toContainText('1 zaak gewist')

  await page.goto('/#/cases')
  await expect(page.locator('table.cases-table tbody tr')).toHaveCount(5)
  await expect(page.locator('table.cases-table')).not.toContainText('Sander')
  await expect(page.locator('table.cases-table')).toContainText('Van den Berg')
})
