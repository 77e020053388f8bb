import { expect, test, type Download, type Locator, type Page } from './support/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { EXAMPLE_CASES, EXAMPLE_VAN_DEN_BERG } from '#shared'
import { normaliseSpace, pdfToText } from '../renderer/reports/pdf-text'

const SHOTS = process.env.REPORTS_SCREENSHOTS

/** The Plan tab of an open case. */
class PlanTabPage {
  readonly makePlanButton: Locator
  readonly comparisonXlsxButton: Locator
  readonly comparisonCsvButton: Locator
  readonly pseudonymise: Locator
  readonly language: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.makePlanButton = page.getByRole('button', { name: 'Plan maken (pdf)' })
    this.comparisonXlsxButton = page.getByRole('button', { name: 'Vergelijking exporteren: Excel (xlsx)' })
    this.comparisonCsvButton = page.getByRole('button', { name: 'Vergelijking exporteren: CSV' })
    this.pseudonymise = page.getByLabel('Gepseudonimiseerd (namen vervangen, geen BSN)')
    this.language = page.getByLabel('Taal van het plan')
    this.status = page.locator('.plan-tab .notice')
  }

  async openFor(label: string): Promise<void> {
    await this.page.goto('/#/cases')
    await this.page.getByRole('link', { name: label, exact: true }).click()
    await this.page.getByRole('link', { name: 'Plan', exact: true }).click()
    await expect(this.makePlanButton).toBeVisible()
  }

  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()])
    return download
  }
}

/** Settings → Back-ups, with the restore panel. */
class BackupPage {
  readonly passphrase: Locator
  readonly repeat: Locator
  readonly makeButton: Locator
  readonly restoreFile: Locator
  readonly restorePassphrase: Locator
  readonly checkButton: Locator
  readonly confirm: Locator
  readonly restoreButton: Locator
  readonly households: Locator

  constructor(readonly page: Page) {
    const settings = page.locator('section[aria-labelledby="backup-settings-title"]')
    this.passphrase = settings.getByLabel('Wachtwoordzin', { exact: true })
    this.repeat = settings.getByLabel('Wachtwoordzin herhalen')
    this.makeButton = settings.getByRole('button', { name: 'Back-up maken' })
    const restore = page.locator('.restore-panel')
    this.restoreFile = restore.getByLabel('Back-upbestand kiezen')
    this.restorePassphrase = restore.getByLabel('Wachtwoordzin')
    this.checkButton = restore.getByRole('button', { name: 'Bestand controleren' })
    this.confirm = restore.getByLabel(
      'Ik begrijp dat alle huidige gegevens worden vervangen door deze back-up',
    )
    this.restoreButton = restore.getByRole('button', { name: 'Terugzetten' })
    this.households = restore.getByTestId('backup-households')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings')
    await expect(this.makeButton).toBeVisible()
  }

  async makeBackup(passphrase: string): Promise<Download> {
    await this.passphrase.fill(passphrase)
    await this.repeat.fill(passphrase)
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.makeButton.click()])
    return download
  }

  async chooseAndCheck(path: string, passphrase: string): Promise<void> {
    await this.restoreFile.setInputFiles(path)
    await this.restorePassphrase.fill(passphrase)
    await this.checkButton.click()
  }
}

function tempPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'maatwerk-e2e-')), name)
}

async function saved(download: Download, name: string): Promise<string> {
  const path = tempPath(name)
  await download.saveAs(path)
  return path
}

async function pdfText(path: string): Promise<string> {
  return normaliseSpace(await pdfToText(readFileSync(path)))
}

async function startWithExamples(page: Page): Promise<void> {
  await page.goto('/#/cases')
  await page.getByRole('button', { name: 'Voorbeeldhuishoudens laden' }).click()
  await expect(
    page.getByRole('link', { name: EXAMPLE_VAN_DEN_BERG.household.label, exact: true }),
  ).toBeVisible()
}

const PASSPHRASE = 'een lange wachtzin voor de test'

