/**
 * engine.evaluate.complex: one evaluateScenario for a household of 6 with 25 lines over 60 months
 * (docs/architecture.md#quality-bars target: well under 5 ms). Reported, not asserted.
 */
import os from 'node:os'
import { it } from 'vitest'
import { evaluateScenario, type ArrangementLine, type Household, type Scenario } from '#shared'
import { measureMedianMs, recordMetrics } from './record'

export const complexHousehold: Household = {
  id: 'bench',
  label: 'Bench household of 6',
  members: [
    {
      id: 'p1',
      name: 'Client',
      birthDate: '1985-03-01',
      role: 'client',
      income: { kind: 'bijstand', netMonthlyCents: 0 },
      zrm: {
        assessedOn: '2025-12-01',
        scores: { financien: 2, 'werk-opleiding': 2, 'geestelijke-gezondheid': 2, huisvesting: 3 },
      },
    },
    {
      id: 'p2',
      name: 'Partner',
      birthDate: '1961-07-15',
      role: 'partner',
      income: { kind: 'work', netMonthlyCents: 90000 },
      zrm: { assessedOn: '2025-12-01', scores: { 'lichamelijke-gezondheid': 2, 'basale-adl': 2 } },
    },
    {
      id: 'p3',
      name: 'Child 1',
      birthDate: '2009-09-20',
      role: 'child',
      income: { kind: 'none', netMonthlyCents: 0 },
      zrm: { assessedOn: '2025-12-01', scores: { justitie: 2, tijdsbesteding: 2 } },
    },
    {
      id: 'p4',
      name: 'Child 2',
      birthDate: '2016-06-03',
      role: 'child',
      income: { kind: 'none', netMonthlyCents: 0 },
    },
    {
      id: 'p5',
      name: 'Child 3',
      birthDate: '2020-01-09',
      role: 'child',
      income: { kind: 'none', netMonthlyCents: 0 },
    },
    {
      id: 'p6',
      name: 'Grandmother',
      birthDate: '1948-02-02',
      role: 'housemate',
      income: { kind: 'aow', netMonthlyCents: 150000 },
      wlzIndication: { from: '2027-07-01' },
    },
  ],
  carers: [
    {
      id: 'c1',
      name: 'Aunt',
      relation: 'other-family',
      livesIn: false,
      caresFor: ['p6', 'p2'],
      capacityHoursPerWeek: 12,
      workHoursPerWeek: 20,
      burdenScore: 9,
      consent: true,
    },
    {
      id: 'c2',
      name: 'Neighbour',
      relation: 'neighbour',
      livesIn: false,
      caresFor: ['p6'],
      capacityHoursPerWeek: 4,
      workHoursPerWeek: 0,
      burdenScore: null,
      consent: true,
    },
  ],
}

const specs: [
  string,
  string,
  ArrangementLine['deliveryForm'],
  number,
  ArrangementLine['unit'],
  ArrangementLine['frequency'],
][] = [
  ['wmo.hulp-bij-het-huishouden', 'p6', 'zin', 3, 'hour', 'week'],
  ['wmo.begeleiding-individueel', 'p6', 'zin', 4, 'hour', 'week'],
  ['wmo.dagbesteding', 'p6', 'zin', 2, 'dagdeel', 'week'],
  ['wmo.vervoer-dagbesteding', 'p6', 'zin', 2, 'piece', 'week'],
  ['wmo.kortdurend-verblijf', 'p6', 'zin', 2, 'etmaal', 'month'],
  ['zvw.wijkverpleging', 'p6', 'zin', 5, 'hour', 'week'],
  ['informal.mantelzorg', 'p6', 'mantelzorg', 8, 'hour', 'week'],
  ['informal.vrijwilliger', 'p6', 'volunteer', 2, 'hour', 'week'],
  ['wmo.woningaanpassing', 'p2', 'zin', 9500, 'euro', 'total'],
  ['wmo.rolstoel', 'p2', 'zin', 1, 'piece', 'total'],
  ['wmo.begeleiding-individueel', 'p2', 'pgb', 2, 'hour', 'week'],
  ['wmo.hulp-bij-het-huishouden', 'p2', 'pgb-netwerk', 90, 'minute', 'week'],
  ['informal.mantelzorg', 'p2', 'mantelzorg', 4, 'hour', 'week'],
  ['pw.jobcoach', 'p1', 'zin', 4, 'hour', 'week'],
  ['pw.loonkostensubsidie', 'p1', 'zin', 800, 'euro', 'month'],
  ['wmo.begeleiding-individueel', 'p1', 'zin', 3, 'hour', 'week'],
  ['algemeen.schuldhulp', 'p1', 'algemeen', 1, 'piece', 'total'],
  ['jeugd.ambulant', 'p3', 'zin', 2, 'hour', 'week'],
  ['jeugd.jeugdreclassering', 'p3', 'zin', 1, 'piece', 'month'],
  ['jeugd.ambulant', 'p4', 'pgb', 1, 'hour', 'week'],
  ['jeugd.respijt', 'p4', 'zin', 2, 'etmaal', 'month'],
  ['jeugd.ambulant', 'p5', 'zin', 1, 'hour', 'week'],
  ['algemeen.dagactiviteit', 'p6', 'algemeen', 2, 'dagdeel', 'week'],
  ['wmo.hulpmiddel', 'p6', 'zin', 1, 'piece', 'total'],
  ['jeugd.verblijf', 'p3', 'zin', 4, 'etmaal', 'month'],
]

export const complexScenario: Scenario = {
  id: 'bench',
  name: 'Bench scenario',
  startDate: '2026-01-01',
  horizonMonths: 60,
  assumptions: { indexationPercentPerYear: 3 },
  lines: specs.map(([provisionId, personId, deliveryForm, volume, unit, frequency], i) => ({
    id: `l${i + 1}`,
    provisionId,
    personId,
    deliveryForm,
    volume,
    unit,
    frequency,
    startDate: i % 5 === 0 ? '2026-03-15' : '2026-01-01',
    endDate: i % 7 === 0 ? '2029-06-30' : null,
    carerId:
      deliveryForm === 'mantelzorg' || deliveryForm === 'pgb-netwerk'
        ? 'c1'
        : deliveryForm === 'volunteer'
          ? 'c2'
          : null,
    continuation: i === 17,
  })),
  incomeChanges: [{ personId: 'p1', from: '2026-09-01', kind: 'work', netMonthlyCents: 80000 }],
}

it('measures engine.evaluate.complex', () => {
  const input = { household: complexHousehold, scenario: complexScenario }
  const median = measureMedianMs(() => evaluateScenario(input), { warmup: 50, runs: 300 })
  // Wall time suffers when the machine is shared; CPU time per evaluation shows the engine's own cost.
  const runs = 200
  const before = process.cpuUsage()
  for (let i = 0; i < runs; i++) evaluateScenario(input)
  const used = process.cpuUsage(before)
  const cpuMsPerEvaluation = (used.user + used.system) / 1000 / runs
  const loadAverage = os.loadavg()[0] ?? 0
  recordMetrics('engine', {
    'engine.evaluate.complex': { median, unit: 'ms', target: 5, cpuMsPerEvaluation, loadAverage },
  })
  console.log(
    `engine.evaluate.complex median ${median.toFixed(3)} ms; cpu ${cpuMsPerEvaluation.toFixed(3)} ms/evaluation; load ${loadAverage.toFixed(1)}`,
  )
})
