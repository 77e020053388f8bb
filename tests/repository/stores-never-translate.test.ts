/**
 * Stores and the data layer never translate: they hand views `{ key, params }` messages
 * (renderer/src/stores/messages.ts, `ui.showNotice`) and the view puts them in the user's language. A
 * store that called `i18next.t` would freeze a sentence in the language of the moment (a notice that
 * no longer follows a language switch) and make its tests assert Dutch sentences instead of keys.
 *
 * The rule: no module under renderer/src/stores or renderer/src/data imports i18next, react-i18next or
 * the app's i18n module (renderer/src/i18n) — except type-only imports (`import type { Language }`),
 * which are erased when compiled and cannot translate anything. What a store needs of i18n at run
 * time (a catalogue bound to the plan's language, the switch of the UI language) is injected by
 * main.tsx (`RootStoreDeps.i18n`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { listSourceFiles, resolveSpecifier, ROOT } from './source-graph'

const GUARDED_FOLDERS = ['renderer/src/stores', 'renderer/src/data']
const I18N_PACKAGES = new Set(['i18next', 'react-i18next'])
const I18N_MODULE = 'renderer/src/i18n/'

function isI18nSpecifier(file: string, specifier: string): boolean {
  if (I18N_PACKAGES.has(specifier) || specifier.startsWith('i18next/')) return true
  const resolved = resolveSpecifier(file, specifier)
  return resolved !== null && resolved.startsWith(I18N_MODULE)
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true
    const clause = node.exportClause
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly)
  }
  const clause = node.importClause
  if (!clause) return false // a side-effect import runs the module
  if (clause.isTypeOnly) return true
  if (clause.name) return false
  const bindings = clause.namedBindings
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly)
}

/** Each import of i18n at run time in the source, as 'file:line specifier'. */
function findI18nImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const report = (node: ts.Node, specifier: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${specifier}`)
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      isI18nSpecifier(file, node.moduleSpecifier.text) &&
      !isTypeOnly(node)
    )
      report(node, node.moduleSpecifier.text)
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      isI18nSpecifier(file, node.arguments[0].text)
    )
      report(node, node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('stores and the data layer never translate', () => {
  it('finds no import of i18next or the i18n module under renderer/src/stores and renderer/src/data', () => {
    const files = listSourceFiles(GUARDED_FOLDERS)
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((file) => findI18nImports(file, readFileSync(join(ROOT, file), 'utf8')))
    expect(found).toEqual([])
  })

  it('refuses a value import, a re-export and a dynamic import, and lets a type-only import pass', () => {
    const file = 'renderer/src/stores/example-store.ts'
    expect(findI18nImports(file, `import { i18next } from '../i18n'`)).toEqual([`${file}:1 ../i18n`])
    expect(findI18nImports(file, `import i18next from 'i18next'`)).toHaveLength(1)
    expect(findI18nImports(file, `import { type Language, i18next } from '../i18n'`)).toHaveLength(1)
    expect(findI18nImports(file, `export { i18next } from '../i18n/index'`)).toHaveLength(1)
    expect(findI18nImports(file, `const m = () => import('react-i18next')`)).toHaveLength(1)
    expect(findI18nImports(file, `import type { Language } from '../i18n'`)).toEqual([])
    expect(findI18nImports(file, `import { type Language } from '../i18n'`)).toEqual([])
    expect(findI18nImports(file, `import { messageText } from '../views/common/message-text'`)).toEqual([])
  })
})
