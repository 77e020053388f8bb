/**
 * The six example households of `docs/example-cases.md` as complete case files: demo data on first start (clearly
 * marked as examples by the importer), end-to-end engine fixtures and workspace/portfolio test data.
 *
 * Conventions used throughout:
 * - All names are fictional. No BSNs, except where a member shows the field: then a public test BSN of
 *   the BRP test environment (999993847 etc., docs/security-model.md#untrusted-input), never a real number.
 * - Every scenario starts on 2026-01-01 with a horizon of 36 months (Bakker: 60), as docs/example-cases.md fixes.
 * - The first scenario of a household is its baseline for `compareScenarios` deltas.
 * - `rateCents: null` means "the municipality profile's tariff"; a rate is set only where docs/example-cases.md names
 *   a contract of its own (Bakker's regional contract) or where the unit is euro (rate 100 cents per euro).
 * - Figures that docs/example-cases.md does not give (net incomes, the stair-lift quote, trajectory lengths, ZRM scores
 *   for domains it does not list) are plausible assumptions, said so in the line's `note` or the
 *   scenario's `description`.
 * - A Wlz indication that a scenario assumes (De Vries B, Van den Berg C) is the scenario's
 *   `wlzIndications`, not the person's `wlzIndication` (which is a CIZ decision already taken).
 * - Procedure dates keep the statutory terms (onderzoek within 6 weeks of the melding, beschikking
 *   within 2 weeks of the aanvraag), except Sander's, whose melding has no follow-up yet.
 */
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  DeliveryForm,
  Frequency,
  IsoDateInput,
  Person,
  Scenario,
  Unit,
} from '../domain/types'

const START: IsoDateInput = '2026-01-01'
const HORIZON_MONTHS = 36

type LineSpec = {
  id: string
  provisionId: string
  personId: string
  deliveryForm: DeliveryForm
  volume: number
  unit: Unit
  frequency: Frequency
  startDate?: IsoDateInput
  endDate?: IsoDateInput | null
  carerId?: string | null
  rateCents?: number | null
  continuation?: boolean
  provider?: string | null
  note?: string | null
}

/** A line with the defaults of these examples: starts with the scenario, open-ended, tariff rate. */
function line(spec: LineSpec): ArrangementLine {
  return {
    startDate: START,
    endDate: null,
    carerId: null,
    rateCents: null,
    continuation: false,
    provider: null,
    note: null,
    ...spec,
  }
}

function scenario(
  spec: Pick<Scenario, 'id' | 'name' | 'lines'> & Partial<Omit<Scenario, 'id' | 'name' | 'lines'>>,
): Scenario {
  return {
    description: null,
    startDate: START,
    horizonMonths: HORIZON_MONTHS,
    assumptions: null,
    incomeChanges: [],
    deviations: [],
    chosen: null,
    ...spec,
  }
}

function member(
  spec: Pick<Person, 'id' | 'name' | 'birthDate' | 'role' | 'income'> & Partial<Person>,
): Person {
  return { bsn: null, livesIn: true, wlzIndication: null, zrm: null, ...spec }
}

function carer(spec: Carer): Carer {
  return spec
}

// ---------------------------------------------------------------------------------------------
// 1. Mevrouw Van den Berg — dementia, staying in her village

const vdbAnja = 'c-anja'
const vdbPeter = 'c-peter'
const vdbNeighbour = 'c-buurman'

