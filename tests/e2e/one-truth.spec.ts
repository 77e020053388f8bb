import { expect, test, type Download, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ZRM_DOMAINS } from '#shared/domain/types'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'
import { pdfToText } from '../renderer/reports/pdf-text'
import { YOUNG_CARER_LABEL, YOUNG_CARER_SCENARIO, youngCarerHelpAtHome } from './fixtures/young-carer'
import { CASE_TAB_LABELS_NL } from './support/screens'
import { importYoungCarerCase, youngCarerFindings, youngCarerTexts } from './support/young-carer'

const SHOTS = process.env.TRUTH_SCREENSHOTS
const PROPOSAL = 'Voorstel optimalisatie'

/** One open case and its tabs, as a consultant moves through them. */
class CaseTabs {
  constructor(readonly page: Page) {}

  async open(tab: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: tab, exact: true })
      .click()
  }

  async optimiseAndAccept(): Promise<string> {
    await this.open('Voorstel')
    await this.page.getByRole('button', { name: 'Optimaliseren', exact: true }).click()
    const proposal = this.page.getByTestId('optimiser-proposal')
    await expect(proposal).toBeVisible({ timeout: 45_000 })
    const perMonth = (await this.page.getByTestId('optimiser-per-month').textContent()) ?? ''
    const announced = (await this.page.getByTestId('optimiser-overload').count())
      ? ((await this.page.getByTestId('optimiser-overload').textContent()) ?? '')
      : ''
    if (SHOTS) await this.page.screenshot({ path: `${SHOTS}/truth-optimiser.png`, fullPage: true })
    await proposal.getByRole('button', { name: 'Voorstel overnemen als scenario' }).click()
    await expect(this.page.getByText(`Het voorstel is opgeslagen als scenario “${PROPOSAL}”.`)).toBeVisible()
    return `${perMonth}\n${announced}`
  }

  /** The plan PDF's text; pseudonymised (names replaced, birth years only) unless `names` is asked. */
  async planText(scenario: string | null, options: { names?: boolean } = {}): Promise<string> {
    await this.open('Plan')
    if (scenario) await this.page.getByLabel('Arrangement', { exact: true }).selectOption({ label: scenario })
    await this.page.getByLabel('Gepseudonimiseerd (namen vervangen, geen BSN)').setChecked(!options.names)
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Plan maken (pdf)' }).click(),
    ])
    return pdfText(download)
  }
}

async function pdfText(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-truth-')), 'plan.pdf')
  await download.saveAs(path)
  return (await pdfToText(readFileSync(path))).replace(/\s+/g, ' ')
}

async function openExample(page: Page, label: string): Promise<CaseTabs> {
  const gate = new StartupGatePage(page)
  await gate.open()
  await gate.loadExamples()
  const list = new CasesListPage(page)
  await expect(list.heading).toBeVisible()
  if (label === YOUNG_CARER_LABEL) {
    // Not among the examples: a consultant's case file with a young carer, imported as a colleague's.
    await importYoungCarerCase(page, 'nl')
  } else await list.openCase(label)
  return new CaseTabs(page)
}

/** The households the done-when checks run on: burden 10 ≥ 9 (Van den Berg) and a young carer with burden 9. */
const HOUSEHOLDS = ['Mevrouw Van den Berg', YOUNG_CARER_LABEL] as const

/** Internals that must never reach a screen or the plan. */
const RULE_ID =
  /\b(?:wmo|jeugdwet|participatiewet|mantelzorg|wlz|coverage|engine)\.[a-z0-9]+(?:-[a-z0-9]+)*\b/
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/
const CENTS = /\bcent(?:en|s)?\b/i
const SLUGS = ZRM_DOMAINS.filter((d) => d.includes('-'))

