#!/usr/bin/env node
/**
 * Codemod: rewrites deep relative imports of `shared/` ('../../../../shared/domain/types') to the
 * `#shared/…` alias ('#shared/domain/types') in renderer/, electron/ and tests/. Modules inside shared/
 * keep their relative imports (shared is one self-contained package; its own paths are short).
 *
 *   node tools/use-shared-alias.mjs            rewrite, then format the changed files with Prettier
 *   node tools/use-shared-alias.mjs --check    list what would change; exit 1 if anything would
 *
 * Safe to run again (idempotent: an alias is not a relative import, so a second run changes nothing).
 * Only the specifier text changes: the order of the imports stays as it was, and every rewritten
 * specifier is checked to name the same file as before (else the script stops and writes nothing).
 * The alias is configured in tsconfig.json and shared/tsconfig.json (`paths`), electron.vite.config.ts,
 * vite.renderer.config.ts and vitest.config.ts (`resolve.alias`).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FOLDERS = ['renderer', 'electron', 'tests']
const SKIPPED = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'test-reports'])
const SOURCE = /\.(ts|tsx|mts)$/
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs']

/** Static imports and exports, `import type`, dynamic `import()` and `vi.mock()`: the quoted specifier. */
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.(?:mock|doMock|importActual)\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\2/g

function resolveFile(base) {
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ]
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null
}

/** The file a specifier names, for a relative or `#shared` specifier. */
export function resolveImport(root, fromFile, specifier) {
  if (specifier === '#shared') return resolveFile(join(root, 'shared'))
  if (specifier.startsWith('#shared/')) return resolveFile(join(root, 'shared', specifier.slice(8)))
  return resolveFile(resolve(dirname(fromFile), specifier))
}

/**
 * The alias for a relative specifier that points into shared/ ('#shared' for shared/index), or null
 * when it points elsewhere or the importing file is itself inside shared/.
 */
export function aliasFor(root, fromFile, specifier) {
  const shared = join(root, 'shared')
  if (!relative(shared, fromFile).startsWith('..')) return null
  const target = resolve(dirname(fromFile), specifier)
  const rest = relative(shared, target)
  if (rest.startsWith('..') || rest.startsWith('/')) return null
  const alias = rest === '' ? '#shared' : `#shared/${rest.replaceAll('\\', '/')}`
  const before = resolveImport(root, fromFile, specifier)
  const after = resolveImport(root, fromFile, alias)
  if (before === null) return null
  if (before !== after) throw new Error(`${fromFile}: "${specifier}" and "${alias}" name different files`)
  return alias
}

/** The source with its shared/ imports aliased, and how many were rewritten. */
export function rewriteSource(root, file, text) {
  let count = 0
  const out = text.replace(SPECIFIER, (match, lead, quote, specifier) => {
    const alias = aliasFor(root, file, specifier)
    if (alias === null) return match
    count += 1
    return `${lead}${quote}${alias}${quote}`
  })
  return { text: out, count }
}

function listFiles(root) {
  const files = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (SKIPPED.has(name)) continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (SOURCE.test(name)) files.push(path)
    }
  }
  for (const folder of FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder))
  return files.sort()
}

/** Rewrites every file (or, with `write: false`, only reports); returns the changed files. */
export function rewriteProject(root, { write }) {
  const changes = []
  for (const file of listFiles(root)) {
    const before = readFileSync(file, 'utf8')
    const { text, count } = rewriteSource(root, file, before)
    if (count > 0) changes.push({ file, text, count })
  }
  // Every file is checked before any is written: a failed check above leaves the tree untouched.
  if (write) for (const change of changes) writeFileSync(change.file, change.text)
  return changes.map(({ file, count }) => ({ file: relative(root, file), count }))
}

async function main() {
  const check = process.argv.includes('--check')
  const changes = rewriteProject(PROJECT_ROOT, { write: !check })
  const total = changes.reduce((sum, c) => sum + c.count, 0)
  for (const c of changes) console.log(`${check ? 'would rewrite' : 'rewrote'} ${c.count} in ${c.file}`)
  console.log(`${total} imports in ${changes.length} files${check ? ' would use' : ' now use'} #shared.`)
  if (check) {
    process.exitCode = changes.length > 0 ? 1 : 0
    return
  }
  if (changes.length > 0) {
    // Shorter specifiers can fit an import on one line again: let Prettier decide, as for any edit.
    const prettier = await import('prettier')
    for (const { file } of changes) {
      const path = join(PROJECT_ROOT, file)
      const options = (await prettier.resolveConfig(path)) ?? {}
      const source = readFileSync(path, 'utf8')
      const formatted = await prettier.format(source, { ...options, filepath: path })
      if (formatted !== source) writeFileSync(path, formatted)
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
