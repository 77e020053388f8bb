import { describe, expect, it } from 'vitest'
import {
  addDays,
  caseloadFactsOf,
  checkProcedureDates,
  countCaseload,
  deriveCaseStatus,
  evaluateScenario,
  evaluationDateOf,
  hasFlag,
  INKOMSTENVRIJLATING,
  matchesCaseloadFilter,
  procedureDeadlines,
  procedureLawOf,
  upcomingTransitions,
  WMO_BESCHIKKING_DAYS,
  WMO_ONDERZOEK_DAYS,
  JEUGDWET_BESCHIKKING_DAYS,
  type Finding,
  type Household,
  type Scenario,
} from '#shared'
import { municipalNetCents, municipalNetPerMonthCents } from '#shared/decision/money-figures'
import { EXAMPLE_DE_VRIES } from '#shared/examples/example-cases'
import { carer, household, line, person, scenario } from '../support/build'

const weeks = (n: number) => n * 7
const adult = person({ id: 'p', birthDate: '1960-03-01', name: 'Anna' })
const minor = person({ id: 'k', birthDate: '2012-05-10', name: 'Sem', role: 'client' })
const assessed = person({
  id: 'p',
  birthDate: '1960-03-01',
  name: 'Anna',
  zrm: { assessedOn: '2026-01-10', scores: { financien: 2 } },
})

describe('procedureDeadlines', () => {
  it('gives the Wmo onderzoek 6 weeks after the melding (art. 2.3.2 lid 1) and the beschikking 2 weeks after the aanvraag (art. 2.3.5 lid 2)', () => {
    expect(WMO_ONDERZOEK_DAYS[0]?.value).toBe(weeks(6))
    expect(WMO_BESCHIKKING_DAYS[0]?.value).toBe(weeks(2))
    const d = procedureDeadlines({ melding: '2026-01-05', aanvraag: '2026-02-20' }, 'wmo', '2026-01-06')
    expect(d.map((x) => [x.step, x.due])).toEqual([
      ['onderzoek', addDays('2026-01-05', weeks(6))],
      ['beschikking', addDays('2026-02-20', weeks(2))],
    ])
    expect(d[0]?.legalBasis.article).toBe('2.3.2 lid 1')
    // Art. 2.3.5 lid 2 (text of 2015): "binnen twee weken na ontvangst van de aanvraag".
    expect([d[1]?.legalBasis.article, d[1]?.legalBasis.verified]).toEqual(['2.3.5 lid 2', true])
  })

  it('sets no onderzoek term under the Jeugdwet and the Awb 8 weeks (art. 4:13 lid 2) for the beschikking', () => {
    expect(JEUGDWET_BESCHIKKING_DAYS[0]?.value).toBe(weeks(8))
    const d = procedureDeadlines({ melding: '2026-01-05', aanvraag: '2026-01-20' }, 'jeugdwet', '2026-01-21')
    expect(d.map((x) => [x.step, x.due, x.legalBasis.law, x.legalBasis.article])).toEqual([
      ['beschikking', addDays('2026-01-20', weeks(8)), 'Awb', '4:13 lid 2'],
    ])
  })

  it('has no deadline without a melding or an aanvraag', () => {
    expect(procedureDeadlines(null, 'wmo', '2026-01-01')).toEqual([])
    expect(procedureDeadlines({ onderzoekAfgerond: '2026-01-01' }, 'wmo', '2026-01-02')).toEqual([])
  })

  it.each([
    // as of, onderzoek afgerond → status (melding 2026-01-05, due 2026-02-16)
    ['2026-02-01', null, 'open'],
    ['2026-02-09', null, 'near'], // 7 days before the deadline
    ['2026-02-08', null, 'open'],
    ['2026-02-16', null, 'near'], // the last day still counts
    ['2026-02-17', null, 'passed'],
    ['2026-03-01', '2026-02-16', 'met'],
    ['2026-03-01', '2026-02-17', 'late'],
  ])('on %s with onderzoek done %s the onderzoek deadline is %s', (asOf, done, status) => {
    const [d] = procedureDeadlines({ melding: '2026-01-05', onderzoekAfgerond: done }, 'wmo', asOf)
    expect(d?.due).toBe('2026-02-16')
    expect(d?.status).toBe(status)
  })
})

