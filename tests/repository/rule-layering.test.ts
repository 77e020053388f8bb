/**
 * The layers of docs/architecture.md#rules: rules own their logic and sit below the engine. No file
 * under shared/rules/ or shared/context/ may import from shared/engine/ (the engine orchestrates the
 * rules, never the other way round), so a rule can be read, tested and changed on its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const ENGINE_DIR = join(ROOT, 'shared', 'engine')

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** Module specifiers of static imports, re-exports and dynamic imports in a source text. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = []
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g
  for (const match of source.matchAll(pattern)) if (match[1]) specifiers.push(match[1])
  return specifiers
}

/** The imports of `file` that resolve into shared/engine/. */
function engineImports(file: string): string[] {
  return importSpecifiers(readFileSync(file, 'utf8')).filter((spec) => {
    if (!spec.startsWith('.')) return false
    const target = resolve(dirname(file), spec)
    return target === ENGINE_DIR || target.startsWith(`${ENGINE_DIR}/`)
  })
}

describe('rule layering', () => {
  it('finds import specifiers of every form (the check itself)', () => {
    const source = [
      "import { a } from '../../engine/context'",
      "import type { B } from '../rule'",
      "export { c } from './c'",
      "const d = await import('../../engine/evaluate')",
    ].join('\n')
    expect(importSpecifiers(source)).toEqual([
      '../../engine/context',
      '../rule',
      './c',
      '../../engine/evaluate',
    ])
  })

  for (const layer of ['rules', 'context']) {
    it(`no file under shared/${layer}/ imports from shared/engine/`, () => {
      const offenders = tsFiles(join(ROOT, 'shared', layer)).flatMap((file) =>
        engineImports(file).map((spec) => `${relative(ROOT, file)} → ${spec}`),
      )
      expect(offenders).toEqual([])
    })
  }
})
