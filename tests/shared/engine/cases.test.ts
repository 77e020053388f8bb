/**
 * The six households of docs/example-cases.md as end-to-end engine specifications, on the example case files
 * of shared/examples (the casefile work). Amounts are asserted only where the law fixes them.
 */
import { describe, expect, it } from 'vitest'
import {
  ABONNEMENTSTARIEF,
  BESCHERMD_WONEN_BIJDRAGE,
  BIJSTAND_NORMS,
  INSTITUTION_NORM_INCREASE,
  EXAMPLE_BAKKER,
  EXAMPLE_DE_VRIES,
  EXAMPLE_EL_AMRANI,
  EXAMPLE_SANDER,
  EXAMPLE_VAN_DEN_BERG,
  EXAMPLE_YILMAZ,
  compareScenarios,
  valueAt,
  type CaseFile,
  type Payer,
  type ScenarioResult,
} from '#shared'
import { findingsOf, month } from '../support/engine'

const TARIEF_2026 = valueAt(ABONNEMENTSTARIEF, '2026-01-01')
const MUNICIPAL: Payer[] = ['gemeente-wmo', 'gemeente-jeugd', 'gemeente-participatie', 'gemeente-bijstand']

function evaluateCase(file: CaseFile): Map<string, ScenarioResult> {
  const { results } = compareScenarios({ household: file.household, scenarios: file.scenarios })
  return new Map(file.scenarios.map((s, i) => [s.name, results[i] as ScenarioResult]))
}

function byName(results: Map<string, ScenarioResult>, fragment: string): ScenarioResult {
  for (const [name, r] of results) if (name.toLowerCase().includes(fragment.toLowerCase())) return r
  throw new Error(`no scenario named like ${fragment}`)
}

const municipalTotal = (r: ScenarioResult) => MUNICIPAL.reduce((sum, p) => sum + r.totalByPayer[p], 0)

describe('1. Mevrouw Van den Berg — dementia, staying in her village', () => {
  const results = evaluateCase(EXAMPLE_VAN_DEN_BERG)
  const a = byName(results, 'professioneel')
  const b = byName(results, 'zorgco')
  it('charges the single client €21.80 a month in 2026 in A and B', () => {
    for (const r of [a, b]) {
      expect(r.totalsByYear['2026']?.client).toBe(TARIEF_2026 * 12)
    }
  })
  it('has the Zvw pay wijkverpleging, without eigen bijdrage for it', () => {
    const wv = EXAMPLE_VAN_DEN_BERG.scenarios[0]?.lines.find((l) => l.provisionId === 'zvw.wijkverpleging')
    expect(a.lines.find((l) => l.lineId === wv?.id)).toMatchObject({ payer: 'zvw', eligible: true })
    expect(a.totalByPayer.zvw).toBeGreaterThan(0)
  })
  it('shows Anja intensive and overloaded (burden 10 ≥ 9) in every scenario', () => {
    for (const r of results.values()) {
      const anja = r.carers.find((c) => c.carerId.includes('anja'))
      expect(anja).toMatchObject({ intensive: true, overloaded: true })
    }
  })
  it('recommends respite in A and not in B (which has logeeropvang)', () => {
    expect(findingsOf(a, 'mantelzorg.respite-recommended')).toHaveLength(1)
    expect(findingsOf(b, 'mantelzorg.respite-recommended')).toHaveLength(0)
  })
  it('costs the municipality less in B than in A', () => {
    expect(municipalTotal(b)).toBeLessThan(municipalTotal(a))
  })
  it('values the informal hours separately from cash', () => {
    for (const r of [a, b]) {
      const informalLines = r.lines.filter((l) => l.payer === 'informal')
      expect(r.totalByPayer.informal).toBe(informalLines.reduce((s, l) => s + l.totalCents, 0))
    }
  })
})