describe('checkProcedureDates', () => {
  it('refuses an onderzoek completed before the melding', () => {
    expect(
      checkProcedureDates({ melding: '2026-03-10', onderzoekAfgerond: '2026-03-09' }, '2026-06-01'),
    ).toEqual([{ key: 'onderzoekAfgerond', code: 'before-melding', other: '2026-03-10' }])
  })
  it('accepts an onderzoek completed on the day of the melding', () => {
    expect(
      checkProcedureDates({ melding: '2026-03-10', onderzoekAfgerond: '2026-03-10' }, '2026-06-01'),
    ).toEqual([])
  })
  it('refuses an aanvraag before the melding, a beschikking before the aanvraag, and events in the future', () => {
    expect(
      checkProcedureDates(
        { melding: '2026-03-10', aanvraag: '2026-03-01', beschikking: '2026-02-01' },
        '2026-06-01',
      ).map((p) => [p.key, p.code]),
    ).toEqual([
      ['aanvraag', 'before-melding'],
      ['beschikking', 'before-aanvraag'],
    ])
    expect(checkProcedureDates({ melding: '2026-06-02' }, '2026-06-01')).toEqual([
      { key: 'melding', code: 'in-future', other: '2026-06-01' },
    ])
  })
  it('allows an aanvraag before the onderzoek is completed (the client need not wait past 6 weeks)', () => {
    expect(
      checkProcedureDates(
        { melding: '2026-01-01', aanvraag: '2026-02-20', onderzoekAfgerond: '2026-03-01' },
        '2026-06-01',
      ),
    ).toEqual([])
  })
})

describe('procedureLawOf', () => {
  it('follows the Jeugdwet for a minor client and for Jeugdwet-only arrangements', () => {
    expect(procedureLawOf(household([minor]), [], '2026-01-01')).toBe('jeugdwet')
    expect(procedureLawOf(household([adult]), [], '2026-01-01')).toBe('wmo')
    const jeugd = scenario([line({ provisionId: 'jeugd.ambulant', personId: 'p' })])
    expect(procedureLawOf(household([adult]), [jeugd], '2026-01-01')).toBe('jeugdwet')
    const mixed = scenario([
      line({ provisionId: 'jeugd.ambulant', personId: 'p' }),
      line({ provisionId: 'wmo.dagbesteding', personId: 'p' }),
    ])
    expect(procedureLawOf(household([adult]), [mixed], '2026-01-01')).toBe('wmo')
  })
})

const blockingFinding: Finding = {
  ruleId: 'wmo.mantelzorg-voluntary',
  severity: 'blocking',
  law: 'wmo',
  legalBasis: { law: 'Wmo 2015', article: '2.3.2 lid 4', verified: true },
  lineId: 'lx',
  messageKey: 'x',
  params: {},
}

