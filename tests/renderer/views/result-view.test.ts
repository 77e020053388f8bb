import { describe, expect, it } from 'vitest'
import { evaluateScenario, EXAMPLE_VAN_DEN_BERG } from '#shared'
import {
  eigenBijdrageByYear,
  shapeCostTable,
  uncoveredNeeds,
} from '../../../renderer/src/views/case/arrangement/result-view'
import { shapeRadarData } from '../../../renderer/src/views/case/needs/radar-data'
import { ZRM_DOMAINS } from '#shared/domain/types'

const household = EXAMPLE_VAN_DEN_BERG.household
const scenarioA = EXAMPLE_VAN_DEN_BERG.scenarios[0]!
const result = evaluateScenario({ household, scenario: scenarioA })

describe('shapeCostTable', () => {
  const table = shapeCostTable(result)

  it('keeps informal hours out of the cash rows and the cash total', () => {
    expect(table.cash.map((r) => r.payer)).not.toContain('informal')
    expect(table.informal?.totalCents).toBe(result.totalByPayer.informal)
    const cashSum = Object.entries(result.totalByPayer)
      .filter(([payer]) => payer !== 'informal')
      .reduce((sum, [, cents]) => sum + cents, 0)
    expect(table.cashTotal?.totalCents).toBe(cashSum)
  })

  it('has one column per calendar year of the horizon and the first month per payer', () => {
    expect(table.years).toEqual(['2026', '2027', '2028'])
    expect(table.firstMonth).toBe('2026-01')
    for (const row of table.cash) expect(row.firstMonthCents).toBe(result.monthly[0]!.byPayer[row.payer])
  })
})

describe('eigenBijdrageByYear', () => {
  it('shows the abonnementstarief of € 21,80 a month in 2026 for a single person (docs/example-cases.md#van-den-berg)', () => {
    expect(eigenBijdrageByYear(result)[0]).toEqual({ year: '2026', monthlyCents: 21_80 })
  })
})

describe('findings lists', () => {
  it('lists as uncovered exactly the needs the engine warns about, never a score that is no need', () => {
    const bare = evaluateScenario({ household, scenario: { ...scenarioA, lines: [] } })
    const warned = bare.findings
      .filter((f) => f.ruleId === 'coverage.unmet-need')
      .map((f) => `${f.personId}:${String(f.params.domain)}`)
    const listed = uncoveredNeeds(bare).map((c) => `${c.personId}:${c.domain}`)
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.sort()).toEqual(warned.sort())
    expect(uncoveredNeeds(bare).every((c) => c.score <= 2)).toBe(true)
  })
})

describe('shapeRadarData', () => {
  it('gives one row per ZRM domain in the fixed order, 0 when unscored, the target defaulting to the score', () => {
    const rows = shapeRadarData({ scores: { financien: 2 }, targets: { financien: 4, justitie: 5 } }, (d) =>
      d.toUpperCase(),
    )
    expect(rows).toHaveLength(ZRM_DOMAINS.length)
    expect(rows[0]).toEqual({ domain: 'financien', label: 'FINANCIEN', current: 2, target: 4 })
    expect(rows.find((r) => r.domain === 'justitie')).toMatchObject({ current: 0, target: 5 })
    expect(rows.find((r) => r.domain === 'huisvesting')).toMatchObject({ current: 0, target: 0 })
  })
})
