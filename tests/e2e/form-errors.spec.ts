import { expect, test, type Locator, type Page } from '@playwright/test'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'

/** A folder for a screenshot of each form with its message (FORM_SCREENSHOTS=dir). */
const SHOTS = process.env.FORM_SCREENSHOTS

/** The field is marked invalid and its message, linked by aria-describedby, says `text`. */
async function expectRefused(field: Locator, text: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  const describedBy = (await field.getAttribute('aria-describedby')) ?? ''
  const messageId = describedBy.split(' ').find((id) => id.endsWith('-error'))
  expect(messageId).toBeTruthy()
  await expect(field.page().locator(`[id="${messageId}"]`)).toHaveText(text)
}

/** The whole page, or only the form (`part`) when the page is long. */
async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  if (!SHOTS) return
  const path = `${SHOTS}/${name}.png`
  await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }))
}

function mainMenu(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name })
}

test.describe('forms refuse invalid input beside the field and store nothing', () => {
  test.beforeEach(async ({ page }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    await gate.loadExamples()
    await expect(new CasesListPage(page).heading).toBeVisible()
  })

  test('household name, procedure dates and ZRM assessment', async ({ page }) => {
    test.setTimeout(90_000)
    await new CasesListPage(page).openCase('Mevrouw Van den Berg')
    const tabs = page.getByRole('navigation', { name: 'Onderdelen van de casus' })
    await tabs.getByRole('link', { name: 'Huishouden', exact: true }).click()

    const label = page.getByLabel('Naam van het huishouden')
    await label.fill('')
    await label.press('Tab')
    await expectRefused(label, 'Mag niet leeg zijn.')
    const melding = page.getByLabel('Melding', { exact: true })
    await melding.fill('31-02-2026')
    await expectRefused(melding, 'Geen geldige datum (dd-mm-jjjj).')
    await shot(page, 'household-errors')
    // Nothing was stored: the case list still shows the name.
    await mainMenu(page, 'Casussen').click()
    await expect(page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: true })).toBeVisible()

    await new CasesListPage(page).openCase('Mevrouw Van den Berg')
    await tabs.getByRole('link', { name: 'Behoeften', exact: true }).click()
    const assessedOn = page.getByLabel('Datum beoordeling')
    await assessedOn.fill(`01-01-${new Date().getFullYear() + 2}`)
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click()
    await expectRefused(assessedOn, 'Deze datum ligt in de toekomst.')
    await expect(page.getByText('Niet opgeslagen: verbeter eerst de gemarkeerde velden.')).toBeVisible()
    await shot(page, 'needs-errors')
  })

  test('reasoning of a chosen arrangement', async ({ page }) => {
    await new CasesListPage(page).openCase('Mevrouw Van den Berg')
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Vergelijken', exact: true })
      .click()
    const card = page.getByTestId('scenario-card').first()
    await card.getByRole('button', { name: 'Kies dit arrangement' }).click()
    const reasoning = card.getByLabel('Onderbouwing van de keuze')
    await reasoning.fill('   ')
    await card.getByRole('button', { name: 'Vastleggen als gekozen arrangement' }).click()
    await expectRefused(reasoning, 'Mag niet leeg zijn.')
    await expect(card.getByText('Gekozen arrangement', { exact: true })).toHaveCount(0)
    await shot(page, 'choose-reasoning-error', card)
  })

  test('decision what-if lever', async ({ page }) => {
    await new CasesListPage(page).openCase('Mevrouw Van den Berg')
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Wat als', exact: true })
      .click()
    const lever = page.getByRole('textbox', { name: 'Uren van Anja per week' })
    await lever.fill('-3')
    await lever.press('Enter')
    await expectRefused(lever, 'Moet minstens 0 zijn.')
    await shot(page, 'whatif-lever-error', page.locator('.decision-lever', { has: lever }))
  })

  test('identity and municipality profile in Settings', async ({ page }) => {
    await mainMenu(page, 'Instellingen').click()
    // Settings asks for the consultant's name once: the first-start prompt on top of the other pages
    // is not shown here (it once showed the same form twice).
    const identity = page.getByRole('region', { name: 'Wie werkt er met Maatwerk?' })
    await expect(identity).toHaveCount(1)
    await expect(identity).toBeVisible()
    const name = identity.getByLabel('Naam of personeelsnummer')
    await name.fill('J')
    await identity.getByRole('button', { name: 'Opslaan' }).click()
    await expectRefused(name, 'Vul minstens 2 tekens in.')

    const profile = page.getByRole('region', { name: 'Gemeenteprofiel' })
    const indexation = profile.getByLabel('Indexatie na het laatste bekende tariefjaar (% per jaar)')
    await indexation.fill('30')
    await profile.getByLabel('CBS-code (GM0000)').fill('X12')
    await profile.getByRole('button', { name: 'Opslaan' }).click()
    await expectRefused(indexation, 'Mag hoogstens 25 zijn.')
    await expectRefused(
      profile.getByLabel('CBS-code (GM0000)'),
      'De CBS-code heeft de vorm GM gevolgd door vier cijfers (bijvoorbeeld GM0363).',
    )
    await expect(page.getByText('Gemeenteprofiel opgeslagen.')).toHaveCount(0)
    await shot(page, 'settings-errors')
  })

  test('tariff editor', async ({ page }) => {
    await mainMenu(page, 'Catalogus en tarieven').click()
    const provision = page
      .locator('details.catalogue-provision')
      .filter({ has: page.locator('summary', { hasText: /^Hulp bij het huishouden/ }) })
    await provision.locator('summary').click()
    await provision.getByRole('button', { name: 'Tarief toevoegen' }).click()
    const editor = page.locator('form.tariff-editor')
    await editor.getByLabel('Tarief per eenheid').fill('-5')
    await editor.getByLabel('Vanaf').fill('30-02-2027')
    await editor.getByRole('button', { name: 'Opslaan' }).click()
    await expectRefused(editor.getByLabel('Tarief per eenheid'), /^Moet minstens €\s0,00 zijn\.$/)
    await expectRefused(editor.getByLabel('Vanaf'), 'Geen geldige datum (dd-mm-jjjj).')
    await expectRefused(editor.getByLabel('Bron'), 'Mag niet leeg zijn.')
    await expect(editor.getByText('Niet opgeslagen: verbeter eerst de gemarkeerde velden.')).toBeVisible()
    await shot(page, 'tariff-editor-errors', editor)
  })

  test('portfolio what-if levers', async ({ page }) => {
    test.setTimeout(90_000)
    await mainMenu(page, 'Portefeuille').click()
    const share = page.getByLabel('Deel zorg in natura naar pgb (%)')
    await expect(share).toBeVisible({ timeout: 60_000 })
    await share.fill('150')
    await page.getByRole('button', { name: 'Doorrekenen', exact: true }).click()
    await expectRefused(share, 'Mag hoogstens 100 zijn.')
    await expect(page.getByText('Niet toegepast: verbeter eerst de gemarkeerde velden.')).toBeVisible()
    await expect(page.getByTestId('whatif-forecast-total')).toHaveCount(0)
    await shot(page, 'portfolio-whatif-errors', page.locator('form.whatif-form'))
  })
})
