import { describe, expect, it } from 'vitest'
import { DEFAULT_MUNICIPALITY, PROVISIONS, indexCents, tariffFor } from '#shared'
import { BUDGET_LINES } from '#shared/portfolio/budget-lines'

describe('DEFAULT_MUNICIPALITY (Voorbeeldgemeente)', () => {
  it('marks every tariff as an example with a source', () => {
    for (const t of DEFAULT_MUNICIPALITY.tariffs) {
      expect(t.example).toBe(true)
      expect(t.source.length).toBeGreaterThan(10)
      expect(Number.isSafeInteger(t.rateCents) && t.rateCents > 0).toBe(true)
    }
  })

  it('prices every costed provision and delivery form in 2024, 2025 and 2026', () => {
    for (const p of PROVISIONS) {
      if (p.law === 'informal') continue
      for (const form of p.deliveryForms) {
        if (form === 'mantelzorg' || form === 'volunteer' || form === 'pgb-netwerk') continue
        for (const date of ['2024-01-01', '2025-06-15', '2026-12-31']) {
          expect(tariffFor(DEFAULT_MUNICIPALITY, p.id, form, date), `${p.id}/${form}/${date}`).not.toBeNull()
        }
      }
    }
  })

  it('has budgets for each line and year, a network rate and protocol hours', () => {
    // Every budget line has one budget in each year 2024–2026 (a forecast year without one shows no budget).
    for (const year of [2024, 2025, 2026])
      for (const line of BUDGET_LINES)
        expect(
          DEFAULT_MUNICIPALITY.budgets.filter((b) => b.year === year && b.line === line),
          `${line} ${year}`,
        ).toHaveLength(1)
    expect(DEFAULT_MUNICIPALITY.pgbNetworkHourRate[0]?.value).toBe(24_44)
    expect(DEFAULT_MUNICIPALITY.gebruikelijkeHulpHoursPerWeek.length).toBeGreaterThan(0)
  })
})

describe('tariffFor', () => {
  const hbh2026 = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2026-06-01')
  it('keeps pgb at 90% of ZIN in the example profile', () => {
    const pgb = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'pgb', '2026-06-01')
    expect(pgb?.rateCents).toBeLessThan(hbh2026?.rateCents ?? 0)
  })
  it('switches on 1 January', () => {
    const dec = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2025-12-31')
    const jan = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2026-01-01')
    expect(dec?.entry.from).toBe('2025-01-01')
    expect(jan?.entry.from).toBe('2026-01-01')
  })
  it('indexes beyond the last known year by the given percentage', () => {
    const base = hbh2026?.rateCents ?? 0
    const y2028 = tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2028-03-01', 2)
    expect(y2028).toMatchObject({ rateCents: indexCents(base, 2, 2), indexedYears: 2 })
  })
  it('returns null for a combination without a tariff', () => {
    expect(tariffFor(DEFAULT_MUNICIPALITY, 'wmo.opvang', 'pgb', '2026-01-01')).toBeNull()
    expect(tariffFor(DEFAULT_MUNICIPALITY, 'wmo.hulp-bij-het-huishouden', 'zin', '2023-12-31')).toBeNull()
  })
})
