// Issue 12, "smaller holes": broken JSON said in the user's language with line and column (never the
// file's content), names of only invisible or control characters refused, unknown ZRM score keys
// reported, and strict carer and income objects (these tests fail when the strictness is loosened).
import { describe, expect, it } from 'vitest'
import { parseCaseFile, serializeCaseFile } from '#shared/case-file'
import { carerSchema, incomeSchema, isVisibleText } from '#shared/case-file/schema'
import { EXAMPLE_VAN_DEN_BERG, EXAMPLE_YILMAZ } from '#shared/examples'

function codesOf(text: string): string[] {
  const result = parseCaseFile(text)
  return result.ok ? [] : result.errors.map((error) => `${error.path} ${error.code}`)
}

describe('broken JSON', () => {
  it('names line and column and quotes nothing of the file', () => {
    const secret = 'Jansen-999993847'
    const text = `{\n  "format": "maatwerk.case",\n  "label": "${secret}"\n  "oops": 1\n}`
    const result = parseCaseFile(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const [error] = result.errors
    expect(error?.code).toBe('invalidJson')
    expect(error?.params).toEqual({ line: 4, column: 3 })
    expect(error?.message).toBe('Het bestand is geen geldige JSON: de fout zit op regel 4, kolom 3.')
    expect(JSON.stringify(error)).not.toContain(secret)
    expect(JSON.stringify(error)).not.toMatch(/Unexpected|Expected|position/)
  })

  it('points at the end of a file that was cut off', () => {
    const result = parseCaseFile('{\n  "format": "maatwerk.case",\n  "household": {')
    expect(result.ok ? null : result.errors[0]?.params).toEqual({ line: 3, column: 17 })
  })
})

describe('names of invisible or control characters', () => {
  const withName = (name: string) =>
    serializeCaseFile({
      ...EXAMPLE_YILMAZ,
      household: {
        ...EXAMPLE_YILMAZ.household,
        members: EXAMPLE_YILMAZ.household.members.map((member, index) =>
          index === 0 ? { ...member, name } : member,
        ),
      },
    })

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width joiners', '\u200D\u200C\u2060'],
    ['byte-order mark', '\uFEFF'],
    ['NUL', '\u0000'],
    ['right-to-left override in a name', 'Jan\u202Esneaj'],
    ['lone high surrogate', 'Jan \uD800'],
    ['lone low surrogate', '\uDC00'],
    ['combining marks only', '\u0301\u0308'],
  ])('refuses %s', (_label, name) => {
    expect(isVisibleText(name)).toBe(false)
    // A BOM alone is whitespace to String.trim (refused as empty); everything else as invisible.
    expect(codesOf(withName(name))).toContain(
      name === '\uFEFF' ? 'household.members[0].name empty' : 'household.members[0].name invisibleText',
    )
  })

  it.each([['Zoë'], ['José'], ['Jan-Willem de Jong'], ['Ǆemal'], ['محمد'], ['李 小龙'], ['👩‍⚕️ Anja']])(
    'accepts %s',
    (name) => {
      expect(isVisibleText(name)).toBe(true)
      expect(codesOf(withName(name))).toEqual([])
    },
  )
})

describe('strict shapes', () => {
  it('reports an unknown ZRM score key instead of dropping it', () => {
    const file = JSON.parse(serializeCaseFile(EXAMPLE_VAN_DEN_BERG)) as {
      household: { members: { zrm?: { scores: Record<string, number> } | null }[] }
    }
    const assessed = file.household.members.findIndex((member) => member.zrm)
    file.household.members[assessed]!.zrm!.scores['financiën-typo'] = 3
    expect(codesOf(JSON.stringify(file))).toContain(
      `household.members[${assessed}].zrm.scores["financiën-typo"] unknownKey`,
    )
  })

  it('refuses an unknown key on a carer', () => {
    const carer = EXAMPLE_VAN_DEN_BERG.household.carers[0]!
    expect(carerSchema.safeParse(carer).success).toBe(true)
    expect(carerSchema.safeParse({ ...carer, bsn: '999993847' }).success).toBe(false)
    const file = JSON.parse(serializeCaseFile(EXAMPLE_VAN_DEN_BERG)) as {
      household: { carers: Record<string, unknown>[] }
    }
    file.household.carers[0]!['notitie'] = 'vrije tekst'
    expect(codesOf(JSON.stringify(file))).toContain('household.carers[0].notitie unknownKey')
  })

  it('refuses an unknown key on an income', () => {
    const income = { kind: 'aow', netMonthlyCents: 150000 }
    expect(incomeSchema.safeParse(income).success).toBe(true)
    expect(incomeSchema.safeParse({ ...income, werkgever: 'Gemeente' }).success).toBe(false)
    const file = JSON.parse(serializeCaseFile(EXAMPLE_YILMAZ)) as {
      household: { members: { income: Record<string, unknown> }[] }
    }
    file.household.members[0]!.income['werkgever'] = 'Gemeente'
    expect(codesOf(JSON.stringify(file))).toContain('household.members[0].income.werkgever unknownKey')
  })
})
