/**
 * parseCaseFile and the member/assessment schemas refuse dates that cannot be: a scenario that starts
 * before the first supported date (2015-01-01, the commencement of the Wmo 2015, Jeugdwet,
 * Participatiewet and Wlz — as `evaluateScenario` refuses it with `beforeSupported`), and a Wlz
 * indication or ZRM assessment dated before the member's birth. The import then changes nothing: it
 * returns only the problems, by path, in Dutch (the renderer shows `casefile.<code>` in nl or en).
 */
import { describe, expect, it } from 'vitest'
import { parseCaseFile } from '#shared'
import { personSchema } from '#shared/case-file/schema'
import { FIRST_SUPPORTED_DATE } from '#shared/parameters/supported-period'
import { caseFileObject } from '../acceptance/case-text'

type Json = Record<string, unknown> & {
  household: { members: Record<string, unknown>[] }
  scenarios: Record<string, unknown>[]
}

function file(startDate: string, kid: Record<string, unknown> = {}): Json {
  const json = caseFileObject({
    members: [
      {
        id: 'ma',
        birthDate: '1960-03-10',
        role: 'client',
        income: { kind: 'work', netMonthlyCents: 1_600_00 },
      },
      { id: 'kid', birthDate: '2012-05-20', role: 'child' },
    ],
    lines: [],
    startDate,
    horizonMonths: 12,
  }) as Json
  Object.assign(json.household.members[1] as object, kid)
  return json
}

function errorsOf(json: unknown): { path: string; code: string; message: string }[] {
  const r = parseCaseFile(JSON.stringify(json))
  return r.ok ? [] : r.errors.map((e) => ({ path: e.path, code: e.code, message: e.message }))
}

describe('parseCaseFile: a scenario before the first supported date', () => {
  it('is 1 January 2015', () => expect(FIRST_SUPPORTED_DATE).toBe('2015-01-01'))

  it.each([
    ['2014-12-31', false],
    ['2014-01-01', false],
    ['2015-01-01', true],
    ['2015-01-02', true],
  ])('a scenario starting %s is accepted: %s', (startDate, accepted) => {
    const errors = errorsOf(file(startDate))
    if (accepted) expect(errors).toEqual([])
    else
      expect(errors).toEqual([
        {
          path: 'scenarios[0].startDate',
          code: 'beforeSupported',
          message: expect.stringContaining('1 januari 2015') as string,
        },
      ])
  })

  it('names the schemes it does not model, in the Dutch default text', () => {
    const [error] = errorsOf(file('2014-06-01'))
    expect(error?.message).toContain('AWBZ')
    expect(error?.message).toContain('Laat het scenario op of na 1 januari 2015 beginnen')
  })
})

describe('parseCaseFile and the member schema: dates before the member was born', () => {
  const born = '2012-05-20'

  it.each([
    ['wlzIndication', { wlzIndication: { from: '2012-05-19' } }, 'household.members[1].wlzIndication.from'],
    [
      'zrmAssessment',
      { zrm: { assessedOn: '2012-05-19', scores: { financien: 3 } } },
      'household.members[1].zrm.assessedOn',
    ],
    [
      'zrmHistory',
      {
        zrm: {
          assessedOn: '2025-01-10',
          scores: { financien: 3 },
          history: [{ assessedOn: '2011-01-01', scores: { financien: 2 } }],
        },
      },
      'household.members[1].zrm.history[0].assessedOn',
    ],
  ])('refuses a %s the day before birth, naming the field', (field, kid, path) => {
    expect(errorsOf(file('2025-01-01', kid))).toEqual([
      { path, code: 'beforeBirth', message: expect.stringContaining(`(${born})`) as string },
    ])
  })

  it('accepts a Wlz indication and an assessment on the day of birth', () => {
    expect(
      errorsOf(
        file('2025-01-01', {
          wlzIndication: { from: born },
          zrm: { assessedOn: born, scores: { financien: 3 } },
        }),
      ),
    ).toEqual([])
  })

  it('refuses a scenario’s assumed Wlz indication before the member’s birth', () => {
    const json = file('2025-01-01')
    json.scenarios[0] = { ...json.scenarios[0], wlzIndications: [{ personId: 'kid', from: '2012-05-19' }] }
    expect(errorsOf(json)).toEqual([
      {
        path: 'scenarios[0].wlzIndications[0].from',
        code: 'beforeBirth',
        message:
          'De ingangsdatum van de Wlz-indicatie in dit scenario ligt vóór de geboortedatum (2012-05-20). Controleer beide datums.',
      },
    ])
    json.scenarios[0] = { ...json.scenarios[0], wlzIndications: [{ personId: 'kid', from: born }] }
    expect(errorsOf(json)).toEqual([])
  })

  it('the member form’s schema gives the same refusal on the Wlz field', () => {
    const person = {
      id: 'kid',
      name: 'Kid',
      birthDate: born,
      role: 'child',
      income: { kind: 'none', netMonthlyCents: 0 },
      wlzIndication: { from: '2011-12-31' },
    }
    const r = personSchema.safeParse(person)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'wlzIndication.from',
        'De ingangsdatum van de Wlz-indicatie ligt vóór de geboortedatum (2012-05-20). Controleer beide datums.',
      ],
    ])
    expect(personSchema.safeParse({ ...person, wlzIndication: { from: born } }).success).toBe(true)
  })
})
