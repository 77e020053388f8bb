import { expect, type Locator, type Page } from '@playwright/test'

/** The startup gate: first-run offer and recovery screen. */
export class StartupGatePage {
  readonly loadExamplesButton: Locator
  readonly startEmptyButton: Locator
  readonly recoveryHeading: Locator
  readonly startEmptyAnywayButton: Locator

  constructor(readonly page: Page) {
    this.loadExamplesButton = page.getByRole('button', { name: 'Voorbeeldhuishoudens laden' })
    this.startEmptyButton = page.getByRole('button', { name: 'Leeg beginnen' })
    this.recoveryHeading = page.getByRole('heading', { name: 'Uw gegevens lijken te ontbreken' })
    this.startEmptyAnywayButton = page.getByRole('button', { name: 'Toch leeg beginnen' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/cases')
  }

  async loadExamples(): Promise<void> {
    await this.loadExamplesButton.click()
  }

  async startEmpty(): Promise<void> {
    await this.startEmptyButton.click()
  }

  /** A first run that starts empty; resolves with the (empty) case list. */
  async startEmptyWorkspace(): Promise<CasesListPage> {
    await this.open()
    await this.startEmpty()
    return new CasesListPage(this.page)
  }

  /** A first run with the six example households loaded; resolves with the case list showing them. */
  async startWithExamples(): Promise<CasesListPage> {
    await this.open()
    await this.loadExamples()
    const list = new CasesListPage(this.page)
    await expect(list.rows).toHaveCount(6)
    return list
  }
}

/** Casussen: the list of households. */
export class CasesListPage {
  readonly heading: Locator
  readonly search: Locator
  readonly sort: Locator
  readonly rows: Locator
  readonly importInput: Locator
  readonly importProblems: Locator
  readonly emptyState: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Casussen', level: 1 })
    this.search = page.getByLabel('Zoeken op naam')
    this.sort = page.getByLabel('Sorteren op')
    this.rows = page.locator('table.cases-table tbody tr:not(.spacer)')
    this.importInput = page.getByLabel('Casusbestand importeren')
    this.importProblems = page.locator('.import-problems')
    this.emptyState = page.locator('.empty-state')
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/cases')
    await expect(this.heading).toBeVisible()
  }

  row(label: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: label, exact: true }) })
  }

  async labels(): Promise<string[]> {
    return this.rows.locator('th a').allTextContents()
  }

  async createHousehold(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuw huishouden' }).click()
    await this.page.getByLabel('Naam van het huishouden').fill(label)
    await this.page.getByRole('button', { name: 'Aanmaken' }).click()
  }

  async importCaseFile(name: string, content: string): Promise<void> {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
  }

  async openCase(label: string): Promise<void> {
    await this.page.getByRole('link', { name: label, exact: true }).click()
  }

  async deleteCase(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Verwijderen: ${label}` }).click()
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click()
  }
}

export type MemberInput = {
  name: string
  birthDate: string
  role?: 'Cliënt' | 'Partner' | 'Kind' | 'Huisgenoot'
  income?: string
  netMonthly?: string
  bsn?: string
}

export type CarerInput = {
  name: string
  relation: string
  caresFor: string[]
  capacity: string
  workHours: string
  burden?: string
  consent: boolean
  /** Hours given today, per week, as typed. */
  hoursToday?: string
  /** The age group's label, e.g. '25 tot 65'. */
  ageGroup?: string
}

/** An open case with its tabs. */
export class CaseWorkspacePage {
  readonly tabs: Locator
  readonly resultPanel: Locator
  readonly findings: Locator
  readonly costTable: Locator
  readonly eigenBijdrage: Locator
  readonly carerLoad: Locator

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('navigation', { name: 'Onderdelen van de casus' })
    this.resultPanel = page.locator('aside.result-panel')
    this.findings = this.resultPanel.locator('li.finding')
    this.costTable = page.getByTestId('cost-table')
    this.eigenBijdrage = this.resultPanel.locator('ul.eigen-bijdrage')
    this.carerLoad = this.resultPanel.locator('table.carer-load')
  }

  async openTab(name: 'Huishouden' | 'Behoeften' | 'Netwerk' | 'Arrangement'): Promise<void> {
    await this.tabs.getByRole('link', { name, exact: true }).click()
  }

  async addMember(member: MemberInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Lid toevoegen' }).click()
    const form = this.page.locator('form.member-form')
    await form.getByLabel('Naam', { exact: true }).fill(member.name)
    await form.getByLabel('Geboortedatum').fill(member.birthDate)
    if (member.role) await form.getByLabel('Rol').selectOption({ label: member.role })
    if (member.income) await form.getByLabel('Inkomen').selectOption({ label: member.income })
    if (member.netMonthly) await form.getByLabel('Netto per maand (€)').fill(member.netMonthly)
    if (member.bsn) await form.getByLabel('BSN (optioneel)').fill(member.bsn)
    await form.getByRole('button', { name: 'Opslaan' }).click()
  }

  async addCarer(carer: CarerInput): Promise<void> {
    const form = await this.fillCarer(carer)
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect(form).toHaveCount(0)
  }

  /** Opens the carer form and fills it, without saving; returns the form. */
  async fillCarer(carer: CarerInput): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Mantelzorger of vrijwilliger toevoegen' }).click()
    const form = this.page.locator('form.carer-form')
    await form.getByLabel('Naam', { exact: true }).fill(carer.name)
    await form.getByLabel('Relatie').selectOption({ label: carer.relation })
    const group = form.getByRole('group', { name: 'Zorgt voor' })
    for (const box of await group.getByRole('checkbox').all()) await box.uncheck()
    for (const name of carer.caresFor) await group.getByLabel(name).check()
    await form.getByLabel('Kan volhouden (uur per week)').fill(carer.capacity)
    await form.getByLabel('Betaald werk (uur per week)').fill(carer.workHours)
    if (carer.burden !== undefined)
      await form.getByLabel('Belasting EDIZ-plus (0–15, optioneel)').fill(carer.burden)
    if (carer.consent) await form.getByLabel('Toestemming vastgelegd om op deze hulp te rekenen').check()
    if (carer.hoursToday !== undefined)
      await form.getByLabel('Geeft nu (uur per week)').fill(carer.hoursToday)
    if (carer.ageGroup !== undefined)
      await form.getByLabel('Leeftijdsgroep').selectOption({ label: carer.ageGroup })
    return form
  }

  async createScenario(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuw scenario' }).click()
  }

  async setScenarioStart(date: string): Promise<void> {
    await this.page.getByLabel('Begindatum').fill(date)
  }

  lineEditors(): Locator {
    return this.page.locator('li.line-editor')
  }

  line(index: number): Locator {
    return this.lineEditors().nth(index)
  }

  /** Adds a line from the catalogue and sets its fields; returns its index. */
  async addLine(options: {
    provision: string
    volume: string
    deliveryForm?: string
    carer?: string
  }): Promise<void> {
    const before = await this.lineEditors().count()
    await this.page.getByLabel('Voorziening', { exact: true }).selectOption({ label: options.provision })
    await this.page.getByRole('button', { name: 'Regel toevoegen' }).click()
    await expect(this.lineEditors()).toHaveCount(before + 1)
    const line = this.line(before)
    if (options.deliveryForm) await line.getByLabel('Vorm').selectOption({ label: options.deliveryForm })
    if (options.carer) await line.getByLabel('Door').selectOption({ label: options.carer })
    await line.getByLabel(/^Aantal/).fill(options.volume)
  }

  async setLineVolume(index: number, volume: string): Promise<void> {
    await this.line(index)
      .getByLabel(/^Aantal/)
      .fill(volume)
  }

  finding(rule: string): Locator {
    return this.resultPanel.locator(`li.finding[data-rule="${rule}"]`)
  }

  /** The amount in the cost table for a payer row and a column header (e.g. '2026'). */
  async costCell(rowLabel: string, column: string): Promise<string> {
    const headers = await this.costTable.locator('thead th').allTextContents()
    const index = headers.findIndex((h) => h.trim() === column)
    if (index < 0) throw new Error(`no cost column ${column} in ${headers.join('|')}`)
    const row = this.costTable
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: rowLabel, exact: true }) })
      // A group heading row may carry the same label; the figures are in the last such row.
      .last()
    return (await row.locator('th, td').nth(index).textContent())?.trim() ?? ''
  }
}
