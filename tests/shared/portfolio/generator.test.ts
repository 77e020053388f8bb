import { describe, expect, it } from 'vitest'
import { PROVISIONS, parseCaseFile, serializeCaseFile } from '#shared/index'
import {
  SYNTHETIC_ORIGIN,
  generatePortfolio,
  generatePortfolioChunks,
  isSyntheticOrigin,
} from '#shared/portfolio'

const options = { seed: 7, size: 400, startYear: 2026, provisions: PROVISIONS }

describe('generatePortfolio', () => {
  const files = generatePortfolio(options)

  it('gives the same files a chunk at a time, in chunks of the asked size', () => {
    const chunks = [...generatePortfolioChunks(options, 150)]
    expect(chunks.map((c) => c.length)).toEqual([150, 150, 100])
    expect(chunks.flat()).toEqual(files)
  })

  it('is deterministic for a seed and differs for another seed', () => {
    expect(generatePortfolio(options)).toEqual(files)
    expect(generatePortfolio({ ...options, seed: 8 })).not.toEqual(files)
  })

  it('produces only case files that pass the case-file parser', () => {
    const refused = files.filter((f) => !parseCaseFile(serializeCaseFile(f)).ok)
    expect(refused.map((f) => f.household.id)).toEqual([])
  })

  it('marks every household synthetic and pseudonymised, with unique ids', () => {
    expect(files.every((f) => isSyntheticOrigin(f.origin) && f.origin?.pseudonymised === true)).toBe(true)
    expect(files[0]?.origin?.exportedBy).toBe(SYNTHETIC_ORIGIN)
    expect(new Set(files.map((f) => f.household.id)).size).toBe(files.length)
  })

  it('draws arrangements from the catalogue with its units and delivery forms', () => {
    const catalogue = new Map(PROVISIONS.map((p) => [p.id, p]))
    for (const f of files) {
      for (const l of f.scenarios.flatMap((s) => s.lines)) {
        const p = catalogue.get(l.provisionId)
        expect(p, l.provisionId).toBeDefined()
        expect(l.unit).toBe(p?.unit)
        expect(p?.deliveryForms).toContain(l.deliveryForm)
      }
    }
  })

  it('has a realistic mix: children, people above AOW age, bijstand, intensive carers, unchosen scenarios', () => {
    const members = files.flatMap((f) => f.household.members)
    expect(members.some((m) => m.role === 'child')).toBe(true)
    expect(members.some((m) => m.income.kind === 'aow')).toBe(true)
    expect(members.some((m) => m.income.kind === 'bijstand')).toBe(true)
    expect(files.some((f) => f.household.carers.length > 0)).toBe(true)
    const unchosen = files.filter((f) => !f.scenarios.some((s) => s.chosen)).length
    expect(unchosen).toBeGreaterThan(0)
    expect(unchosen).toBeLessThan(files.length / 4)
    // Needs are assessed for everyone who receives a line.
    for (const f of files) {
      const recipients = new Set(f.scenarios.flatMap((s) => s.lines.map((l) => l.personId)))
      for (const m of f.household.members.filter((x) => recipients.has(x.id)))
        expect(m.zrm?.scores).toBeTruthy()
    }
  })

  it('gives households of repeated generation runs unique ids and labels (bug: labels repeated)', () => {
    const options = { seed: 1, size: 5, startYear: 2026, provisions: PROVISIONS }
    const first = generatePortfolio({ ...options, batch: '20261130-1805' })
    const second = generatePortfolio({ ...options, batch: '20261130-1806' })
    const labels = [...first, ...second].map((f) => f.household.label)
    const ids = [...first, ...second].map((f) => f.household.id)
    expect(new Set(labels).size).toBe(10)
    expect(new Set(ids).size).toBe(10)
    expect(first[0]?.household.label).toBe('Synthetisch huishouden 20261130-1805/00001')
  })
})
