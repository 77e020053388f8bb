import { describe, expect, it } from 'vitest'
import {
  mergeTariffs,
  parseEuroToCents,
  tariffsToTable,
  validateTariffTable,
  type TariffImportErrorCode,
} from '../../../shared/portfolio/tariff-import'
import type { Provision, TariffEntry } from '../../../shared/domain/types'

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

describe('mergeTariffs', () => {
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
  it('replaces the periods of every provision and delivery form in the file and keeps the others', () => {
    const existing = [
      entry('a', 'zin', 100, '2025-01-01'),
      entry('a', 'pgb', 90, '2025-01-01'),
      entry('b', 'zin', 50, '2025-01-01'),
    ]
    const merged = mergeTariffs(existing, [entry('a', 'zin', 120, '2026-01-01')])
    expect(merged).toEqual([
      entry('a', 'pgb', 90, '2025-01-01'),
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
