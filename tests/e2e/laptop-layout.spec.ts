/**
 * Issue 15, layout at laptop widths: at 1366 × 768 and 1440 × 900 every screen of a case, the
 * caseload and the portfolio show their figures, fields, labels and legends whole — nothing pokes out
 * of the window or its card, nothing is cut off by a scroll box, no select or field hides its text,
 * no two axis labels or legend entries overlap — and the carer chart draws hours and capacity in
 * colours and styles of their own.
 */
import { expect, test, type Page } from './support/test'
import { CasesListPage, StartupGatePage } from './pages/workspace-pages'
import { CASE_TAB_LABELS_NL } from './support/screens'

const SHOTS = process.env.LAYOUT_SCREENSHOTS

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const

const CASE_TABS = CASE_TAB_LABELS_NL

/**
 * Everything on the screen that is cut off or overlaps, in words ("select 'Voor' shows 60 of 140
 * pixels of its text"); an empty list when the screen is whole. Runs in the page.
 */
function findClipping(): string[] {
  const problems: string[] = []
  const viewportWidth = document.documentElement.clientWidth
  const describe = (el: Element): string => {
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.textContent ??
      ''
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} “${label.trim().slice(0, 40)}”`
  }
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) return false
    const style = getComputedStyle(el)
    return style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('.visually-hidden')
  }

  if (document.documentElement.scrollWidth > viewportWidth + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewportWidth}`)

  const main = document.querySelector('main') ?? document.body
  const controls = main.querySelectorAll(
    'input:not([type=hidden]):not(.date-picker-proxy), select, button, th, td, .recharts-legend-item, .badge',
  )
  for (const el of controls) {
    if (!visible(el)) continue
    const box = el.getBoundingClientRect()
    if (box.left < -1 || box.right > viewportWidth + 1)
      problems.push(
        `${describe(el)} lies outside the window (${Math.round(box.left)}–${Math.round(box.right)})`,
      )
    // Cut off by a box that clips or scrolls (a table in a scroll region, a chart in its figure).
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowX
      if (overflow === 'visible') continue
      const outer = parent.getBoundingClientRect()
      if (box.right > outer.right + 1 || box.left < outer.left - 1)
        problems.push(`${describe(el)} is cut off by its scrolling box ${describe(parent)}`)
      break
    }
    // Sticking out of its card or line editor.
    const card = el.closest('li.line-editor, .card, aside, figure')
    if (card) {
      const outer = card.getBoundingClientRect()
      if (box.right > outer.right + 1 || box.left < outer.left - 1)
        problems.push(`${describe(el)} sticks out of ${describe(card)}`)
    }
  }

  // A field that hides part of its own text: a select's chosen option, a filled-in text field.
  const canvas = document.createElement('canvas').getContext('2d')
  for (const select of main.querySelectorAll('select')) {
    if (!visible(select) || !canvas) continue
    const style = getComputedStyle(select)
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const text = select.selectedOptions[0]?.textContent ?? ''
    const needed = canvas.measureText(text).width
    // The arrow and the padding take about 28 pixels of a select's inner width.
    const room = select.clientWidth - 28
    if (needed > room + 1)
      problems.push(
        `${describe(select)} shows ${Math.round(room)} of ${Math.round(needed)} pixels of “${text}”`,
      )
  }
  for (const input of main.querySelectorAll<HTMLInputElement>('input[type=text], input:not([type])')) {
    if (!visible(input) || !input.value) continue
    if (input.scrollWidth > input.clientWidth + 1)
      problems.push(`${describe(input)} hides part of “${input.value}”`)
  }

  // Axis labels and legend entries of a chart never overlap one another.
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
  const groups = [
    ...[...main.querySelectorAll('.recharts-xAxis, .recharts-yAxis')].map((axis) =>
      [...axis.querySelectorAll('.recharts-cartesian-axis-tick')].filter(visible),
    ),
    ...[...main.querySelectorAll('.recharts-legend-wrapper')].map((legend) =>
      [...legend.querySelectorAll('.recharts-legend-item')].filter(visible),
    ),
  ]
  for (const items of groups) {
    const boxes = items.map((item) => item.getBoundingClientRect())
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlaps(boxes[i]!, boxes[j]!))
          problems.push(`chart labels “${items[i]!.textContent}” and “${items[j]!.textContent}” overlap`)
  }
  return problems
}

