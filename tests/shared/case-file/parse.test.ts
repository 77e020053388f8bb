import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CASE_FILE_ERROR_CODES,
  CASE_FILE_MAX_BYTES,
  CASE_FILE_MAX_ERRORS,
  parseCaseFile,
  serializeCaseFile,
  validateCaseFile,
  type CaseFileError,
} from '#shared/case-file'
import type { CaseFile } from '#shared/domain/types'
import { EXAMPLE_DE_VRIES, EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import { caseFileArb } from './arbitraries'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form edits of a parsed JSON tree

/** A mutable JSON copy of a valid example to break on purpose. */
function editable(file: CaseFile = EXAMPLE_VAN_DEN_BERG): Json {
  return JSON.parse(serializeCaseFile(file)) as Json
}

function errorsOf(value: unknown): CaseFileError[] {
  const result = parseCaseFile(typeof value === 'string' ? value : JSON.stringify(value))
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.errors
}

function problems(value: unknown): string[] {
  return errorsOf(value).map((e) => `${e.path} ${e.code}`)
}

describe('parseCaseFile', () => {
  describe('accepting valid files', () => {
    it('returns the case file of a valid text', () => {
      const result = parseCaseFile(serializeCaseFile(EXAMPLE_DE_VRIES))
      expect(result).toEqual({ ok: true, value: EXAMPLE_DE_VRIES })
    })

    it('ignores a UTF-8 byte-order mark', () => {
      expect(parseCaseFile(`\uFEFF${serializeCaseFile(EXAMPLE_DE_VRIES)}`).ok).toBe(true)
    })

    it('accepts 29 February in a leap year', () => {
      const file = editable()
      file.household.members[0].birthDate = '1944-02-29'
      expect(parseCaseFile(JSON.stringify(file)).ok).toBe(true)
    })

    it('accepts the upper bounds: 168 hours a week, 7 etmalen a week, ZRM 5, horizon 120', () => {
      const file = editable()
      Object.assign(file.scenarios[0].lines[0], { volume: 168, unit: 'hour', frequency: 'week' })
      Object.assign(file.scenarios[0].lines[1], { volume: 7, unit: 'etmaal', frequency: 'week' })
      file.household.members[0].zrm.scores.financien = 5
      file.scenarios[0].horizonMonths = 120
      expect(parseCaseFile(JSON.stringify(file)).ok).toBe(true)
    })
  })

  describe('rejecting the file as a whole', () => {
    it('refuses a file above the size cap before parsing it', () => {
      const huge = `{"format":"maatwerk.case","pad":"${'x'.repeat(CASE_FILE_MAX_BYTES)}"}`
      expect(problems(huge)).toEqual([' tooLarge'])
    })

    it('counts bytes, not characters, against the cap', () => {
      // 'é' is 2 bytes in UTF-8: just over half the cap in characters is over the cap in bytes.
      const text = `"${'é'.repeat(CASE_FILE_MAX_BYTES / 2 + 1)}"`
      expect(problems(text)).toEqual([' tooLarge'])
    })

    it('reports a JSON syntax error by line and column, without the parser text', () => {
      const [error] = errorsOf('{"format": "maatwerk.case",')
      expect(error).toMatchObject({ path: '', code: 'invalidJson' })
      expect(error!.params).toEqual({ line: 1, column: 28 })
    })

    it.each([
      ['an array', '[]'],
      ['a number', '42'],
      ['null', 'null'],
    ])('refuses %s at the top level', (_, text) => {
      expect(problems(text)).toEqual([' notAnObject'])
    })

    it('names a JSON file of another kind in one message instead of listing every field', () => {
      expect(problems({ name: 'budget.xlsx' })).toEqual(['format wrongFormat'])
    })

    it('refuses a newer format version with the version numbers', () => {
      const file = editable()
      file.formatVersion = 2
      expect(errorsOf(file)).toEqual([
        expect.objectContaining({
          path: 'formatVersion',
          code: 'unsupportedVersion',
          params: { version: 2, latest: 1 },
        }),
      ])
    })

    it.each([0, -1, 1.5, '1', null])('refuses the format version %j', (version) => {
      const file = editable()
      file.formatVersion = version
      expect(problems(file)).toEqual(['formatVersion invalidVersion'])
    })
  })

  describe('listing every problem by path', () => {
    it('lists problems from different parts of the file together', () => {
      const file = editable()
      file.household.members[0].birthDate = '2025-02-30'
      file.scenarios[0].lines[2].personId = 'nobody'
      file.scenarios[1].lines[0].volume = -1
      expect(problems(file)).toEqual(
        expect.arrayContaining([
          'household.members[0].birthDate invalidDate',
          'scenarios[0].lines[2].personId unknownPerson',
          'scenarios[1].lines[0].volume tooSmall',
        ]),
      )
      expect(problems(file)).toHaveLength(3)
    })

    it('lists problems in the order a reader meets them in the file', () => {
      const file = editable()
      file.zzz = 1
      file.scenarios[1].lines[0].volume = -1
      file.scenarios[0].lines[2].personId = 'nobody'
      file.scenarios[0].lines.push(null)
      delete file.household.label
      expect(problems(file)).toEqual([
        'household.label required',
        'scenarios[0].lines[2].personId unknownPerson',
        'scenarios[0].lines[7] invalidType',
        'scenarios[1].lines[0].volume tooSmall',
        'zzz unknownKey',
      ])
    })

    // A line the catalogue does not know was stored, and the engine then refused the whole scenario.
    it('refuses a line whose provision is not in the catalogue', () => {
      const file = editable()
      file.scenarios[0].lines[1].provisionId = 'wmo.bestaat-niet'
      expect(problems(file)).toEqual(['scenarios[0].lines[1].provisionId unknownProvision'])
    })

    it('reports references even when a field elsewhere breaks the schema', () => {
      const file = editable()
      file.household.members[0].extra = true
      file.scenarios[0].lines[5].carerId = 'c-unknown'
      expect(problems(file)).toEqual([
        'household.members[0].extra unknownKey',
        'scenarios[0].lines[5].carerId unknownCarer',
      ])
    })

    it.each([
      ['2025-02-29', 'not a leap year'],
      ['2025-02-30', 'February has no 30th'],
      ['2025-04-31', 'April has 30 days'],
      ['2025-13-01', 'no month 13'],
      ['2025-00-10', 'no month 0'],
      ['2025-1-01', 'month not zero-padded'],
      ['01-01-2025', 'Dutch order'],
      ['2025-01-01T00:00:00Z', 'a timestamp'],
      ['1899-12-31', 'before 1900'],
    ])('rejects the date %s (%s)', (date) => {
      const file = editable()
      file.scenarios[0].startDate = date
      expect(problems(file)).toEqual(['scenarios[0].startDate invalidDate'])
    })

    it('rejects an end date before the start date, naming the start', () => {
      const file = editable()
      Object.assign(file.scenarios[0].lines[0], { startDate: '2026-03-01', endDate: '2026-02-28' })
      expect(errorsOf(file)).toEqual([
        expect.objectContaining({
          path: 'scenarios[0].lines[0].endDate',
          code: 'endBeforeStart',
          params: { start: '2026-03-01' },
        }),
      ])
    })

    it.each([
      [12.5, 'invalidCents'],
      [-100, 'invalidCents'],
      ['1000', 'invalidType'],
      [1e8, 'tooBig'],
    ])('rejects the amount %j as %s', (amount, code) => {
      const file = editable()
      file.household.members[0].income.netMonthlyCents = amount
      expect(problems(file)).toEqual([`household.members[0].income.netMonthlyCents ${code}`])
    })

    it.each([
      [169, 'hour', 'week'],
      [8, 'etmaal', 'week'],
      [32, 'etmaal', 'month'],
      [22, 'dagdeel', 'week'],
    ])('rejects a volume of %d %s per %s', (volume, unit, frequency) => {
      const file = editable()
      Object.assign(file.scenarios[0].lines[0], { volume, unit, frequency })
      expect(problems(file)).toEqual(['scenarios[0].lines[0].volume volumeTooBig'])
    })

    it('rejects hours per week of a carer outside 0–168 and a burden score above 15', () => {
      const file = editable()
      file.household.carers[0].capacityHoursPerWeek = 169
      file.household.carers[0].workHoursPerWeek = -1
      file.household.carers[0].burdenScore = 16
      expect(problems(file)).toEqual([
        'household.carers[0].capacityHoursPerWeek tooBig',
        'household.carers[0].workHoursPerWeek tooSmall',
        'household.carers[0].burdenScore tooBig',
      ])
    })

    it('rejects ZRM scores outside 1–5 and unknown ZRM domains', () => {
      const file = editable()
      file.household.members[0].zrm.scores.financien = 0
      file.household.members[0].zrm.scores.geluk = 3
      expect(problems(file)).toEqual([
        'household.members[0].zrm.scores.financien invalidOption',
        'household.members[0].zrm.scores.geluk unknownKey',
      ])
    })

    it('rejects a horizon outside 1–120 months', () => {
      const file = editable()
      file.scenarios[0].horizonMonths = 0
      file.scenarios[1].horizonMonths = 121
      file.scenarios[2].horizonMonths = 12.5
      expect(problems(file)).toEqual([
        'scenarios[0].horizonMonths tooSmall',
        'scenarios[1].horizonMonths tooBig',
        'scenarios[2].horizonMonths notInteger',
      ])
    })

    it('rejects a BSN that fails the elfproef, but accepts a public test BSN', () => {
      const file = editable()
      file.household.members[0].bsn = '123456789'
      expect(problems(file)).toEqual(['household.members[0].bsn invalidBsn'])
      file.household.members[0].bsn = '999990482'
      expect(parseCaseFile(JSON.stringify(file)).ok).toBe(true)
    })

    it('rejects unknown keys, one problem per key, including __proto__', () => {
      const text = serializeCaseFile(EXAMPLE_VAN_DEN_BERG).replace(
        '"format": "maatwerk.case",',
        '"format": "maatwerk.case", "__proto__": {"polluted": true}, "notes": "x",',
      )
      expect(problems(text)).toEqual(['__proto__ unknownKey', 'notes unknownKey'])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })

    it('rejects a blank name but keeps text exactly as written', () => {
      const file = editable()
      file.household.members[0].name = '   '
      expect(problems(file)).toEqual(['household.members[0].name empty'])
      file.household.members[0].name = ' Mevrouw Van den Berg '
      const result = parseCaseFile(JSON.stringify(file))
      expect(result.ok && result.value.household.members[0]!.name).toBe(' Mevrouw Van den Berg ')
    })

    it('reports a missing field as required', () => {
      const file = editable()
      delete file.scenarios[0].lines[0].personId
      delete file.household.label
      expect(problems(file)).toEqual(['household.label required', 'scenarios[0].lines[0].personId required'])
    })

    it('rejects duplicate ids within members, carers, scenarios and lines', () => {
      const file = editable()
      file.household.carers[1].id = file.household.carers[0].id
      file.scenarios[1].id = file.scenarios[0].id
      file.scenarios[0].lines[1].id = file.scenarios[0].lines[0].id
      expect(problems(file)).toEqual(
        expect.arrayContaining([
          'household.carers[1].id duplicateId',
          'scenarios[1].id duplicateId',
          'scenarios[0].lines[1].id duplicateId',
        ]),
      )
    })

    it('checks every reference: caresFor, carer personId, line person and carer, income change, deviation, Wlz indication', () => {
      const file = editable()
      file.household.carers[0].caresFor = ['p-vdb', 'p-ghost']
      file.household.carers[0].personId = 'p-ghost'
      file.scenarios[0].lines[0].personId = 'p-ghost'
      file.scenarios[0].lines[5].carerId = 'c-ghost'
      file.scenarios[0].incomeChanges = [
        { personId: 'p-ghost', from: '2026-07-01', kind: 'work', netMonthlyCents: 0 },
      ]
      file.scenarios[0].wlzIndications = [{ personId: 'p-ghost', from: '2026-07-01' }]
      file.scenarios[0].deviations = [
        {
          ruleId: 'wmo.gebruikelijke-hulp',
          lineId: 'l-ghost',
          personId: 'p-ghost',
          reason: 'x',
          decidedOn: '2026-01-05',
        },
      ]
      expect(problems(file).sort()).toEqual(
        [
          'household.carers[0].caresFor[1] unknownPerson',
          'household.carers[0].personId unknownPerson',
          'scenarios[0].lines[0].personId unknownPerson',
          'scenarios[0].lines[5].carerId unknownCarer',
          'scenarios[0].incomeChanges[0].personId unknownPerson',
          'scenarios[0].deviations[0].lineId unknownLine',
          'scenarios[0].deviations[0].personId unknownPerson',
          'scenarios[0].wlzIndications[0].personId unknownPerson',
        ].sort(),
      )
    })

    it.each(['mantelzorg', 'pgb-netwerk', 'volunteer'])('requires a carer on a %s line', (deliveryForm) => {
      const file = editable()
      Object.assign(file.scenarios[0].lines[0], { deliveryForm, carerId: null })
      expect(errorsOf(file)).toEqual([
        expect.objectContaining({
          path: 'scenarios[0].lines[0].carerId',
          code: 'carerRequired',
          params: { deliveryForm },
        }),
      ])
    })

    it('requires at least one member and at most one client and one partner', () => {
      const empty = editable()
      empty.household.members = []
      empty.household.carers = []
      empty.scenarios = []
      expect(problems(empty)).toEqual(['household.members tooFew'])

      const twoClients = editable(EXAMPLE_DE_VRIES)
      twoClients.household.members[1].role = 'client'
      expect(problems(twoClients)).toEqual(['household.members[1].role tooManyOfRole'])
    })

    it('keeps ZRM history oldest first and before the current assessment', () => {
      const file = editable()
      file.household.members[0].zrm.history = [
        { assessedOn: '2025-06-01', scores: {} },
        { assessedOn: '2025-01-01', scores: {} },
      ]
      expect(problems(file)).toEqual(['household.members[0].zrm.history[1].assessedOn historyOrder'])
    })

    it('stops listing after the cap with one summary problem', () => {
      const file = editable()
      file.scenarios[0].lines = Array.from({ length: 300 }, (_, i) => ({ id: `l${i}` }))
      const errors = errorsOf(file)
      expect(errors).toHaveLength(CASE_FILE_MAX_ERRORS + 1)
      expect(errors.at(-1)).toMatchObject({ code: 'tooManyErrors' })
      expect(Number(errors.at(-1)!.params.count)).toBeGreaterThan(0)
    })
  })

  describe('never throwing', { timeout: 30_000 }, () => {
    function isWellFormed(result: ReturnType<typeof parseCaseFile>): boolean {
      if (result.ok) return true
      return (
        result.errors.length > 0 &&
        result.errors.every(
          (e) => typeof e.path === 'string' && CASE_FILE_ERROR_CODES.includes(e.code) && e.message.length > 0,
        )
      )
    }

    it('returns a result for any JSON text', () => {
      fc.assert(
        fc.property(fc.json(), (text) => isWellFormed(parseCaseFile(text))),
        { seed: 3, numRuns: 500 },
      )
    })

    it('returns a result for any value, string or not', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          const text = JSON.stringify(value) ?? 'undefined'
          return isWellFormed(parseCaseFile(text)) && isWellFormed(parseCaseFile(value as string))
        }),
        { seed: 4, numRuns: 500 },
      )
    })

    it('returns a result for a valid file with one value anywhere replaced by anything', () => {
      const base = editable()
      const paths: (string | number)[][] = []
      const walk = (node: unknown, path: (string | number)[]): void => {
        paths.push(path)
        if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]))
        else if (node !== null && typeof node === 'object')
          Object.entries(node).forEach(([k, v]) => walk(v, [...path, k]))
      }
      walk(base, [])
      fc.assert(
        fc.property(
          fc.constantFrom(...paths.filter((p) => p.length > 0)),
          fc.jsonValue(),
          (path, replacement) => {
            const copy = editable()
            let node: Json = copy
            for (const segment of path.slice(0, -1)) node = node[segment] as Json
            node[path.at(-1)!] = replacement
            return isWellFormed(parseCaseFile(JSON.stringify(copy)))
          },
        ),
        { seed: 5, numRuns: 300 },
      )
    })
  })
})