function leaks(text: string): string[] {
  const found: string[] = []
  for (const re of [RULE_ID, ISO_DATE, CENTS]) {
    const m = text.match(re)
    if (m) found.push(m[0])
  }
  for (const slug of SLUGS) if (text.includes(slug)) found.push(slug)
  if (/\{"|":/.test(text)) found.push('raw JSON')
  return found
}

test.describe('one truth on every screen', () => {
  for (const household of HOUSEHOLDS) {
    test(`the same scenario shows one monthly municipal cost on the panel, the comparison, the optimiser and the plan (${household})`, async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const tabs = await openExample(page, household)
      const [optimiserFigure] = (await tabs.optimiseAndAccept()).split('\n')
      expect(optimiserFigure).toMatch(/^€\s?[\d.]+,\d{2}$/)

      // The accepted proposal is selected on the arrangement tab.
      await tabs.open('Arrangement')
      await expect(page.getByTestId('municipal-per-month')).toHaveText(optimiserFigure ?? '')

      await tabs.open('Vergelijken')
      const group = page.getByRole('group', { name: 'Te vergelijken scenario’s' })
      const box = group.getByRole('checkbox', { name: PROPOSAL })
      if (!(await box.isChecked())) {
        const verpleeghuis = group.getByRole('checkbox', { name: 'Verpleeghuis' })
        if (await verpleeghuis.isChecked()) await verpleeghuis.click()
        await box.click()
      }
      const card = page
        .getByTestId('scenario-card')
        .filter({ has: page.getByRole('heading', { name: PROPOSAL, level: 4 }) })
      await expect(card.getByTestId('compare-per-month')).toHaveText(optimiserFigure ?? '')

      // The PDF text has plain spaces where the screen has a no-break space after the euro sign.
      const figure = (optimiserFigure ?? '').replace(/\s+/g, ' ')
      const plan = await tabs.planText(PROPOSAL, { names: true })
      expect(plan).toContain(`Gemeente netto gemiddeld per maand ${figure} =`)
      // Pseudonymised, the plan computes on birth years: the same figure, or it says why not. Where
      // the amounts depend on the birthday it says they may differ, even when they happen not to.
      const pseudonymised = await tabs.planText(PROPOSAL)
      if (!pseudonymised.includes(`Gemeente netto gemiddeld per maand ${figure} =`))
        expect(pseudonymised).toContain('kunnen afwijken van het scherm, waar met de precieze geboortedatum')
      else expect(pseudonymised).toMatch(/Bedragen zijn ongewijzigd\.|kunnen afwijken van het scherm/)
    })

    test(`adopting a proposal for a carer with a burden at or above 9 shows no overload the optimiser did not announce (${household})`, async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const tabs = await openExample(page, household)
      const [, announced = ''] = (await tabs.optimiseAndAccept()).split('\n')
      await tabs.open('Arrangement')
      const rows = page.locator('table.carer-load tbody tr')
      const count = await rows.count()
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i)
        if ((await row.locator('.badge.sev-blocking').count()) === 0) continue
        const name = (await row.locator('th').textContent())?.trim() ?? ''
        expect(announced, `${name} is overloaded but the optimiser did not say so`).toContain(name)
      }
      // The panel's findings never call the adopted proposal's carers overloaded unannounced either.
      const overloadFindings = page.locator('li.finding[data-rule="mantelzorg.overload"]')
      for (const text of await overloadFindings.allTextContents())
        expect(announced.length, `unannounced overload: ${text}`).toBeGreaterThan(0)
    })
  }

  test('no rule ids, slugs, ISO dates, raw JSON or cents on any screen or in the plan', async ({ page }) => {
    test.setTimeout(300_000)
    for (const label of ['Mevrouw Van den Berg', 'Gezin Yilmaz', YOUNG_CARER_LABEL]) {
      await page.goto('/#/cases')
      const list = new CasesListPage(page)
      if (!(await page.getByRole('link', { name: 'Mevrouw Van den Berg', exact: true }).count())) {
        await openExample(page, YOUNG_CARER_LABEL)
        await list.goto()
      }
      await list.openCase(label)
      const tabs = new CaseTabs(page)
      // Every tab but the plan, whose PDF is read below.
      for (const tab of CASE_TAB_LABELS_NL.filter((label) => label !== 'Plan')) {
        await tabs.open(tab)
        await page.waitForTimeout(300)
        // Open every explanation so its text is searched too.
        for (const summary of await page.locator('main details:not([open]) > summary').all())
          await summary.click({ timeout: 1_000 }).catch(() => undefined)
        for (const button of await page.getByRole('button', { name: 'Onderbouwing tonen' }).all())
          await button.click({ timeout: 1_000 }).catch(() => undefined)
        const text = await page.locator('main').innerText()
        expect(leaks(text), `${label} — ${tab}`).toEqual([])
      }
      const plan = await tabs.planText(null)
      expect(leaks(plan), `${label} — plan`).toEqual([])
      expect(plan).toContain('Onderbouwing van de bedragen')
    }
  })
})

