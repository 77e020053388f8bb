import { expect, test, type Page } from './support/test'
import { StartupGatePage } from './pages/workspace-pages'

// The forms in English mode (issue: data-safety probes): a bad date, BSN, amount or number of hours is
// refused beside its field in English — no Dutch left over — and nothing is stored.

async function startInEnglish(page: Page): Promise<void> {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  await page.goto('/#/settings')
  await page.getByLabel('English').check()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
}

test('in English, bad dates, BSNs, amounts and hours are refused in English and nothing is stored', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await startInEnglish(page)
  await page.goto('/#/cases/h-van-den-berg/household')

  await page.getByRole('button', { name: 'Add member' }).click()
  const member = page.locator('form.member-form')
  await member.getByLabel('Name', { exact: true }).fill('Probe member')
  await member.getByLabel('Birth date').fill('30-02-2026')
  await member.getByLabel('BSN (optional)').fill('123456789')
  await member.getByLabel(/^Net per month/).fill('12,5')
  await member.getByRole('button', { name: 'Save' }).click()
  await expect(member.getByText('Not a valid date (dd-mm-yyyy).')).toBeVisible()
  await expect(member.getByText('Invalid BSN (fails the elfproef check).')).toBeVisible()
  await expect(member.getByText('Not a valid amount (for example 1,234.56).')).toBeVisible()
  expect(await member.innerText()).not.toMatch(/ongeldig|geen geldige|moet|mag niet/i)

  const melding = page.getByLabel('Report (melding)', { exact: true })
  await melding.fill('31-02-2026')
  await melding.press('Tab')
  await expect(page.getByText('Not a valid date (dd-mm-yyyy).').first()).toBeVisible()

  const tabs = page.getByRole('navigation', { name: 'Parts of the case' })
  await tabs.getByRole('link', { name: 'Network', exact: true }).click()
  await page.getByRole('button', { name: /^Add (informal )?carer/ }).click()
  const carer = page.locator('form.carer-form')
  await carer.getByLabel('Name', { exact: true }).fill('Probe carer')
  await carer.getByLabel(/^Can sustain/).fill('-1')
  await carer.getByLabel(/^Paid work/).fill('200')
  await carer.getByRole('button', { name: 'Save' }).click()
  await expect(carer.getByText('Not saved: first correct the marked fields.')).toBeVisible()
  await expect(carer.getByRole('alert').first()).toBeVisible()
  expect(await carer.innerText()).not.toMatch(/ongeldig|geen geldige|moet|mag |minstens|hoogstens/i)

  await page.reload()
  await expect(page.getByRole('rowheader', { name: 'Probe carer' })).toHaveCount(0)
  await tabs.getByRole('link', { name: 'Household', exact: true }).click()
  await expect(page.getByRole('rowheader', { name: 'Probe member' })).toHaveCount(0)
  await expect(page.getByLabel('Report (melding)', { exact: true })).toHaveValue('27-10-2025')
})
