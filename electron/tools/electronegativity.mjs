#!/usr/bin/env node
/**
 * Electronegativity (doyensec) over the app's sources: electron/ (main, preload), renderer/
 * (index.html with its CSP, src/) and shared/, with the Electron version from package.json.
 * Offline: the network-only AvailableSecurityFixesGlobalCheck is excluded (it downloads Electron's
 * release list; our own supported-major check is tests/electron/electron-support.test.ts).
 *
 *   node electron/tools/electronegativity.mjs          a table; exit 1 on an unaccepted finding
 *   node electron/tools/electronegativity.mjs --json   every finding as JSON (for the test)
 *
 * A finding above INFORMATIONAL fails unless it is in ACCEPTED_FINDINGS, and each accepted one is
 * justified in electron/SECURITY.md ("Electronegativity findings"). The tool cannot see options that
 * come from a function (our windows are built by buildWindowOptions), so those are reviewed by hand
 * and pinned by the unit tests named there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)

/**
 * Accepted findings above INFORMATIONAL: check id and file ('*' = any file). Each one is explained in
 * electron/SECURITY.md, section "Electronegativity findings"; the test checks that it is.
 */
export const ACCEPTED_FINDINGS = [
  // Window options come from buildWindowOptions(), which the tool cannot follow; pinned by U tests.
  { id: 'SANDBOX_JS_CHECK', file: 'electron/main/main-window.ts' },
  { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/main-window.ts' },
  { id: 'AUXCLICK_JS_CHECK', file: 'electron/main/main-window.ts' },
  // Every `openExternal` call is our allowlisting wrapper; shell.openExternal has one call site.
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: '*' },
  // style-src 'unsafe-inline' (React style attributes) and 'wasm-unsafe-eval' (HiGHS); scripts strict.
  { id: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html' },
]

const SCANNED = ['electron', 'renderer/index.html', 'renderer/src', 'shared', 'package.json']

export function electronVersion(root = projectRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  return String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '')
}

/** Runs the scan on a copy of the sources; resolves to plain finding objects. */
export async function scan(root = projectRoot) {
  const work = mkdtempSync(join(tmpdir(), 'maatwerk-eng-'))
  try {
    for (const path of SCANNED) cpSync(join(root, path), join(work, path), { recursive: true })
    const loaded = require('@doyensec/electronegativity')
    const run = typeof loaded === 'function' ? loaded : loaded.default
    const result = await run({
      input: work,
      electronVersionOverride: electronVersion(root),
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
    })
    return result.issues.map((issue) => ({
      id: issue.id,
      file: String(issue.file).split('\\').join('/'),
      line: issue.location?.line ?? 0,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
    }))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export function isAccepted(finding) {
  return ACCEPTED_FINDINGS.some(
    (accepted) => accepted.id === finding.id && (accepted.file === '*' || accepted.file === finding.file),
  )
}

export function unacceptedFindings(findings) {
  return findings.filter((finding) => finding.severity !== 'INFORMATIONAL' && !isAccepted(finding))
}

async function main() {
  const findings = await scan()
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(findings)}\n`)
    return
  }
  for (const f of findings) {
    const mark = f.severity === 'INFORMATIONAL' ? 'info' : isAccepted(f) ? 'accepted' : 'FAIL'
    console.log(`${mark.padEnd(8)} ${f.severity.padEnd(13)} ${f.id.padEnd(28)} ${f.file}:${f.line}`)
  }
  const failing = unacceptedFindings(findings)
  console.log(`${findings.length} findings, ${failing.length} above INFORMATIONAL not accepted`)
  if (failing.length > 0) process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