test.describe('a young carer, told once in plain Dutch', () => {
  test('the young-carer and more-hours-than-today findings show once each, with their month, on the panel and in the plan', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const tabs = await openExample(page, YOUNG_CARER_LABEL)
    await tabs.open('Arrangement')
    const findings = await youngCarerFindings(page)
    const { young, moreHours } = findings
    // The month it starts, then the sentence: names and hours, never an id, a slug or an ISO date.
    await expect(young).toContainText('jan 2026: Daan is 15 jaar en zou Linda 8 uur per week helpen.')
    await expect(young).toContainText('hoogstens 1 uur per week (licht huishoudelijk werk)')
    await expect(young).toContainText('de uren daarboven (7 uur per week) tellen niet als dekking')
    await expect(moreHours).toContainText(
      'jan 2026: Dit scenario vraagt 8 uur per week van Daan, die nu 4 uur geeft: 4 uur meer',
    )
    for (const text of await youngCarerTexts(findings)) expect(leaks(text), text).toEqual([])
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/truth-young-carer-nl.png`, fullPage: true })

    const plan = await tabs.planText(YOUNG_CARER_SCENARIO, { names: true })
    const occurrences = (needle: string) => plan.split(needle).length - 1
    expect(occurrences('Daan is 15 jaar en zou Linda 8 uur per week helpen')).toBe(1)
    expect(occurrences('Dit scenario vraagt 8 uur per week van Daan')).toBe(1)
    expect(plan).toContain('in jan 2026')
    expect(leaks(plan)).toEqual([])
  })
})

test.describe('the Wlz eigen bijdrage of a care home', () => {
  test('the care home shows what Mevrouw Van den Berg pays the CAK, from the amounts of the 2026 law texts', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const tabs = await openExample(page, 'Mevrouw Van den Berg')
    await tabs.open('Arrangement')
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Verpleeghuis' })
    const panel = page.locator('aside.result-panel')
    const wlz = panel.locator('li.finding[data-rule="wlz.eigen-bijdrage"]')
    // Four lage months, then the hoge bijdrage (Blz art. 3.3.2.1–3.3.2.3, Rlz art. 4.3–4.6):
    // 1.725,00 − 673,81 = 1.051,19 (docs/example-cases.md#van-den-berg). The 2026 amounts are read in
    // the law texts, so no finding carries the unverified badge.
    await expect(wlz.first()).toContainText(
      'Eigen bijdrage Wlz (lage bijdrage, eerste maanden van het verblijf)',
    )
    const hoge = wlz.filter({ hasText: 'Eigen bijdrage Wlz (hoge bijdrage)' }).first()
    await expect(hoge).toContainText('1.051,19')
    for (const item of await wlz.all()) await expect(item).not.toContainText('niet geverifieerd')
    for (const text of await wlz.allInnerTexts()) expect(leaks(text), text).toEqual([])
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/truth-wlz-care-home.png`, fullPage: true })
  })
})

test.describe('pseudonymised figures that differ from the screen', () => {
  test('the Plan tab names the months, year and total that move when a son turns 18 mid-year, and the comparison export marks its scenario', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await new StartupGatePage(page).startEmptyWorkspace()
    await importYoungCarerCase(page, 'nl', youngCarerHelpAtHome())
    await new CaseTabs(page).open('Plan')
    const notice = page.getByTestId('birth-year-differences')
    await expect(notice).toContainText('Gepseudonimiseerd wijken deze bedragen af van het scherm')
    // Daan turns 18 on 20 September 2028; on birth years on 1 July 2028.
    await expect(notice).toContainText(`${YOUNG_CARER_SCENARIO}: de maanden jul 2028 t/m`)
    await expect(notice).toContainText('het jaartotaal 2028 en het totaal over de hele periode')
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/truth-birth-years.png`, fullPage: true })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vergelijking exporteren: CSV' }).click(),
    ])
    const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-truth-')), 'vergelijking.csv')
    await download.saveAs(path)
    const [header, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/)
    expect(header).toContain('Rekenbasis leeftijd')
    expect(rows).toHaveLength(36)
    for (const row of rows) expect(row).toContain('kunnen afwijken van het dossier')

    // Exported with names, the figures are the screen's: nothing to explain.
    await page.getByLabel('Gepseudonimiseerd (namen vervangen, geen BSN)').uncheck()
    await expect(notice).toHaveCount(0)
  })
})
