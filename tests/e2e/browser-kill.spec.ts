import { chromium, expect, test, type Browser, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'

// The browser killed in the middle of a write (issue: crash probes kill the browser). Closing a page
// lets Chromium finish its own bookkeeping; here the whole browser process gets SIGKILL while a write
// runs, as a power cut or a crash of the app would, and is started again on the same profile. After
// every kill: nothing that was committed before is lost, the interrupted change is absent or whole,
// the app does not take the profile for a lost database, and the audit chain verifies.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const DELAYS_MS = [0, 30, 150, 600]

type RunningBrowser = { child: ChildProcess; browser: Browser; page: Page }

/** Starts Chromium on `profile` with a debugging port it chooses itself, and opens the app. */
async function launch(profile: string, baseURL: string): Promise<RunningBrowser> {
  rmSync(join(profile, 'DevToolsActivePort'), { force: true })
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--lang=nl-NL',
      // As Playwright does for the browsers it starts: Chromium's sandbox refuses to run as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  )
  const portFile = join(profile, 'DevToolsActivePort')
  await expect.poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n')).toBe(true)
  const port = readFileSync(portFile, 'utf8').split('\n')[0]
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const context = browser.contexts()[0] ?? (await browser.newContext())
  const page = await context.newPage()
  await page.goto(`${baseURL}/#/cases`)
  return { child, browser, page }
}

/** SIGKILL to the browser process (and what it started), then waits until it is gone. */
async function kill(running: RunningBrowser): Promise<void> {
  const { child } = running
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  if (child.pid === undefined) throw new Error('Chromium did not start')
  process.kill(child.pid, 'SIGKILL')
  await exited
  try {
    // Its renderer and utility processes share its process group (started detached above).
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone with their parent.
  }
}

/** After a restart: the case list, no recovery screen, and an audit chain that was checked and holds. */
async function expectHealthyStart(page: Page, atLeast: number): Promise<CasesListPage> {
  const list = new CasesListPage(page)
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })).toHaveCount(0)
  await expect.poll(() => list.rows.count()).toBeGreaterThanOrEqual(atLeast)
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
    if (running) await kill(running).catch(() => undefined)
    running = null
    rmSync(profile, { recursive: true, force: true })
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
      await kill(running)
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
      await kill(running)
      running = await launch(profile, baseURL!)
      const list = await expectHealthyStart(running.page, 6)
      await expect(list.rows).toHaveCount(6)
      const labels = await list.labels()
      expect([name, next].filter((candidate) => labels.includes(candidate))).toHaveLength(1)
      if (labels.includes(next)) name = next
    }
  })
})
