/**
 * Every legal number exported from shared/parameters is read by the engine or a rule: a parameter
 * that is exported but never read outside its own file is a figure the engine silently ignores.
 * The few exceptions are listed with their reason.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as parameters from '#shared/parameters'

const ROOT = join(import.meta.dirname, '../../../shared')
const PARAMETERS = join(ROOT, 'parameters')

/** Fields of parameter values that are not engine inputs, with the reason. */
const FIELDS_NOT_READ_BY_DESIGN: Record<string, string> = {
  'VERMOGENSGRENZEN.*': 'informational: the engine does not model assets',
}

/** Exports that are not engine inputs, with the reason. */
const NOT_READ_BY_DESIGN: Record<string, string> = {
  PARAMETER_MESSAGES: 'error messages of the series helpers, matched by tests',
  SRC: 'source citations, used inside the parameter files',
  VERMOGENSGRENZEN: 'informational: the engine does not model assets (documented in the file)',
  AOW_AGE: 'read through aowDate() in the same file, which the engine calls',
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('parameters are read', () => {
  const sources = files(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  const exported = sources
    .filter((f) => f.path.startsWith(PARAMETERS))
    .flatMap((f) =>
      [...f.text.matchAll(/^export const (\w+)/gm)].map((m) => ({ name: m[1] ?? '', file: f.path })),
    )

  it.each(exported.map((e) => [e.name, relative(ROOT, e.file), e.file] as const))(
    '%s (%s) is read outside its own file',
    (name, _rel, file) => {
      if (name in NOT_READ_BY_DESIGN) return
      const pattern = new RegExp(`\\b${name}\\b`)
      const readers = sources.filter(
        (f) => f.path !== file && !f.path.endsWith('index.ts') && pattern.test(f.text),
      )
      expect(
        readers.map((f) => relative(ROOT, f.path)),
        `${name} is exported but never read`,
      ).not.toEqual([])
    },
  )
})

describe('every field of a parameter value is read', () => {
  const readers = files(ROOT)
    .filter((path) => !path.startsWith(PARAMETERS))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n')
  const fields = Object.entries(parameters).flatMap(([name, exported]) => {
    if (!Array.isArray(exported)) return []
    const keys = new Set<string>()
    for (const entry of exported as { value?: unknown }[])
      if (entry.value && typeof entry.value === 'object')
        for (const k of Object.keys(entry.value)) keys.add(k)
    return [...keys].map((key) => [name, key] as const)
  })

  it.each(fields)('%s.%s is read outside shared/parameters', (name, key) => {
    if (`${name}.*` in FIELDS_NOT_READ_BY_DESIGN || `${name}.${key}` in FIELDS_NOT_READ_BY_DESIGN) return
    // Read as a property (`.key`) or destructured (`{ key }`, `key:` in a pattern).
    expect(new RegExp(`\\.${key}\\b|[{,]\\s*${key}\\b`).test(readers), `${name}.${key} is never read`).toBe(
      true,
    )
  })
})