describe('deriveCaseStatus', () => {
  const asOf = '2026-03-01'
  const status = (h: Household, scenarios: Scenario[] = [], findings: Finding[] | null = null) =>
    deriveCaseStatus({ household: h, scenarios, asOf, chosenFindings: findings })
  const codes = (h: Household, scenarios: Scenario[] = [], findings: Finding[] | null = null) =>
    status(h, scenarios, findings).missing.map((m) => `${m.code}@${m.tab}`)

  it('starts at the melding, asking for its date', () => {
    expect(status(household([])).stage).toBe('melding')
    expect(codes(household([]))).toEqual(['melding-date@household'])
  })

  it('is in the onderzoek after the melding, missing members, needs, consent and the completion date', () => {
    const dates = { melding: '2026-02-01' }
    expect(status(household([], [], { dates })).stage).toBe('onderzoek')
    expect(codes(household([], [], { dates }))).toEqual(['no-members@household', 'onderzoek-date@household'])
    expect(codes(household([adult], [carer({ id: 'c', name: 'Bas', consent: false })], { dates }))).toEqual([
      'no-needs@needs',
      'carer-consent@network',
      'onderzoek-date@household',
    ])
    expect(codes(household([assessed], [], { dates }))).toEqual(['onderzoek-date@household'])
  })

  it('moves through aanvraag and beschikking, asking for a chosen arrangement without unresolved blocking findings', () => {
    const h = (dates: Household['dates']) => household([assessed], [], { dates })
    expect(status(h({ melding: '2026-01-01', onderzoekAfgerond: '2026-02-01' })).stage).toBe('aanvraag')
    expect(codes(h({ melding: '2026-01-01', onderzoekAfgerond: '2026-02-01' }))).toEqual([
      'aanvraag-date@household',
    ])
    const atAanvraag = h({ melding: '2026-01-01', onderzoekAfgerond: '2026-02-01', aanvraag: '2026-02-20' })
    expect(status(atAanvraag).stage).toBe('beschikking')
    expect(codes(atAanvraag)).toEqual(['no-scenario@arrangement', 'beschikking-date@household'])
    const s = scenario([], { id: 's1' })
    expect(codes(atAanvraag, [s])).toEqual(['one-scenario@arrangement', 'beschikking-date@household'])
    expect(codes(atAanvraag, [s, { ...s, id: 's2' }])).toEqual([
      'no-chosen@compare',
      'beschikking-date@household',
    ])
    const chosen = scenario([], { id: 's1', chosen: { on: '2026-02-25', reasoning: 'r' } })
    expect(codes(atAanvraag, [chosen], [blockingFinding])).toEqual([
      'blocking-findings@compare',
      'beschikking-date@household',
    ])
    const deviated = {
      ...chosen,
      deviations: [{ ruleId: blockingFinding.ruleId, reason: 'maatwerk', decidedOn: '2026-02-25' }],
    }
    expect(codes(atAanvraag, [deviated], [blockingFinding])).toEqual(['beschikking-date@household'])
  })

  it('is in uitvoering after the beschikking and in evaluatie from 6 weeks before the evaluation date', () => {
    const h = household([assessed], [], {
      dates: {
        melding: '2025-01-01',
        onderzoekAfgerond: '2025-02-01',
        aanvraag: '2025-02-02',
        beschikking: '2025-02-10',
      },
    })
    const chosen = (evaluationDate: string) =>
      scenario([], { chosen: { on: '2025-02-05', reasoning: 'r' }, evaluationDate })
    expect(status(h, [chosen(addDays(asOf, 43))]).stage).toBe('uitvoering')
    expect(status(h, [chosen(addDays(asOf, 42))]).stage).toBe('evaluatie')
    expect(status(h, [chosen(addDays(asOf, 42))]).missing.map((m) => m.code)).toEqual(['evaluation'])
  })
})

describe('evaluationDateOf', () => {
  it('takes the set date, else the earliest line end, else 12 months after the start (practice default)', () => {
    expect(evaluationDateOf(scenario([], { evaluationDate: '2026-09-01' }))).toEqual({
      date: '2026-09-01',
      source: 'set',
    })
    const ends = scenario([
      line({ provisionId: 'wmo.dagbesteding', personId: 'p', endDate: '2026-12-31' }),
      line({ provisionId: 'wmo.dagbesteding', personId: 'p', endDate: '2026-06-30' }),
    ])
    expect(evaluationDateOf(ends)).toEqual({ date: '2026-06-30', source: 'line-end' })
    expect(evaluationDateOf(scenario([]))).toEqual({ date: '2027-01-01', source: 'default' })
  })
})

describe('upcomingTransitions', () => {
  it('lists turning 18, reaching the AOW age and the end of the 6-month vrijlating within six months', () => {
    const teen = person({ id: 't', name: 'Sem', birthDate: '2008-06-15', role: 'child' })
    const soonAow = person({ id: 'a', name: 'Opa', birthDate: '1959-05-20', role: 'housemate' })
    const worker = person({
      id: 'w',
      name: 'Ria',
      birthDate: '1980-01-01',
      income: { kind: 'bijstand', netMonthlyCents: 0 },
    })
    const s = scenario([], {
      incomeChanges: [{ personId: 'w', from: '2026-02-01', kind: 'work', netMonthlyCents: 80000 }],
    })
    const list = upcomingTransitions(household([teen, soonAow, worker]), s, '2026-03-01')
    expect(INKOMSTENVRIJLATING[0]?.value.months).toBe(6)
    expect(list.map((t) => [t.kind, t.name, t.date])).toEqual([
      // reaching it in 2026: AOW age 67 years exactly (parameters/aow.ts)
      ['aow', 'Opa', '2026-05-20'],
      ['turns-18', 'Sem', '2026-06-15'],
      // work from 2026-02-01 + 6 months of vrijlating
      ['vrijlating-end', 'Ria', '2026-08-01'],
    ])
  })
  it('leaves out what falls after the window or already happened', () => {
    const teen = person({ id: 't', birthDate: '2008-09-02', role: 'child' })
    expect(upcomingTransitions(household([teen]), null, '2026-03-01')).toEqual([])
    expect(upcomingTransitions(household([teen]), null, '2026-03-02').map((t) => t.kind)).toEqual([
      'turns-18',
    ])
  })
})