describe('serializeCaseFile', { timeout: 30_000 }, () => {
  it('writes the identity first and indents with two spaces', () => {
    const text = serializeCaseFile(EXAMPLE_VAN_DEN_BERG)
    expect(
      text.startsWith('{\n  "format": "maatwerk.case",\n  "formatVersion": 1,\n  "household": {\n    "id":'),
    ).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('gives the same text whatever the key order of the input', () => {
    const reverseKeys = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(reverseKeys)
      if (node !== null && typeof node === 'object')
        return Object.fromEntries(
          Object.entries(node)
            .reverse()
            .map(([k, v]) => [k, reverseKeys(v)]),
        )
      return node
    }
    expect(serializeCaseFile(reverseKeys(EXAMPLE_VAN_DEN_BERG) as CaseFile)).toBe(
      serializeCaseFile(EXAMPLE_VAN_DEN_BERG),
    )
  })

  it('round-trips every valid case file exactly', () => {
    fc.assert(
      fc.property(caseFileArb, (file) => {
        const text = serializeCaseFile(file)
        const parsed = parseCaseFile(text)
        expect(parsed).toEqual({ ok: true, value: file })
        // Canonical: writing the parsed file again gives the same bytes.
        expect(serializeCaseFile((parsed as { value: CaseFile }).value)).toBe(text)
      }),
      { seed: 11, numRuns: 100 },
    )
  })
})

describe('validateCaseFile', () => {
  it('validates an object exactly like the parsed text', () => {
    const file = editable()
    file.scenarios[0].lines[0].personId = 'nobody'
    expect(validateCaseFile(file)).toEqual(parseCaseFile(JSON.stringify(file)))
    expect(validateCaseFile(EXAMPLE_DE_VRIES)).toEqual({ ok: true, value: EXAMPLE_DE_VRIES })
  })
})
