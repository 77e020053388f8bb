import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pseudonymiseCaseFile, validateCaseFile } from '#shared/case-file'
import { isValidBsn } from '#shared/domain/bsn'
import type { CaseFile } from '#shared/domain/types'
import { EXAMPLE_CASES, EXAMPLE_DE_VRIES, EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { caseFileArb, RESERVED_WORDS } from './arbitraries'

type Leaf = { path: string; value: unknown }

/** Every leaf of a JSON-like tree with its path; object keys are reported as string leaves too. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${path}[${i}]`))
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => [
      { path: `${path}.${k}#key`, value: k },
      ...leaves(v, `${path}.${k}`),
    ])
  }
  return [{ path, value: node }]
}

function strings(node: unknown): string[] {
  return leaves(node)
    .map((l) => l.value)
    .filter((v): v is string => typeof v === 'string')
}

function numbers(node: unknown): Leaf[] {
  return leaves(node).filter((l) => typeof l.value === 'number')
}

/** Lower-cased words (runs of letters and digits) of all strings in the tree. */
function words(node: unknown): Set<string> {
  return new Set(strings(node).flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u)))
}

/** The distinctive parts of every name in the file: what must not survive. */
function nameParts(file: CaseFile): string[] {
  const names = [
    ...file.household.members.map((m) => m.name),
    ...file.household.carers.map((c) => c.name),
    file.household.label,
  ]
  return names
    .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 2 && !RESERVED_WORDS.has(w))
}

function elfproefNumbers(node: unknown): string[] {
  return strings(node).flatMap((s) => (s.match(/(?<!\d)\d{9}(?!\d)/g) ?? []).filter(isValidBsn))
}

const pseudonymise = (file: CaseFile): CaseFile => pseudonymiseCaseFile(file, { householdLabel: 'Casus 17' })

describe('pseudonymiseCaseFile', () => {
  describe('on the example of Mevrouw Van den Berg', () => {
    const result = pseudonymise(EXAMPLE_VAN_DEN_BERG)

    it('labels the client and the carers by role', () => {
      expect(result.household.members.map((m) => m.name)).toEqual(['Cliënt'])
      expect(result.household.carers.map((c) => c.name)).toEqual([
        'Mantelzorger 1',
        'Mantelzorger 2',
        'Mantelzorger 3',
      ])
    })

    it('replaces the household label and derives the id from it', () => {
      expect(result.household).toMatchObject({ id: 'h-casus-17', label: 'Casus 17' })
    })

    it('drops the BSN and coarsens the birth dates to 1 July of the year', () => {
      expect(result.household.members[0]).toMatchObject({ bsn: null, birthDate: '1942-07-01' })
      expect(result.household.carers.map((c) => c.birthDate)).toEqual(['1969-07-01', '1973-07-01', null])
    })

    it('rewrites names in free text to the labels', () => {
      const note = result.scenarios[1]!.lines.find((l) => l.provisionId === 'wmo.kortdurend-verblijf')!.note
      expect(note).toBe('Logeeropvang: respijt voor Mantelzorger 1.')
    })

    it('renumbers ids and keeps every reference pointing at the same thing', () => {
      expect(result.household.members[0]!.id).toBe('p1')
      expect(result.household.carers.map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
      const anjaLine = result.scenarios[0]!.lines.find((l) => l.carerId === 'c1')!
      expect(anjaLine).toMatchObject({ personId: 'p1', volume: 8 })
      expect(result.household.carers[0]!.caresFor).toEqual(['p1'])
      expect(result.scenarios[2]!.wlzIndications).toEqual([{ personId: 'p1', from: '2026-01-01' }])
    })

    it('marks the file as pseudonymised and drops who exported it', () => {
      expect(result.origin).toEqual({ exportedBy: null, pseudonymised: true })
      expect(EXAMPLE_VAN_DEN_BERG.origin).toBeNull()
    })
  })

  it('gives a carer who is a member the same label as the member', () => {
    const result = pseudonymise(EXAMPLE_DE_VRIES)
    expect(result.household.members.map((m) => m.name)).toEqual(['Cliënt', 'Partner', 'Kind 1', 'Kind 2'])
    expect(result.household.carers[0]).toMatchObject({ name: 'Partner', personId: 'p2' })
  })

  it('removes BSNs from free text, also when written in groups', () => {
    const file = structuredClone(EXAMPLE_DE_VRIES)
    file.scenarios[0]!.lines[0]!.note = 'BSN 1234.56.782, oud nummer 9999 90 482, ref 123456789 blijft.'
    const note = pseudonymise(file).scenarios[0]!.lines[0]!.note
    expect(note).toBe('BSN [bsn], oud nummer [bsn], ref 123456789 blijft.')
  })

  it('leaves the example files untouched', () => {
    const before = JSON.stringify(EXAMPLE_CASES)
    EXAMPLE_CASES.forEach(pseudonymise)
    expect(JSON.stringify(EXAMPLE_CASES)).toBe(before)
  })

  // Property runs share two cores with the whole team: a generous timeout, a fixed seed.
  describe('properties (any valid case file)', { timeout: 30_000 }, () => {
    const options = { seed: 2026, numRuns: 100 }

    it('keeps the file valid', () => {
      fc.assert(
        fc.property(caseFileArb, (file) => {
          expect(validateCaseFile(pseudonymise(file))).toMatchObject({ ok: true })
        }),
        options,
      )
    })

    it('lets no name, or distinctive part of a name, survive anywhere', () => {
      fc.assert(
        fc.property(caseFileArb, (file) => {
          const left = words(pseudonymise(file))
          expect(nameParts(file).filter((part) => left.has(part))).toEqual([])
        }),
        options,
      )
    })

    it('lets no BSN, nor any elfproef-valid nine-digit number, survive', () => {
      fc.assert(
        fc.property(caseFileArb, (file) => {
          const result = pseudonymise(file)
          expect(result.household.members.every((m) => m.bsn === null)).toBe(true)
          expect(elfproefNumbers(result)).toEqual([])
        }),
        options,
      )
    })

    it('keeps every amount, volume and hour figure exactly', () => {
      fc.assert(
        fc.property(caseFileArb, (file) => {
          expect(numbers(pseudonymise(file))).toEqual(numbers(file))
        }),
        options,
      )
    })

    it('keeps the birth year of everyone and sets the day to 1 July', () => {
      fc.assert(
        fc.property(caseFileArb, (file) => {
          const result = pseudonymise(file)
          file.household.members.forEach((m, i) => {
            expect(result.household.members[i]!.birthDate).toBe(`${m.birthDate.slice(0, 4)}-07-01`)
          })
        }),
        options,
      )
    })
  })
})
