/**
 * A member's box-3 assets (issue 10: the Wlz eigen bijdrage from income and assets) were added to the
 * case file after files were written without them. A file without them reads exactly as it was
 * (absent: unknown, nothing is added), a file with them keeps them through export and import, and
 * bad values are refused in the case file's words.
 */
import { describe, expect, it } from 'vitest'
import { parseCaseFile, serializeCaseFile } from '#shared/case-file'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import type { CaseFile } from '#shared/domain/types'

const old: CaseFile = EXAMPLE_VAN_DEN_BERG

function withFirstMember(file: CaseFile, fields: Record<string, unknown>): unknown {
  const [first, ...rest] = file.household.members
  return { ...file, household: { ...file.household, members: [{ ...first, ...fields }, ...rest] } }
}

function problems(value: unknown): string[] {
  const result = parseCaseFile(JSON.stringify(value))
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`)
}

describe('member assets in the case file', () => {
  it('reads a file written before the field existed exactly as it was', () => {
    expect(old.household.members.some((m) => 'assetsCents' in m)).toBe(false)
    expect(parseCaseFile(serializeCaseFile(old))).toEqual({ ok: true, value: old })
  })

  it('keeps the assets through export and import', () => {
    const file = withFirstMember(old, { assetsCents: 157_000_00 }) as CaseFile
    const result = parseCaseFile(serializeCaseFile(file))
    expect(result.ok && result.value.household.members[0]?.assetsCents).toBe(157_000_00)
  })

  it('accepts unknown (null) and € 0', () => {
    expect(problems(withFirstMember(old, { assetsCents: null }))).toEqual([])
    expect(problems(withFirstMember(old, { assetsCents: 0 }))).toEqual([])
  })

  it.each([
    [{ assetsCents: -1 }, 'household.members[0].assetsCents invalidCents'],
    [{ assetsCents: 12.5 }, 'household.members[0].assetsCents invalidCents'],
    [{ assetsCents: '100' }, 'household.members[0].assetsCents invalidType'],
    [{ assetsCents: 100_000_000 }, 'household.members[0].assetsCents tooBig'],
  ])('refuses %j', (fields, problem) => {
    expect(problems(withFirstMember(old, fields))).toEqual([problem])
  })
})
