import { describe, expect, it } from 'vitest'
import {
  planTariffImport,
  changedTariffKeys,
  parseEuroToCents,
  tariffsToTable,
  validateTariffTable,
  TARIFF_MAX_RATE_CENTS,
  type TariffImportErrorCode,
} from '#shared/portfolio/tariff-import'
import { CASE_FILE_MAX_AMOUNT_CENTS } from '#shared/case-file'
import { messages } from '../../../renderer/src/i18n/messages'
import type { Provision, TariffEntry } from '#shared/domain/types'
import { DEFAULT_MUNICIPALITY, tariffFor } from '#shared/municipality'
import { PROVISIONS as PROVISIONS_CATALOGUE } from '#shared/catalogue/provisions'
import { evaluateScenario } from '#shared/engine/evaluate'
import { EXAMPLE_CASES } from '#shared/examples'
import { generatePortfolio } from '#shared/portfolio/generator'

const PROVISIONS: Pick<Provision, 'id' | 'deliveryForms'>[] = [
  { id: 'wmo.hulp-bij-het-huishouden', deliveryForms: ['zin', 'pgb', 'pgb-netwerk'] },
  { id: 'wmo.begeleiding-individueel', deliveryForms: ['zin', 'pgb', 'pgb-netwerk'] },
  { id: 'wmo.woningaanpassing', deliveryForms: ['zin'] },
]
const HEADER = ['provisionId', 'deliveryForm', 'rate', 'from', 'to', 'source']
const ok = (...cells: string[]): string[] => cells

function codes(table: string[][]): { row: number; code: TariffImportErrorCode }[] {
  const result = validateTariffTable(table, PROVISIONS)
  return result.ok ? [] : result.errors.map((e) => ({ row: e.row, code: e.code }))
}

