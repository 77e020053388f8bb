import { expect, test, type Locator, type Page } from './support/test'
import ExcelJS from 'exceljs'
import { StartupGatePage } from './pages/workspace-pages'

// The external tester's probes of the tariff-table import: a bad CSV or XLSX is refused row by row in
// the user's language, nothing is applied, and the catalogue's rates after a reload are unchanged.

const HEADER = 'provisionId;deliveryForm;rate;from;to;source'
const HBH = 'wmo.hulp-bij-het-huishouden;zin'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

class TariffImportScreen {
  readonly fileInput: Locator
  readonly preview: Locator
  readonly applyButton: Locator

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel(/^(Tarieventabel \(CSV of XLSX\)|Tariff table \(CSV or XLSX\))$/)
    this.preview = page.locator('.tariff-import-preview')
    this.applyButton = page.getByRole('button', { name: /^(Tarieven toepassen|Apply tariffs)$/ })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/catalogue')
    await expect(this.fileInput).toBeVisible()
  }

  async choose(name: string, content: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: content })
    await expect(this.preview).toContainText(name)
  }

  problem(row: number): Locator {
    return this.page.locator(`table.import-errors tr[data-row="${row}"]`)
  }

  /** The catalogue's rates of home help (Hulp bij het huishouden), as shown. */
  async homeHelpRates(): Promise<string[]> {
    const details = this.page.locator('main details').filter({ hasText: 'Hulp bij het huishouden' }).first()
    await details.locator('summary').click()
    return details.locator('td').allTextContents()
  }
}

const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8')

test.describe('a bad tariff table is refused and applies nothing', () => {
  test.beforeEach(async ({ page }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.startEmpty()
  })

  test('every kind of bad row is named with its row and column, and the rates stay', async ({ page }) => {
    const screen = new TariffImportScreen(page)
    await screen.open()
    const before = await screen.homeHelpRates()

    const cases: [string, Buffer, number, string][] = [
      ['negatief.csv', csv(`${HBH};-5,00;2027-01-01;;Contract`), 2, 'Het bedrag “-5,00” is negatief.'],
      ['30-februari.csv', csv(`${HBH};30,00;2026-02-30;;Contract`), 2, 'geen echte datum'],
      [
        'einde-voor-begin.csv',
        csv(`${HBH};30,00;2027-06-01;2027-01-01;Contract`),
        2,
        'ligt voor de begindatum',
      ],
      [
        'vorm.csv',
        csv('wmo.hulp-bij-het-huishouden;bestaatniet;30,00;2027-01-01;;Contract'),
        2,
        'Onbekende leveringsvorm',
      ],
      ['code.csv', csv('wmo.bestaat-niet;zin;30,00;2027-01-01;;Contract'), 2, 'Onbekende voorziening'],
      ['drie-decimalen.csv', csv(`${HBH};30,123;2027-01-01;;Contract`), 2, 'is geen getal'],
      ['dubbel.csv', csv(`${HBH};30,00;2027-01-01;;C`, `${HBH};30,00;2027-01-01;;C`), 3, 'Dubbele regel'],
      ['kopregel.csv', Buffer.from('a;b;c\n1;2;3'), 1, 'De kolom “provisionId” ontbreekt'],
    ]
    for (const [name, content, row, message] of cases) {
      await test.step(name, async () => {
        await screen.choose(name, content)
        await expect(screen.preview.getByRole('alert').first()).toContainText('Het bestand is geweigerd')
        await expect(screen.problem(row).first()).toContainText(message)
        await expect(screen.applyButton).toBeDisabled()
      })
    }
    for (const [name, content] of [
      ['leeg.csv', Buffer.from('')],
      ['binair.csv', Buffer.from([0, 1, 2, 0x50, 0x4b, 3, 4, 0xff, 0xfe])],
    ] as const) {
      await screen.choose(name, content)
      await expect(screen.preview).toContainText('Het bestand bevat geen tariefregels.')
      await expect(screen.applyButton).toBeDisabled()
    }
    await screen.choose('nep.xlsx', Buffer.from('dit is geen spreadsheet'), XLSX_TYPE)
    await expect(screen.preview.getByRole('alert')).toHaveText(
      'Dit bestand kon niet worden gelezen als CSV of XLSX.',
    )

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Tarieven')
    sheet.addRow(['provisionId', 'deliveryForm', 'rate', 'from', 'to', 'source'])
    sheet.addRow(['wmo.hulp-bij-het-huishouden', 'zin', -3, '2027-01-01', null, 'Contract'])
    await screen.choose('negatief.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX_TYPE)
    await expect(screen.problem(2)).toContainText('Het bedrag “-3” is negatief.')
    await expect(screen.applyButton).toBeDisabled()

    await page.reload()
    expect(await screen.homeHelpRates()).toEqual(before)
  })

  // Before: a 300,000-row file froze the tab for minutes (every period compared with every other).
  test('a file far too large for a tariff table is refused at once, unread, in Dutch and in English', async ({
    page,
  }) => {
    const screen = new TariffImportScreen(page)
    await screen.open()
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${HBH};30,00;${2030 + (i % 50)}-01-01;;Contract ${i}`,
    )
    await screen.choose('heel-lang.csv', csv(...rows))
    await expect(screen.preview.getByRole('alert')).toHaveText(
      'Dit bestand heeft 20.000 regels; een tarieventabel heeft er hoogstens 10.000. Het is niet gecontroleerd; er is niets gewijzigd.',
      { timeout: 5_000 },
    )
    await expect(screen.applyButton).toBeDisabled()
    await screen.choose('heel-groot.csv', Buffer.alloc(6 * 1024 * 1024, 'a'))
    await expect(screen.preview.getByRole('alert')).toHaveText(
      'Dit bestand is te groot voor een tarieventabel (6 MB; hoogstens 5 MB). Het is niet gelezen; er is niets gewijzigd.',
    )

    await page.goto('/#/settings')
    await page.getByLabel('English').check()
    await screen.open()
    await screen.choose('very-long.csv', csv(...rows))
    await expect(screen.preview.getByRole('alert')).toHaveText(
      'This file has 20,000 rows; a tariff table has at most 10,000. It was not checked; nothing has changed.',
    )
  })
})
