/**
 * Issue 15 item 2: user-visible text goes through the i18n catalogues, so the English interface has no
 * Dutch leftovers and the Dutch one no English. This check fails on a new hard-coded text in the
 * views: JSX text, a string literal as a JSX child, a user-visible attribute (aria-label, title,
 * placeholder, alt, label, a chart series' name) and a browser dialog (alert/confirm/prompt).
 * Text without letters (symbols, numbers, punctuation) is fine; so are the few terms of art listed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { listSourceFiles, ROOT } from './source-graph'

/** Terms of art and symbols that read the same in every language. */
const ALLOWED = new Set([
  'EDIZ-plus', // the carer-burden questionnaire's name
  'Δ', // difference
])

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
])

const LETTER = /\p{L}/u

/** Charts whose `name` prop is the text of their legend and tooltip. */
const CHART_SERIES = new Set(['Area', 'Bar', 'Line', 'Pie', 'Radar', 'Scatter'])

function isText(text: string): boolean {
  let rest = text
  for (const term of ALLOWED) rest = rest.replaceAll(term, '')
  return LETTER.test(rest)
}

export type Literal = { file: string; line: number; text: string }

/** The hard-coded user-visible texts of one TSX source. */
export function findUiLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: Literal[] = []
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim(),
    })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isText(node.text)) report(node, node.text)
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf)
      const tag = node.parent.parent
      const onSeries =
        (ts.isJsxOpeningElement(tag) || ts.isJsxSelfClosingElement(tag)) &&
        CHART_SERIES.has(tag.tagName.getText(sf))
      // `name` is a form field's key on an <input>, but the legend's text on a chart series (<Bar name=…>).
      const visible = VISIBLE_ATTRIBUTES.has(name) || (name === 'name' && onSeries)
      const init = node.initializer
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null
      if (visible && literal && isText(literal.text)) report(node, `${name}="${literal.text}"`)
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const e = node.expression
      if (ts.isStringLiteralLike(e) && isText(e.text)) report(node, e.text)
      if (ts.isTemplateExpression(e)) {
        const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ')
        if (isText(parts)) report(node, parts)
      }
    } else if (
      ts.isCallExpression(node) &&
      /^(?:window\.)?(?:alert|confirm|prompt)$/.test(node.expression.getText(sf)) &&
      node.arguments.some((a) => ts.isStringLiteralLike(a) && isText(a.text))
    ) {
      report(node, node.getText(sf))
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

describe('user-visible text in the views', () => {
  it('has no hard-coded text: every label, message and aria text comes from the catalogues', () => {
    const files = listSourceFiles(['renderer/src/views']).filter((f) => f.endsWith('.tsx'))
    expect(files.length).toBeGreaterThan(40)
    const found = files.flatMap((file) => findUiLiterals(file, readFileSync(join(ROOT, file), 'utf8')))
    expect(found.map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([])
  })

  it('has no browser dialog with a hard-coded text anywhere in the renderer', () => {
    const files = listSourceFiles(['renderer/src']).filter((f) => !f.includes('/i18n/'))
    const dialogs = files
      .flatMap((file) => findUiLiterals(file, readFileSync(join(ROOT, file), 'utf8')))
      .filter((l) => /(?:alert|confirm|prompt)\(/.test(l.text))
    expect(dialogs).toEqual([])
  })

  it('catches each kind of hard-coded text (the check itself works)', () => {
    const source = `
      export function V({ t }: { t: (k: string) => string }) {
        if (!window.confirm('Weet u het zeker?')) return null
        return (
          <section aria-label="Kosten">
            <h2>Kosten per jaar</h2>
            {'Totaal'}
            {\`\${t('a')} uur\`}
            <input placeholder="dd-mm-jjjj" title={t('ok')} name="volume" />
            <Bar name="Gemeente" dataKey="x" />
            <p>{t('fine')} € 12 — EDIZ-plus Δ</p>
          </section>
        )
      }`
    expect(findUiLiterals('snippet.tsx', source).map((l) => l.text)).toEqual([
      "window.confirm('Weet u het zeker?')",
      'aria-label="Kosten"',
      'Kosten per jaar',
      'Totaal',
      'uur',
      'placeholder="dd-mm-jjjj"',
      'name="Gemeente"',
    ])
  })
})