describe('validateTariffTable', () => {
  it('accepts the highest rate a case file can hold and refuses one cent more, in both languages', () => {
    expect(TARIFF_MAX_RATE_CENTS).toBe(CASE_FILE_MAX_AMOUNT_CENTS)
    expect(
      codes([HEADER, ok('wmo.hulp-bij-het-huishouden', 'zin', '999.999,99', '2026-01-01', '', 'x')]),
    ).toEqual([])
    expect(
      codes([HEADER, ok('wmo.hulp-bij-het-huishouden', 'zin', '1000000', '2026-01-01', '', 'x')]),
    ).toEqual([{ row: 2, code: 'amount-too-large' }])
    const text = (catalogue: unknown): string =>
      JSON.stringify(catalogue).match(/"amount-too-large":"([^"]*)"/)?.[1] ?? ''
    expect(text(messages.nl)).toContain('te groot')
    expect(text(messages.en)).toContain('too large')
  })

  it('accepts a valid table and converts Dutch and plain euro amounts to cents', () => {
    const result = validateTariffTable(
      [
        HEADER,
        ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '2026-12-31', 'Contract 2026'),
        ok('wmo.hulp-bij-het-huishouden', 'zin', '32.95', '2027-01-01', '', 'Contract 2027'),
        ok('wmo.begeleiding-individueel', 'pgb', '€ 1.066,00', '2026-01-01', '', 'Verordening'),
      ],
      PROVISIONS,
    )
    expect(result.ok).toBe(true)
    expect(result.rows.map((r) => r.entry.rateCents)).toEqual([31_80, 32_95, 1_066_00])
    expect(result.rows[1]?.entry.to).toBeNull()
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 4])
  })

  it('accepts Dutch column names', () => {
    const result = validateTariffTable(
      [
        ['Voorziening', 'Leveringsvorm', 'Tarief', 'Vanaf', 'Tot en met', 'Bron', 'Voorbeeld'],
        ok('wmo.woningaanpassing', 'zin', '1', '2026-01-01', '', 'Per euro', 'ja'),
      ],
      PROVISIONS,
    )
    expect(result.ok && result.rows[0]?.entry.example).toBe(true)
  })

  it.each<[string, string[], TariffImportErrorCode]>([
    ['an unknown provision', ok('wmo.bestaat-niet', 'zin', '10', '2026-01-01', '', 'x'), 'unknown-provision'],
    [
      'an unknown delivery form',
      ok('wmo.woningaanpassing', 'contant', '10', '2026-01-01', '', 'x'),
      'unknown-delivery-form',
    ],
    [
      'a delivery form the provision does not offer',
      ok('wmo.woningaanpassing', 'pgb', '10', '2026-01-01', '', 'x'),
      'delivery-form-not-offered',
    ],
    [
      'a non-numeric amount',
      ok('wmo.hulp-bij-het-huishouden', 'zin', 'twintig', '2026-01-01', '', 'x'),
      'non-numeric-amount',
    ],
    [
      'an amount with three decimals',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '31,805', '2026-01-01', '', 'x'),
      'non-numeric-amount',
    ],
    [
      'a negative amount',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '-5,00', '2026-01-01', '', 'x'),
      'negative-amount',
    ],
    [
      'a 14-digit amount (too large to hold exactly, not "not a number")',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '99999999999999', '2026-01-01', '', 'x'),
      'amount-too-large',
    ],
    [
      'an amount of a million euro or more',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '1.000.000,00', '2026-01-01', '', 'x'),
      'amount-too-large',
    ],
    [
      'a hugely negative amount',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '-99999999999999', '2026-01-01', '', 'x'),
      'negative-amount',
    ],
    [
      'an impossible date',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-02-30', '', 'x'),
      'invalid-date',
    ],
    [
      'a date in another notation',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '01-01-2026', '', 'x'),
      'invalid-date',
    ],
    [
      'an end before its start',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-06-01', '2026-05-31', 'x'),
      'end-before-start',
    ],
    [
      'a missing source',
      ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '', ''),
      'missing-value',
    ],
  ])('reports %s on its row', (_, row, code) => {
    expect(
      codes([HEADER, ok('wmo.begeleiding-individueel', 'zin', '66,00', '2026-01-01', '', 'x'), row]),
    ).toEqual([{ row: 3, code }])
  })

  it('reports a duplicate row, naming the earlier row', () => {
    const row = ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '2026-12-31', 'x')
    const result = validateTariffTable([HEADER, row, row], PROVISIONS)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.objectContaining({
          row: 3,
          code: 'duplicate-row',
          params: expect.objectContaining({ other: 2 }),
        }),
      ])
  })

  it('reports overlapping periods of the same provision and delivery form, also against an open end', () => {
    expect(
      codes([
        HEADER,
        ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '', 'x'),
        ok('wmo.hulp-bij-het-huishouden', 'zin', '33,00', '2027-01-01', '', 'x'),
        // Same dates but another delivery form: no overlap.
        ok('wmo.hulp-bij-het-huishouden', 'pgb', '28,00', '2026-01-01', '', 'x'),
      ]),
    ).toEqual([{ row: 3, code: 'overlapping-period' }])
  })

  it('treats periods as inclusive: a period ending the day before the next one starts does not overlap', () => {
    expect(
      codes([
        HEADER,
        ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '2026-12-31', 'x'),
        ok('wmo.hulp-bij-het-huishouden', 'zin', '33,00', '2027-01-01', '', 'x'),
      ]),
    ).toEqual([])
    expect(
      codes([
        HEADER,
        ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '2027-01-01', 'x'),
        ok('wmo.hulp-bij-het-huishouden', 'zin', '33,00', '2027-01-01', '', 'x'),
      ]),
    ).toEqual([{ row: 3, code: 'overlapping-period' }])
  })

  it('reports every bad row of the file at once and returns nothing to apply', () => {
    const result = validateTariffTable(
      [
        HEADER,
        ok('wmo.hulp-bij-het-huishouden', 'zin', '31,80', '2026-01-01', '', 'x'),
        ok('wmo.onbekend', 'zin', 'abc', '2026-13-01', '', 'x'),
      ],
      PROVISIONS,
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((e) => e.code)).toEqual([
        'unknown-provision',
        'non-numeric-amount',
        'invalid-date',
      ])
  })

  it('reports missing columns and empty files at file level', () => {
    expect(codes([['provisionId', 'rate'], ok('x', '1')]).map((e) => e.code)).toEqual([
      'missing-column',
      'missing-column',
      'missing-column',
    ])
    expect(codes([HEADER])).toEqual([{ row: 0, code: 'empty-file' }])
    expect(codes([])).toEqual([{ row: 0, code: 'empty-file' }])
  })

  it('skips blank lines but keeps the file row numbers', () => {
    expect(codes([HEADER, ['', '', '', '', '', ''], ok('wmo.x', 'zin', '1', '2026-01-01', '', 's')])).toEqual(
      [{ row: 3, code: 'unknown-provision' }],
    )
  })
})

describe('parseEuroToCents', () => {
  it.each<[string, number | null]>([
    ['31,80', 3180],
    ['31.80', 3180],
    ['1.234,56', 123456],
    ['€ 12', 1200],
    ['0,5', 50],
    ['12,345', null],
    ['1,2,3', null],
    ['', null],
  ])('reads %j as %j', (text, cents) => {
    expect(parseEuroToCents(text)).toBe(cents)
  })
})

