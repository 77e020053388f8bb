/**
 * Issue 15 item 3: no internals on any screen, in either language — no rule ids (`wmo.client-age`),
 * domain slugs (`werk-opleiding`), ISO dates (2026-01-01), raw JSON or "cent/centen/cents" on the
 * caseload, the portfolio, the catalogue, the settings, every tab of a case and its plan PDF, with the
 * example households loaded. TRUTH_SCREENSHOTS=<dir> saves each screen at 1366 × 768.
 */
import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ZRM_DOMAINS } from '#shared/domain/types'
import { pdfToText } from '../renderer/reports/pdf-text'
import { YOUNG_CARER_CASE, YOUNG_CARER_LABEL } from './fixtures/young-carer'
import { CASE_TAB_PATHS, openFoldedText, startWithExamples, type Language } from './support/screens'

const SHOTS = process.env.TRUTH_SCREENSHOTS

const RULE_ID =
  /\b(?:wmo|jeugdwet|jeugd|participatiewet|pw|mantelzorg|wlz|zvw|coverage|engine|informal|algemeen)\.[a-z0-9]+(?:-[a-z0-9]+)*\b/
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/
const CENTS = /\bcent(?:en|s)?\b/i
const SLUGS = ZRM_DOMAINS.filter((d) => d.includes('-'))

/** The internals found in a text, each with a little of its context. */
function leaks(raw: string): string[] {
  // A saved file's name ("maatwerk-plan-2026-12-01.pdf") is a name, dated so that files sort.
  const text = raw.replace(/\S+\.(?:pdf|csv|xlsx|json|mwbackup)\b/g, '')
  const found: string[] = []
  const context = (at: number) => text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')
  for (const re of [RULE_ID, ISO_DATE, CENTS]) {
    const m = re.exec(text)
    if (m) found.push(`${m[0]} in “${context(m.index)}”`)
  }
  for (const slug of SLUGS) {
    const at = text.indexOf(slug)
    if (at >= 0) found.push(`${slug} in “${context(at)}”`)
  }
  const json = /\{"|":\s*[[{"\d]/.exec(text)
  if (json) found.push(`raw JSON in “${context(json.index)}”`)
  return found
}

const MAKE_PLAN: Record<Language, string> = { nl: 'Plan maken (pdf)', en: 'Create plan (PDF)' }
const IMPORT_CASE: Record<Language, string> = { nl: 'Casusbestand importeren', en: 'Import case file' }

/** Opens every collapsed explanation, then reads the main area as the user sees it. */
async function screenText(page: Page): Promise<string> {
  await openFoldedText(page)
  // Input values (amounts, dates typed in fields) are part of what the user reads.
  const values = await page
    .locator('main input:not([type=checkbox]):not([type=radio]):not([type=file]), main select, main textarea')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'))
  return `${await page.locator('main').innerText()}\n${values}`
}

/** The example households plus a household with a young carer (a minor caring for a parent), imported as a colleague's case file. */
async function startIn(page: Page, language: Language): Promise<void> {
  await startWithExamples(page, language)
  await page.getByLabel(IMPORT_CASE[language]).setInputFiles({
    name: 'gezin-jansen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(YOUNG_CARER_CASE)),
  })
  await expect(page.getByRole('heading', { name: YOUNG_CARER_LABEL, level: 1 })).toBeVisible()
}

async function visit(page: Page, route: string, name: string, problems: string[], language: Language) {
  await page.goto(route)
  await page.waitForTimeout(800)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${language}-${name}.png`, fullPage: true })
  for (const leak of leaks(await screenText(page))) problems.push(`${name}: ${leak}`)
}

for (const language of ['nl', 'en'] as const) {
  test(`no internals on any screen or in the plan (${language})`, async ({ page }) => {
    test.setTimeout(300_000)
    await startIn(page, language)
    const problems: string[] = []
    await visit(page, '/#/cases', 'caseload', problems, language)
    await visit(page, '/#/portfolio', 'portfolio', problems, language)
    await visit(page, '/#/catalogue', 'catalogue', problems, language)
    await visit(page, '/#/settings', 'settings', problems, language)
    await page.goto('/#/cases')
    for (const label of ['Mevrouw Van den Berg', 'Gezin Yilmaz', YOUNG_CARER_LABEL]) {
      await page.goto('/#/cases')
      await page.getByRole('link', { name: label, exact: true }).click()
      await page.waitForURL(/#\/cases\/[^/]+\/\w+/)
      const base = page.url().replace(/\/[^/]+$/, '')
      for (const tab of CASE_TAB_PATHS)
        await visit(page, `${base}/${tab}`, `${label} ${tab}`, problems, language)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: MAKE_PLAN[language] }).click(),
      ])
      const path = join(mkdtempSync(join(tmpdir(), 'maatwerk-internals-')), 'plan.pdf')
      await download.saveAs(path)
      const plan = (await pdfToText(readFileSync(path))).replace(/\s+/g, ' ')
      for (const leak of leaks(plan)) problems.push(`${label} plan: ${leak}`)
      if (language === 'en') expect(plan).toContain('Support plan')
    }
    expect(problems).toEqual([])
  })
}
