import { describe, expect, it } from 'vitest'
import {
  addYearsMonths,
  checkProcedureDates,
  deriveCaseStatus,
  isPastRetention,
  procedureDeadlines,
  JEUGDWET_RETENTION_YEARS,
  NO_PROVISION_RETENTION_YEARS,
  retentionOf,
  WMO_RETENTION_YEARS,
  type Household,
  type ProcedureDates,
  type Scenario,
} from '#shared'
import { household, line, person, scenario } from '../support/build'

// The terms as the parameters cite them: Selectielijst 2020 result 8.1.1 (Wmo), Jeugdwet art. 7.3.8
// (20 years since 2020), Selectielijst 2020 result 3.2 (no provision granted).
const WMO_YEARS = 15
const JEUGDWET_YEARS = 20
const NO_PROVISION_YEARS = 5

const granted: ProcedureDates = {
  melding: '2025-10-01',
  onderzoekAfgerond: '2025-11-01',
  aanvraag: '2025-11-03',
  beschikking: '2025-11-10',
}
const adult = person({ id: 'p', birthDate: '1960-03-01', name: 'Anna', role: 'client' })
const child = person({ id: 'k', birthDate: '2015-05-10', name: 'Sem', role: 'client' })

function closedCase(
  closedOn: string | null,
  options: { dates?: ProcedureDates; members?: Household['members']; scenarios?: Scenario[] } = {},
): { household: Household; scenarios: Scenario[] } {
  const h = household(options.members ?? [adult])
  return {
    household: { ...h, dates: { ...(options.dates ?? granted), afgesloten: closedOn } },
    scenarios: options.scenarios ?? [
      scenario([line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p' })], {
        chosen: { on: '2025-11-05', reasoning: 'test' },
      }),
    ],
  }
}

describe('retention parameters', () => {
  it('cite their source, and mark the Selectielijst terms unverified (the list was not opened; both Jeugdwet texts were)', () => {
    expect(WMO_RETENTION_YEARS.at(-1)?.value).toBe(WMO_YEARS)
    expect(JEUGDWET_RETENTION_YEARS.at(-1)?.value).toBe(JEUGDWET_YEARS)
    expect(NO_PROVISION_RETENTION_YEARS.at(-1)?.value).toBe(NO_PROVISION_YEARS)
    for (const entry of [
      ...WMO_RETENTION_YEARS,
      ...JEUGDWET_RETENTION_YEARS,
      ...NO_PROVISION_RETENTION_YEARS,
    ]) {
      expect(entry.source).toMatch(/Selectielijst|Jeugdwet/)
      // The Jeugdwet terms were checked against the law text (art. 7.3.8 lid 3 of 2015 and of 2025).
      expect(entry.verified).toBe(JEUGDWET_RETENTION_YEARS.includes(entry))
    }
    expect(JEUGDWET_RETENTION_YEARS[0]?.citation?.article).toBe('art. 7.3.8 lid 3')
  })
})

