/**
 * Issue 14: a consultant's working day — a new case walked from melding to a chosen arrangement
 * guided only by the "still needed" list, the caseload filters (also with thousands of households),
 * and dates typed and read as dd-mm-jjjj in a browser whose own language is English.
 */
import { expect, test, type Page } from './support/test'
import AxeBuilder from '@axe-core/playwright'
import {
  addDays,
  caseloadFactsOf,
  caseloadScenarioOf,
  countCaseload,
  evaluateScenario,
  PROVISIONS,
  serializeCaseFile,
  type CaseFile,
  type ScenarioResult,
} from '#shared'
import { generatePortfolio } from '#shared/portfolio'
import { CaseWorkspacePage, CasesListPage, StartupGatePage } from './pages/workspace-pages'

const SHOTS = process.env.CASELOAD_SCREENSHOTS

/**
 * Today as the app sees it: the page's own local date. The browser runs in Europe/Amsterdam
 * (playwright.config.ts) while the test runner may not, so near midnight their dates differ.
 */
function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date()
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  })
}
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

/** The case header's "still needed" list. */
class CaseFlowPanel {
  constructor(readonly page: Page) {}
  get stage() {
    return this.page.getByTestId('case-stage')
  }
  get missing() {
    return this.page.getByTestId('case-missing').getByRole('link')
  }
  /** Follows the first item of the list (the only guidance the walk uses). */
  async followFirst(expected: RegExp): Promise<void> {
    const first = this.missing.first()
    await expect(first).toHaveText(expected)
    await first.click()
  }
}

test.describe('dates in dd-mm-jjjj whatever the browser language', () => {
  test.use({ locale: 'en-US' })

  test('types, picks and reads procedure dates as dd-mm-jjjj and refuses impossible ones', async ({
    page,
  }) => {
    const gate = new StartupGatePage(page)
    await gate.open()
    expect(await page.evaluate(() => navigator.language)).toBe('en-US')
    await gate.startEmpty()
    const list = new CasesListPage(page)
    await list.createHousehold('Familie Datum')
    const melding = page.getByLabel('Melding', { exact: true })
    await expect(melding).toHaveAttribute('placeholder', 'dd-mm-jjjj')

    // Typing in the Dutch order, with one-digit parts: stored, and shown back as dd-mm-jjjj.
    const meldingIso = addDays(await browserToday(page), -20)
    const [y, m, d] = meldingIso.split('-')
    await melding.fill(`${Number(d)}-${Number(m)}-${y}`)
    await melding.blur()
    await expect(melding).toHaveValue(dutch(meldingIso))
    await expect(page.getByTestId('case-stage')).toContainText('Onderzoek')
    await expect(page.getByTestId('case-deadline')).toContainText(dutch(addDays(meldingIso, 42)))

    // A date that does not exist is refused with a message; nothing changes.
    const onderzoek = page.getByLabel('Onderzoek afgerond')
    await onderzoek.fill('31-02-2026')
    await expect(page.locator('#date-onderzoekAfgerond-error')).toContainText('dd-mm-jjjj')
    // A date that cannot be true — the onderzoek completed before the melding — is refused too.
    await onderzoek.fill(dutch(addDays(meldingIso, -1)))
    await expect(page.locator('#date-onderzoekAfgerond-error')).toContainText('kan niet vóór')
    await expect(page.getByTestId('case-stage')).toContainText('Onderzoek')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dates-refused.png`, fullPage: true })

    // Picking from the calendar works as well (the browser's own picker only hands over its value).
    await page.getByTestId('date-onderzoekAfgerond-picker').fill(addDays(meldingIso, 3))
    await expect(onderzoek).toHaveValue(dutch(addDays(meldingIso, 3)))
    await expect(page.getByTestId('case-stage')).toContainText('Aanvraag')

    await page.reload()
    await expect(page.getByLabel('Melding', { exact: true })).toHaveValue(dutch(meldingIso))
    await expect(page.getByLabel('Onderzoek afgerond')).toHaveValue(dutch(addDays(meldingIso, 3)))

    // In English the same notation, with an English hint.
    await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
    await page.reload()
    const meldingEn = page.getByLabel('Melding', { exact: false }).first()
    await expect(meldingEn).toHaveAttribute('placeholder', 'dd-mm-yyyy')
    await expect(meldingEn).toHaveValue(dutch(meldingIso))
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dates-english.png`, fullPage: true })
  })
})

