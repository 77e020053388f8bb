/**
 * A pseudonymised plan or comparison computes on birth years (1 July), so its figures can differ from
 * the screen's. These tests pin down the two answers the app gives about that: exactly where, for the
 * consultant's screen, and whether they may differ, for the file — the latter from birth years alone.
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLE_VAN_DEN_BERG, evaluateScenario } from '#shared'
import type { CaseFile, ScenarioResult } from '#shared/domain/types'
import {
  findAgeSensitiveScenarios,
  findScreenDifferences,
  monthRanges,
} from '../../../renderer/src/reports/birth-year-figures'
import { youngCarerHelpAtHome } from '../../e2e/fixtures/young-carer'

function evaluateAll(file: CaseFile): Record<string, ScenarioResult> {
  return Object.fromEntries(
    file.scenarios.map((scenario) => [
      scenario.id,
      evaluateScenario({ household: file.household, scenario }),
    ]),
  )
}

/** Every birth date moved to 1 July of its year, as the pseudonymiser does. */
function onBirthYears(file: CaseFile): CaseFile {
  const july = (date: string) => `${date.slice(0, 4)}-07-01`
  return {
    ...file,
    household: {
      ...file.household,
      members: file.household.members.map((m) => ({ ...m, birthDate: july(m.birthDate) })),
    },
  }
}

describe('findScreenDifferences', () => {
  it('names the months, years and total that move when a son turns 18 in September instead of July', () => {
    const file = youngCarerHelpAtHome()
    const [difference, ...rest] = findScreenDifferences(
      ['s-daan-helpt'],
      evaluateAll(file),
      evaluateAll(onBirthYears(file)),
    )
    expect(rest).toEqual([])
    expect(difference?.scenarioId).toBe('s-daan-helpt')
    // Gebruikelijke hulp applies from his birthday's month on the screen and from July on birth years:
    // the months between differ, and with them 2028's total and the whole horizon's.
    expect(difference?.months[0]).toBe('2028-07')
    expect(difference?.months.every((m) => m >= '2028-07' && m < '2028-10')).toBe(true)
    expect(difference?.years).toEqual(['2028'])
    expect(difference?.total).toBe(true)
  })

  it('lists nothing where the birth years give the same amounts', () => {
    const file = EXAMPLE_VAN_DEN_BERG
    const ids = file.scenarios.map((s) => s.id)
    expect(findScreenDifferences(ids, evaluateAll(file), evaluateAll(onBirthYears(file)))).toEqual([])
  })
})

describe('findAgeSensitiveScenarios', () => {
  it('marks a scenario whose figures depend on where in the birth year the 18th birthday falls', () => {
    expect([...findAgeSensitiveScenarios(onBirthYears(youngCarerHelpAtHome()), evaluateAll)]).toEqual([
      's-daan-helpt',
    ])
  })

  it('gives the same answer whatever the real birthday in that year, so the mark reveals nothing more', () => {
    const answers = ['01-15', '07-01', '09-20', '12-28'].map((monthDay) => {
      const file = youngCarerHelpAtHome()
      file.household.members[1]!.birthDate = `2010-${monthDay}`
      return [...findAgeSensitiveScenarios(onBirthYears(file), evaluateAll)]
    })
    expect(new Set(answers.map((a) => a.join()))).toEqual(new Set(['s-daan-helpt']))
  })

  it('leaves unmarked a household whose age limits all fall outside the period', () => {
    expect(findAgeSensitiveScenarios(onBirthYears(EXAMPLE_VAN_DEN_BERG), evaluateAll).size).toBe(0)
  })
})

describe('monthRanges', () => {
  it('folds consecutive months into ranges, across a year end too', () => {
    expect(monthRanges(['2028-08', '2028-07', '2028-12', '2029-01', '2029-03'])).toEqual([
      { from: '2028-07', to: '2028-08' },
      { from: '2028-12', to: '2029-01' },
      { from: '2029-03', to: '2029-03' },
    ])
  })
})
