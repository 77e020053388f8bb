/**
 * docs/legal-reference.md carries tables generated from the code (rules, parameters, example tariffs,
 * escalation figures). This test fails when the code changed and the document did not; run it with
 * UPDATE_DOCS=1 to rewrite the tables, then commit the document.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatEuro, updateGeneratedBlocks } from './legal-reference-tables'

const DOC = 'docs/legal-reference.md'
const path = resolve(import.meta.dirname, '../..', DOC)

describe('docs/legal-reference.md', () => {
  it('holds the rule, parameter, tariff and escalation tables exactly as the code defines them', () => {
    const current = readFileSync(path, 'utf8')
    const { text, changed, missing } = updateGeneratedBlocks(current)
    expect(
      missing,
      `${DOC} lacks the markers <!-- generated:NAME --> … <!-- /generated:NAME --> for`,
    ).toEqual([])
    if (changed.length > 0 && process.env['UPDATE_DOCS']) writeFileSync(path, text)
    else
      expect(
        changed,
        `${DOC} is out of date with the code (tables: ${changed.join(', ')}). ` +
          'Run `UPDATE_DOCS=1 npx vitest run tests/repository/legal-reference.test.ts` and commit the document.',
      ).toEqual([])
  })

  it('writes euro amounts with a thousands separator and two decimals', () => {
    expect([formatEuro(2180), formatEuro(140150), formatEuro(0), formatEuro(-5)]).toEqual([
      '€ 21.80',
      '€ 1,401.50',
      '€ 0.00',
      '-€ 0.05',
    ])
  })
})