test.describe('reports and backups', () => {
  test('exports the plan as a pseudonymised PDF download and the comparison as XLSX and CSV', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await startWithExamples(page)
    const plan = new PlanTabPage(page)
    await plan.openFor(EXAMPLE_VAN_DEN_BERG.household.label)
    await expect(plan.pseudonymise).toBeChecked()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/reports-plan-tab.png`, fullPage: true })

    const pdf = await plan.download(plan.makePlanButton)
    expect(pdf.suggestedFilename()).toMatch(/^maatwerk-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
    const pdfPath = await saved(pdf, 'plan.pdf')
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(pdfPath)
    expect(text).toContain('Ondersteuningsplan')
    expect(text).toContain('GEPSEUDONIMISEERD')
    expect(text).toContain('Grondslag: Wmo 2015')
    for (const person of EXAMPLE_VAN_DEN_BERG.household.members) expect(text).not.toContain(person.name)
    for (const carer of EXAMPLE_VAN_DEN_BERG.household.carers) expect(text).not.toContain(carer.name)
    await expect(plan.status).toContainText('Opgeslagen')

    const xlsx = await plan.download(plan.comparisonXlsxButton)
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await saved(xlsx, 'vergelijking.xlsx'))
    const totals = workbook.getWorksheet('Totalen')!
    // Title, header, one row per scenario, and (pseudonymised) the birth-year note under an empty row.
    const scenarioCount = EXAMPLE_VAN_DEN_BERG.scenarios.length
    expect(totals.actualRowCount).toBe(2 + scenarioCount + 1)
    const header = totals.getRow(2).values as unknown[]
    expect(header).toContain('Rekenbasis leeftijd')
    expect(String(totals.getRow(2 + scenarioCount + 2).getCell(1).value)).toMatch(/^Gepseudonimiseerd:/)
    for (let row = 3; row < 3 + scenarioCount; row += 1) {
      expect(String(totals.getRow(row).getCell(header.length - 1).value)).toMatch(/^Geboortejaar \(1 juli\)/)
    }
    const wmo = totals.getRow(3).getCell(2)
    expect(typeof wmo.value).toBe('number')
    expect(wmo.value as number).toBeGreaterThan(0)
    expect(wmo.numFmt).toContain('€')

    const csv = await plan.download(plan.comparisonCsvButton)
    const bytes = readFileSync(await saved(csv, 'vergelijking.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n')
    expect(lines[0]).toMatch(/^Scenario;Maand;/)
    expect(lines[1]).toMatch(/^[^;]+;2026-01;\d+,\d{2};/)
  })

  test('writes the plan in English with names when asked', async ({ page }) => {
    test.setTimeout(120_000)
    await startWithExamples(page)
    const plan = new PlanTabPage(page)
    await plan.openFor(EXAMPLE_VAN_DEN_BERG.household.label)
    await plan.pseudonymise.uncheck()
    await plan.language.selectOption('en')
    const text = await pdfText(await saved(await plan.download(plan.makePlanButton), 'plan-en.pdf'))
    expect(text).toContain('Support plan')
    expect(text).toContain(EXAMPLE_VAN_DEN_BERG.household.members[0]!.name)
  })

  test('makes an encrypted backup and restores it into an emptied browser', async ({ page, browser }) => {
    test.setTimeout(180_000)
    await startWithExamples(page)
    const backups = new BackupPage(page)
    await backups.open()
    const download = await backups.makeBackup(PASSPHRASE)
    expect(download.suggestedFilename()).toMatch(/^maatwerk-backup-.*\.mwbackup$/)
    const backupPath = await saved(download, 'backup.mwbackup')
    const raw = readFileSync(backupPath)
    expect(raw.subarray(0, 16).toString('latin1')).toBe('MAATWERK-BACKUP\n')
    expect(raw.toString('latin1')).not.toContain(EXAMPLE_VAN_DEN_BERG.household.members[0]!.name)
    await expect(page.locator('section[aria-labelledby="backup-settings-title"] .notice')).toContainText(
      `${EXAMPLE_CASES.length} huishoudens`,
    )
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/reports-backup-settings.png`, fullPage: true })

    // A new browser profile: the data is gone. Start empty, then restore from the file.
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto('/#/cases')
    await other.getByRole('button', { name: 'Leeg beginnen' }).click()
    const restore = new BackupPage(other)
    await restore.open()

    // A wrong passphrase is refused and nothing is shown to restore.
    await restore.chooseAndCheck(backupPath, 'niet de goede wachtzin')
    await expect(other.locator('.restore-panel [role="alert"]')).toContainText('De wachtwoordzin is onjuist')
    await expect(restore.restoreButton).toHaveCount(0)

    // A cut-off copy is refused as incomplete.
    const truncated = tempPath('afgebroken.mwbackup')
    writeFileSync(truncated, raw.subarray(0, raw.length - 50))
    await restore.chooseAndCheck(truncated, PASSPHRASE)
    await expect(other.locator('.restore-panel [role="alert"]')).toContainText('onvolledig')

    await restore.chooseAndCheck(backupPath, PASSPHRASE)
    await expect(restore.households).toHaveText(String(EXAMPLE_CASES.length))
    await expect(restore.restoreButton).toBeDisabled()
    if (SHOTS) await other.screenshot({ path: `${SHOTS}/reports-restore-preview.png`, fullPage: true })
    await restore.confirm.check()
    await restore.restoreButton.click()
    await expect(other.locator('.restore-panel [role="status"].notice')).toContainText('teruggezet')

    await other.goto('/#/cases')
    for (const file of EXAMPLE_CASES) {
      await expect(other.getByRole('link', { name: file.household.label, exact: true })).toBeVisible()
    }
    await fresh.close()
  })

  test('offers the restore on the recovery screen when the database was lost', async ({ page }) => {
    test.setTimeout(180_000)
    await startWithExamples(page)
    const backups = new BackupPage(page)
    await backups.open()
    const backupPath = await saved(await backups.makeBackup(PASSPHRASE), 'backup.mwbackup')

    // Chromium silently recreates a corrupt database empty; deleting it has the same effect. The
    // sentinel outside IndexedDB still says six households existed.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('maatwerk')
          request.onsuccess = () => resolve()
          request.onerror = () => resolve()
        }),
    )
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toBeVisible()

    const restore = new BackupPage(page)
    await restore.chooseAndCheck(backupPath, PASSPHRASE)
    await expect(restore.households).toHaveText(String(EXAMPLE_CASES.length))
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/reports-recovery-restore.png`, fullPage: true })
    await restore.confirm.check()
    await restore.restoreButton.click()
    await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)
    await page.goto('/#/cases')
    await expect(
      page.getByRole('link', { name: EXAMPLE_VAN_DEN_BERG.household.label, exact: true }),
    ).toBeVisible()
    await page.reload()
    await expect(
      page.getByRole('link', { name: EXAMPLE_VAN_DEN_BERG.household.label, exact: true }),
    ).toBeVisible()
  })
})
