import { test } from '@playwright/test'
import { CASE_TAB_PATHS, startWithExamples } from './support/screens'

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


for (const lang of ['en', 'nl'] as const) {
  test(`probe ${lang}`, async ({ page }) => {
    test.setTimeout(300_000)
    await startWithExamples(page, lang)
    const out: string[] = []
    for (const label of ['Gezin Yilmaz', 'Mevrouw Van den Berg']) {
      await page.goto('/#/cases')
      await page.getByRole('link', { name: label, exact: true }).click()
      await page.waitForURL(/#\/cases\/[^/]+\/\w+/)
      const base = page.url().replace(/\/[^/]+$/, '')
      for (const tab of CASE_TAB_PATHS) {
        await page.goto(`${base}/${tab}`)
        await page.waitForTimeout(1200)
        out.push(...(await page.evaluate(findClipping)).map((p) => `${label} ${tab}: ${p}`))
      }
    }
    for (const p of ['portfolio', 'settings', 'catalogue']) {
      await page.goto(`/#/${p}`)
      await page.waitForTimeout(2500)
      out.push(...(await page.evaluate(findClipping)).map((x) => `${p}: ${x}`))
    }
    console.log(`PROBE ${lang}\n` + out.join('\n'))
  })
}