export const EXAMPLE_VAN_DEN_BERG: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-van-den-berg',
    label: 'Mevrouw Van den Berg',
    municipalityCode: null,
    dates: {
      melding: '2025-10-27',
      onderzoekAfgerond: '2025-12-01',
      aanvraag: '2025-12-03',
      beschikking: '2025-12-15',
    },
    members: [
      member({
        id: 'p-vdb',
        name: 'Mevrouw Van den Berg',
        birthDate: '1942-05-14',
        role: 'client',
        bsn: '999993847',
        // AOW for a single person plus a small pension, net (assumption: docs/example-cases.md gives no amount).
        income: { kind: 'aow', netMonthlyCents: 1_725_00 },
        zrm: {
          assessedOn: '2025-11-24',
          scores: {
            'lichamelijke-gezondheid': 3,
            'geestelijke-gezondheid': 2,
            'basale-adl': 3,
            'instrumentele-adl': 2,
            'sociaal-netwerk': 3,
            tijdsbesteding: 2,
            huisvesting: 4,
            financien: 3,
            // "others 4–5"
            'werk-opleiding': 4,
            'huiselijke-relaties': 4,
            middelengebruik: 5,
            'maatschappelijke-participatie': 4,
            justitie: 5,
          },
        },
      }),
    ],
    carers: [
      carer({
        id: vdbAnja,
        name: 'Anja',
        relation: 'child',
        livesIn: false,
        caresFor: ['p-vdb'],
        capacityHoursPerWeek: 10,
        workHoursPerWeek: 24,
        burdenScore: 10,
        consent: true,
        personId: null,
        birthDate: '1969-09-12', // 56 in 2026
      }),
      carer({
        id: vdbPeter,
        name: 'Peter',
        relation: 'child',
        livesIn: false,
        caresFor: ['p-vdb'],
        capacityHoursPerWeek: 2,
        workHoursPerWeek: 36,
        burdenScore: null,
        consent: true,
        personId: null,
        birthDate: '1973-06-03', // 52 in 2026
      }),
      carer({
        id: vdbNeighbour,
        name: 'Buurman Henk',
        relation: 'neighbour',
        livesIn: false,
        caresFor: ['p-vdb'],
        capacityHoursPerWeek: 2,
        workHoursPerWeek: 0,
        burdenScore: null,
        consent: true,
        personId: null,
        birthDate: null,
      }),
    ],
  },
  scenarios: [
    scenario({
      id: 's-professioneel',
      name: 'Professioneel thuis',
      lines: [
        line({
          id: 'a-hbh',
          provisionId: 'wmo.hulp-bij-het-huishouden',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 3,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-begeleiding',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 4,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-dagbesteding',
          provisionId: 'wmo.dagbesteding',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'dagdeel',
          frequency: 'week',
        }),
        line({
          id: 'a-vervoer',
          provisionId: 'wmo.vervoer-dagbesteding',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'piece',
          frequency: 'week',
          note: 'Vervoer heen en terug, één keer per dag dagbesteding.',
        }),
        line({
          id: 'a-wijkverpleging',
          provisionId: 'zvw.wijkverpleging',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 3,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-anja',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 8,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbAnja,
        }),
        line({
          id: 'a-peter',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbPeter,
          note: 'Administratie op afstand.',
        }),
      ],
    }),
    scenario({
      id: 's-zorgcooperatie',
      name: 'Zorgcoöperatie en respijt',
      lines: [
        line({
          id: 'b-dagactiviteit',
          provisionId: 'algemeen.dagactiviteit',
          personId: 'p-vdb',
          deliveryForm: 'algemeen',
          volume: 3,
          unit: 'dagdeel',
          frequency: 'week',
          provider: 'Zorgcoöperatie (zorgvilla in het dorp)',
          note: 'Algemene voorziening met een kleine eigen bijdrage aan de coöperatie.',
        }),
        line({
          id: 'b-logeeropvang',
          provisionId: 'wmo.kortdurend-verblijf',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'etmaal',
          frequency: 'month',
          note: 'Logeeropvang: respijt voor Anja.',
        }),
        line({
          id: 'b-hbh',
          provisionId: 'wmo.hulp-bij-het-huishouden',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'b-anja',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 10,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbAnja,
        }),
        line({
          id: 'b-peter',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbPeter,
          note: 'Administratie op afstand.',
        }),
        line({
          id: 'b-buurman',
          provisionId: 'informal.vrijwilliger',
          personId: 'p-vdb',
          deliveryForm: 'volunteer',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbNeighbour,
          provider: 'Zorgcoöperatie (vrijwilligers)',
        }),
      ],
    }),
    scenario({
      id: 's-verpleeghuis',
      name: 'Verpleeghuis',
      description:
        'Wlz-verblijf in een verpleeghuis na een CIZ-indicatie (aanname: indicatie per 2026-01-01). ' +
        'Anja en Peter blijven betrokken bij bezoek, begeleiding en administratie.',
      wlzIndications: [{ personId: 'p-vdb', from: '2026-01-01' }],
      lines: [
        line({
          id: 'c-wlz',
          provisionId: 'wlz.verblijf',
          personId: 'p-vdb',
          deliveryForm: 'zin',
          volume: 7,
          unit: 'etmaal',
          frequency: 'week',
        }),
        line({
          id: 'c-anja',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 8,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbAnja,
          note: 'Bezoek, begeleiding naar afspraken.',
        }),
        line({
          id: 'c-peter',
          provisionId: 'informal.mantelzorg',
          personId: 'p-vdb',
          deliveryForm: 'mantelzorg',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
          carerId: vdbPeter,
          note: 'Administratie op afstand.',
        }),
      ],
    }),
  ],
  origin: null,
}

