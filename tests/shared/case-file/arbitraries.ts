/**
 * fast-check generators of *valid* case files: every reference resolves, every bound holds. Free text
 * deliberately mentions the members' and carers' names and a BSN, so pseudonymisation has something to
 * remove.
 */
import fc from 'fast-check'
import { CASE_FILE_MAX_VOLUME } from '#shared/case-file'
import { CARER_AGE_GROUPS } from '#shared/case-file/enums'
import type {
  ArrangementLine,
  CaseFile,
  Carer,
  DeliveryForm,
  Frequency,
  Household,
  Person,
  Scenario,
  Unit,
} from '#shared/domain/types'
import { ZRM_DOMAINS } from '#shared/domain/types'

const BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2]

/** A nine-digit number that passes the elfproef. */
export const validBsnArb: fc.Arbitrary<string> = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const check = digits.reduce((acc, d, i) => acc + d * BSN_WEIGHTS[i]!, 0) % 11
    return check > 9 ? undefined : [...digits, check].join('')
  })
  .filter((b): b is string => b !== undefined && b !== '000000000')

/** Words the pseudonymiser writes or treats as not distinctive: a generated name never is one. */
export const RESERVED_WORDS = new Set([
  ...['client', 'cliënt', 'partner', 'kind', 'huisgenoot', 'mantelzorger', 'vrijwilliger', 'naam', 'bsn'],
  ...['mevrouw', 'mevr', 'meneer', 'dhr', 'heer', 'van', 'den', 'der', 'het', 'ten', 'ter'],
  ...['gezin', 'familie', 'echtpaar', 'huishouden'],
])