describe('retentionOf', () => {
  it('has no retention date while the case is open', () => {
    expect(retentionOf({ ...closedCase(null), asOf: '2026-06-01' })).toBeNull()
  })

  it('keeps a closed Wmo case 15 years from the closing day (Selectielijst 2020 result 8.1.1)', () => {
    const r = retentionOf({ ...closedCase('2026-03-15'), asOf: '2026-06-01' })
    expect(r).toMatchObject({ category: 'wmo', years: WMO_YEARS, closedOn: '2026-03-15' })
    expect(r?.retainUntil).toBe(addYearsMonths('2026-03-15', WMO_YEARS))
    expect(r?.retainUntil).toBe('2041-03-15')
    expect(r?.legalBasis.article).toBe('resultaat 8.1.1')
  })

  it('keeps a Jeugdwet case 20 years (art. 7.3.8), for a minor client and for a jeugdhulp line alike', () => {
    const minor = retentionOf({
      ...closedCase('2026-03-15', {
        members: [child],
        scenarios: [
          scenario([line({ provisionId: 'jeugd.ambulant', personId: 'k' })], {
            chosen: { on: '2025-11-05', reasoning: 'test' },
          }),
        ],
      }),
      asOf: '2026-06-01',
    })
    expect(minor).toMatchObject({ category: 'jeugdwet', years: JEUGDWET_YEARS, retainUntil: '2046-03-15' })
    // A mixed dossier (an adult's Wmo line and a child's jeugdhulp) is kept for the longest term.
    const mixed = retentionOf({
      ...closedCase('2026-03-15', {
        members: [adult, person({ id: 'k', birthDate: '2015-05-10', name: 'Sem', role: 'child' })],
        scenarios: [
          scenario(
            [
              line({ provisionId: 'wmo.begeleiding-individueel', personId: 'p' }),
              line({ provisionId: 'jeugd.ambulant', personId: 'k' }),
            ],
            { chosen: { on: '2025-11-05', reasoning: 'test' } },
          ),
        ],
      }),
      asOf: '2026-06-01',
    })
    expect(mixed?.category).toBe('jeugdwet')
    expect(mixed?.legalBasis).toMatchObject({ law: 'Jeugdwet', article: '7.3.8 lid 3' })
  })

  it('applies the term in force today to a dossier closed before the Jeugdwet term was lengthened (2019: 15 → 20)', () => {
    const r = retentionOf({
      ...closedCase('2019-06-30', {
        dates: {
          ...granted,
          melding: '2019-01-05',
          onderzoekAfgerond: '2019-02-01',
          aanvraag: '2019-02-02',
          beschikking: '2019-02-10',
        },
        members: [child],
        scenarios: [
          scenario([line({ provisionId: 'jeugd.ambulant', personId: 'k' })], {
            chosen: { on: '2025-11-05', reasoning: 'test' },
          }),
        ],
      }),
      asOf: '2026-06-01',
    })
    expect(r).toMatchObject({ years: JEUGDWET_YEARS, retainUntil: '2039-06-30' })
  })

  it('keeps a case closed without a beschikking 5 years (no provision: Selectielijst 2020 result 3.2)', () => {
    const r = retentionOf({
      ...closedCase('2026-02-01', { dates: { melding: '2026-01-05', onderzoekAfgerond: '2026-01-20' } }),
      asOf: '2026-06-01',
    })
    expect(r).toMatchObject({
      category: 'no-provision',
      years: NO_PROVISION_YEARS,
      retainUntil: '2031-02-01',
    })
    expect(r?.confidence).toBe('L')
  })

  it('ends a term that starts on 29 February on 28 February (no such day in the end year)', () => {
    expect(retentionOf({ ...closedCase('2024-02-29'), asOf: '2026-06-01' })?.retainUntil).toBe('2039-02-28')
    expect(
      retentionOf({
        ...closedCase('2024-02-29', { dates: { melding: '2024-01-05' } }),
        asOf: '2026-06-01',
      })?.retainUntil,
    ).toBe('2029-02-28')
  })
})

describe('isPastRetention', () => {
  const r = retentionOf({ ...closedCase('2026-03-15'), asOf: '2026-06-01' })
  if (!r) throw new Error('retention expected')

  it.each([
    ['2041-03-13', false],
    ['2041-03-14', false], // the last day of the 15 years
    ['2041-03-15', true], // 15 years have passed: may be erased from this day
    ['2041-03-16', true],
  ])('on %s: %s', (asOf, past) => {
    expect(isPastRetention(r, asOf)).toBe(past)
  })
})

describe('procedureDeadlines before the Wmo 2015', () => {
  it('gives no deadline for a melding or aanvraag before the terms took effect, instead of throwing (bug: a 2008 melding crashed the case screen)', () => {
    expect(() =>
      procedureDeadlines({ melding: '2008-01-07', aanvraag: '2008-02-04' }, 'wmo', '2026-06-01'),
    ).not.toThrow()
    expect(
      procedureDeadlines({ melding: '2008-01-07', aanvraag: '2008-02-04' }, 'wmo', '2026-06-01'),
    ).toEqual([])
  })
})

describe('closing a case', () => {
  it('puts a closed case in the stage "afgesloten" with nothing missing and no open deadline', () => {
    const { household: h, scenarios } = closedCase('2026-03-15')
    const status = deriveCaseStatus({ household: h, scenarios, asOf: '2026-06-01' })
    expect(status.stage).toBe('afgesloten')
    expect(status.missing).toEqual([])
    expect(status.nextDeadline).toBeNull()
  })

  it('refuses a closing date before the beschikking, or in the future', () => {
    expect(checkProcedureDates({ ...granted, afgesloten: '2025-11-09' }, '2026-06-01')).toEqual([
      { key: 'afgesloten', code: 'before-beschikking', other: '2025-11-10' },
    ])
    expect(checkProcedureDates({ ...granted, afgesloten: '2025-11-10' }, '2026-06-01')).toEqual([])
    expect(checkProcedureDates({ ...granted, afgesloten: '2026-06-02' }, '2026-06-01')).toEqual([
      { key: 'afgesloten', code: 'in-future', other: '2026-06-01' },
    ])
  })
})