// ---------------------------------------------------------------------------------------------
// 2. Gezin Yilmaz — a teenager in trouble, a mother on bijstand

const yilmazLinesA = (prefix: string): ArrangementLine[] => [
  line({
    id: `${prefix}-ambulant`,
    provisionId: 'jeugd.ambulant',
    personId: 'p-deniz',
    deliveryForm: 'zin',
    volume: 2,
    unit: 'hour',
    frequency: 'week',
  }),
  line({
    id: `${prefix}-jeugdreclassering`,
    provisionId: 'jeugd.jeugdreclassering',
    personId: 'p-deniz',
    deliveryForm: 'zin',
    volume: 1,
    unit: 'piece',
    frequency: 'month',
    endDate: '2026-12-31',
    note: 'Traject per maand; aanname: een traject van 12 maanden.',
  }),
]

export const EXAMPLE_YILMAZ: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-yilmaz',
    label: 'Gezin Yilmaz',
    municipalityCode: null,
    dates: {
      melding: '2025-11-20',
      onderzoekAfgerond: '2025-12-18',
      aanvraag: '2025-12-19',
      beschikking: '2025-12-30',
    },
    members: [
      member({
        id: 'p-esra',
        name: 'Esra',
        birthDate: '1987-02-11',
        role: 'client',
        income: { kind: 'bijstand', netMonthlyCents: 0 },
        zrm: { assessedOn: '2025-12-10', scores: { financien: 2, 'werk-opleiding': 2 } },
      }),
      member({
        id: 'p-deniz',
        name: 'Deniz',
        birthDate: '2009-09-20',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
        zrm: { assessedOn: '2025-12-10', scores: { justitie: 2, tijdsbesteding: 2 } },
      }),
      member({
        id: 'p-elif',
        name: 'Elif',
        birthDate: '2016-06-03',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
    ],
    carers: [],
  },
  scenarios: [
    scenario({
      id: 's-zorg',
      name: 'Zorg',
      description: 'Jeugdhulp en jeugdreclassering voor Deniz; de bijstand van Esra loopt door.',
      lines: yilmazLinesA('a'),
    }),
    scenario({
      id: 's-werk-en-zorg',
      name: 'Werk en zorg samen',
      description:
        'Als Zorg, plus een jobcoach voor Esra (6 maanden, met een proefplaatsing van 2 maanden) en daarna ' +
        'werk 20 uur per week tegen het minimumloon vanaf juli 2026 (netto aanname € 1.180 per maand: ' +
        '20 × € 14,71 × 52 / 12 ≈ € 1.275 bruto). Voor Deniz een leerwerktraject dat na zijn 18e doorloopt ' +
        'als verlengde jeugdhulp, en vanaf oktober 2027 Wmo-begeleiding.',
      lines: [
        ...yilmazLinesA('b'),
        line({
          id: 'b-jobcoach',
          provisionId: 'pw.jobcoach',
          personId: 'p-esra',
          deliveryForm: 'zin',
          volume: 4,
          unit: 'hour',
          frequency: 'week',
          endDate: '2026-06-30',
          note: 'Inclusief een proefplaatsing van 2 maanden (mei en juni 2026) zonder aparte kosten.',
        }),
        line({
          id: 'b-leerwerk',
          provisionId: 'jeugd.ambulant',
          personId: 'p-deniz',
          deliveryForm: 'zin',
          volume: 3,
          unit: 'hour',
          frequency: 'week',
          startDate: '2026-09-01',
          endDate: '2028-08-31',
          continuation: true,
          note: 'Leerwerktraject (begeleiding school en werk); loopt na 18 door als verlengde jeugdhulp.',
        }),
        line({
          id: 'b-wmo-begeleiding',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p-deniz',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
          startDate: '2027-10-01',
          note: 'Wmo-route na de 18e verjaardag (2027-09-20).',
        }),
      ],
      incomeChanges: [{ personId: 'p-esra', from: '2026-07-01', kind: 'work', netMonthlyCents: 1_180_00 }],
    }),
  ],
  origin: null,
}

// ---------------------------------------------------------------------------------------------
// 3. Meneer De Vries — ALS, 24-hour care coming

