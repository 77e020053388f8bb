/**
 * A seeded synthetic portfolio for demos, tests and benchmarks. Households are drawn from a handful of
 * archetypes that recur in Dutch social-domain caseloads (an older person living alone, an older
 * couple with the partner caring, a single adult on bijstand with psychosocial problems, a single
 * parent, a family with a child needing intensive care, a young adult at 18, beschermd wonen); needs
 * are ZRM scores and arrangements use the provision catalogue's ids, units and delivery forms. The same
 * seed and size always give the same files; every household is marked synthetic in its origin.
 *
 * The mix of archetypes and the volume ranges are our own plausible assumptions for a demo, not
 * statistics of any municipality.
 */
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  CarerRelation,
  DeliveryForm,
  Frequency,
  IncomeKind,
  IsoDateInput,
  MemberRole,
  Person,
  Provision,
  Scenario,
  ZrmDomain,
  ZrmScore,
} from '../domain/types'
import { createPrng, type Prng } from './prng'
import { addMonthsToYearMonth, formatIsoDate, lastDayOfMonth, yearMonthOf } from '../domain/dates'
import { roundNumber } from '../domain/money'

/** `origin.exportedBy` of every synthetic case: how the app recognises the demo portfolio. */
export const SYNTHETIC_ORIGIN = 'maatwerk:demoportefeuille (synthetisch)'

export function isSyntheticOrigin(origin: CaseFile['origin'] | null | undefined): boolean {
  return origin?.exportedBy === SYNTHETIC_ORIGIN
}

type GeneratorOptions = {
  seed: number
  size: number
  /** First year of the scenarios (scenarios start in January of this year or the months after). */
  startYear: number
  provisions: readonly Provision[]
  horizonMonths?: number
  /**
   * Names one generation run (e.g. when it was made), so households of repeated generations get
   * unique ids and labels ("Synthetisch huishouden 20261130-1805/00001"); without it the numbering
   * starts at 00001 for every run.
   */
  batch?: string
}

type Archetype =
  | 'older-single'
  | 'older-couple'
  | 'adult-bijstand'
  | 'single-parent'
  | 'family-intensive-child'
  | 'young-adult-18'
  | 'beschermd-wonen'

const ARCHETYPES: readonly (readonly [Archetype, number])[] = [
  ['older-single', 30],
  ['older-couple', 15],
  ['adult-bijstand', 18],
  ['single-parent', 14],
  ['family-intensive-child', 10],
  ['young-adult-18', 8],
  ['beschermd-wonen', 5],
]

const FIRST_NAMES = [
  'A.',
  'B.',
  'C.',
  'D.',
  'E.',
  'F.',
  'G.',
  'H.',
  'J.',
  'K.',
  'L.',
  'M.',
  'N.',
  'P.',
  'R.',
  'S.',
  'T.',
  'W.',
]

type LineTemplate = {
  provisionId: string
  volume: readonly [number, number]
  frequency: Frequency
  /** Weighted delivery forms; forms the catalogue does not offer are skipped. */
  forms?: readonly (readonly [DeliveryForm, number])[]
  /** The line addresses these ZRM domains (used to score the needs). */
  domains: readonly ZrmDomain[]
  /** A trajectory of this many months (end date set); open-ended when absent. */
  months?: number
}

const ZIN_OR_PGB: readonly (readonly [DeliveryForm, number])[] = [
  ['zin', 80],
  ['pgb', 20],
]

