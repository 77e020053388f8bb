import { expect, test, type Locator, type Page } from '@playwright/test'
import { StartupGatePage } from './pages/workspace-pages'

const SHOTS = process.env.PORTFOLIO_SCREENSHOTS

/** Portefeuille: the budget holder's view. */
class PortfolioScreen {
  readonly heading: Locator
  readonly generateButton: Locator
  readonly importReport: Locator
  readonly forecastTotal: Locator
  readonly whatIfForecastTotal: Locator
  readonly drillPanel: Locator
  readonly syntheticCount: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Portefeuille', level: 1 })
    this.generateButton = page.getByRole('button', { name: 'Demoportefeuille maken' })
    this.importReport = page.getByRole('heading', { name: 'Resultaat van de import' })
    this.forecastTotal = page.getByTestId('forecast-total')
    this.whatIfForecastTotal = page.getByTestId('whatif-forecast-total')
    this.drillPanel = page.locator('section.drill-panel')
    this.syntheticCount = page.getByText(/synthetisch \(demo\)/)
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Portefeuille' })
      .click()
    await expect(this.heading).toBeVisible()
  }

  async generateDemo(size: '200' | '2.000'): Promise<void> {
    await this.page.getByRole('radio', { name: size, exact: true }).check()
    await this.generateButton.click()
    await expect(this.importReport).toBeVisible({ timeout: 60_000 })
    await expect(this.forecastTotal).toBeVisible({ timeout: 60_000 })
  }

  async drillInto(line: string): Promise<void> {
    await this.page.getByRole('button', { name: `Huishoudens achter ${line}`, exact: true }).click()
    await expect(this.drillPanel.getByRole('table')).toBeVisible()
  }

  async drillIntoMonth(line: string, month: string): Promise<void> {
    await this.page
      .getByRole('button', { name: new RegExp(`^Huishoudens achter ${line} in ${month} \\d{4}:`) })
      .click()
    await expect(this.drillPanel.getByRole('table')).toBeVisible()
  }

  async openFirstDrilledHousehold(): Promise<string> {
    const link = this.drillPanel.getByRole('link').first()
    const label = (await link.textContent()) ?? ''
    await link.click()
    return label
  }

  async applyIndexation(law: 'Wmo' | 'Jeugdwet' | 'Participatiewet', percent: string): Promise<void> {
    await this.page.getByLabel(`Tariefindexatie ${law} (%)`).fill(percent)
    await this.page.getByRole('button', { name: 'Doorrekenen', exact: true }).click()
    await expect(this.whatIfForecastTotal).toBeVisible({ timeout: 60_000 })
  }
}

/** Catalogus en tarieven. */
class CatalogueScreen {
  readonly fileInput: Locator
  readonly refusal: Locator
  readonly applyButton: Locator

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Tarieventabel (CSV of XLSX)')
    this.refusal = page.getByRole('alert').filter({ hasText: 'Het bestand is geweigerd' })
    this.applyButton = page.getByRole('button', { name: 'Tarieven toepassen' })
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Catalogus en tarieven' })
      .click()
    await expect(this.page.getByRole('heading', { name: 'Catalogus en tarieven', level: 1 })).toBeVisible()
  }

  async importCsv(name: string, csv: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  }

  errorRow(row: number): Locator {
    return this.page.locator(`table.import-errors tr[data-row="${row}"]`)
  }
}

