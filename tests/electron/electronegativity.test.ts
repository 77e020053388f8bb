/**
 * Electronegativity (doyensec) over the sources, offline, with the pinned Electron version
 * (docs/security-model.md#isolation). Zero findings above INFORMATIONAL except the accepted
 * ones, and every accepted one is justified in electron/SECURITY.md. The tool itself runs in a child
 * process (it registers globals and prints progress).
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCEPTED_FINDINGS,
  isAccepted,
  unacceptedFindings,
  type Finding,
} from '../../electron/tools/electronegativity.mjs'

const root = resolve(import.meta.dirname, '../..')
let findings: Finding[] = []

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(root, 'electron/tools/electronegativity.mjs'), '--json'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 },
  )
  const line = stdout.trim().split('\n').at(-1) ?? '[]'
  findings = JSON.parse(line) as Finding[]
}, 180_000)

const finding = (over: Partial<Finding>): Finding => ({
  id: 'NODE_INTEGRATION_JS_CHECK',
  file: 'electron/main/new-window.ts',
  line: 1,
  severity: 'HIGH',
  confidence: 'CERTAIN',
  description: '',
  ...over,
})

describe('Electronegativity', () => {
  it('ran its checks over the sources (it found at least the informational version check)', () => {
    expect(findings.map((f) => f.id)).toContain('ELECTRON_VERSION_JSON_CHECK')
  })

  it('reports nothing above INFORMATIONAL that is not accepted', () => {
    expect(unacceptedFindings(findings)).toEqual([])
  })

  it('every accepted finding still occurs (no stale exceptions) and is justified in electron/SECURITY.md', () => {
    const security = readFileSync(join(root, 'electron/SECURITY.md'), 'utf8')
    const section = security.slice(security.indexOf('## Electronegativity findings'))
    expect(section.length).toBeGreaterThan(100)
    for (const accepted of ACCEPTED_FINDINGS) {
      expect(
        findings.some((f) => isAccepted(f) && f.id === accepted.id),
        accepted.id,
      ).toBe(true)
      expect(section, accepted.id).toContain(accepted.id)
    }
  })

  it('would fail on a new finding, in a new file or of a new kind', () => {
    expect(unacceptedFindings([finding({})])).toHaveLength(1)
    expect(unacceptedFindings([finding({ id: 'SANDBOX_JS_CHECK' })])).toHaveLength(1)
    expect(
      unacceptedFindings([finding({ severity: 'LOW', id: 'CSP_GLOBAL_CHECK', file: 'x.html' })]),
    ).toHaveLength(1)
    expect(unacceptedFindings([finding({ severity: 'INFORMATIONAL' })])).toHaveLength(0)
  })
})