describe('planTariffImport', () => {
  const entry = (
    provisionId: string,
    deliveryForm: TariffEntry['deliveryForm'],
    rateCents: number,
    from: string,
  ): TariffEntry => ({
    provisionId,
    deliveryForm,
    rateCents,
    from,
    to: null,
    source: 's',
  })
  it('ends an earlier open-ended period where the imported one starts and keeps every other tariff', () => {
    const existing = [
      entry('a', 'zin', 100, '2025-01-01'),
      entry('a', 'pgb', 90, '2025-01-01'),
      entry('b', 'zin', 50, '2025-01-01'),
    ]
    const merged = planTariffImport(existing, [entry('a', 'zin', 120, '2026-01-01')], 0).tariffs
    expect(merged).toEqual([
      entry('a', 'pgb', 90, '2025-01-01'),
      { ...entry('a', 'zin', 100, '2025-01-01'), to: '2025-12-31' },
      entry('a', 'zin', 120, '2026-01-01'),
      entry('b', 'zin', 50, '2025-01-01'),
    ])
  })

  it('exports a table that imports back to the same tariffs', () => {
    const tariffs = [{ ...entry('wmo.hulp-bij-het-huishouden', 'zin', 31_80, '2026-01-01'), example: true }]
    const result = validateTariffTable(tariffsToTable(tariffs), PROVISIONS)
    expect(result.ok && result.rows.map((r) => r.entry)).toEqual(tariffs)
  })
})