const marieke = 'c-marieke'
const deVriesLines = (prefix: string): ArrangementLine[] => [
  line({
    id: `${prefix}-traplift`,
    provisionId: 'wmo.woningaanpassing',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 9_500,
    unit: 'euro',
    frequency: 'total',
    rateCents: 100,
    provider: 'Leverancier trapliften (offerte)',
    note: 'Traplift, eenmalig; offertebedrag € 9.500 is een aanname.',
  }),
  line({
    id: `${prefix}-rolstoel`,
    provisionId: 'wmo.rolstoel',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 1,
    unit: 'piece',
    frequency: 'total',
    note: 'Elektrische rolstoel, eenmalig verstrekt.',
  }),
  line({
    id: `${prefix}-wijkverpleging`,
    provisionId: 'zvw.wijkverpleging',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 10,
    unit: 'hour',
    frequency: 'week',
  }),
  line({
    id: `${prefix}-begeleiding`,
    provisionId: 'wmo.begeleiding-individueel',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 4,
    unit: 'hour',
    frequency: 'week',
  }),
  line({
    id: `${prefix}-hbh`,
    provisionId: 'wmo.hulp-bij-het-huishouden',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 3,
    unit: 'hour',
    frequency: 'week',
  }),
  line({
    id: `${prefix}-logeeropvang`,
    provisionId: 'wmo.kortdurend-verblijf',
    personId: 'p-jan',
    deliveryForm: 'zin',
    volume: 1,
    unit: 'etmaal',
    frequency: 'month',
    note: 'Logeeropvang: respijt voor Marieke.',
  }),
  line({
    id: `${prefix}-marieke`,
    provisionId: 'informal.mantelzorg',
    personId: 'p-jan',
    deliveryForm: 'mantelzorg',
    volume: 30,
    unit: 'hour',
    frequency: 'week',
    carerId: marieke,
  }),
]

export const EXAMPLE_DE_VRIES: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-de-vries',
    label: 'Gezin De Vries',
    municipalityCode: null,
    dates: {
      melding: '2025-11-03',
      onderzoekAfgerond: '2025-12-08',
      aanvraag: '2025-12-09',
      beschikking: '2025-12-19',
    },
    members: [
      member({
        id: 'p-jan',
        name: 'Jan',
        birthDate: '1979-03-08',
        role: 'client',
        // WIA benefit, net (assumption).
        income: { kind: 'benefit', netMonthlyCents: 1_950_00 },
        zrm: { assessedOn: '2025-11-28', scores: { 'lichamelijke-gezondheid': 1, 'basale-adl': 2 } },
      }),
      member({
        id: 'p-marieke',
        name: 'Marieke',
        birthDate: '1981-10-30',
        role: 'partner',
        // 16 hours a week, net (assumption).
        income: { kind: 'work', netMonthlyCents: 1_150_00 },
      }),
      member({
        id: 'p-lotte',
        name: 'Lotte',
        birthDate: '2010-05-22',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
      member({
        id: 'p-daan',
        name: 'Daan',
        birthDate: '2013-01-15',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
    ],
    carers: [
      carer({
        id: marieke,
        name: 'Marieke',
        relation: 'partner',
        livesIn: true,
        caresFor: ['p-jan'],
        capacityHoursPerWeek: 20,
        workHoursPerWeek: 16,
        burdenScore: 11,
        consent: true,
        personId: 'p-marieke',
        birthDate: '1981-10-30',
      }),
    ],
  },
  scenarios: [
    scenario({
      id: 's-thuis-wmo',
      name: 'Thuis met Wmo',
      lines: deVriesLines('a'),
    }),
    scenario({
      id: 's-wlz-juli',
      name: 'Wlz vanaf juli',
      description:
        'Als Thuis met Wmo, met een Wlz-indicatie voor Jan vanaf 2026-07-01 (aanname in dit scenario). ' +
        'De woningaanpassing blijft een Wmo-voorziening.',
      lines: deVriesLines('b'),
      wlzIndications: [{ personId: 'p-jan', from: '2026-07-01' }],
    }),
  ],
  origin: null,
}

// ---------------------------------------------------------------------------------------------
// 4. Sander — homeless at 23

export const EXAMPLE_SANDER: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-sander',
    label: 'Sander',
    municipalityCode: null,
    dates: { melding: '2025-12-15', onderzoekAfgerond: null, aanvraag: null, beschikking: null },
    members: [
      member({
        id: 'p-sander',
        name: 'Sander',
        birthDate: '2003-08-17',
        role: 'client',
        income: { kind: 'bijstand', netMonthlyCents: 0 },
        zrm: {
          assessedOn: '2025-12-17',
          scores: {
            huisvesting: 1,
            financien: 1,
            'geestelijke-gezondheid': 2,
            middelengebruik: 2,
            justitie: 3,
          },
        },
      }),
    ],
    carers: [],
  },
  scenarios: [
    scenario({
      id: 's-niets-doen',
      name: 'Niets doen',
      description:
        'Basislijn: Sander blijft dakloos. Maatschappelijke kosten van dakloosheid € 30.000–€ 85.000 per ' +
        'persoon per jaar (aanname; bron: docs/legal-reference.md#escalation-costs, EenVandaag 2025 en Sociaal.net; ' +
        'betrouwbaarheid M). Geen voorzieningen in dit scenario.',
      lines: [],
    }),
    scenario({
      id: 's-opvang',
      name: 'Opvang',
      description: 'Maatschappelijke opvang (Wmo) per etmaal; bijstand naar de norm voor een inrichting.',
      lines: [
        line({
          id: 'a-opvang',
          provisionId: 'wmo.opvang',
          personId: 'p-sander',
          deliveryForm: 'zin',
          volume: 7,
          unit: 'etmaal',
          frequency: 'week',
        }),
      ],
    }),
    scenario({
      id: 's-beschermd-wonen',
      name: 'Beschermd wonen',
      description: 'Beschermd wonen (Wmo) per etmaal, met de eigen inkomensafhankelijke CAK-bijdrage.',
      lines: [
        line({
          id: 'b-bw',
          provisionId: 'wmo.beschermd-wonen',
          personId: 'p-sander',
          deliveryForm: 'zin',
          volume: 7,
          unit: 'etmaal',
          frequency: 'week',
        }),
      ],
    }),
    scenario({
      id: 's-housing-first',
      name: 'Housing First',
      description:
        'Eigen woning met woonbegeleiding en schuldhulp; bijstand naar de norm voor een alleenstaande.',
      lines: [
        line({
          id: 'c-woonbegeleiding',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p-sander',
          deliveryForm: 'zin',
          volume: 6,
          unit: 'hour',
          frequency: 'week',
          note: 'Woonbegeleiding (Housing First).',
        }),
        line({
          id: 'c-schuldhulp',
          provisionId: 'algemeen.schuldhulp',
          personId: 'p-sander',
          deliveryForm: 'algemeen',
          volume: 1,
          unit: 'piece',
          frequency: 'total',
          endDate: '2027-06-30',
          note: 'Schuldhulpverlening: één traject; aanname: looptijd 18 maanden.',
        }),
      ],
    }),
  ],
  origin: null,
}