test.describe('the budget holder’s portfolio', () => {
  test('generates a demo portfolio, drills into a household and sees an indexation what-if change the forecast', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await new StartupGatePage(page).startEmptyWorkspace()
    const portfolio = new PortfolioScreen(page)
    await portfolio.open()
    await portfolio.generateDemo('200')
    await expect(page.getByText('200 huishoudens opgeslagen.')).toBeVisible()
    await expect(portfolio.syntheticCount).toBeVisible()
    const before = await portfolio.forecastTotal.textContent()
    expect(before).toMatch(/^€\s?[\d.]+$/)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/portfolio-overview.png`, fullPage: true })

    await portfolio.drillIntoMonth('Wmo', 'mrt')
    await expect(
      portfolio.drillPanel.getByRole('heading', { name: /Huishoudens achter Wmo · mrt/ }),
    ).toBeVisible()
    await portfolio.drillInto('Jeugd')
    await expect(portfolio.drillPanel.getByText('synthetisch').first()).toBeVisible()
    const label = await portfolio.openFirstDrilledHousehold()
    await expect(page).toHaveURL(/#\/cases\/[^/]+\/arrangement$/)
    await expect(page.getByRole('heading', { name: label.trim(), level: 1 })).toBeVisible()

    await portfolio.open()
    await expect(portfolio.forecastTotal).toHaveText(before ?? '')
    await portfolio.applyIndexation('Wmo', '10')
    const after = await portfolio.whatIfForecastTotal.textContent()
    const euros = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))
    expect(euros(after)).toBeGreaterThan(euros(before))
    // The stored scenarios are untouched: the baseline forecast stays.
    await expect(portfolio.forecastTotal).toHaveText(before ?? '')
    await expect(page.getByRole('heading', { name: 'Meest geraakte huishoudens' })).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/portfolio-whatif.png`, fullPage: true })
  })

  test('refuses a tariff CSV with errors per row and applies nothing', async ({ page }) => {
    await new StartupGatePage(page).startEmptyWorkspace()
    const catalogue = new CatalogueScreen(page)
    await catalogue.open()
    await catalogue.importCsv(
      'tarieven.csv',
      [
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;34,50;2027-01-01;;Contract 2027',
        'wmo.bestaat-niet;zin;10,00;2027-01-01;;Contract 2027',
        'wmo.begeleiding-individueel;zin;zeventig;2027-01-01;;Contract 2027',
        'wmo.hulp-bij-het-huishouden;zin;35,00;2027-06-01;;Contract 2027',
      ].join('\n'),
    )
    await expect(catalogue.refusal).toContainText('3 problemen')
    await expect(catalogue.errorRow(3)).toContainText('Onbekende voorziening “wmo.bestaat-niet”')
    await expect(catalogue.errorRow(4)).toContainText('is geen getal')
    await expect(catalogue.errorRow(5)).toContainText('overlapt met rij 2')
    await expect(catalogue.applyButton).toBeDisabled()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalogue-import-refused.png`, fullPage: true })

    // A corrected file is accepted and applied.
    await catalogue.importCsv(
      'tarieven.csv',
      [
        'provisionId;deliveryForm;rate;from;to;source',
        'wmo.hulp-bij-het-huishouden;zin;34,50;2027-01-01;;Contract 2027',
      ].join('\n'),
    )
    await expect(page.getByText('De 1 regel is geldig.')).toBeVisible()
    // The preview names each period: the open-ended 2026 rate ends, the 2027 rate is added.
    const changes = page.locator('table.tariff-import-changes')
    await expect(changes.locator('tr[data-kind="ended"]')).toContainText(
      'blijft gelden: 01-01-2026 – 31-12-2026',
    )
    await expect(changes.locator('tr[data-kind="added"]')).toContainText('€ 34,50')
    await expect(page.getByText(/van de 0 huishoudens met deze voorzieningen/)).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalogue-import-preview.png`, fullPage: true })
    await catalogue.applyButton.click()
    await expect(page.getByRole('alertdialog')).toContainText('2 perioden worden gewijzigd')
    await page.getByRole('button', { name: 'Ja, tarieven toepassen' }).click()
    await expect(page.getByText('Gemeenteprofiel opgeslagen.')).toBeVisible()
    // The catalogue names a provision, never its code.
    await page
      .locator('main details > summary')
      .filter({ hasText: 'Hulp bij het huishouden' })
      .first()
      .click()
    await expect(page.getByRole('cell', { name: '€ 34,50' })).toBeVisible()
    // The earlier periods are still there.
    await expect(page.getByRole('cell', { name: '31-12-2026' }).first()).toBeVisible()

    await page.getByRole('button', { name: 'Import ongedaan maken' }).click()
    await expect(page.getByText('De import van tarieven.csv is ongedaan gemaakt.')).toBeVisible()
    await expect(page.getByRole('cell', { name: '€ 34,50' })).toHaveCount(0)
  })
})