describe('2. Gezin Yilmaz — a teenager in trouble, a mother on bijstand', () => {
  const results = evaluateCase(EXAMPLE_YILMAZ)
  const a = byName(results, 'zorg')
  const b = byName(results, 'werk')
  const norm2026 = valueAt(BIJSTAND_NORMS.single, '2026-01-01')
  const normJuly2026 = valueAt(BIJSTAND_NORMS.single, '2026-07-01')
  it('pays bijstand at the single-parent norm (2026: €1,401.50, from July €1,419.46, incl. vakantietoeslag) in A', () => {
    // Art. 21 sub a (alleenstaande ouder): the texts of 1 January and 1 July 2026.
    expect([norm2026, normJuly2026]).toEqual([1_401_50, 1_419_46])
    for (let m = 1; m <= 12; m++)
      expect(month(a, `2026-${String(m).padStart(2, '0')}`)['gemeente-bijstand']).toBe(
        m < 7 ? norm2026 : normJuly2026,
      )
  })
  it('lowers bijstand in B once Esra earns, with the 25% exemption (capped) during 6 months', () => {
    expect(month(b, '2026-06')['gemeente-bijstand']).toBe(norm2026)
    expect(month(b, '2026-07')['gemeente-bijstand']).toBeLessThan(normJuly2026)
    const f = findingsOf(b, 'participatiewet.inkomstenvrijlating')
    expect(f[0]).toMatchObject({ month: '2026-07', params: { kind: 'regular', ratePercent: 25, months: 6 } })
  })
  it('warns that Deniz’s youth care stops at 18, in 2027-09', () => {
    const f = findingsOf(a, 'jeugdwet.turns-18-transition')
    expect(f.length).toBeGreaterThan(0)
    for (const x of f) expect(x.month).toBe('2027-09')
  })
  it('has no parental contribution and no kostendelersnorm for housemates under 27', () => {
    expect(findingsOf(a, 'jeugdwet.no-parental-contribution')).toHaveLength(1)
    expect(a.totalByPayer.client).toBe(0)
    for (const f of findingsOf(b, 'participatiewet.bijstand-norm')) expect(f.params.kostendelers).toBe(0)
  })
})

describe('3. Meneer De Vries — ALS, 24-hour care coming', () => {
  // The Wlz indication from July is an assumption of scenario B; the engine reads it from
  // scenario.wlzIndications (added if the example file does not carry it yet).
  const file: CaseFile = {
    ...EXAMPLE_DE_VRIES,
    scenarios: EXAMPLE_DE_VRIES.scenarios.map((s, i) =>
      i === 1 && !s.wlzIndications
        ? { ...s, wlzIndications: [{ personId: 'p-jan', from: '2026-07-01' }] }
        : s,
    ),
  }
  const results = evaluateCase(file)
  const a = byName(results, 'thuis')
  const b = byName(results, 'wlz')
  it('charges no eigen bijdrage (a couple, both below AOW age)', () => {
    for (const r of [a, b]) expect(r.totalByPayer.client).toBe(0)
  })
  it('flags gebruikelijke hulp on household help while showing Marieke’s overload', () => {
    expect(findingsOf(a, 'wmo.gebruikelijke-hulp')).toHaveLength(1)
    expect(a.carers[0]).toMatchObject({ overloaded: true, intensive: true })
    expect(findingsOf(a, 'mantelzorg.overload')).toHaveLength(1)
  })
  it('suggests a CIZ application (wlz.indication-likely) in A', () => {
    expect(findingsOf(a, 'wlz.indication-likely')).toHaveLength(1)
  })
  it('blocks Wmo begeleiding and household help in B from 2026-07; the home adaptation stays Wmo', () => {
    const f = findingsOf(b, 'wmo.wlz-voorliggend')
    const blocked = new Set(f.map((x) => x.lineId))
    const lines = file.scenarios[1]?.lines ?? []
    const id = (prov: string) => lines.find((l) => l.provisionId === prov)?.id
    expect(blocked.has(id('wmo.begeleiding-individueel'))).toBe(true)
    expect(blocked.has(id('wmo.hulp-bij-het-huishouden'))).toBe(true)
    expect(blocked.has(id('wmo.woningaanpassing'))).toBe(false)
    for (const x of f) expect(x.month).toBe('2026-07')
    expect(b.lines.find((l) => l.lineId === id('wmo.woningaanpassing'))?.eligible).toBe(true)
  })
})