// ---------------------------------------------------------------------------------------------
// 5. Mevrouw Bakker — deafblind, husband caring

const kees = 'c-kees'

export const EXAMPLE_BAKKER: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-bakker',
    label: 'Mevrouw Bakker',
    municipalityCode: null,
    dates: {
      melding: '2025-10-06',
      onderzoekAfgerond: '2025-11-10',
      aanvraag: '2025-11-12',
      beschikking: '2025-11-24',
    },
    members: [
      member({
        id: 'p-truus',
        name: 'Truus',
        birthDate: '1963-04-02',
        role: 'client',
        income: { kind: 'none', netMonthlyCents: 0 },
        // docs/example-cases.md lists no scores; these are illustrative (no domain at 1–2).
        zrm: {
          assessedOn: '2025-11-05',
          scores: {
            'sociaal-netwerk': 3,
            'maatschappelijke-participatie': 3,
            'instrumentele-adl': 3,
            'lichamelijke-gezondheid': 3,
          },
        },
      }),
      member({
        id: 'p-kees',
        name: 'Kees',
        birthDate: '1958-01-20',
        role: 'partner',
        // AOW for a married person plus a small pension, net (assumption).
        income: { kind: 'aow', netMonthlyCents: 1_450_00 },
      }),
    ],
    carers: [
      carer({
        id: kees,
        name: 'Kees',
        relation: 'partner',
        livesIn: true,
        caresFor: ['p-truus'],
        capacityHoursPerWeek: 25,
        workHoursPerWeek: 0,
        burdenScore: 7,
        consent: true,
        personId: 'p-kees',
        birthDate: '1958-01-20',
      }),
    ],
  },
  scenarios: [
    scenario({
      id: 's-doofblind',
      name: 'Specialistische ondersteuning',
      horizonMonths: 60,
      lines: [
        line({
          id: 'a-doofblind',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p-truus',
          deliveryForm: 'zin',
          volume: 3,
          unit: 'hour',
          frequency: 'week',
          rateCents: 85_20,
          provider: 'Regionaal ingekochte specialistische begeleiding voor doofblinden',
          note:
            'Regionaal contracttarief (gemeenten kopen samen in); aanname € 85,20 per uur, het voorbeeldtarief ' +
            'begeleiding plus (Westerveld 2023, docs/legal-reference.md#example-tariffs).',
        }),
        line({
          id: 'a-respijt',
          provisionId: 'wmo.kortdurend-verblijf',
          personId: 'p-truus',
          deliveryForm: 'zin',
          volume: 1,
          unit: 'etmaal',
          frequency: 'month',
          note: 'Respijt voor Kees.',
        }),
        line({
          id: 'a-kees',
          provisionId: 'informal.mantelzorg',
          personId: 'p-truus',
          deliveryForm: 'mantelzorg',
          volume: 25,
          unit: 'hour',
          frequency: 'week',
          carerId: kees,
        }),
      ],
    }),
  ],
  origin: null,
}

