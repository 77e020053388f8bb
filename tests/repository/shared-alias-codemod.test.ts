/**
 * tools/use-shared-alias.mjs rewrites deep relative imports of shared/ to `#shared/…`: only those, in
 * every import form, to a specifier naming the same file, and a second run changes nothing.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT, resolveImport, rewriteSource } from '../../tools/use-shared-alias.mjs'

const view = join(PROJECT_ROOT, 'renderer/src/views/common/Example.tsx')

describe('use-shared-alias codemod', () => {
  const source = [
    "import type { Carer } from '../../../../shared/domain/types'",
    "import { parseCaseFile } from '../../../../shared/case-file'",
    "export { isCalendarDate } from '../../../../shared/case-file/calendar'",
    "import { evaluateScenario } from '../../../../shared'",
    "import { formatDate } from '../../format/format'",
    "const lazy = () => import('../../../../shared/examples')",
    "vi.mock('../../../../shared/engine')",
    "import { z } from 'zod'",
  ].join('\n')

  it('aliases every import form of a shared/ module and leaves the others as they were', () => {
    expect(rewriteSource(PROJECT_ROOT, view, source)).toEqual({
      count: 6,
      text: [
        "import type { Carer } from '#shared/domain/types'",
        "import { parseCaseFile } from '#shared/case-file'",
        "export { isCalendarDate } from '#shared/case-file/calendar'",
        "import { evaluateScenario } from '#shared'",
        "import { formatDate } from '../../format/format'",
        "const lazy = () => import('#shared/examples')",
        "vi.mock('#shared/engine')",
        "import { z } from 'zod'",
      ].join('\n'),
    })
  })

  it('names the same file before and after', () => {
    for (const [relative, alias] of [
      ['../../../../shared/domain/types', '#shared/domain/types'],
      ['../../../../shared/case-file', '#shared/case-file'],
      ['../../../../shared', '#shared'],
    ] as const) {
      expect(resolveImport(PROJECT_ROOT, view, alias)).toBe(resolveImport(PROJECT_ROOT, view, relative))
      expect(resolveImport(PROJECT_ROOT, view, alias)).not.toBeNull()
    }
  })

  it('changes nothing on a second run', () => {
    const once = rewriteSource(PROJECT_ROOT, view, source).text
    expect(rewriteSource(PROJECT_ROOT, view, once)).toEqual({ text: once, count: 0 })
  })

  it('keeps the relative imports inside shared/ itself', () => {
    const inShared = join(PROJECT_ROOT, 'shared/decision/comparison.ts')
    const text = "import type { Scenario } from '../domain/types'"
    expect(rewriteSource(PROJECT_ROOT, inShared, text)).toEqual({ text, count: 0 })
  })
})
