/**
 * The carer's hours given today and age group (issue 15) were added to the case file after files
 * were written without them. A file without them still reads exactly as it was (nothing is added or
 * lost), a file with them keeps them through export and import, and bad values are refused in the
 * case file's words.
 */
import { describe, expect, it } from 'vitest'
import { parseCaseFile, serializeCaseFile } from '#shared/case-file'
import { EXAMPLE_VAN_DEN_BERG } from '#shared/examples'
import type { CaseFile } from '#shared/domain/types'

const old: CaseFile = EXAMPLE_VAN_DEN_BERG

function withFirstCarer(file: CaseFile, fields: Record<string, unknown>): unknown {
  const [first, ...rest] = file.household.carers
  return { ...file, household: { ...file.household, carers: [{ ...first, ...fields }, ...rest] } }
}

function problems(value: unknown): string[] {
  const result = parseCaseFile(JSON.stringify(value))
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`)
}

describe('carer hours given today and age group in the case file', () => {
  it('reads a file written before the fields existed exactly as it was', () => {
    expect(old.household.carers.some((c) => 'hoursGivenTodayPerWeek' in c || 'ageGroup' in c)).toBe(false)
    const result = parseCaseFile(serializeCaseFile(old))
    expect(result).toEqual({ ok: true, value: old })
  })

  it('keeps both fields through export and import', () => {
    const file = withFirstCarer(old, { hoursGivenTodayPerWeek: 12.5, ageGroup: '75-plus' }) as CaseFile
    const result = parseCaseFile(serializeCaseFile(file))
    expect(result.ok && result.value.household.carers[0]).toMatchObject({
      hoursGivenTodayPerWeek: 12.5,
      ageGroup: '75-plus',
    })
  })

  it('accepts both as unknown (null)', () => {
    expect(problems(withFirstCarer(old, { hoursGivenTodayPerWeek: null, ageGroup: null }))).toEqual([])
  })

  it.each([
    [{ hoursGivenTodayPerWeek: 169 }, 'household.carers[0].hoursGivenTodayPerWeek tooBig'],
    [{ hoursGivenTodayPerWeek: -1 }, 'household.carers[0].hoursGivenTodayPerWeek tooSmall'],
    [{ hoursGivenTodayPerWeek: '12' }, 'household.carers[0].hoursGivenTodayPerWeek invalidType'],
    [{ ageGroup: 'old' }, 'household.carers[0].ageGroup invalidOption'],
  ])('refuses %j', (fields, problem) => {
    expect(problems(withFirstCarer(old, fields))).toEqual([problem])
  })
})