describe('caseload facts and filters', () => {
  const h = household([assessed], [carer({ id: 'c', caresFor: ['p'], capacityHoursPerWeek: 2 })], {
    dates: { melding: '2026-01-01' },
  })
  const s = scenario(
    [
      line({
        provisionId: 'informal.mantelzorg',
        personId: 'p',
        deliveryForm: 'mantelzorg',
        carerId: 'c',
        volume: 10,
      }),
    ],
    { chosen: { on: '2026-01-20', reasoning: 'r' } },
  )
  const asOf = '2026-02-10' // onderzoek due 2026-02-12: near
  const facts = caseloadFactsOf({
    household: h,
    scenarios: [s],
    asOf,
    result: evaluateScenario({ household: h, scenario: s }),
  })

  it('derives stage, deadline, overloaded carers and cost from the chosen scenario', () => {
    expect(facts.stage).toBe('onderzoek')
    expect(facts.nextDeadline).toBe('2026-02-12')
    expect(facts.deadlineStatus).toBe('near')
    expect(facts.overloadedCarerCount).toBe(1)
    expect(facts.monthlyCostCents).toBe(0) // mantelzorg only: informal hours are not cash
  })

  it('gives as monthly cost the municipal net average a month, as the arrangement panel does, not a first month a one-off inflates', () => {
    const { household: deVries, scenarios } = EXAMPLE_DE_VRIES
    const [first] = scenarios
    if (!first) throw new Error('the De Vries example has scenarios')
    const result = evaluateScenario({ household: deVries, scenario: first })
    const perMonth = caseloadFactsOf({ household: deVries, scenarios, asOf, result }).monthlyCostCents
    expect(perMonth).toBe(municipalNetPerMonthCents(result))
    // The first month carries the one-off stair lift (€ 9.500), far above the average a month.
    const firstMonth = municipalNetCents(result.monthly[0]?.byPayer ?? {})
    expect(firstMonth).toBeGreaterThan((perMonth ?? 0) + 900_000)
  })

  it('filters by stage and flags together and counts each on its own', () => {
    expect(hasFlag(facts, 'deadline', asOf)).toBe(true)
    expect(hasFlag(facts, 'overloaded', asOf)).toBe(true)
    expect(hasFlag(facts, 'blocking', asOf)).toBe(false)
    expect(
      matchesCaseloadFilter(facts, { stage: 'onderzoek', flags: ['deadline', 'overloaded'] }, asOf),
    ).toBe(true)
    expect(matchesCaseloadFilter(facts, { stage: 'aanvraag', flags: [] }, asOf)).toBe(false)
    expect(matchesCaseloadFilter(facts, { stage: null, flags: ['blocking'] }, asOf)).toBe(false)
    const counts = countCaseload([facts, facts], asOf)
    expect(counts.stages.onderzoek).toBe(2)
    expect(counts.flags).toEqual({
      deadline: 2,
      evaluation: 0,
      blocking: 0,
      overloaded: 2,
      transitions: 0,
      'content-changed': 0,
    })
  })

  it('carries content changed outside Maatwerk as a flag of its own (found by the data layer)', () => {
    expect(facts.contentChanged).toBe(false)
    const changed = caseloadFactsOf({
      household: h,
      scenarios: [s],
      asOf,
      result: evaluateScenario({ household: h, scenario: s }),
      contentChanged: true,
    })
    expect(changed.contentChanged).toBe(true)
    expect(hasFlag(changed, 'content-changed', asOf)).toBe(true)
    expect(hasFlag(facts, 'content-changed', asOf)).toBe(false)
    expect(matchesCaseloadFilter(facts, { stage: null, flags: ['content-changed'] }, asOf)).toBe(false)
    expect(countCaseload([facts, changed, facts], asOf).flags['content-changed']).toBe(1)
  })
})