test('walks a new case from melding to a chosen arrangement guided only by the list of what is missing', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await new StartupGatePage(page).startEmptyWorkspace()
  await expect(page.locator('.first-start-explain')).toBeVisible()
  const list = new CasesListPage(page)
  await list.createHousehold('Gezin De Wit')
  const flow = new CaseFlowPanel(page)
  const ws = new CaseWorkspacePage(page)
  const today = await browserToday(page)

  await expect(flow.stage).toContainText('Melding')
  await flow.followFirst(/datum van de melding/)
  await page.getByLabel('Melding', { exact: true }).fill(dutch(addDays(today, -14)))

  await expect(flow.stage).toContainText('Onderzoek')
  await flow.followFirst(/leden van het huishouden/)
  await ws.addMember({ name: 'Mark', birthDate: '12-04-1985', income: 'Bijstand' })

  await flow.followFirst(/Beoordeel de behoeften/)
  await expect(page).toHaveURL(/\/needs$/)
  await page.getByLabel('Huidige score: Financiën').selectOption('2')
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click()

  await flow.followFirst(/onderzoek is afgerond/)
  await page.getByLabel('Onderzoek afgerond').fill(dutch(addDays(today, -7)))

  await expect(flow.stage).toContainText('Aanvraag')
  await flow.followFirst(/datum van de aanvraag/)
  await page.getByLabel('Aanvraag', { exact: true }).fill(dutch(addDays(today, -2)))

  await expect(flow.stage).toContainText('Plan en beschikking')
  await expect(page.getByTestId('case-deadline')).toContainText(dutch(addDays(today, 12)))
  await flow.followFirst(/Stel een arrangement/)
  await expect(page).toHaveURL(/\/arrangement$/)
  await ws.createScenario()
  await ws.addLine({ provision: 'Schuldhulpverlening', volume: '1' })

  await flow.followFirst(/alternatief scenario/)
  await ws.createScenario()
  await expect(ws.lineEditors()).toHaveCount(0)
  await ws.addLine({ provision: 'Individuele begeleiding', volume: '2' })

  await flow.followFirst(/kies een arrangement/)
  await expect(page).toHaveURL(/\/compare$/)
  await page.getByRole('button', { name: 'Kies dit arrangement' }).first().click()
  await page.getByLabel('Onderbouwing van de keuze').fill('Past bij de schulden; begeleiding later.')
  await page.getByRole('button', { name: 'Vastleggen als gekozen arrangement' }).click()

  // Only the beschikking is left before the next step.
  await expect(flow.missing).toHaveCount(1)
  await expect(flow.missing.first()).toHaveText(/datum van de beschikking/)
  await expect(page.getByTestId('case-evaluation')).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/case-flow-chosen.png`, fullPage: true })

  await flow.followFirst(/datum van de beschikking/)
  await page.getByLabel('Beschikking').fill(dutch(today))
  await expect(flow.stage).toContainText('In uitvoering')
  await expect(page.getByText('Niets meer nodig voor de volgende stap.')).toBeVisible()

  // The arrangement tab opens the chosen scenario (not simply the first), and after an edit elsewhere
  // the last edited one, also after a reload.
  const scenarioSelect = page.getByLabel('Scenario', { exact: true })
  const selectedName = () => scenarioSelect.locator('option:checked').textContent()
  await ws.openTab('Arrangement')
  const chosenName = await selectedName()
  const other = chosenName === 'Scenario 1' ? 'Scenario 2' : 'Scenario 1'
  await scenarioSelect.selectOption({ label: other })
  await ws.setLineVolume(0, '3')
  await page.reload()
  await ws.openTab('Arrangement')
  expect(await selectedName()).toBe(other)

  const axe = await new AxeBuilder({ page }).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

/** Five households, each raising one flag of the caseload. */
function craftedCases(today: string): CaseFile[] {
  const base = (label: string): CaseFile => ({
    format: 'maatwerk.case',
    formatVersion: 1,
    household: {
      id: label.toLowerCase().replace(/\s/g, '-'),
      label,
      members: [
        {
          id: 'p1',
          name: 'Iris',
          birthDate: '1970-06-01',
          role: 'client',
          income: { kind: 'none', netMonthlyCents: 0 },
          zrm: { assessedOn: addDays(today, -30), scores: { financien: 2 } },
        },
      ],
      carers: [],
    },
    scenarios: [],
  })
  const termijn = base('Casus Termijn')
  termijn.household.dates = { melding: addDays(today, -40) } // onderzoek due in 2 days
  const blokkade = base('Casus Blokkade')
  blokkade.household.dates = { melding: addDays(today, -60), onderzoekAfgerond: addDays(today, -30) }
  blokkade.household.carers = [
    {
      id: 'c1',
      name: 'Kees',
      relation: 'friend',
      livesIn: false,
      caresFor: ['p1'],
      capacityHoursPerWeek: 10,
      workHoursPerWeek: 0,
      consent: false,
    },
  ]
  blokkade.scenarios = [
    {
      id: 's1',
      name: 'Met Kees',
      startDate: addDays(today, -20),
      horizonMonths: 12,
      chosen: { on: addDays(today, -20), reasoning: 'test' },
      lines: [
        {
          id: 'l1',
          provisionId: 'informal.mantelzorg',
          personId: 'p1',
          deliveryForm: 'mantelzorg',
          volume: 4,
          unit: 'hour',
          frequency: 'week',
          startDate: addDays(today, -20),
          carerId: 'c1',
        },
      ],
    },
  ]
  const overbelast = base('Casus Overbelast')
  overbelast.household.carers = [
    {
      id: 'c1',
      name: 'Mia',
      relation: 'child',
      livesIn: false,
      caresFor: ['p1'],
      capacityHoursPerWeek: 2,
      workHoursPerWeek: 30,
      consent: true,
    },
  ]
  overbelast.scenarios = [
    {
      id: 's1',
      name: 'Veel mantelzorg',
      startDate: today,
      horizonMonths: 12,
      lines: [
        {
          id: 'l1',
          provisionId: 'informal.mantelzorg',
          personId: 'p1',
          deliveryForm: 'mantelzorg',
          volume: 12,
          unit: 'hour',
          frequency: 'week',
          startDate: today,
          carerId: 'c1',
        },
      ],
    },
  ]
  const overgang = base('Casus Overgang')
  overgang.household.members.push({
    id: 'p2',
    name: 'Noor',
    birthDate: addDays(`${Number(today.slice(0, 4)) - 18}${today.slice(4)}`, 60),
    role: 'child',
    income: { kind: 'none', netMonthlyCents: 0 },
  })
  const evaluatie = base('Casus Evaluatie')
  evaluatie.household.dates = {
    melding: addDays(today, -300),
    onderzoekAfgerond: addDays(today, -280),
    aanvraag: addDays(today, -279),
    beschikking: addDays(today, -270),
  }
  evaluatie.scenarios = [
    {
      id: 's1',
      name: 'Lopend',
      startDate: addDays(today, -270),
      horizonMonths: 24,
      chosen: { on: addDays(today, -272), reasoning: 'test' },
      evaluationDate: addDays(today, 14),
      lines: [
        {
          id: 'l1',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p1',
          deliveryForm: 'zin',
          volume: 1,
          unit: 'hour',
          frequency: 'week',
          startDate: addDays(today, -270),
        },
      ],
    },
  ]
  return [termijn, blokkade, overbelast, overgang, evaluatie]
}

const FLAG_LABELS = {
  deadline: 'Termijn verstreken of binnen een week',
  evaluation: 'Evaluatie binnen 6 weken',
  blocking: 'Blokkerende bevindingen',
  overloaded: 'Overbelaste mantelzorger',
  transitions: 'Overgang binnen 6 maanden',
} as const

const FLAG_CASE = {
  deadline: 'Casus Termijn',
  evaluation: 'Casus Evaluatie',
  blocking: 'Casus Blokkade',
  overloaded: 'Casus Overbelast',
  transitions: 'Casus Overgang',
} as const

async function importCrafted(page: Page, files: CaseFile[]): Promise<void> {
  const list = new CasesListPage(page)
  for (const file of files) {
    await list.goto()
    await list.importCaseFile(`${file.household.label}.json`, serializeCaseFile(file))
    await expect(page.getByRole('heading', { name: file.household.label, level: 1 })).toBeVisible()
  }
  await list.goto()
}

function flagButton(page: Page, flag: keyof typeof FLAG_LABELS) {
  return page.getByRole('button', { name: new RegExp(`^${FLAG_LABELS[flag]} \\(\\d+\\)$`) })
}

async function countOf(page: Page, flag: keyof typeof FLAG_LABELS): Promise<number> {
  const text = (await flagButton(page, flag).textContent()) ?? ''
  return Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN)
}

test('filters the caseload by each filter, with counts, and reaches the filters by keyboard', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await new StartupGatePage(page).startEmptyWorkspace()
  const today = await browserToday(page)
  await importCrafted(page, craftedCases(today))
  const list = new CasesListPage(page)
  const status = page.getByTestId('caseload-status')
  // The analysis runs in a worker that first has to start and read the households: on a loaded
  // machine that can take longer than the default five seconds.
  await expect(status).toHaveText('5 van 5 huishoudens', { timeout: 30_000 })

  for (const flag of Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]) {
    await expect(flagButton(page, flag)).toHaveText(`${FLAG_LABELS[flag]} (1)`)
    await flagButton(page, flag).click()
    await expect(flagButton(page, flag)).toHaveAttribute('aria-pressed', 'true')
    expect(await list.labels()).toEqual([FLAG_CASE[flag]])
    await flagButton(page, flag).click()
  }
  // Stages: each option carries its count; choosing one shows those households only.
  const stage = page.getByLabel('Fase', { exact: true })
  await stage.selectOption({ label: 'Onderzoek (keukentafelgesprek) (1)' })
  expect(await list.labels()).toEqual(['Casus Termijn'])
  await stage.selectOption({ label: 'Evaluatie (1)' })
  expect(await list.labels()).toEqual(['Casus Evaluatie'])
  await stage.selectOption({ label: 'Aanvraag (1)' })
  expect(await list.labels()).toEqual(['Casus Blokkade'])
  await stage.selectOption({ label: 'Melding (2)' })
  expect((await list.labels()).sort()).toEqual(['Casus Overbelast', 'Casus Overgang'])
  // Filters combine.
  await flagButton(page, 'transitions').click()
  expect(await list.labels()).toEqual(['Casus Overgang'])
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/caseload-filtered.png`, fullPage: true })
  await page.getByRole('button', { name: 'Filters wissen' }).click()
  await expect(status).toHaveText('5 van 5 huishoudens')

  // Keyboard: Tab reaches the stage filter and the flags; Space toggles a flag.
  await page.getByLabel('Sorteren op').focus()
  let reached = false
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await flagButton(page, 'blocking').evaluate((el) => el === document.activeElement)
  }
  expect(reached).toBe(true)
  await page.keyboard.press('Space')
  expect(await list.labels()).toEqual(['Casus Blokkade'])
  await page.keyboard.press('Space')

  // Sorting by the next deadline puts the case whose onderzoek is due first on top.
  await page.getByLabel('Sorteren op').selectOption({ label: 'Eerstvolgende termijn' })
  expect((await list.labels())[0]).toBe('Casus Termijn')

  const axe = await new AxeBuilder({ page }).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('keeps filtering right and fast with 2,000 households', async ({ page }) => {
  test.setTimeout(300_000)
  // The list's analysis of the generated households runs in its own worker (issue 13), not on the page.
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await new StartupGatePage(page).startEmptyWorkspace()
  const today = await browserToday(page)
  const crafted = craftedCases(today)
  await importCrafted(page, crafted)
  // Answer the first-start question as a consultant would, so the card no longer shifts the page.
  const who = page.getByRole('region', { name: 'Wie werkt er met Maatwerk?' })
  await who.getByRole('textbox', { name: 'Naam of personeelsnummer' }).fill('Consulent E2E')
  await who.getByRole('button', { name: 'Opslaan' }).click()
  await expect(who).toHaveCount(0)

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Portefeuille' })
    .click()
  await page.getByRole('radio', { name: '2.000', exact: true }).check()
  await page.getByRole('button', { name: 'Demoportefeuille maken' }).click()
  await expect(page.getByRole('heading', { name: 'Resultaat van de import' })).toBeVisible({
    timeout: 120_000,
  })

  const list = new CasesListPage(page)
  await list.goto()
  const status = page.getByTestId('caseload-status')
  await expect(status).toHaveText('2005 van 2005 huishoudens', { timeout: 120_000 })
  expect(workers.some((url) => /caseload\.worker/.test(url))).toBe(true)
  // Virtualised: only the rows in view are in the document.
  expect(await list.rows.count()).toBeLessThan(80)

  // The counts equal the engine's own caseload facts for the same households on the same day.
  const generated = generatePortfolio({
    seed: 2026,
    size: 2000,
    startYear: Number(today.slice(0, 4)),
    provisions: PROVISIONS,
  })
  const facts = [...generated, ...crafted].map((file) => {
    const scenario = caseloadScenarioOf(file.scenarios)
    let result: ScenarioResult | null
    try {
      result = scenario ? evaluateScenario({ household: file.household, scenario }) : null
    } catch {
      result = null
    }
    return caseloadFactsOf({ household: file.household, scenarios: file.scenarios, asOf: today, result })
  })
  const expected = countCaseload(facts, today)
  for (const flag of Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]) {
    expect(await countOf(page, flag), flag).toBe(expected.flags[flag])
    await flagButton(page, flag).click()
    await expect(status).toHaveText(`${expected.flags[flag]} van 2005 huishoudens`)
    await list.search.fill(FLAG_CASE[flag])
    expect(await list.labels()).toEqual([FLAG_CASE[flag]])
    await list.search.fill('')
    await flagButton(page, flag).click()
  }
  const stage = page.getByLabel('Fase', { exact: true })
  await stage.selectOption({ label: `Melding (${expected.stages.melding})` })
  await expect(status).toHaveText(`${expected.stages.melding} van 2005 huishoudens`)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/caseload-2000.png` })
  // Scrolling to the end renders the last rows.
  await page.locator('.cases-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(list.rows.last()).toBeVisible()
})