const T = {
  hbh: {
    provisionId: 'wmo.hulp-bij-het-huishouden',
    volume: [2, 4],
    frequency: 'week',
    forms: ZIN_OR_PGB,
    domains: ['instrumentele-adl'],
  },
  begeleiding: {
    provisionId: 'wmo.begeleiding-individueel',
    volume: [2, 6],
    frequency: 'week',
    forms: ZIN_OR_PGB,
    domains: ['tijdsbesteding', 'geestelijke-gezondheid'],
  },
  dagbesteding: {
    provisionId: 'wmo.dagbesteding',
    volume: [2, 6],
    frequency: 'week',
    forms: ZIN_OR_PGB,
    domains: ['tijdsbesteding', 'maatschappelijke-participatie'],
  },
  vervoer: {
    provisionId: 'wmo.vervoer-dagbesteding',
    volume: [2, 6],
    frequency: 'week',
    domains: ['maatschappelijke-participatie'],
  },
  kortVerblijf: {
    provisionId: 'wmo.kortdurend-verblijf',
    volume: [1, 3],
    frequency: 'month',
    domains: ['sociaal-netwerk'],
  },
  rolstoel: {
    provisionId: 'wmo.rolstoel',
    volume: [1, 1],
    frequency: 'total',
    domains: ['lichamelijke-gezondheid'],
  },
  woningaanpassing: {
    provisionId: 'wmo.woningaanpassing',
    volume: [2_000, 12_000],
    frequency: 'total',
    domains: ['huisvesting'],
  },
  beschermdWonen: {
    provisionId: 'wmo.beschermd-wonen',
    volume: [7, 7],
    frequency: 'week',
    domains: ['huisvesting', 'geestelijke-gezondheid'],
  },
  jeugdAmbulant: {
    provisionId: 'jeugd.ambulant',
    volume: [1, 4],
    frequency: 'week',
    forms: ZIN_OR_PGB,
    domains: ['huiselijke-relaties', 'geestelijke-gezondheid'],
  },
  jeugdRespijt: {
    provisionId: 'jeugd.respijt',
    volume: [1, 4],
    frequency: 'month',
    domains: ['sociaal-netwerk'],
  },
  jobcoach: {
    provisionId: 'pw.jobcoach',
    volume: [2, 6],
    frequency: 'week',
    domains: ['werk-opleiding'],
    months: 12,
  },
  // A schuldhulp traject is priced per traject: one piece spread over twelve months.
  schuldhulp: {
    provisionId: 'algemeen.schuldhulp',
    volume: [1, 1],
    frequency: 'total',
    forms: [['algemeen', 1]],
    domains: ['financien'],
    months: 12,
  },
  wijkverpleging: {
    provisionId: 'zvw.wijkverpleging',
    volume: [2, 10],
    frequency: 'week',
    domains: ['basale-adl'],
  },
} satisfies Record<string, LineTemplate>

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** The last day of a trajectory of `months` calendar months starting on the first of a month. */
function endOfTrajectory(start: IsoDateInput, months: number): IsoDateInput {
  return lastDayOfMonth(addMonthsToYearMonth(yearMonthOf(start), months - 1))
}

/** Generates `size` valid case files, deterministic for the seed. */
export function generatePortfolio(options: GeneratorOptions): CaseFile[] {
  const files: CaseFile[] = []
  for (const chunk of generatePortfolioChunks(options, Math.max(1, options.size))) files.push(...chunk)
  return files
}

/**
 * `generatePortfolio` a chunk of `chunkSize` households at a time: the same files in the same order,
 * so a caller can store and evaluate 30,000 households without holding them all or generating them in
 * one long task.
 */
export function* generatePortfolioChunks(
  options: GeneratorOptions,
  chunkSize: number,
): Generator<CaseFile[]> {
  const rng = createPrng(options.seed)
  const catalogue = new Map(options.provisions.map((p) => [p.id, p]))
  const size = Math.max(1, Math.floor(chunkSize))
  for (let start = 0; start < options.size; start += size) {
    const files: CaseFile[] = []
    const end = Math.min(options.size, start + size)
    for (let i = start; i < end; i++) files.push(generateHousehold(rng, i, options, catalogue))
    yield files
  }
}

type Builder = {
  members: Person[]
  carers: Carer[]
  lines: ArrangementLine[]
  needs: Map<string, Set<ZrmDomain>>
}

