import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { BackupSettingsPage, RestorePanel, TEST_PASSPHRASE } from './pages/backup-pages'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'
import { expectNoAuditAlert } from './support/audit'

// The page closed in the middle of a write (issue: data-safety probes). IndexedDB commits a
// transaction whole or not at all; these probes check that the app keeps each change in one
// transaction, so that after reopening the data is the old or the new version — never a mix — and the
// audit chain still verifies. Each probe closes the page at several moments after the write began.

const DELAYS_MS = [0, 10, 40, 120, 400]

/** Closes the page as a crash would (no unload handlers) and opens the app again in a new page. */
async function crashAndReopen(page: Page, context: BrowserContext): Promise<Page> {
  await page.close({ runBeforeUnload: false })
  const next = await context.newPage()
  await next.goto('/#/cases')
  // A fresh page opens the database and checks the audit chain first: slow on a loaded machine.
  await expect(next.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible({ timeout: 30_000 })
  return next
}

/** The household is either absent or whole: every member, carer and scenario of the file. */
async function expectAbsentOrWhole(page: Page, label: string, before: number): Promise<'absent' | 'whole'> {
  const list = new CasesListPage(page)
  // The reopened list shows at least every household that was there before the crash; only then does
  // a missing row mean the import is absent rather than not yet listed.
  await expect.poll(() => list.rows.count()).toBeGreaterThanOrEqual(before)
  const row = list.row(label)
  if ((await row.count()) === 0) return 'absent'
  await expect(row).toHaveCount(1)
  await list.openCase(label)
  await expect(page.locator('table.members-table tbody tr')).toHaveCount(
    EXAMPLE_VAN_DEN_BERG.household.members.length,
  )
  await page
    .getByRole('navigation', { name: 'Onderdelen van de casus' })
    .getByRole('link', { name: 'Netwerk' })
    .click()
  for (const carer of EXAMPLE_VAN_DEN_BERG.household.carers) {
    await expect(page.getByRole('rowheader', { name: carer.name, exact: true })).toBeVisible()
  }
  await list.goto()
  return 'whole'
}

test.describe('a crash in the middle of a write', () => {
  test('an import interrupted at any moment leaves the household absent or whole, and the audit chain intact', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000)
    let list = await new StartupGatePage(page).startWithExamples()
    const outcomes: string[] = []
    let expected = 6
    for (const delay of DELAYS_MS) {
      const file = structuredClone(EXAMPLE_VAN_DEN_BERG)
      file.household.id = `h-crash-${delay}`
      file.household.label = `Crashtest ${delay}`
      await list.importCaseFile(`crash-${delay}.json`, JSON.stringify(file))
      await page.waitForTimeout(delay)
      page = await crashAndReopen(page, context)
      list = new CasesListPage(page)
      const outcome = await expectAbsentOrWhole(page, `Crashtest ${delay}`, expected)
      outcomes.push(outcome)
      if (outcome === 'whole') expected += 1
      await expect(list.rows).toHaveCount(expected)
      await expectNoAuditAlert(page)
      await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)
    }
    test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') })
  })

  test('a household edit interrupted at any moment keeps the old or the new name, and the audit chain intact', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000)
    await new StartupGatePage(page).startWithExamples()
    let name = 'Mevrouw Van den Berg'
    for (const delay of DELAYS_MS) {
      await page.goto('/#/cases/h-van-den-berg/household')
      const label = page.getByLabel('Naam van het huishouden')
      await expect(label).toHaveValue(name)
      const next = `Van den Berg ${delay}`
      await label.fill(next)
      await label.press('Enter')
      await page.waitForTimeout(delay)
      page = await crashAndReopen(page, context)
      const list = new CasesListPage(page)
      await expect(list.rows).toHaveCount(6)
      const labels = await list.labels()
      expect([name, next].filter((candidate) => labels.includes(candidate))).toHaveLength(1)
      if (labels.includes(next)) name = next
      await expectNoAuditAlert(page)
    }
  })

  test('a restore interrupted at any moment leaves the data before or after it, never a mix', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000)
    let list = await new StartupGatePage(page).startWithExamples()
    const backupPath = await new BackupSettingsPage(page).saveBackup()
    // After the backup: Sander is deleted, and a household is added. The backup has Sander, not the new one.
    await list.goto()
    await list.deleteCase('Sander')
    await expect(list.rows).toHaveCount(5)
    await list.createHousehold('Na de back-up')
    await expect(page.getByRole('heading', { name: 'Na de back-up', level: 1 })).toBeVisible()
    await list.goto()
    const before = (await list.labels()).sort()
    const restored = [...before.filter((l) => l !== 'Na de back-up'), 'Sander'].sort()

    for (const delay of [0, 50, 300, 1_000, 2_500]) {
      await page.goto('/#/settings')
      const restore = new RestorePanel(page)
      await restore.check(backupPath, TEST_PASSPHRASE)
      await expect(restore.households).toHaveText('6', { timeout: 30_000 })
      await restore.confirmRestore()
      await page.waitForTimeout(delay)
      page = await crashAndReopen(page, context)
      list = new CasesListPage(page)
      const labels = (await list.labels()).sort()
      expect([before, restored]).toContainEqual(labels)
      await expectNoAuditAlert(page)
      if (JSON.stringify(labels) === JSON.stringify(restored)) {
        test.info().annotations.push({ type: 'restored after', description: `${delay} ms` })
        break
      }
    }
  })
})
