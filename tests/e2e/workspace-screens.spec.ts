import { expect, test } from '@playwright/test'
import { CaseWorkspacePage, CasesListPage, StartupGatePage } from './pages/workspace-pages'

const SHOTS = process.env.WORKSPACE_SCREENSHOTS

test.describe('workspace screens with the example households', () => {
  test('offers the examples on first run, marks them, and shows every tab of a case', async ({ page }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/first-run.png`, fullPage: true })
    await gate.loadExamples()
    const list = new CasesListPage(page)
    await expect(list.heading).toBeVisible()
    await expect(list.rows).toHaveCount(6)
    await expect(list.row('Mevrouw Van den Berg').getByText('Voorbeeld')).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/cases.png`, fullPage: true })

    await list.openCase('Mevrouw Van den Berg')
    const workspace = new CaseWorkspacePage(page)
    await expect(page.getByRole('heading', { name: /Mevrouw Van den Berg/, level: 1 })).toBeVisible()
    await expect(page.getByRole('cell', { name: '*****3847' })).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/household.png`, fullPage: true })

    await workspace.openTab('Behoeften')
    await expect(page.locator('.zrm-radar svg').first()).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/needs.png`, fullPage: true })

    await workspace.openTab('Netwerk')
    await expect(page.getByRole('rowheader', { name: 'Anja' })).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/network.png`, fullPage: true })

    await workspace.openTab('Arrangement')
    await expect(workspace.findings.first()).toBeVisible()
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/arrangement.png`, fullPage: true })
  })
})