describe('planTariffImport', () => {
  const t = (rateCents: number, from: string, to: string | null, source = 's'): TariffEntry => ({
    provisionId: 'a',
    deliveryForm: 'zin',
    rateCents,
    from,
    to,
    source,
  })

  it('adds a period the profile does not cover and touches nothing else', () => {
    const existing = [t(100, '2024-01-01', '2024-12-31'), t(103, '2025-01-01', '2025-12-31')]
    const plan = planTariffImport(existing, [t(110, '2026-01-01', null, 'contract 2026')], 0)
    expect(plan.tariffs).toEqual([...existing, t(110, '2026-01-01', null, 'contract 2026')])
    expect(plan.groups).toEqual([
      {
        provisionId: 'a',
        deliveryForm: 'zin',
        changes: [{ kind: 'added', before: null, after: [t(110, '2026-01-01', null, 'contract 2026')] }],
      },
    ])
  })

  it('replaces a period that lies wholly inside an imported one', () => {
    const existing = [t(100, '2024-01-01', '2024-12-31'), t(103, '2025-01-01', '2025-12-31')]
    const plan = planTariffImport(existing, [t(105, '2025-01-01', '2025-12-31', 'herzien')], 0)
    expect(plan.tariffs).toEqual([
      t(100, '2024-01-01', '2024-12-31'),
      t(105, '2025-01-01', '2025-12-31', 'herzien'),
    ])
    expect(plan.groups[0]?.changes).toEqual([
      { kind: 'replaced', before: existing[1], after: [t(105, '2025-01-01', '2025-12-31', 'herzien')] },
    ])
  })

  it('splits a period the import covers only in the middle (it resumes after the imported period)', () => {
    const existing = [t(100, '2024-01-01', '2026-12-31')]
    const plan = planTariffImport(existing, [t(120, '2025-01-01', '2025-12-31')], 0)
    expect(plan.tariffs).toEqual([
      t(100, '2024-01-01', '2024-12-31'),
      t(120, '2025-01-01', '2025-12-31'),
      t(100, '2026-01-01', '2026-12-31'),
    ])
    expect(plan.groups[0]?.changes.map((c) => c.kind)).toEqual(['ended', 'added'])
  })

  it('reports a file that repeats the profile as changing nothing', () => {
    const existing = [t(100, '2024-01-01', null)]
    const plan = planTariffImport(existing, [t(100, '2024-01-01', null)], 3)
    expect(plan.changesSomething).toBe(false)
    expect(plan.tariffs).toEqual(existing)
    expect(plan.groups[0]?.changes).toEqual([{ kind: 'unchanged', before: existing[0], after: existing }])
  })

  it('keeps the indexed rate of every year an open-ended period covered before the imported one', () => {
    const profile = {
      ...DEFAULT_MUNICIPALITY,
      indexationPercentPerYear: 3,
      tariffs: [t(10_000, '2024-01-01', null)],
    }
    const plan = planTariffImport(profile.tariffs, [t(12_000, '2027-01-01', null)], 3)
    const after = { ...profile, tariffs: plan.tariffs }
    for (const year of [2024, 2025, 2026])
      for (const month of ['01', '06', '12'])
        expect(tariffFor(after, 'a', 'zin', `${year}-${month}-15`)?.rateCents).toBe(
          tariffFor(profile, 'a', 'zin', `${year}-${month}-15`)?.rateCents,
        )
    expect(tariffFor(after, 'a', 'zin', '2027-03-01')?.rateCents).toBe(12_000)
    expect(plan.groups[0]?.changes.map((c) => c.kind)).toEqual(['ended', 'added'])
    expect(plan.groups[0]?.changes[0]?.after.map((e) => [e.from, e.to, e.rateCents])).toEqual([
      ['2024-01-01', '2024-12-31', 10_000],
      ['2025-01-01', '2025-12-31', 10_300],
      ['2026-01-01', '2026-12-31', 10_609],
    ])
  })

  it('names exactly the provision and delivery form pairs whose tariffs changed', () => {
    const existing = [
      t(100, '2024-01-01', null),
      { ...t(90, '2024-01-01', null), deliveryForm: 'pgb' as const },
    ]
    const plan = planTariffImport(existing, [t(120, '2027-01-01', null)], 0)
    expect(changedTariffKeys(existing, plan.tariffs)).toEqual([{ provisionId: 'a', deliveryForm: 'zin' }])
    expect(changedTariffKeys(existing, existing)).toEqual([])
  })

  describe('bug: importing two 2027 ZIN rates deleted every earlier ZIN period of those provisions', () => {
    const provisions = PROVISIONS_CATALOGUE
    const file: string[][] = [
      HEADER,
      ['wmo.hulp-bij-het-huishouden', 'zin', '36,50', '2027-01-01', '', 'Contract 2027'],
      ['jeugd.ambulant', 'zin', '98,00', '2027-01-01', '2027-12-31', 'Contract 2027'],
    ]
    const validated = validateTariffTable(file, provisions)
    if (!validated.ok) throw new Error(JSON.stringify(validated.errors))
    const before = DEFAULT_MUNICIPALITY
    const plan = planTariffImport(
      before.tariffs,
      validated.rows.map((r) => r.entry),
      before.indexationPercentPerYear,
    )
    const after = { ...before, tariffs: plan.tariffs }
    const rateOn = (profile: typeof before, e: TariffEntry, date: string) => {
      const found = tariffFor(profile, e.provisionId, e.deliveryForm, date)
      return found && { rateCents: found.rateCents, indexedYears: found.indexedYears }
    }

    it('keeps every tariff of every other year and every other provision and delivery form', () => {
      const named = new Set(['wmo.hulp-bij-het-huishouden|zin', 'jeugd.ambulant|zin'])
      const others = (list: readonly TariffEntry[]) =>
        list
          .filter((e) => !named.has(`${e.provisionId}|${e.deliveryForm}`))
          .map((e) => JSON.stringify(e))
          .sort()
      expect(others(plan.tariffs)).toEqual(others(before.tariffs))
      for (const e of before.tariffs)
        for (const year of [2024, 2025, 2026])
          for (const month of ['01', '07', '12'])
            expect(rateOn(after, e, `${year}-${month}-01`)).toEqual(rateOn(before, e, `${year}-${month}-01`))
    })

    it('leaves the cost of every case outside 2027 unchanged, and changes 2027 only for users of the two tariffs', () => {
      const cases = [
        ...EXAMPLE_CASES.map((c) => ({ household: c.household, scenarios: c.scenarios })),
        ...generatePortfolio({ seed: 7, size: 150, startYear: 2026, provisions }).map((c) => ({
          household: c.household,
          scenarios: c.scenarios,
        })),
      ]
      let changedIn2027 = 0
      for (const c of cases)
        for (const scenario of c.scenarios) {
          const old = evaluateScenario({ household: c.household, scenario, municipality: before })
          const next = evaluateScenario({ household: c.household, scenario, municipality: after })
          const usesNamed = scenario.lines.some(
            (l) =>
              ['wmo.hulp-bij-het-huishouden', 'jeugd.ambulant'].includes(l.provisionId) &&
              (l.deliveryForm === 'zin' || l.deliveryForm === 'pgb'),
          )
          next.monthly.forEach((m, i) => {
            const o = old.monthly[i]
            if (m.month < '2027-01' || !usesNamed)
              expect(m.byPayer, `${scenario.name} ${m.month}`).toEqual(o?.byPayer)
            else if (JSON.stringify(m.byPayer) !== JSON.stringify(o?.byPayer)) changedIn2027++
          })
          // Never a missing tariff where there was none before (the bug's bare "Geen tarief").
          expect(next.findings.filter((f) => f.severity === 'blocking').length).toBe(
            old.findings.filter((f) => f.severity === 'blocking').length,
          )
        }
      expect(changedIn2027).toBeGreaterThan(0)
    })
  })
})
