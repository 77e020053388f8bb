/**
 * Acceptance: input the engine must refuse, never compute — through the public contract only. A case
 * file with a negative volume, an impossible date or a BSN that fails the elfproef is rejected whole
 * by `parseCaseFile`, with the path of every problem and a message a consultant can read; input that
 * bypasses the parser is refused by `evaluateScenario` with an error, never with partial results.
 */
import { describe, expect, it } from 'vitest'
import { evaluateScenario, isValidBsn, parseCaseFile, type Household, type Scenario } from '#shared'
import { caseFileObject, type CaseSpec } from './case-text'

function validSpec(): CaseSpec {
  return {
    members: [
      {
        id: 'ma',
        birthDate: '1950-03-10',
        role: 'client',
        income: { kind: 'aow', netMonthlyCents: 1_600_00 },
      },
    ],
    lines: [
      {
        id: 'l1',
        provisionId: 'wmo.hulp-bij-het-huishouden',
        personId: 'ma',
        volume: 4,
        unit: 'hour',
        frequency: 'month',
        startDate: '2026-01-01',
        rateCents: 35_00,
      },
    ],
    startDate: '2026-01-01',
    horizonMonths: 12,
  }
}

/** The errors of a refused file (fails the test when the file is accepted). */
function refused(spec: CaseSpec): { path: string; message: string }[] {
  const result = parseCaseFile(JSON.stringify(caseFileObject(spec)))
  if (result.ok) throw new Error('expected the case file to be refused')
  return result.errors.map((e) => ({ path: e.path, message: e.message }))
}

describe('isValidBsn (elfproef, Wet algemene bepalingen burgerservicenummer)', () => {
  it.each([
    // 9·9 + 9·8 + 9·7 + 9·6 + 9·5 + 3·4 + 8·3 + 4·2 − 7 = 352 = 32 × 11 → valid.
    ['999993847', true],
    // Last digit 8: the sum is 351, not a multiple of 11 → invalid.
    ['999993848', false],
    // 1·9 + 2·8 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 − 2 = 154 = 14 × 11 → valid.
    ['123456782', true],
    ['12345678', false], // eight digits: not left-padded by us
    ['000000000', false], // sums to 0 but is never a BSN
    ['99999384a', false],
  ])('%s → %s', (bsn, valid) => {
    expect(isValidBsn(bsn)).toBe(valid)
  })
})

describe('parseCaseFile refuses input the engine must never compute', () => {
  it('accepts the valid household these cases start from', () => {
    expect(parseCaseFile(JSON.stringify(caseFileObject(validSpec()))).ok).toBe(true)
  })

  it('refuses a negative volume, naming the line', () => {
    const spec = validSpec()
    spec.lines[0] = { ...spec.lines[0]!, volume: -4 }
    const errors = refused(spec)
    expect(errors.map((e) => e.path)).toEqual(['scenarios[0].lines[0].volume'])
    expect(errors[0]?.message).toMatch(/\S/)
  })

  it.each([
    [
      '2026-02-30',
      'household.members[0].birthDate',
      (s: CaseSpec) => (s.members[0]!.birthDate = '2026-02-30'),
    ],
    ['2025-02-29 (not a leap year)', 'scenarios[0].startDate', (s: CaseSpec) => (s.startDate = '2025-02-29')],
    [
      '2026-13-01',
      'scenarios[0].lines[0].startDate',
      (s: CaseSpec) => (s.lines[0]!.startDate = '2026-13-01'),
    ],
  ])('refuses the impossible date %s at %s', (_date, path, edit) => {
    const spec = validSpec()
    edit(spec)
    const errors = refused(spec)
    expect(errors.map((e) => e.path)).toContain(path)
    expect(errors.find((e) => e.path === path)?.message).toMatch(/\S/)
  })

  it('refuses a BSN that fails the elfproef, without echoing the number', () => {
    const spec = validSpec()
    spec.members[0] = { ...spec.members[0]!, bsn: '999993848' }
    const errors = refused(spec)
    expect(errors.map((e) => e.path)).toEqual(['household.members[0].bsn'])
    expect(errors[0]?.message).not.toContain('999993848')
  })

  it('accepts the same member with a valid BSN', () => {
    const spec = validSpec()
    spec.members[0] = { ...spec.members[0]!, bsn: '999993847' }
    expect(parseCaseFile(JSON.stringify(caseFileObject(spec))).ok).toBe(true)
  })

  it('lists every problem of a file at once, by path', () => {
    const spec = validSpec()
    spec.members[0] = { ...spec.members[0]!, bsn: '123456789', birthDate: '1950-02-30' }
    spec.lines[0] = { ...spec.lines[0]!, volume: -1, endDate: '2025-12-31' }
    const paths = refused(spec).map((e) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'household.members[0].bsn',
        'household.members[0].birthDate',
        'scenarios[0].lines[0].volume',
      ]),
    )
  })
})

describe('evaluateScenario refuses the same input when it bypasses the parser', () => {
  const household: Household = {
    id: 'h',
    label: 'h',
    members: [
      {
        id: 'ma',
        name: 'ma',
        birthDate: '1950-03-10',
        role: 'client',
        income: { kind: 'aow', netMonthlyCents: 0 },
      },
    ],
    carers: [],
  }
  const scenario = (patch: Partial<Scenario['lines'][number]>, start = '2026-01-01'): Scenario => ({
    id: 's',
    name: 's',
    startDate: start,
    horizonMonths: 12,
    lines: [
      {
        id: 'l1',
        provisionId: 'wmo.hulp-bij-het-huishouden',
        personId: 'ma',
        deliveryForm: 'zin',
        volume: 4,
        unit: 'hour',
        frequency: 'month',
        startDate: '2026-01-01',
        ...patch,
      },
    ],
  })

  it.each([
    ['a negative volume', scenario({ volume: -4 })],
    ['an impossible line date', scenario({ startDate: '2026-02-30' })],
    ['an impossible scenario start', scenario({}, '2026-02-30')],
  ])('throws on %s', (_label, s) => {
    expect(() => evaluateScenario({ household, scenario: s })).toThrow()
  })
})
