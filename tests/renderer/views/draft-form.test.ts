/**
 * The forms check with the case file's schemas: the same value is refused by a form, by the data
 * layer on write and by a case-file import, with the same code — so the consultant reads the same
 * words wherever the rule holds. Each case names the schema rule the form inherits.
 */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { fromZodIssue } from '#shared/case-file/errors'
import { EXAMPLE_VAN_DEN_BERG } from '#shared'
import { arrangementLineSchema, carerSchema, personSchema } from '#shared/case-file/schema'
import { checkDraft, type Checked } from '../../../renderer/src/views/common/draft-form'
import type { FieldError } from '../../../renderer/src/views/common/validation'
import { draftOfLine, lineCheck } from '../../../renderer/src/views/case/arrangement/line-draft'
import { memberCheck, memberDraftOf } from '../../../renderer/src/views/case/household/MemberForm'
import { carerCheck, carerDraftOf } from '../../../renderer/src/views/case/network/NetworkTab'
import type { Provision } from '#shared/domain/types'

const household = EXAMPLE_VAN_DEN_BERG.household
const scenario = EXAMPLE_VAN_DEN_BERG.scenarios[0]!
const member = household.members[0]!
const carer = household.carers[0]!

function codes(result: Checked<object, unknown>): Record<string, string> {
  if (result.ok) return {}
  const errors: Record<string, FieldError | undefined> = result.errors
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error?.code ?? '']))
}

/** The case-file code the schema gives a value (what the data layer and an import report). */
function schemaCode(schema: z.ZodType, value: unknown): string | undefined {
  const issue = schema.safeParse(value).error?.issues[0]
  return issue ? fromZodIssue(issue, value)[0]?.code : undefined
}

describe('member form', () => {
  const check = memberCheck(member, member.id, '2026-01-01')

  it('stores an unchanged member as it was, with the assets unknown', () => {
    expect(checkDraft(memberDraftOf(member), check)).toEqual({
      ok: true,
      value: { ...personSchema.parse(member), assetsCents: null },
    })
  })

  it('records the box-3 assets in cents, and an emptied field as unknown (not € 0)', () => {
    const withAssets = checkDraft({ ...memberDraftOf(member), assets: '57.300,00' }, check)
    expect(withAssets.ok && withAssets.value.assetsCents).toBe(57_300_00)
    const back = memberDraftOf({ ...member, assetsCents: 57_300_00 })
    expect(back.assets).not.toBe('')
    const emptied = checkDraft({ ...back, assets: '  ' }, check)
    expect(emptied.ok && emptied.value.assetsCents).toBe(null)
    const zero = checkDraft({ ...back, assets: '0' }, check)
    expect(zero.ok && zero.value.assetsCents).toBe(0)
  })

  it.each([
    ['name', '   ', 'empty'],
    ['name', '\u200b', 'invisibleText'],
    ['bsn', '123456789', 'invalidBsn'],
    ['netMonthly', '1.000.000', 'tooBig'],
    ['netMonthly', '-5', 'tooSmall'],
    ['netMonthly', 'twaalf', 'amount'],
    ['assets', '-5', 'tooSmall'],
    ['assets', 'veel', 'amount'],
    ['assets', '1.000.000', 'tooBig'],
    ['birthDate', '2027-01-01', 'dateFuture'],
    ['wlzFrom', '2026-02-30', 'date'],
  ])('refuses %s %j as %s', (field, text, code) => {
    expect(codes(checkDraft({ ...memberDraftOf(member), [field]: text }, check))).toEqual({ [field]: code })
  })

  it('says the same as the data layer when a name is blank', () => {
    expect(schemaCode(personSchema, { ...member, name: ' ' })).toBe('empty')
  })
})

describe('carer form', () => {
  const check = carerCheck(carer, carer.id)

  it('stores an unchanged carer as it was, with today’s hours and age group unknown', () => {
    const result = checkDraft(carerDraftOf(carer, household.members), check)
    expect(result).toEqual({
      ok: true,
      value: {
        ...carer,
        hoursGivenTodayPerWeek: null,
        ageGroup: null,
        burdenScore: carer.burdenScore ?? null,
      },
    })
  })

  it('records the hours given today and the age group', () => {
    const draft = {
      ...carerDraftOf(carer, household.members),
      hoursToday: '12,5',
      ageGroup: '75-plus' as const,
    }
    expect(checkDraft(draft, check)).toMatchObject({
      ok: true,
      value: { hoursGivenTodayPerWeek: 12.5, ageGroup: '75-plus' },
    })
  })

  it.each([
    ['capacity', '169', 'tooBig'],
    ['capacity', '-1', 'tooSmall'],
    ['capacity', '', 'required'],
    ['hoursToday', '200', 'tooBig'],
    ['hoursToday', 'veel', 'number'],
    ['workHours', '169', 'tooBig'],
    ['burden', '16', 'tooBig'],
    ['burden', '9,5', 'notInteger'],
  ])('refuses %s %j as %s, the carer schema’s rule', (field, text, code) => {
    expect(codes(checkDraft({ ...carerDraftOf(carer, household.members), [field]: text }, check))).toEqual({
      [field]: code,
    })
  })

  it('asks for at least one person cared for (a form rule: an older file without one still reads)', () => {
    expect(codes(checkDraft({ ...carerDraftOf(carer, household.members), caresFor: [] }, check))).toEqual({
      caresFor: 'tooFew',
    })
    expect(carerSchema.safeParse({ ...carer, caresFor: [] }).success).toBe(true)
  })
})

describe('line editor', () => {
  const line = scenario.lines.find((l) => l.deliveryForm === 'mantelzorg')!
  const provision = {
    id: line.provisionId,
    law: 'informal',
    unit: 'hour',
    deliveryForms: ['mantelzorg'],
    domains: [],
    labelKey: 'x',
  } as unknown as Provision
  const check = lineCheck(line, provision)

  it('stores a valid edit with the volume read from a decimal comma', () => {
    expect(checkDraft({ ...draftOfLine(line), volume: '7,5' }, check)).toMatchObject({
      ok: true,
      value: { volume: 7.5 },
    })
  })

  it('refuses a line without recipient, a carer line without carer, an end before the start and a negative volume', () => {
    const result = checkDraft(
      { ...draftOfLine(line), personId: '', carerId: '', endDate: '2025-01-01', volume: '-3' },
      check,
    )
    expect(codes(result)).toEqual({
      personId: 'required',
      carerId: 'carerRequired',
      endDate: 'endBeforeStart',
      volume: 'tooSmall',
    })
  })

  it('refuses more than a week holds with the case file’s volume bound and its words', () => {
    const result = checkDraft({ ...draftOfLine(line), volume: '169', frequency: 'week' as const }, check)
    expect(result).toMatchObject({
      ok: false,
      errors: { volume: { code: 'volumeTooBig', params: { maximum: 168, unit: 'hour', frequency: 'week' } } },
    })
    const imported = { ...line, volume: 169, unit: 'hour', frequency: 'week' }
    expect(schemaCode(arrangementLineSchema, imported)).toBe('volumeTooBig')
  })
})
