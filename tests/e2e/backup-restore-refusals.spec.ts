import { expect, test } from './support/test'
import { readFileSync } from 'node:fs'
import {
  BackupSettingsPage,
  RestorePanel,
  TEST_PASSPHRASE as PASSPHRASE,
  tempFile,
} from './pages/backup-pages'
import { StartupGatePage } from './pages/workspace-pages'
import { expectNoAuditAlert } from './support/audit'

// A backup that cannot be restored (issue: data-safety probes): wrong passphrase, a changed byte, a
// cut-off copy, a newer file version, not a backup at all. Each is refused with its own message, no
// restore is offered, and the data in use — which differs from the backup — is unchanged after a reload.

test('a backup that cannot be restored is refused with its reason, and the data in use stays', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const list = await new StartupGatePage(page).startWithExamples()

  const download = await new BackupSettingsPage(page).makeBackup()
  const good = readFileSync(await download.path())
  // The data in use moves on after the backup: one household more.
  await list.goto()
  await list.createHousehold('Na de back-up')
  await expect(page.getByRole('heading', { name: 'Na de back-up', level: 1 })).toBeVisible()

  const tampered = Buffer.from(good)
  tampered[tampered.length - 100]! ^= 0x01
  const headerText = good.toString('latin1')
  const newer = Buffer.from(headerText.replace('"fileVersion":1', '"fileVersion":9'), 'latin1')
  expect(newer.equals(good)).toBe(false)

  const refusals: [string, Buffer, string, string][] = [
    [
      'goed.mwbackup',
      good,
      'niet de goede wachtzin',
      'De wachtwoordzin is onjuist, of het bestand is beschadigd of gewijzigd. Er is niets gewijzigd.',
    ],
    [
      'gewijzigd.mwbackup',
      tampered,
      PASSPHRASE,
      'De wachtwoordzin is onjuist, of het bestand is beschadigd of gewijzigd. Er is niets gewijzigd.',
    ],
    [
      'afgebroken.mwbackup',
      good.subarray(0, good.length - 50),
      PASSPHRASE,
      'Het bestand is onvolledig (afgebroken). Er is niets gewijzigd.',
    ],
    ['kop-afgebroken.mwbackup', good.subarray(0, 30), PASSPHRASE, 'Er is niets gewijzigd.'],
    [
      'nieuwer.mwbackup',
      newer,
      PASSPHRASE,
      'Deze back-up is gemaakt met een nieuwere versie van Maatwerk. Werk de app bij om hem terug te zetten. Er is niets gewijzigd.',
    ],
    [
      'casus.mwbackup',
      Buffer.from('{"format":"maatwerk.case"}'),
      PASSPHRASE,
      'Dit is geen Maatwerk-back-up.',
    ],
    ['leeg.mwbackup', Buffer.alloc(0), PASSPHRASE, 'Dit is geen Maatwerk-back-up.'],
  ]
  await page.goto('/#/settings')
  const restore = new RestorePanel(page)
  for (const [name, content, passphrase, message] of refusals) {
    await test.step(name, async () => {
      await restore.check(tempFile(name, content), passphrase)
      await expect(restore.alert).toContainText(message, { timeout: 30_000 })
      await expect(restore.restoreButton).toHaveCount(0)
    })
  }

  // In English the refusal is English.
  await page.getByLabel('English').check()
  await restore.check(tempFile('good.mwbackup', good), 'not the right passphrase')
  await expect(restore.alert).toHaveText(
    'The passphrase is wrong, or the file is damaged or altered. Nothing was changed.',
    { timeout: 30_000 },
  )

  await page.reload()
  await page.goto('/#/cases')
  await expect(list.rows).toHaveCount(7)
  await expect(page.getByRole('link', { name: 'Na de back-up', exact: true })).toBeVisible()
  await expectNoAuditAlert(page)
})