// ---------------------------------------------------------------------------------------------
// 6. Gezin El Amrani — a parent with depression, a child with autism

export const EXAMPLE_EL_AMRANI: CaseFile = {
  format: 'maatwerk.case',
  formatVersion: 1,
  household: {
    id: 'h-el-amrani',
    label: 'Gezin El Amrani',
    municipalityCode: null,
    dates: {
      melding: '2025-11-10',
      onderzoekAfgerond: '2025-12-12',
      aanvraag: '2025-12-15',
      beschikking: '2025-12-23',
    },
    members: [
      member({
        id: 'p-fatima',
        name: 'Fatima',
        birthDate: '1990-07-19',
        role: 'client',
        income: { kind: 'none', netMonthlyCents: 0 },
        // docs/example-cases.md names the depression; the scores are illustrative.
        zrm: {
          assessedOn: '2025-12-05',
          scores: {
            'geestelijke-gezondheid': 2,
            'huiselijke-relaties': 3,
            'instrumentele-adl': 3,
            tijdsbesteding: 3,
          },
        },
      }),
      member({
        id: 'p-youssef',
        name: 'Youssef',
        birthDate: '1988-02-27',
        role: 'partner',
        // 40 hours a week, net (assumption).
        income: { kind: 'work', netMonthlyCents: 2_900_00 },
      }),
      member({
        id: 'p-nora',
        name: 'Nora',
        birthDate: '2014-11-02',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
      member({
        id: 'p-bilal',
        name: 'Bilal',
        birthDate: '2018-04-14',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
      member({
        id: 'p-amira',
        name: 'Amira',
        birthDate: '2021-01-09',
        role: 'child',
        income: { kind: 'none', netMonthlyCents: 0 },
      }),
    ],
    carers: [],
  },
  scenarios: [
    scenario({
      id: 's-integraal',
      name: 'Integraal plan',
      description:
        'Eén plan over Wmo en Jeugdwet: ondersteuning voor Fatima en jeugdhulp met respijt voor Bilal.',
      lines: [
        line({
          id: 'a-begeleiding',
          provisionId: 'wmo.begeleiding-individueel',
          personId: 'p-fatima',
          deliveryForm: 'zin',
          volume: 3,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-hbh',
          provisionId: 'wmo.hulp-bij-het-huishouden',
          personId: 'p-fatima',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-ambulant',
          provisionId: 'jeugd.ambulant',
          personId: 'p-bilal',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'hour',
          frequency: 'week',
        }),
        line({
          id: 'a-logeeropvang',
          provisionId: 'jeugd.respijt',
          personId: 'p-bilal',
          deliveryForm: 'zin',
          volume: 2,
          unit: 'etmaal',
          frequency: 'month',
          note: 'Logeeropvang één weekend per maand.',
        }),
      ],
    }),
  ],
  origin: null,
}

/** The six example households, in the order of docs/example-cases.md. */
export const EXAMPLE_CASES: CaseFile[] = [
  EXAMPLE_VAN_DEN_BERG,
  EXAMPLE_YILMAZ,
  EXAMPLE_DE_VRIES,
  EXAMPLE_SANDER,
  EXAMPLE_BAKKER,
  EXAMPLE_EL_AMRANI,
]

/** The example with this household id, or undefined. */
export function findExampleCase(householdId: string): CaseFile | undefined {
  return EXAMPLE_CASES.find((c) => c.household.id === householdId)
}
