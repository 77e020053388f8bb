/** fast-check generators of valid households and scenarios for the engine property tests. */
import fc from 'fast-check'
import {
  PROVISIONS,
  formatIsoDate,
  type ArrangementLine,
  type Carer,
  type Household,
  type IncomeKind,
  type MemberRole,
  type Person,
  type Scenario,
  type Unit,
} from '#shared'

const dateArb = (fromYear: number, toYear: number) =>
  fc
    .record({
      y: fc.integer({ min: fromYear, max: toYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => formatIsoDate(y, m, d))

const incomeKinds: IncomeKind[] = ['none', 'work', 'bijstand', 'aow', 'pension', 'benefit', 'student']
const roles: MemberRole[] = ['partner', 'child', 'housemate']

const personArb = (id: string, role: MemberRole): fc.Arbitrary<Person> =>
  fc
    .record({
      birthDate: dateArb(1940, 2024),
      kind: fc.constantFrom(...incomeKinds),
      net: fc.integer({ min: 0, max: 300_000 }),
      wlz: fc.option(dateArb(2025, 2029), { nil: null }),
      livesIn: fc.boolean(),
    })
    .map(({ birthDate, kind, net, wlz, livesIn }) => ({
      id,
      name: id,
      birthDate,
      role,
      livesIn: role === 'client' ? true : livesIn,
      income: { kind, netMonthlyCents: kind === 'bijstand' ? 0 : net },
      wlzIndication: wlz ? { from: wlz } : null,
      zrm: { assessedOn: '2025-12-01', scores: { huisvesting: 2, financien: 3, 'basale-adl': 2 } },
    }))

export const householdArb: fc.Arbitrary<Household> = fc
  .record({
    count: fc.integer({ min: 1, max: 6 }),
    roles: fc.array(fc.constantFrom(...roles), { minLength: 5, maxLength: 5 }),
    capacity: fc.integer({ min: 0, max: 40 }),
    burden: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
    consent: fc.boolean(),
  })
  .chain(({ count, roles: rs, capacity, burden, consent }) =>
    fc
      .tuple(
        ...Array.from({ length: count }, (_, i) =>
          personArb(`p${i}`, i === 0 ? 'client' : (rs[i - 1] ?? 'child')),
        ),
      )
      .map((members): Household => {
        const carers: Carer[] = [
          {
            id: 'c1',
            name: 'c1',
            relation: 'child',
            livesIn: false,
            caresFor: ['p0'],
            capacityHoursPerWeek: capacity,
            workHoursPerWeek: 0,
            burdenScore: burden,
            consent,
          },
          {
            id: 'c2',
            name: 'c2',
            relation: 'friend',
            livesIn: false,
            caresFor: ['p0'],
            capacityHoursPerWeek: 10,
            workHoursPerWeek: 0,
            burdenScore: null,
            consent: true,
          },
        ]
        return { id: 'h', label: 'h', members, carers }
      }),
  )

const lineArb = (index: number, personCount: number): fc.Arbitrary<ArrangementLine> =>
  fc
    .record({
      provision: fc.constantFrom(...PROVISIONS),
      formPick: fc.nat(),
      person: fc.integer({ min: 0, max: personCount - 1 }),
      volume: fc.oneof(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 40, noNaN: true }).map((v) => Math.round(v * 100) / 100),
      ),
      minutes: fc.boolean(),
      frequency: fc.constantFrom('week', 'month', 'total' as const),
      start: dateArb(2025, 2028),
      lengthDays: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
      carer: fc.constantFrom('c1', 'c2', null),
      continuation: fc.boolean(),
    })
    .map(
      ({
        provision,
        formPick,
        person,
        volume,
        minutes,
        frequency,
        start,
        lengthDays,
        carer,
        continuation,
      }) => {
        const form = provision.deliveryForms[formPick % provision.deliveryForms.length] ?? 'zin'
        const unit: Unit = provision.unit === 'hour' && minutes ? 'minute' : provision.unit
        const [y, m, d] = start.split('-').map(Number) as [number, number, number]
        const endDate = lengthDays === null ? null : formatIsoDate(y + Math.floor(lengthDays / 365), m, d)
        return {
          id: `l${index}`,
          provisionId: provision.id,
          personId: `p${person}`,
          deliveryForm: form,
          volume: unit === 'euro' ? volume * 100 : unit === 'minute' ? volume * 60 : volume,
          unit,
          frequency: provision.oneOff ? 'total' : frequency,
          startDate: start,
          endDate,
          carerId: form === 'mantelzorg' || form === 'pgb-netwerk' || form === 'volunteer' ? carer : null,
          continuation,
        }
      },
    )

export const caseArb: fc.Arbitrary<{ household: Household; scenario: Scenario }> = householdArb.chain(
  (household) =>
    fc
      .record({
        lineCount: fc.integer({ min: 0, max: 12 }),
        horizonMonths: fc.integer({ min: 1, max: 60 }),
        start: dateArb(2025, 2027),
        indexation: fc.integer({ min: 0, max: 5 }),
        change: fc.option(
          fc.record({
            from: dateArb(2025, 2029),
            kind: fc.constantFrom(...incomeKinds),
            net: fc.integer({ min: 0, max: 250_000 }),
          }),
          { nil: null },
        ),
      })
      .chain(({ lineCount, horizonMonths, start, indexation, change }) =>
        fc.tuple(...Array.from({ length: lineCount }, (_, i) => lineArb(i, household.members.length))).map(
          (
            lines,
          ): {
            household: Household
            scenario: Scenario
          } => ({
            household,
            scenario: {
              id: 's',
              name: 's',
              startDate: start,
              horizonMonths,
              assumptions: { indexationPercentPerYear: indexation },
              lines,
              incomeChanges: change
                ? [{ personId: 'p0', from: change.from, kind: change.kind, netMonthlyCents: change.net }]
                : [],
            },
          }),
        ),
      ),
)
