import { describe, expect, it } from 'vitest'
import { parseCaseFile, serializeCaseFile } from '#shared/case-file'
import { getProvision } from '#shared/catalogue'
import { EXAMPLE_CASES, findExampleCase } from '#shared/examples'

/** What docs/example-cases.md fixes per household: member birth dates by role, scenario names and horizons. */
const FROM_CASES_MD = [
  {
    id: 'h-van-den-berg',
    birthDates: { client: ['1942-05-14'] },
    scenarios: ['Professioneel thuis', 'Zorgcoöperatie en respijt', 'Verpleeghuis'],
    carers: { Anja: { capacity: 10, burden: 10 } },
    horizon: 36,
  },
  {
    id: 'h-yilmaz',
    birthDates: { client: ['1987-02-11'], child: ['2009-09-20', '2016-06-03'] },
    scenarios: ['Zorg', 'Werk en zorg samen'],
    carers: {},
    horizon: 36,
  },
  {
    id: 'h-de-vries',
    birthDates: { client: ['1979-03-08'], partner: ['1981-10-30'], child: ['2010-05-22', '2013-01-15'] },
    scenarios: ['Thuis met Wmo', 'Wlz vanaf juli'],
    carers: { Marieke: { capacity: 20, burden: 11 } },
    horizon: 36,
  },
  {
    id: 'h-sander',
    birthDates: { client: ['2003-08-17'] },
    scenarios: ['Niets doen', 'Opvang', 'Beschermd wonen', 'Housing First'],
    carers: {},
    horizon: 36,
  },
  {
    id: 'h-bakker',
    birthDates: { client: ['1963-04-02'], partner: ['1958-01-20'] },
    scenarios: ['Specialistische ondersteuning'],
    carers: { Kees: { capacity: 25, burden: 7 } },
    horizon: 60,
  },
  {
    id: 'h-el-amrani',
    birthDates: {
      client: ['1990-07-19'],
      partner: ['1988-02-27'],
      child: ['2014-11-02', '2018-04-14', '2021-01-09'],
    },
    scenarios: ['Integraal plan'],
    carers: {},
    horizon: 36,
  },
] as const

describe('EXAMPLE_CASES', () => {
  it('holds the six households of docs/example-cases.md, in its order, with unique ids', () => {
    expect(EXAMPLE_CASES.map((c) => c.household.id)).toEqual(FROM_CASES_MD.map((c) => c.id))
  })

  describe.each(FROM_CASES_MD)('$id', (expected) => {
    const example = findExampleCase(expected.id)

    it('is a valid case file that round-trips through its text', () => {
      expect(parseCaseFile(serializeCaseFile(example!))).toEqual({ ok: true, value: example })
    })

    it('has every member of docs/example-cases.md with the birth date and role given there', () => {
      expect(example).toBeDefined()
      const byRole: Record<string, string[]> = {}
      for (const m of example!.household.members) (byRole[m.role] ??= []).push(m.birthDate)
      for (const dates of Object.values(byRole)) dates.sort()
      expect(byRole).toEqual(expected.birthDates)
    })

    it('has every scenario of docs/example-cases.md, starting 2026-01-01 with the stated horizon', () => {
      expect(example!.scenarios.map((s) => s.name)).toEqual(expected.scenarios)
      for (const s of example!.scenarios) {
        expect(s.startDate).toBe('2026-01-01')
        expect(s.horizonMonths).toBe(expected.horizon)
      }
    })

    it('records the carers with their capacity, burden score and consent', () => {
      for (const [name, { capacity, burden }] of Object.entries(expected.carers)) {
        const c = example!.household.carers.find((x) => x.name === name)
        expect(c).toMatchObject({ capacityHoursPerWeek: capacity, burdenScore: burden, consent: true })
      }
    })
  })

  it('uses only provision ids of the docs/architecture.md#case-file catalogue', () => {
    const catalogue = new Set([
      'wmo.hulp-bij-het-huishouden',
      'wmo.begeleiding-individueel',
      'wmo.dagbesteding',
      'wmo.vervoer-dagbesteding',
      'wmo.kortdurend-verblijf',
      'wmo.woningaanpassing',
      'wmo.rolstoel',
      'wmo.beschermd-wonen',
      'wmo.opvang',
      'jeugd.ambulant',
      'jeugd.verblijf',
      'jeugd.jeugdreclassering',
      'jeugd.respijt',
      'pw.jobcoach',
      'pw.loonkostensubsidie',
      'zvw.wijkverpleging',
      'wlz.verblijf',
      'informal.mantelzorg',
      'informal.vrijwilliger',
      'algemeen.dagactiviteit',
      'algemeen.schuldhulp',
    ])
    const used = EXAMPLE_CASES.flatMap((c) => c.scenarios.flatMap((s) => s.lines.map((l) => l.provisionId)))
    expect(used.filter((id) => !catalogue.has(id))).toEqual([])
  })

  it('prices every line in the unit of its catalogue provision, in a delivery form it allows', () => {
    const mismatches = EXAMPLE_CASES.flatMap((c) =>
      c.scenarios.flatMap((s) =>
        s.lines
          .filter((l) => {
            const provision = getProvision(l.provisionId)
            return provision?.unit !== l.unit || !provision.deliveryForms.includes(l.deliveryForm)
          })
          .map((l) => `${c.household.id}/${s.id}/${l.id}: ${l.unit} ${l.deliveryForm}`),
      ),
    )
    expect(mismatches).toEqual([])
  })

  it('gives every informal line a carer who consented and cares for that person', () => {
    for (const c of EXAMPLE_CASES) {
      for (const l of c.scenarios.flatMap((s) => s.lines)) {
        if (!['mantelzorg', 'volunteer', 'pgb-netwerk'].includes(l.deliveryForm)) continue
        const carer = c.household.carers.find((x) => x.id === l.carerId)
        expect(carer, `${c.household.id} ${l.id}`).toBeDefined()
        expect(carer!.consent).toBe(true)
        expect(carer!.caresFor).toContain(l.personId)
      }
    }
  })

  it('assumes the Wlz indications of docs/example-cases.md per scenario, not on the person', () => {
    const deVries = findExampleCase('h-de-vries')!
    expect(deVries.household.members.every((m) => !m.wlzIndication)).toBe(true)
    expect(deVries.scenarios.map((s) => s.wlzIndications ?? [])).toEqual([
      [],
      [{ personId: 'p-jan', from: '2026-07-01' }],
    ])
    const verpleeghuis = findExampleCase('h-van-den-berg')!.scenarios[2]!
    expect(verpleeghuis.wlzIndications).toEqual([{ personId: 'p-vdb', from: '2026-01-01' }])
  })

  it('models the Yilmaz work scenario: jobcoach for six months, then earnings from 2026-07', () => {
    const b = findExampleCase('h-yilmaz')!.scenarios[1]!
    expect(b.lines.find((l) => l.provisionId === 'pw.jobcoach')).toMatchObject({
      volume: 4,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
    })
    expect(b.incomeChanges).toEqual([expect.objectContaining({ from: '2026-07-01', kind: 'work' })])
  })
})
