/**
 * Tests mirror the code where a reader looks for them: the store `renderer/src/stores/<path>-store.ts`
 * has `tests/renderer/stores/<path>-store.test.ts`, and the rule `shared/rules/<law>/<rule>.ts` has
 * `tests/shared/rules/<law>/<rule>.test.ts`, with no exceptions: a new store or rule without its
 * mirrored test fails here.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listSourceFiles, ROOT } from './source-graph'

/** Not a rule: the metadata type and law URLs every rule imports, and the folder's index. */
const NOT_RULES = new Set(['shared/rules/rule.ts', 'shared/rules/index.ts'])

function mirroredTest(file: string): string {
  const path = file.replace(/^renderer\/src\//, 'tests/renderer/').replace(/^shared\//, 'tests/shared/')
  return path.replace(/\.tsx?$/, '.test.ts')
}

function hasTest(file: string): boolean {
  const test = mirroredTest(file)
  return existsSync(join(ROOT, test)) || existsSync(join(ROOT, `${test}x`))
}

const stores = listSourceFiles(['renderer/src/stores']).filter((file) => /-store\.ts$/.test(file))
const rules = listSourceFiles(['shared/rules']).filter((file) => !NOT_RULES.has(file))

describe('tests mirror the code', () => {
  it('gives every store and every rule its test file at the mirrored path', () => {
    expect(stores.length).toBeGreaterThan(10)
    expect(rules.length).toBeGreaterThan(20)
    const missing = [...stores, ...rules].filter((file) => !hasTest(file))
    expect(missing).toEqual([])
  })

  it('maps a source file to its mirrored test path', () => {
    expect(mirroredTest('renderer/src/stores/decision/what-if-store.ts')).toBe(
      'tests/renderer/stores/decision/what-if-store.test.ts',
    )
    expect(mirroredTest('shared/rules/wmo/eigen-bijdrage.ts')).toBe(
      'tests/shared/rules/wmo/eigen-bijdrage.test.ts',
    )
  })
})