describe('4. Sander — homeless at 23', () => {
  const results = evaluateCase(EXAMPLE_SANDER)
  const opvang = byName(results, 'opvang')
  const bw = byName(results, 'beschermd')
  const hf = byName(results, 'housing')
  it('pays bijstand at the institution norm in opvang, with the statutory increase (art. 23 lid 1 and 2)', () => {
    expect(month(opvang, '2026-01')['gemeente-bijstand']).toBe(
      valueAt(BIJSTAND_NORMS.institutionSingle, '2026-01-01') +
        valueAt(INSTITUTION_NORM_INCREASE, '2026-01-01').singleCents,
    )
  })
  it('uses the beschermd-wonen contribution (2026 minimum €212.60), never the abonnementstarief', () => {
    expect(month(bw, '2026-01').client).toBe(valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01').lageMinCents)
    expect(valueAt(BESCHERMD_WONEN_BIJDRAGE, '2026-01-01').lageMinCents).toBe(212_60)
    const keys = findingsOf(bw, 'wmo.eigen-bijdrage').map((f) => f.messageKey)
    expect(keys.every((k) => k === 'findings.wmo.eigen-bijdrage-beschermd-wonen')).toBe(true)
  })
  it('pays bijstand at the single norm in Housing First', () => {
    expect(month(hf, '2026-01')['gemeente-bijstand']).toBe(valueAt(BIJSTAND_NORMS.single, '2026-01-01'))
  })
  it('makes Housing First the cheapest for the municipality of the three arrangements', () => {
    expect(municipalTotal(hf)).toBeLessThan(municipalTotal(opvang))
    expect(municipalTotal(hf)).toBeLessThan(municipalTotal(bw))
  })
})

describe('5. Mevrouw Bakker — deafblind, husband caring', () => {
  const r = evaluateCase(EXAMPLE_BAKKER).values().next().value as ScenarioResult
  it('charges nothing while Truus is below AOW age and the tariff from the month she reaches it (2030-07)', () => {
    expect(month(r, '2030-06').client).toBe(0)
    expect(month(r, '2030-07').client).toBeGreaterThan(0)
    expect(findingsOf(r, 'wmo.eigen-bijdrage').at(-1)).toMatchObject({
      month: '2030-07',
      messageKey: 'findings.wmo.eigen-bijdrage',
    })
    expect(r.monthly).toHaveLength(60)
  })
  it('shows Kees intensive but not overloaded', () => {
    expect(r.carers.find((c) => c.carerId.includes('kees'))).toMatchObject({
      intensive: true,
      overloaded: false,
    })
  })
})

describe('6. Gezin El Amrani — a parent with depression, a child with autism', () => {
  const r = evaluateCase(EXAMPLE_EL_AMRANI).values().next().value as ScenarioResult
  it('charges no eigen bijdrage (a couple below AOW age)', () => {
    expect(r.totalByPayer.client).toBe(0)
  })
  it('flags gebruikelijke hulp on household help (working partner) and respite for the parents', () => {
    expect(findingsOf(r, 'wmo.gebruikelijke-hulp')).toHaveLength(1)
    expect(findingsOf(r, 'jeugdwet.respite-for-parents')).toHaveLength(1)
  })
  it('is one plan across Wmo and Jeugdwet with costs per budget', () => {
    expect(r.totalByPayer['gemeente-wmo']).toBeGreaterThan(0)
    expect(r.totalByPayer['gemeente-jeugd']).toBeGreaterThan(0)
  })
})