/** A fictional name: one or two capitalised words of 3–10 letters, never a word the labels use. */
export const nameArb: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[A-Z][a-zé]{2,9}$/), { minLength: 1, maxLength: 2 })
  .map((words) => words.join(' '))
  .filter((name) => name.split(' ').every((w) => !RESERVED_WORDS.has(w.toLowerCase())))

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
export const dateArb = (minYear: number, maxYear: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: minYear, max: maxYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`)

const centsArb = fc.integer({ min: 0, max: 5_000_00 })
/** Finite, non-negative, never -0 (JSON cannot tell -0 from 0). */
const volumeArb = (max: number): fc.Arbitrary<number> =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v))
const hoursArb = volumeArb(60)

const zrmScoresArb = fc
  .subarray([...ZRM_DOMAINS])
  .chain((domains) =>
    fc
      .tuple(
        ...domains.map(() => fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const)),
      )
      .map((scores) => Object.fromEntries(domains.map((d, i) => [d, scores[i]]))),
  )

function personArb(id: string, role: Person['role']): fc.Arbitrary<Person> {
  return fc.record(
    {
      id: fc.constant(id),
      name: nameArb,
      birthDate: dateArb(1930, 2023),
      role: fc.constant(role),
      bsn: fc.option(validBsnArb, { nil: null }),
      livesIn: fc.boolean(),
      income: fc.record({
        kind: fc.constantFrom('none', 'work', 'bijstand', 'aow', 'pension', 'benefit', 'student'),
        netMonthlyCents: centsArb,
      }),
      wlzIndication: fc.option(fc.record({ from: dateArb(2024, 2030) }), { nil: null }),
      zrm: fc.option(fc.record({ assessedOn: dateArb(2024, 2025), scores: zrmScoresArb }), { nil: null }),
    },
    { requiredKeys: ['id', 'name', 'birthDate', 'role', 'income'] },
  )
}

function carerArb(id: string, memberIds: string[]): fc.Arbitrary<Carer> {
  return fc.record(
    {
      id: fc.constant(id),
      name: nameArb,
      relation: fc.constantFrom('partner', 'child', 'parent', 'friend', 'neighbour', 'volunteer', 'other'),
      livesIn: fc.boolean(),
      caresFor: fc.subarray(memberIds, { minLength: 1 }),
      capacityHoursPerWeek: hoursArb,
      workHoursPerWeek: hoursArb,
      burdenScore: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
      consent: fc.boolean(),
      personId: fc.option(fc.constantFrom(...memberIds), { nil: null }),
      birthDate: fc.option(dateArb(1940, 2005), { nil: null }),
      hoursGivenTodayPerWeek: fc.option(hoursArb, { nil: null }),
      ageGroup: fc.option(fc.constantFrom(...CARER_AGE_GROUPS), { nil: null }),
    },
    {
      requiredKeys: [
        'id',
        'name',
        'relation',
        'livesIn',
        'caresFor',
        'capacityHoursPerWeek',
        'workHoursPerWeek',
        'consent',
      ],
    },
  )
}

export const householdArb: fc.Arbitrary<Household> = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom<Person['role']>('partner', 'child', 'housemate'),
  )
  .chain(([memberCount, carerCount, secondRole]) => {
    const memberIds = Array.from({ length: memberCount }, (_, i) => `p${i + 1}`)
    const roles: Person['role'][] = memberIds.map((_, i) =>
      i === 0 ? 'client' : i === 1 ? secondRole : 'child',
    )
    return fc.record({
      id: fc.constant('h-test'),
      label: nameArb.map((n) => `Huishouden ${n}`),
      municipalityCode: fc.option(fc.constant('GM0000'), { nil: null }),
      dates: fc.option(
        fc.record({ melding: dateArb(2025, 2025), aanvraag: fc.option(dateArb(2025, 2025), { nil: null }) }),
        { nil: null },
      ),
      members: fc.tuple(...memberIds.map((id, i) => personArb(id, roles[i]!))),
      carers: fc.tuple(...Array.from({ length: carerCount }, (_, i) => carerArb(`c${i + 1}`, memberIds))),
    })
  })

const UNITS: Unit[] = ['minute', 'hour', 'dagdeel', 'etmaal', 'piece', 'euro']
const FREQUENCIES: Frequency[] = ['week', 'month', 'total']

function lineArb(id: string, household: Household): fc.Arbitrary<ArrangementLine> {
  const carerIds = household.carers.map((c) => c.id)
  const forms: DeliveryForm[] =
    carerIds.length > 0
      ? ['zin', 'pgb', 'pgb-netwerk', 'mantelzorg', 'volunteer', 'algemeen']
      : ['zin', 'pgb', 'algemeen']
  const names = [...household.members.map((m) => m.name), ...household.carers.map((c) => c.name)]
  return fc
    .record({
      deliveryForm: fc.constantFrom(...forms),
      unit: fc.constantFrom(...UNITS),
      frequency: fc.constantFrom(...FREQUENCIES),
      start: dateArb(2026, 2027),
      endOffsetYears: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    })
    .chain(({ deliveryForm, unit, frequency, start, endOffsetYears }) => {
      const needsCarer = ['pgb-netwerk', 'mantelzorg', 'volunteer'].includes(deliveryForm)
      return fc.record(
        {
          id: fc.constant(id),
          provisionId: fc.constantFrom(
            'wmo.begeleiding-individueel',
            'jeugd.ambulant',
            'informal.mantelzorg',
          ),
          personId: fc.constantFrom(...household.members.map((m) => m.id)),
          deliveryForm: fc.constant(deliveryForm),
          volume: volumeArb(CASE_FILE_MAX_VOLUME[unit][frequency]),
          unit: fc.constant(unit),
          frequency: fc.constant(frequency),
          startDate: fc.constant(start),
          endDate: fc.constant(
            endOffsetYears === null ? null : `${Number(start.slice(0, 4)) + endOffsetYears}${start.slice(4)}`,
          ),
          carerId: needsCarer
            ? fc.constantFrom(...carerIds)
            : carerIds.length > 0
              ? fc.option(fc.constantFrom(...carerIds), { nil: null })
              : fc.constant(null),
          rateCents: fc.option(centsArb, { nil: null }),
          continuation: fc.boolean(),
          provider: fc.option(fc.constantFrom('Zorg BV', 'Thuiszorg Oost'), { nil: null }),
          note: fc.option(
            fc
              .tuple(fc.constantFrom(...names), validBsnArb)
              .map(([n, bsn]) => `Afgesproken met ${n} (bsn ${bsn}).`),
            { nil: null },
          ),
        },
        {
          requiredKeys: [
            'id',
            'provisionId',
            'personId',
            'deliveryForm',
            'volume',
            'unit',
            'frequency',
            'startDate',
            // An informal line without its carer is invalid: keep the key whenever the form needs it.
            ...(needsCarer ? (['carerId'] as const) : []),
          ],
        },
      )
    })
}

function scenarioArb(id: string, household: Household): fc.Arbitrary<Scenario> {
  const names = [...household.members.map((m) => m.name), ...household.carers.map((c) => c.name)]
  return fc.integer({ min: 0, max: 6 }).chain((lineCount) => {
    const lineIds = Array.from({ length: lineCount }, (_, i) => `l${i + 1}`)
    return fc.record(
      {
        id: fc.constant(id),
        name: fc.constantFrom(...names).map((n) => `Plan met ${n}`),
        description: fc.option(
          fc.constantFrom(...names).map((n) => `${n} wil thuis blijven wonen.`),
          { nil: null },
        ),
        startDate: dateArb(2026, 2026),
        horizonMonths: fc.integer({ min: 1, max: 120 }),
        assumptions: fc.option(
          fc.record(
            {
              indexationPercentPerYear: fc.double({ min: 0, max: 5, noNaN: true }),
              informalHourValueCents: fc.integer({ min: 0, max: 5000 }),
            },
            { requiredKeys: [] },
          ),
          { nil: null },
        ),
        lines: fc.tuple(...lineIds.map((lineId) => lineArb(lineId, household))),
        incomeChanges: fc.array(
          fc.record({
            personId: fc.constantFrom(...household.members.map((m) => m.id)),
            from: dateArb(2026, 2028),
            kind: fc.constantFrom('work', 'bijstand', 'aow'),
            netMonthlyCents: centsArb,
          }),
          { maxLength: 2 },
        ),
        deviations: fc.array(
          fc.record({
            ruleId: fc.constantFrom('wmo.gebruikelijke-hulp', 'wmo.pgb-tariff-cap'),
            lineId:
              lineIds.length > 0 ? fc.option(fc.constantFrom(...lineIds), { nil: null }) : fc.constant(null),
            personId: fc.option(fc.constantFrom(...household.members.map((m) => m.id)), { nil: null }),
            reason: fc.constantFrom(...names).map((n) => `Maatwerk: ${n} kan dit niet zelf.`),
            decidedOn: dateArb(2026, 2026),
          }),
          { maxLength: 2 },
        ),
        wlzIndications: fc.array(
          fc.record({
            personId: fc.constantFrom(...household.members.map((m) => m.id)),
            from: dateArb(2026, 2028),
          }),
          { maxLength: 1 },
        ),
        chosen: fc.option(
          fc.record({
            on: dateArb(2026, 2026),
            reasoning: fc.constantFrom(...names).map((n) => `Gekozen met ${n}.`),
          }),
          { nil: null },
        ),
      },
      { requiredKeys: ['id', 'name', 'startDate', 'horizonMonths', 'lines'] },
    )
  })
}

export const caseFileArb: fc.Arbitrary<CaseFile> = householdArb.chain((household) =>
  fc.integer({ min: 0, max: 3 }).chain((scenarioCount) =>
    fc.record(
      {
        format: fc.constant('maatwerk.case' as const),
        formatVersion: fc.constant(1 as const),
        household: fc.constant(household),
        scenarios: fc.tuple(
          ...Array.from({ length: scenarioCount }, (_, i) => scenarioArb(`s${i + 1}`, household)),
        ),
        origin: fc.option(
          fc.record(
            {
              exportedAt: fc.constant('2026-01-31T09:30:00Z'),
              exportedBy: fc.constant('Consulent A'),
              pseudonymised: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
          { nil: null },
        ),
      },
      { requiredKeys: ['format', 'formatVersion', 'household', 'scenarios'] },
    ),
  ),
)
