/**
 * Rules read their legal numbers from shared/parameters: a number that a parameter holds (an age,
 * a threshold, a percentage, an amount) written as a literal in a rule or in the engine is a second
 * copy that a new dated value would not reach. This static check strips comments and strings from
 * the sources under shared/rules and shared/engine and fails on any numeric literal that equals a
 * parameter value, except the calendar and unit constants listed below.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as parameters from '#shared/parameters'

const ROOT = join(import.meta.dirname, '../../../shared')
const SCANNED = ['rules', 'engine'].map((dir) => join(ROOT, dir))

/**
 * Numbers that are arithmetic or calendar facts rather than legal figures, even where a parameter
 * happens to hold the same value: none and one, halves, months in a year, days in a week, minutes in
 * an hour, hours in a day, per cent and per mille.
 */
const NOT_LEGAL_FIGURES = new Set([0, 1, 2, 7, 12, 24, 60, 100, 1000])

/** Every number held in a parameter value (nested records and arrays included). */
function numbersIn(value: unknown, out: Set<number>): Set<number> {
  if (typeof value === 'number') out.add(value)
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A dated entry: only its value is a figure (its source and dates are not).
    if (typeof record['from'] === 'string' && 'value' in record) numbersIn(record['value'], out)
    else for (const v of Object.values(record)) numbersIn(v, out)
  }
  return out
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The code of a TypeScript source with comments and string literals blanked (line numbers kept). */
export function codeOnly(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (match) => match.replace(/[^\n]/g, ' '),
  )
}

/** Numeric literals of a code line (identifiers such as day18 and property names excluded). */
export function numericLiterals(line: string): number[] {
  return [...line.matchAll(/(?<![\w$.])(\d[\d_]*(?:\.\d+)?)(?![\w$])/g)].map((m) =>
    Number((m[1] ?? '').replaceAll('_', '')),
  )
}

describe('rules do not hard-code parameter values', () => {
  const held = numbersIn(Object.values(parameters), new Set<number>())
  for (const n of NOT_LEGAL_FIGURES) held.delete(n)

  it('finds parameter values to look for', () => {
    // Ages, thresholds and amounts from the parameters (a guard against an empty scan).
    for (const n of [18, 21, 23, 27, 8, 25]) expect(held.has(n), String(n)).toBe(true)
  })

  it('strips comments and strings, and reads underscored literals', () => {
    expect(numericLiterals(codeOnly("const a = 27 // 18\nconst b = '21' + day23 + 1_000"))).toEqual([
      27, 1000,
    ])
    expect(numericLiterals('x = 2_180 + y.z18 + 12.5')).toEqual([2180, 12.5])
  })

  const sources = SCANNED.flatMap(files)
  it.each(sources.map((path) => [relative(ROOT, path), path] as const))(
    '%s holds no literal that a parameter holds',
    (_rel, path) => {
      const lines = codeOnly(readFileSync(path, 'utf8')).split('\n')
      const hits = lines.flatMap((line, i) =>
        numericLiterals(line)
          .filter((n) => held.has(n))
          .map((n) => `line ${i + 1}: ${n} — read it from shared/parameters`),
      )
      expect(hits).toEqual([])
    },
  )
})