function generateHousehold(
  rng: Prng,
  index: number,
  options: GeneratorOptions,
  catalogue: ReadonlyMap<string, Provision>,
): CaseFile {
  const number = options.batch ? `${options.batch}/${pad(index + 1, 5)}` : pad(index + 1, 5)
  const id = options.batch
    ? `demo-${options.seed}-${options.batch}-${pad(index + 1, 5)}`
    : `demo-${options.seed}-${pad(index + 1, 5)}`
  const year = options.startYear
  const startDate = formatIsoDate(
    year,
    rng.weighted([
      [1, 6],
      [rng.int(2, 12), 4],
    ]),
    1,
  )
  const b: Builder = { members: [], carers: [], lines: [], needs: new Map() }
  let personCount = 0
  const person = (
    role: MemberRole,
    birthYear: number,
    income: IncomeKind,
    netMonthlyCents: number,
  ): Person => {
    personCount++
    const p: Person = {
      id: `p${personCount}`,
      name: `${rng.pick(FIRST_NAMES)} (${role === 'child' ? 'kind' : role === 'partner' ? 'partner' : role === 'client' ? 'cliënt' : 'huisgenoot'})`,
      birthDate: formatIsoDate(birthYear, rng.int(1, 12), rng.int(1, 28)),
      role,
      bsn: null,
      livesIn: true,
      income: { kind: income, netMonthlyCents },
      wlzIndication: null,
      zrm: null,
    }
    b.members.push(p)
    return p
  }
  const carer = (
    relation: CarerRelation,
    caresFor: Person,
    livesIn: boolean,
    hours: number,
    partner?: Person,
  ): Carer => {
    const c: Carer = {
      id: `c${b.carers.length + 1}`,
      name: `Mantelzorger ${b.carers.length + 1}`,
      relation,
      livesIn,
      caresFor: [caresFor.id],
      capacityHoursPerWeek: hours + rng.int(-2, 6),
      workHoursPerWeek: rng.pick([0, 0, 16, 24, 32, 36]),
      burdenScore: rng.int(2, 13),
      consent: true,
      personId: partner?.id ?? null,
      birthDate: partner?.birthDate ?? null,
    }
    if (c.capacityHoursPerWeek < 1) c.capacityHoursPerWeek = 1
    b.carers.push(c)
    return c
  }
  const add = (template: LineTemplate, recipient: Person, extra: Partial<ArrangementLine> = {}): void => {
    const provision = catalogue.get(template.provisionId)
    if (!provision) return
    const forms = (template.forms ?? [['zin', 1]]).filter(([f]) => provision.deliveryForms.includes(f))
    if (forms.length === 0) return
    const [lo, hi] = template.volume
    const volume = provision.unit === 'euro' ? roundNumber(rng.int(lo, hi) / 50) * 50 : rng.int(lo, hi)
    b.lines.push({
      id: `l${b.lines.length + 1}`,
      provisionId: provision.id,
      personId: recipient.id,
      deliveryForm: rng.weighted(forms),
      volume,
      unit: provision.unit,
      frequency: provision.oneOff ? 'total' : template.frequency,
      startDate,
      endDate: template.months ? endOfTrajectory(startDate, template.months) : null,
      carerId: null,
      rateCents: provision.unit === 'euro' ? 100 : null,
      continuation: false,
      provider: null,
      note: null,
      ...extra,
    })
    const needs = b.needs.get(recipient.id) ?? new Set<ZrmDomain>()
    for (const d of template.domains) needs.add(d)
    b.needs.set(recipient.id, needs)
  }
  const mantelzorg = (c: Carer, recipient: Person, hours: number): void => {
    const provision = catalogue.get('informal.mantelzorg')
    if (!provision) return
    b.lines.push({
      id: `l${b.lines.length + 1}`,
      provisionId: provision.id,
      personId: recipient.id,
      deliveryForm: 'mantelzorg',
      volume: hours,
      unit: provision.unit,
      frequency: 'week',
      startDate,
      endDate: null,
      carerId: c.id,
      rateCents: null,
      continuation: false,
      provider: null,
      note: null,
    })
  }

  const archetype = rng.weighted(ARCHETYPES)
  switch (archetype) {
    case 'older-single': {
      const client = person('client', year - rng.int(70, 92), 'aow', rng.int(1_350_00, 2_400_00))
      add(T.hbh, client)
      if (rng.chance(0.4)) add(T.begeleiding, client)
      if (rng.chance(0.35)) {
        add(T.dagbesteding, client)
        add(T.vervoer, client)
      }
      if (rng.chance(0.2)) add(T.rolstoel, client)
      if (rng.chance(0.15)) add(T.woningaanpassing, client)
      if (rng.chance(0.4)) add(T.wijkverpleging, client)
      if (rng.chance(0.6)) {
        const hours = rng.int(4, 16)
        const c = carer('child', client, false, hours)
        mantelzorg(c, client, hours)
        if (hours > 8 && rng.chance(0.5)) add(T.kortVerblijf, client)
      }
      break
    }
    case 'older-couple': {
      const client = person('client', year - rng.int(68, 88), 'aow', rng.int(1_500_00, 2_200_00))
      const partner = person(
        'partner',
        year - rng.int(62, 85),
        rng.pick(['aow', 'pension', 'work'] as const),
        rng.int(0, 1_800_00),
      )
      add(T.begeleiding, client)
      if (rng.chance(0.5)) add(T.hbh, client)
      if (rng.chance(0.5)) {
        add(T.dagbesteding, client)
        add(T.vervoer, client)
      }
      if (rng.chance(0.3)) add(T.woningaanpassing, client)
      if (rng.chance(0.5)) add(T.wijkverpleging, client)
      const hours = rng.int(10, 30)
      const c = carer('partner', client, true, hours, partner)
      mantelzorg(c, client, hours)
      if (rng.chance(0.3)) add(T.kortVerblijf, client)
      break
    }
    case 'adult-bijstand': {
      const client = person('client', year - rng.int(23, 60), 'bijstand', 0)
      add(T.begeleiding, client)
      if (rng.chance(0.6)) add(T.schuldhulp, client)
      if (rng.chance(0.4)) add(T.dagbesteding, client)
      if (rng.chance(0.45)) add(T.jobcoach, client)
      if (rng.chance(0.2)) add(T.hbh, client)
      break
    }
    case 'single-parent': {
      const client = person(
        'client',
        year - rng.int(24, 48),
        rng.pick(['bijstand', 'work'] as const),
        rng.int(0, 1_900_00),
      )
      const children = rng.int(1, 3)
      for (let k = 0; k < children; k++) {
        const child = person('child', year - rng.int(1, 17), 'none', 0)
        if (k === 0 || rng.chance(0.3)) add(T.jeugdAmbulant, child)
      }
      if (client.income.kind === 'bijstand' && rng.chance(0.4)) add(T.jobcoach, client)
      if (rng.chance(0.4)) add(T.schuldhulp, client)
      if (rng.chance(0.3)) add(T.begeleiding, client)
      break
    }
    case 'family-intensive-child': {
      const parent = person('client', year - rng.int(30, 50), 'work', rng.int(1_600_00, 3_200_00))
      const other = person(
        'partner',
        year - rng.int(30, 50),
        rng.pick(['work', 'none'] as const),
        rng.int(0, 2_400_00),
      )
      if (other.income.kind === 'none') other.income.netMonthlyCents = 0
      // Some children turn 18 during the horizon: the Jeugdwet lines stop or continue then.
      const child = person('child', year - rng.int(8, 17), 'none', 0)
      add(T.jeugdAmbulant, child, rng.chance(0.3) ? { continuation: true } : {})
      const hours = rng.int(10, 25)
      const c = carer('parent', child, true, hours, other)
      mantelzorg(c, child, hours)
      if (rng.chance(0.5)) add(T.jeugdRespijt, child)
      if (rng.chance(0.3)) person('child', year - rng.int(2, 12), 'none', 0)
      void parent
      break
    }
    case 'young-adult-18': {
      const client = person(
        'client',
        year - rng.int(17, 19),
        rng.pick(['student', 'none', 'bijstand'] as const),
        0,
      )
      if (rng.chance(0.5)) add(T.jeugdAmbulant, client, { continuation: true })
      else add(T.begeleiding, client)
      if (rng.chance(0.4)) add(T.dagbesteding, client)
      break
    }
    case 'beschermd-wonen': {
      const client = person(
        'client',
        year - rng.int(20, 55),
        rng.pick(['benefit', 'bijstand'] as const),
        rng.int(0, 1_300_00),
      )
      if (client.income.kind === 'bijstand') client.income.netMonthlyCents = 0
      add(T.beschermdWonen, client)
      if (rng.chance(0.5)) add(T.dagbesteding, client)
      break
    }
  }

  // ZRM: the domains the lines address score low (1–3), a few others middling or fine.
  for (const member of b.members) {
    const needs = b.needs.get(member.id)
    if (!needs) continue
    const scores: Partial<Record<ZrmDomain, ZrmScore>> = {}
    for (const d of needs) scores[d] = rng.int(1, 3) as ZrmScore
    for (const d of ['financien', 'huisvesting', 'sociaal-netwerk'] as const) {
      if (scores[d] === undefined) scores[d] = rng.int(3, 5) as ZrmScore
    }
    member.zrm = { assessedOn: startDate, scores }
  }

  const horizonMonths = options.horizonMonths ?? 36
  const chosen = rng.chance(0.88)
  const scenario: Scenario = {
    id: 's1',
    name: 'Arrangement',
    description: null,
    startDate,
    horizonMonths,
    assumptions: null,
    lines: b.lines,
    incomeChanges: [],
    deviations: [],
    chosen: chosen ? { on: startDate, reasoning: 'Synthetisch: gekozen arrangement' } : null,
  }
  const scenarios: Scenario[] = [scenario]
  if (rng.chance(0.25) && b.lines.length > 1) {
    scenarios.push({ ...scenario, id: 's2', name: 'Alternatief', lines: b.lines.slice(0, -1), chosen: null })
  }
  return {
    format: 'maatwerk.case',
    formatVersion: 1,
    household: {
      id,
      label: `Synthetisch huishouden ${number}`,
      municipalityCode: null,
      dates: null,
      members: b.members,
      carers: b.carers,
    },
    scenarios,
    origin: { exportedAt: null, exportedBy: SYNTHETIC_ORIGIN, pseudonymised: true },
  }
}
