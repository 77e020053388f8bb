/**
 * Page objects of the backup screens (Settings): making a manual backup, and checking a backup file
 * for restore. The data-safety probes (crash mid-write, refused restores) start from them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Locator, Page } from '@playwright/test'

/** A passphrase long enough for the backup's rule (at least 12 characters). */
export const TEST_PASSPHRASE = 'een lange wachtzin voor de test'

/** A file of its own in a fresh temporary folder (the restore panel's file input reads it). */
export function tempFile(name: string, content: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-e2e-')), name)
  writeFileSync(path, content)
  return path
}

export class BackupSettingsPage {
  readonly section: Locator

  constructor(readonly page: Page) {
    this.section = page.locator('section[aria-labelledby="backup-settings-title"]')
  }

  /** Opens Settings and makes a manual backup (Dutch interface); resolves with its download. */
  async makeBackup(passphrase = TEST_PASSPHRASE): Promise<Download> {
    await this.page.goto('/#/settings')
    await this.section.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase)
    await this.section.getByLabel('Wachtwoordzin herhalen').fill(passphrase)
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section.getByRole('button', { name: 'Back-up maken' }).click(),
    ])
    return download
  }

  /** Makes a manual backup and keeps it in a temporary file; resolves with its path. */
  async saveBackup(passphrase = TEST_PASSPHRASE): Promise<string> {
    const download = await this.makeBackup(passphrase)
    const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-e2e-')), 'backup.mwbackup')
    await download.saveAs(path)
    return path
  }
}

export class RestorePanel {
  readonly panel: Locator
  readonly alert: Locator
  readonly households: Locator
  readonly restoreButton: Locator

  constructor(readonly page: Page) {
    this.panel = page.locator('.restore-panel')
    this.alert = this.panel.getByRole('alert')
    this.households = this.panel.getByTestId('backup-households')
    this.restoreButton = this.panel.getByRole('button', { name: /^(Terugzetten|Restore)$/ })
  }

  /** Chooses a backup file and has it checked with the passphrase (either language). */
  async check(path: string, passphrase: string): Promise<void> {
    await this.panel.getByLabel(/^(Back-upbestand kiezen|Choose backup file)$/).setInputFiles(path)
    await this.panel.getByLabel(/^(Wachtwoordzin|Passphrase)$/).fill(passphrase)
    await this.panel.getByRole('button', { name: /^(Bestand controleren|Check file)$/ }).click()
  }

  /** Confirms that all current data is replaced, and starts the restore (Dutch interface). */
  async confirmRestore(): Promise<void> {
    await this.panel
      .getByLabel('Ik begrijp dat alle huidige gegevens worden vervangen door deze back-up')
      .check()
    await this.restoreButton.click()
  }
}
