import { expect, test, type Page } from './support/test'
import { StartupGatePage } from './pages/workspace-pages'

// Issue 12 item 8: the workspace locks after the idle time set in Settings, hides what is on screen,
// unlocks only with the passphrase, and loses nothing that was typed but not yet saved. The page's
// clock is Playwright's fake clock, so a minute passes without waiting for it.

const PASSPHRASE = 'een lange zin om te ontgrendelen'

class LockSettingsSection {
  readonly section
  readonly idle
  readonly passphrase
  readonly repeat
  readonly status

  constructor(readonly page: Page) {
    this.section = page.getByTestId('lock-settings')
    this.idle = this.section.getByLabel('Vergrendelen na (minuten)')
    this.passphrase = this.section.getByLabel('Wachtwoordzin voor ontgrendelen')
    this.repeat = this.section.getByLabel('Herhaal de wachtwoordzin')
    this.status = page.getByTestId('lock-status')
  }

  async setIdleMinutes(value: string): Promise<void> {
    await this.idle.fill(value)
    await this.section.getByRole('button', { name: 'Tijd opslaan' }).click()
  }

  async setPassphrase(value: string, repeat = value): Promise<void> {
    await this.passphrase.fill(value)
    await this.repeat.fill(repeat)
    await this.section.getByRole('button', { name: /Wachtwoordzin (instellen|wijzigen)/ }).click()
  }
}

class LockScreenPage {
  readonly dialog
  readonly passphrase

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Werkplek vergrendeld' })
    this.passphrase = this.dialog.getByLabel('Wachtwoordzin')
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase)
    await this.dialog.getByRole('button', { name: 'Ontgrendelen' }).click()
  }
}

test('locks after the idle time, hides the workspace, and unlocks with the passphrase without losing typed input', async ({
  page,
}) => {
  await page.clock.install()
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  const identity = page.getByLabel('Naam of personeelsnummer').first()
  await identity.fill('Consulent Test')
  await page.getByRole('button', { name: 'Opslaan' }).first().click()

  await page.goto('/#/settings')
  const settings = new LockSettingsSection(page)
  await expect(settings.status).toContainText('Vergrendelen staat uit')

  // Bad input: a clear message, nothing changed.
  await settings.setIdleMinutes('0')
  await expect(settings.section.getByRole('alert')).toContainText('1 tot en met 240 minuten')
  await settings.setPassphrase('te kort')
  await expect(settings.section.getByRole('alert')).toContainText('minstens 12 tekens')
  await expect(settings.status).toContainText('Vergrendelen staat uit')

  await settings.setIdleMinutes('1')
  await settings.setPassphrase(PASSPHRASE)
  await expect(settings.status).toContainText('na 1 min.')
  await settings.section.screenshot({ path: 'test-results/workspace-lock-settings.png' })

  // Something typed but not saved: the identity field in Settings.
  const unsaved = page.getByTestId('lock-settings').locator('..').getByLabel('Naam of personeelsnummer')
  // A click is activity: the minute starts here. The fake clock also runs in real time, so each
  // step keeps a margin of seconds for a slow machine.
  await unsaved.click()
  await unsaved.fill('Nog niet opgeslagen naam')

  const lockScreen = new LockScreenPage(page)
  await page.clock.fastForward(45_000)
  await expect(lockScreen.dialog).toHaveCount(0)
  await page.clock.fastForward(20_000)
  await expect(lockScreen.dialog).toBeVisible()
  // The workspace is covered and inert: nothing of it is visible or reachable.
  await expect(page.locator('.app-frame')).toHaveAttribute('inert', '')
  await expect(unsaved).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeHidden()
  await page.screenshot({ path: 'test-results/workspace-lock-screen.png' })

  await lockScreen.unlock('een verkeerde wachtwoordzin')
  await expect(lockScreen.dialog.getByRole('alert')).toContainText('klopt niet', { timeout: 15_000 })
  await expect(lockScreen.dialog).toBeVisible()

  await lockScreen.unlock(PASSPHRASE)
  await expect(lockScreen.dialog).toHaveCount(0, { timeout: 15_000 })
  await expect(unsaved).toBeVisible()
  await expect(unsaved).toHaveValue('Nog niet opgeslagen naam')

  // Activity restarts the idle time: a key press just before the minute keeps it open.
  await page.clock.fastForward(50_000)
  await page.keyboard.press('Shift')
  await page.clock.fastForward(50_000)
  await expect(lockScreen.dialog).toHaveCount(0)
  await page.clock.fastForward(15_000)
  await expect(lockScreen.dialog).toBeVisible()
})

test('the idle time and the passphrase survive a reload', async ({ page }) => {
  await page.clock.install()
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.startEmpty()
  await page.goto('/#/settings')
  // The browser build says plainly that it makes no automatic backups, and what to do instead.
  const backups = page
    .locator('section', { has: page.getByRole('heading', { name: 'Back-ups', exact: false }) })
    .first()
  await expect(backups).toContainText('In de browser maakt Maatwerk geen automatische back-ups')
  await backups.screenshot({ path: 'test-results/workspace-lock-backups-browser.png' })
  const settings = new LockSettingsSection(page)
  await settings.setIdleMinutes('2')
  await settings.setPassphrase(PASSPHRASE)
  await expect(settings.status).toContainText('na 2 min.')
  await page.reload()
  await expect(settings.status).toContainText('na 2 min.')
  await page.clock.fastForward(121_000)
  await expect(new LockScreenPage(page).dialog).toBeVisible()
})