async function expectWhole(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(findClipping)
  expect(problems, screen).toEqual([])
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Onderdelen van de casus' })
    .getByRole('link', { name: tab, exact: true })
    .click()
}

for (const size of SIZES) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size })

    test('every screen of a case shows its figures, fields, labels and legends whole', async ({ page }) => {
      test.setTimeout(180_000)
      const gate = new StartupGatePage(page)
      await gate.open()
      await gate.loadExamples()
      const list = new CasesListPage(page)
      await expect(list.heading).toBeVisible()
      await expect(list.rows).toHaveCount(6)
      await expectWhole(page, 'caseload')
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${size.width}-caseload.png`, fullPage: true })

      await list.openCase('Mevrouw Van den Berg')
      for (const tab of CASE_TABS) {
        await openTab(page, tab)
        if (tab === 'Arrangement') {
          await expect(page.getByTestId('cost-table')).toBeVisible()
          // The later years and the whole period are in the table, not behind a scroll bar.
          const headers = await page.getByTestId('cost-table').locator('thead th').allTextContents()
          expect(headers.map((h) => h.trim())).toEqual(expect.arrayContaining(['2028', 'Totaal looptijd']))
        }
        if (tab === 'Vergelijken')
          await expect(page.locator('figure.decision-chart svg').first()).toBeVisible()
        if (tab === 'Voorstel') {
          await page.getByRole('button', { name: 'Optimaliseren', exact: true }).click()
          await expect(page.getByTestId('optimiser-proposal')).toBeVisible({ timeout: 45_000 })
        }
        // Charts size themselves to their card after the first frame.
        await page.waitForTimeout(300)
        await expectWhole(page, tab)
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/${size.width}-${tab}.png`, fullPage: true })
      }
    })

    test('the carer chart draws hours and capacity in colours and styles of their own', async ({ page }) => {
      const gate = new StartupGatePage(page)
      await gate.open()
      await gate.loadExamples()
      await new CasesListPage(page).openCase('Mevrouw Van den Berg')
      await openTab(page, 'Vergelijken')
      const chart = page.locator('figure.decision-chart').filter({ hasText: 'Uren van mantelzorgers' })
      // A flat line has no height, so wait for the lines to be drawn rather than "visible".
      await expect.poll(() => chart.locator('path.recharts-line-curve').count()).toBeGreaterThanOrEqual(4)
      const lines = await chart.locator('.recharts-line path.recharts-line-curve').evaluateAll((paths) =>
        paths.map((p) => ({
          stroke: p.getAttribute('stroke') ?? '',
          dashed: (p.getAttribute('stroke-dasharray') ?? 'none') !== 'none',
        })),
      )
      // Anja and Peter give hours in the first scenario: two hours lines, two capacity lines.
      expect(lines.length).toBeGreaterThanOrEqual(4)
      expect(new Set(lines.map((l) => l.stroke)).size, 'every line its own colour').toBe(lines.length)
      expect(lines.filter((l) => l.dashed)).toHaveLength(lines.length / 2)
      await expectWhole(page, 'carer chart')
    })

    test('the portfolio shows its budget table, monthly figures and charts whole', async ({ page }) => {
      test.setTimeout(120_000)
      const gate = new StartupGatePage(page)
      await gate.open()
      await gate.loadExamples()
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Portefeuille' })
        .click()
      await page.getByRole('radio', { name: '200', exact: true }).check()
      await page.getByRole('button', { name: 'Demoportefeuille maken' }).click()
      await expect(page.getByTestId('forecast-total')).toBeVisible({ timeout: 60_000 })
      await page.waitForTimeout(300)
      await expectWhole(page, 'portfolio')
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${size.width}-portfolio.png`, fullPage: true })
      // English labels are longer: the what-if regime once showed "Current flat rate (abonneme".
      await page.evaluate(() => localStorage.setItem('maatwerk.language', 'en'))
      await page.reload()
      await expect(page.getByTestId('forecast-total')).toBeVisible({ timeout: 60_000 })
      await page.waitForTimeout(300)
      await expectWhole(page, 'portfolio in English')
    })
  })
}
