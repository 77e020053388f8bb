import { readdirSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '#shared'
import { en, nl } from '../../../renderer/src/i18n/messages/findings'

const RULES_DIR = resolve(import.meta.dirname, '../../../shared/rules')

/** Looks up a dotted i18n key in a nested catalogue, as i18next does. */
function lookup(catalogue: unknown, key: string): unknown {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

describe('rules metadata', () => {
  it('has one registered rule per file under shared/rules/<folder>/, its id naming folder and file', () => {
    const files = readdirSync(RULES_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.parentPath !== RULES_DIR)
      .map(
        (entry) => `${relative(RULES_DIR, entry.parentPath).replaceAll(sep, '/')}.${entry.name.slice(0, -3)}`,
      )
      .sort()
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(files)
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s cites its article and has texts in both languages',
    (_id, rule) => {
      expect(rule.legalBasis.article.length).toBeGreaterThan(0)
      if (rule.legalBasis.url) expect(rule.legalBasis.url).toMatch(/^https:\/\/wetten\.overheid\.nl\//)
      expect(typeof lookup(nl, rule.messageKey)).toBe('string')
      expect(typeof lookup(en, rule.messageKey)).toBe('string')
      expect(typeof lookup(nl, `rule.${rule.id}`)).toBe('string')
    },
  )

  it('keeps the English catalogue in the shape of the Dutch one', () => {
    const shape = (o: unknown): unknown =>
      typeof o === 'object' && o !== null
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : typeof o
    expect(shape(en)).toEqual(shape(nl))
  })
})
