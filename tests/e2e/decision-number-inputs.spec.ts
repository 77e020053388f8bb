/**
 * Issue 15 (what-if tells the truth): the optimiser's number fields and the what-if sensitivity
 * percentage take numbers in the interface language's notation; a negative, out-of-range or unreadable
 * value is refused with a message in the user's language and changes nothing — the proposal and the
 * sensitivity table stay what they were.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'

/** The optimiser and what-if tabs of an open case. */
class DecisionTabs {
  constructor(readonly page: Page) {}

  async open(tab: 'Voorstel' | 'Wat als'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: tab, exact: true })
      .click()
  }

  needField(index = 0) {
    return this.page.getByTestId('optimiser-needs').locator('input').nth(index)
  }

  async optimise(): Promise<string> {
    await this.page.getByRole('button', { name: 'Optimaliseren', exact: true }).click()
    await expect(this.page.getByTestId('optimiser-proposal')).toBeVisible({ timeout: 45_000 })
    return (await this.page.getByTestId('optimiser-per-month').textContent()) ?? ''
  }

  /** Types `text` into a field and leaves it (Tab), as a consultant does. */
  async type(field: Locator, text: string): Promise<void> {
    await field.fill(text)
    await field.press('Tab')
  }
}

async function openVanDenBerg(page: Page): Promise<DecisionTabs> {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  const list = new CasesListPage(page)
  await expect(list.heading).toBeVisible()
  await list.openCase('Mevrouw Van den Berg')
  return new DecisionTabs(page)
}

test('the optimiser refuses a negative need, too much respite and a negative limit, and its proposal stays the same', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const tabs = await openVanDenBerg(page)
  await tabs.open('Voorstel')
  const before = await tabs.optimise()

  const need = tabs.needField(0)
  const typed = await need.inputValue()
  await tabs.type(need, '-2')
  await expect(page.getByText('Moet minstens 0 zijn.')).toBeVisible()
  await expect(need).toHaveAttribute('aria-invalid', 'true')
  await tabs.type(need, 'veel')
  await expect(page.getByText('Geen getal (bijvoorbeeld 7,5).')).toBeVisible()

  const respite = page.getByLabel('Respijt voor een intensieve mantelzorger (etmalen per maand)')
  await tabs.type(respite, '9')
  await expect(page.getByText('Mag hoogstens 8 zijn.')).toBeVisible()
  await tabs.type(respite, '1,5')
  await expect(page.getByText('Moet een geheel getal zijn.')).toBeVisible()

  await page
    .getByText('Voorzieningen uitsluiten of begrenzen')
    .click()
    .catch(() => undefined)
  const limit = page.getByLabel(/^Maximum \(eenheden per periode\): /).first()
  await tabs.type(limit, '-1')
  await expect(page.getByText('Moet minstens 0 zijn.')).toBeVisible()

  // Nothing the fields refused reached the optimiser: the same proposal at the same cost.
  expect(await tabs.optimise()).toBe(before)
  // A valid value in Dutch notation is taken, and the message goes.
  await tabs.type(need, typed === '' ? '1' : typed)
  await expect(need).toHaveAttribute('aria-invalid', 'false')
})

test('the sensitivity percentage refuses 0, more than 100 and text in Dutch and in English, and the table stays', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const tabs = await openVanDenBerg(page)
  await tabs.open('Wat als')
  const table = page.getByTestId('tornado-table')
  await expect(table).toBeVisible()
  const before = await table.innerText()
  const percent = page.getByLabel('Variatie per knop (±%)')
  await tabs.type(percent, '0')
  await expect(page.getByText('Moet minstens 1 zijn.')).toBeVisible()
  await tabs.type(percent, '150')
  await expect(page.getByText('Mag hoogstens 100 zijn.')).toBeVisible()
  expect(await table.innerText()).toBe(before)
  await expect(percent).toHaveAttribute('aria-invalid', 'true')

  await tabs.type(percent, '12,5')
  await expect(percent).toHaveAttribute('aria-invalid', 'false')
  await expect(table).not.toHaveText(before)

  await page.goto('/#/settings')
  await page.getByLabel('English').check()
  await page.goBack()
  const english = page.getByLabel('Variation per lever (±%)')
  await expect(english).toHaveValue('12.5')
  await tabs.type(english, '7,5')
  await expect(page.getByText('Not a number (for example 7.5).')).toBeVisible()
  await tabs.type(english, '-3')
  await expect(page.getByText('Must be at least 1.')).toBeVisible()
})
