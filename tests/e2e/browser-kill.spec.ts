import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'
import { killBrowser, launchOnProfile, type RunningBrowser } from './support/browser-process'

// The browser killed in the middle of a write (issue: crash probes kill the browser). Closing a page
// lets Chromium finish its own bookkeeping; here the whole browser process gets SIGKILL while a write
// runs, as a power cut or a crash of the app would, and is started again on the same profile. After
// every kill: nothing that was committed before is lost, the interrupted change is absent or whole,
// the app does not take the profile for a lost database, and the audit chain verifies.

const DELAYS_MS = [0, 30, 150, 600]

/** Starts Chromium on `profile` (support/browser-process.ts) and opens the case list. */
function launch(profile: string, baseURL: string): Promise<RunningBrowser> {
  return launchOnProfile(profile, `${baseURL}/#/cases`)
}

/** After a restart: the case list, no recovery screen, and an audit chain that was checked and holds. */
async function expectHealthyStart(page: Page, atLeast: number): Promise<CasesListPage> {
  const list = new CasesListPage(page)
  // A restart opens the killed profile's database and checks the audit chain: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)
  try {
    await expect.poll(() => list.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast)
  } catch (error) {
    // Seen once in CI (2026-12-02): the list's heading but no row for 30 s after a restart, on an idle
    // machine, and never here in many runs. What the page showed tells a lost database (the recovery
    // screen, "0 van 0") from a list that did not render or a start that hung; a page attached over
    // CDP leaves no snapshot of its own.
    const screen = await page
      .evaluate(() => ({
        visibility: document.visibilityState,
        status: document.querySelector('[data-testid="caseload-status"]')?.textContent ?? null,
        auditCheck: document.querySelector('[data-audit-check]')?.getAttribute('data-audit-check') ?? null,
        address: location.href,
        text: document.body.innerText.slice(0, 1500),
      }))
      .catch((reason: unknown) => ({ unreadable: String(reason) }))
    await page
      .screenshot({ path: test.info().outputPath('after-restart.png'), fullPage: true })
      .catch(() => null)
    const open = page
      .context()
      .pages()
      .map((p) => p.url())
    throw new Error(
      `${(error as Error).message}\nThe page after the restart: ${JSON.stringify(screen)}\nOpen pages: ${JSON.stringify(open)}`,
      { cause: error },
    )
  }
  await expect(page.locator('[data-audit-check]')).toHaveAttribute('data-audit-check', 'ok', {
    timeout: 20_000,
  })
  return list
}

test.describe('the browser killed in the middle of a write', () => {
  test.describe.configure({ timeout: 240_000 })
  let profile: string
  let running: RunningBrowser | null = null

  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'maatwerk-kill-'))
  })

  test.afterEach(async () => {
    if (running) await killBrowser(running).catch(() => undefined)
    running = null
    // A killed Chromium's helpers may still be writing to the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  })

  test('an import: the household is absent or whole after every kill, and nothing earlier is lost', async ({
    baseURL,
  }) => {
    running = await launch(profile, baseURL!)
    const gate = new StartupGatePage(running.page)
    await gate.loadExamples()
    let list = new CasesListPage(running.page)
    await expect(list.rows).toHaveCount(6)
    const examples = (await list.labels()).sort()
    let expected = 6
    const outcomes: string[] = []
    for (const delay of DELAYS_MS) {
      const file = structuredClone(EXAMPLE_VAN_DEN_BERG)
      file.household.id = `h-kill-${delay}`
      file.household.label = `Killtest ${delay}`
      await list.importCaseFile(`kill-${delay}.json`, JSON.stringify(file))
      await running.page.waitForTimeout(delay)
      await killBrowser(running)
      running = await launch(profile, baseURL!)
      const page = running.page
      list = await expectHealthyStart(page, expected)
      const labels = await list.labels()
      // Every household committed before the kill is still there.
      for (const label of examples) expect(labels).toContain(label)
      const row = list.row(`Killtest ${delay}`)
      if ((await row.count()) === 0) {
        outcomes.push('absent')
      } else {
        outcomes.push('whole')
        expected += 1
        await list.openCase(`Killtest ${delay}`)
        await expect(page.locator('table.members-table tbody tr')).toHaveCount(
          EXAMPLE_VAN_DEN_BERG.household.members.length,
        )
        await page
          .getByRole('navigation', { name: 'Onderdelen van de casus' })
          .getByRole('link', { name: 'Netwerk' })
          .click()
        for (const carer of EXAMPLE_VAN_DEN_BERG.household.carers)
          await expect(page.getByRole('rowheader', { name: carer.name, exact: true })).toBeVisible()
        // A context attached over CDP has no base URL: the list is opened by its full address.
        await page.goto(`${baseURL}/#/cases`)
      }
      await expect(list.rows).toHaveCount(expected)
    }
    test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') })
  })

  test('an edit: the old or the new name after every kill, and the audit chain verifies', async ({
    baseURL,
  }) => {
    running = await launch(profile, baseURL!)
    await new StartupGatePage(running.page).loadExamples()
    await expect(new CasesListPage(running.page).rows).toHaveCount(6)
    let name = 'Mevrouw Van den Berg'
    for (const delay of DELAYS_MS) {
      const page = running.page
      await page.goto(`${baseURL}/#/cases/h-van-den-berg/household`)
      const label = page.getByLabel('Naam van het huishouden')
      await expect(label).toHaveValue(name)
      const next = `Van den Berg ${delay}`
      await label.fill(next)
      await label.press('Enter')
      await page.waitForTimeout(delay)
      await killBrowser(running)
      running = await launch(profile, baseURL!)
      const list = await expectHealthyStart(running.page, 6)
      await expect(list.rows).toHaveCount(6)
      const labels = await list.labels()
      expect([name, next].filter((candidate) => labels.includes(candidate))).toHaveLength(1)
      if (labels.includes(next)) name = next
    }
  })
})
